"""The divergence step on a real SQLite file: divergences, the outbox, wire copies, records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.exc import StatementError

from crosswire.analysis import analyse, findings_for
from crosswire.config import Config, validate_config
from crosswire.console_alerts import deliver_to_console
from crosswire.db import Findings, NewArticle, OutletSpec, Store
from crosswire.divergence.service import outlet_records, refresh, story_divergences
from crosswire.outbox import Outbox
from crosswire.rules_version import rules_version
from monitors.revisions import content_hash

T0 = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
STORY = "Orsk dam"
OUTLETS = ("Orsk Ledger", "Valley Courier", "Harbour Post", "Plains Wire")
#: Findings the tests store are marked as made by the running rules, so the divergence step
#: compares them as they are instead of making them again (see test_reanalysis).
CURRENT = rules_version()

LEDGER = """Orsk dam collapse leaves dozens missing

More than 120 people were missing on Tuesday after the Orsk dam collapsed, rescuers said.
The regional governor, Ilya Marten, said crews were searching the flooded villages below the dam.
The Ministry of Water did not respond to requests for comment.
"""
COURIER = """Orsk dam: rescuers search for the missing

About 80 people were missing after the Orsk dam gave way on Tuesday, the regional
emergency service said.
A spokesman for the Ministry of Water, Pavel Orr, said engineers had warned of cracks in the spring.
"""
WIRE = """ORSK (Plains Wire) — Water poured through the broken wall of the Orsk reservoir overnight,
flooding the low villages of the valley and cutting the only road to the district hospital.
Crews from three provinces worked through the night with boats and lights, and residents
gathered on the hillside school grounds to wait for news of their neighbours and relatives.
The district council said the reservoir had been inspected twice last year and that repairs
to the spillway were planned for the coming summer before the heavy rains arrived early.
Farmers said the water rose so fast that livestock could not be moved from the lower fields.
"""
ABRIDGED = """ORSK (Plains Wire) — Water poured through the broken wall of the Orsk reservoir
overnight,
flooding the low villages of the valley and cutting the only road to the district hospital.
Crews from three provinces worked through the night with boats and lights, and residents
gathered on the hillside school grounds to wait for news of their neighbours and relatives.
"""


def config(tmp_path: Path, **story: object) -> Config:
    stories = [{"name": STORY, "any": ["Orsk"], **story}]
    return validate_config({"database": f"sqlite:///{tmp_path / 'x.db'}", "stories": stories})


@pytest.fixture
def outlets(store: Store) -> dict[str, int]:
    store.sync_outlets(
        [
            OutletSpec(name, False, None, ((f"https://{i}.example/feed", None),))
            for i, name in enumerate(OUTLETS)
        ]
    )
    return {feed.outlet: feed.outlet_id for feed in store.feeds()}


def add(
    store: Store,
    outlets: dict[str, int],
    outlet: str,
    slug: str,
    text: str,
    hours: float = 0,
    stories: tuple[str, ...] = (STORY,),
    title: str | None = None,
) -> int:
    """Store ``text`` as ``outlet``'s article. With a ``title``, it is analysed as polls do
    (``findings_for``: headline and text); without, the text alone, its first line the title."""
    when = T0 + timedelta(hours=hours)
    if title is None:
        analysis = analyse(text).to_json()
        findings = Findings(analysis["claims"], analysis["attributions"], stories, rules=CURRENT)
    else:
        found = findings_for(outlet=outlet, title=title, text=text, url=slug, stories=())
        findings = Findings(found.claims, found.attributions, stories, rules=CURRENT)
    article_id = store.insert_article(
        NewArticle(
            url=f"https://{slug}.example/{outlet.replace(' ', '-').lower()}",
            guid=None,
            outlet_id=outlets[outlet],
            feed_id=None,
            title=text.splitlines()[0] if title is None else title,
            published=when,
            text=text,
            text_source="feed",
            content_hash=content_hash(text),
            feed_hash=content_hash(text),
            next_recheck_at=None,
        ),
        findings,
        when,
    )
    assert article_id is not None
    return article_id


def test_a_conflict_is_stored_and_alerted_once(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    cfg = config(tmp_path)
    add(store, outlets, "Orsk Ledger", "a", LEDGER)
    add(store, outlets, "Valley Courier", "b", COURIER, hours=1)
    first = refresh(store, cfg, T0 + timedelta(hours=3))
    kinds = sorted(d["kind"] for d in story_divergences(store, cfg, STORY))
    assert kinds == ["conflict", "non_response"]
    assert first.alerts == 2
    pending = Outbox(store).pending("console")
    assert sorted(a.kind for a in pending) == ["conflict", "non_response"]
    conflict = next(a for a in pending if a.kind == "conflict")
    assert {c["outlet"] for c in conflict.divergence["claims"]} == {"Orsk Ledger", "Valley Courier"}
    assert conflict.divergence["category"] == "missing"

    again = refresh(store, cfg, T0 + timedelta(hours=4))
    assert again.alerts == 0
    assert len(Outbox(store).pending("console")) == 2


def test_a_divergence_alerts_again_only_when_it_changes(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    cfg = config(tmp_path)
    add(store, outlets, "Orsk Ledger", "a", LEDGER)
    add(store, outlets, "Valley Courier", "b", COURIER, hours=1)
    refresh(store, cfg, T0 + timedelta(hours=3))
    third = "Orsk dam\n\nAbout 60 people were missing after the Orsk dam failed, police said.\n"
    add(store, outlets, "Harbour Post", "c", third, hours=2)
    changed = refresh(store, cfg, T0 + timedelta(hours=4))
    assert changed.alerts == 1
    alerts = Outbox(store).pending("console")
    newest = alerts[-1]
    assert newest.kind == "conflict"
    assert {c["outlet"] for c in newest.divergence["claims"]} == set(OUTLETS[:3])


def test_alert_settings_choose_what_is_pushed(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    cfg = config(tmp_path, alert={"kinds": ["non_response"]})
    add(store, outlets, "Orsk Ledger", "a", LEDGER)
    add(store, outlets, "Valley Courier", "b", COURIER, hours=1)
    refresh(store, cfg, T0 + timedelta(hours=3))
    assert [a.kind for a in Outbox(store).pending("console")] == ["non_response"]
    assert len(story_divergences(store, cfg, STORY)) == 2  # stored either way


def test_consumers_acknowledge_independently(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    cfg = config(tmp_path)
    add(store, outlets, "Orsk Ledger", "a", LEDGER)
    add(store, outlets, "Valley Courier", "b", COURIER, hours=1)
    refresh(store, cfg, T0 + timedelta(hours=3))
    printed: list[str] = []
    assert deliver_to_console(store, printed.append) == 2
    assert printed[0].startswith("ALERT [Orsk dam]")
    assert deliver_to_console(store, printed.append) == 0
    outbox = Outbox(store)
    assert len(outbox.pending("telegram")) == 2
    first = outbox.pending("telegram")[0]
    outbox.acknowledge("telegram", [first.id, first.id])
    assert [a.id for a in outbox.pending("telegram")] != [first.id]
    assert len(outbox.pending("telegram")) == 1


def test_an_abridged_wire_copy_is_linked_and_counts_as_one_source(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    cfg = config(tmp_path)
    add(
        store,
        outlets,
        "Plains Wire",
        "w",
        WIRE + "\nAt least 14 people were killed, the district council said.\n",
    )
    add(
        store,
        outlets,
        "Harbour Post",
        "h",
        ABRIDGED + "\nAt least 14 people were killed, the district council said.\n",
        hours=1,
    )
    add(store, outlets, "Orsk Ledger", "a", LEDGER, hours=1)
    summary = refresh(store, cfg, T0 + timedelta(hours=5))
    assert summary.copies_linked == 1
    listing = {a.outlet: a for a in store.list_articles()}
    assert listing["Harbour Post"].duplicate_of == listing["Plains Wire"].url
    exclusives = story_divergences(store, cfg, STORY, "exclusive")
    killed = [d for d in exclusives if d["category"] == "killed"]
    assert len(killed) == 1
    assert {c["outlet"] for c in killed[0]["claims"]} == {"Plains Wire", "Harbour Post"}
    records = {r["outlet"]: r for r in outlet_records(store, cfg)}
    assert records["Harbour Post"]["copies"] == 1


def test_unrelated_articles_are_not_linked(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    add(store, outlets, "Orsk Ledger", "a", LEDGER)
    add(store, outlets, "Valley Courier", "b", COURIER, hours=1)
    assert refresh(store, config(tmp_path), T0 + timedelta(hours=3)).copies_linked == 0
    assert all(a.duplicate_of is None for a in store.list_articles())


def test_an_exclusive_later_confirmed_is_resolved_and_counted(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    cfg = config(tmp_path)
    add(
        store,
        outlets,
        "Orsk Ledger",
        "a",
        "Orsk dam\n\nNine people were killed in Orsk, police said.\n",
    )
    add(
        store,
        outlets,
        "Valley Courier",
        "b",
        "Orsk dam\n\nThe Orsk dam broke on Tuesday, officials said.\n",
        hours=1,
    )
    refresh(store, cfg, T0 + timedelta(hours=4))
    assert [d["kind"] for d in story_divergences(store, cfg, STORY)] == ["exclusive"]
    add(
        store,
        outlets,
        "Harbour Post",
        "c",
        "Orsk dam\n\nNine people died in Orsk, the police said.\n",
        hours=5,
    )
    refresh(store, cfg, T0 + timedelta(hours=8))
    assert story_divergences(store, cfg, STORY) == []
    ledger = next(r for r in outlet_records(store, cfg) if r["outlet"] == "Orsk Ledger")
    assert ledger["exclusives"] == 1 and ledger["exclusives_confirmed"] == 1


def test_divergences_and_their_alerts_are_written_together_or_not_at_all(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    from crosswire.db.divergence_store import DivergenceRow, DivergenceStore

    good = DivergenceRow(
        "k1", "conflict", "killed", "people", "f1", "h", lambda: {"kind": "conflict"}, True
    )
    broken = DivergenceRow(
        "k2", "conflict", "killed", "people", "f2", "h", lambda: {"bad": {1, 2}}, True
    )
    dstore = DivergenceStore(store)
    with pytest.raises(StatementError):
        dstore.save_story(STORY, [good, broken], T0)
    assert dstore.list_divergences(story=STORY, resolved=True) == []
    assert Outbox(store).pending("console") == []
    assert dstore.save_story(STORY, [good], T0) != []
    assert len(Outbox(store).pending("console")) == 1


def test_a_copy_stored_before_its_original_is_linked_under_the_original(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    tail = "\nAt least 14 people were killed, the district council said.\n"
    add(store, outlets, "Harbour Post", "h", ABRIDGED + tail, hours=3)
    add(store, outlets, "Plains Wire", "w", WIRE + tail, hours=1)
    assert refresh(store, config(tmp_path), T0 + timedelta(hours=5)).copies_linked == 1
    listing = {a.outlet: a for a in store.list_articles()}
    assert listing["Harbour Post"].duplicate_of == listing["Plains Wire"].url
    assert listing["Plains Wire"].duplicate_of is None


def test_an_article_pair_in_two_stories_is_reported_under_each_storys_name(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    from crosswire.db.divergence_store import DivergenceStore

    both = (STORY, "Valley floods")
    add(store, outlets, "Orsk Ledger", "a", LEDGER, stories=both)
    add(store, outlets, "Valley Courier", "b", COURIER, hours=1, stories=both)
    cfg = validate_config(
        {
            "database": f"sqlite:///{tmp_path / 'x.db'}",
            "stories": [{"name": STORY, "any": ["Orsk"]}, {"name": "Valley floods", "any": ["x"]}],
        }
    )
    refresh(store, cfg, T0 + timedelta(hours=3))
    for story in (STORY, "Valley floods"):
        stored = DivergenceStore(store).list_divergences(story=story)
        assert stored and {d["story"] for d in stored} == {story}
    assert {a.story for a in Outbox(store).pending("console")} == {STORY, "Valley floods"}
    assert all(a.divergence["story"] == a.story for a in Outbox(store).pending("console"))


def test_a_page_text_arriving_later_replaces_what_the_step_remembered(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    from crosswire.db.records import FulltextArrival

    cfg = config(tmp_path)
    add(store, outlets, "Orsk Ledger", "a", LEDGER)
    courier = add(store, outlets, "Valley Courier", "b", COURIER, hours=1)
    refresh(store, cfg, T0 + timedelta(hours=3))
    [conflict] = [d for d in story_divergences(store, cfg, STORY) if d["kind"] == "conflict"]
    assert sorted(c["min"] for c in conflict["claims"]) == [80, 120]

    # The same version's page text arrives: 120 now, as the Ledger says. The step parsed the
    # old findings in this process already; it must read the new ones.
    page = COURIER.replace("About 80 people", "More than 120 people")
    analysis = analyse(page).to_json()
    arrival = FulltextArrival(courier, 1, page, content_hash(page), None)
    findings = Findings(analysis["claims"], analysis["attributions"], (STORY,), rules=CURRENT)
    assert store.fulltext_arrived(arrival, findings, T0 + timedelta(hours=4))
    refresh(store, cfg, T0 + timedelta(hours=5))
    assert [d for d in story_divergences(store, cfg, STORY) if d["kind"] == "conflict"] == []


def test_a_headline_and_the_lead_are_not_summed_as_one_sentence(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    from crosswire.db.divergence_store import DivergenceStore
    from crosswire.divergence.keyfigures import category_total
    from crosswire.divergence.service import load_story

    title = "Man, woman killed in Orsk dam road shooting"
    text = "Police said a gunman killed two people on the Orsk dam road on Sunday."
    add(store, outlets, "Orsk Ledger", "a", text, title=title)
    [findings], _ = load_story(DivergenceStore(store), config(tmp_path).divergence, STORY)
    assert any(c.in_title for c in findings.claims)
    killed = category_total(findings, "killed")
    assert killed is not None and killed.stated == 2  # not 4: the headline's pair is the lead's
    # Read as one document: the lead starts after the headline and its blank line.
    assert min(c.start for c in findings.claims if not c.in_title) == len(title) + 2
    assert findings.text == f"{title}\n\n{text}"


def test_one_divergence_in_two_stories_prints_once_with_both_tags(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    """Two watched stories that share the articles alert twice; the console shows one block."""
    stories = [{"name": STORY, "any": ["Orsk"]}, {"name": "Dam failures", "any": ["dam"]}]
    cfg = validate_config({"database": f"sqlite:///{tmp_path / 'x.db'}", "stories": stories})
    both = (STORY, "Dam failures")
    add(store, outlets, "Orsk Ledger", "a", LEDGER, stories=both)
    add(store, outlets, "Valley Courier", "b", COURIER, hours=1, stories=both)
    refresh(store, cfg, T0 + timedelta(hours=3))
    printed: list[str] = []
    assert deliver_to_console(store, printed.append) == 4  # every outbox alert is acknowledged
    assert len(printed) == 2
    tags = [block.split("]", 1)[0].removeprefix("ALERT [") for block in printed]
    assert [sorted(tag.split("; ")) for tag in tags] == [sorted(both)] * 2, printed
