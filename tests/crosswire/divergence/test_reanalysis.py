"""Results of older rules are made again before a story is compared (a real SQLite file)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crosswire.analysis import findings_for
from crosswire.config import Config, validate_config
from crosswire.db import Findings, NewArticle, OutletSpec, Revision, Store
from crosswire.db.records import FulltextArrival
from crosswire.db.schema import rule_results
from crosswire.db.stale_results import replace_results, stale_results
from crosswire.divergence.service import refresh, story_divergences
from crosswire.reanalysis import bring_up_to_date
from crosswire.rules_version import rules_version
from monitors.revisions import content_hash

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
STORY = "Teller flood"
OLD_RULES = "0123456789ab"
TITLE = "Flash flood sweeps through Teller valley"
TEXT = (
    "Floodwater killed 12 people in the Teller valley on Tuesday, the district governor said.\n"
    "Rescue crews were still searching the riverside villages after nightfall."
)


def _config(tmp_path: Path) -> Config:
    stories = [{"name": STORY, "any": ["Teller"]}]
    return validate_config({"database": f"sqlite:///{tmp_path / 'x.db'}", "stories": stories})


def _outlet(store: Store, name: str = "Teller Gazette") -> int:
    store.sync_outlets([OutletSpec(name, False, None, ((f"https://{len(name)}.test/feed", None),))])
    return next(feed.outlet_id for feed in store.feeds() if feed.outlet == name)


def _old_findings() -> Findings:
    """What older rules stored for TEXT: nothing found (they missed the toll)."""
    return Findings([], [], (STORY,), rules=OLD_RULES)


def _current(text: str) -> Findings:
    found = findings_for(outlet="Teller Gazette", title=TITLE, text=text, url="u", stories=())
    return Findings(found.claims, found.attributions, (STORY,), rules=found.rules)


def _store_article(store: Store, outlet_id: int, slug: str, findings: Findings) -> int:
    return _store_text(store, outlet_id, f"gazette-{slug}", TEXT, findings)


def _revise(store: Store, article_id: int, text: str, hours: float) -> None:
    revision = Revision(article_id, 1, TITLE, text, "feed", content_hash(text), None)
    assert store.add_version(revision, _current(text), T0 + timedelta(hours=hours)) == 2


def _results(store: Store) -> list[Any]:
    with store.engine.begin() as conn:
        query = select(rule_results).order_by(rule_results.c.article_id, rule_results.c.version)
        return list(conn.execute(query))


def test_results_stored_by_polls_record_the_running_rules(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'a.db'}") as store:
        _store_article(store, _outlet(store), "a", _current(TEXT))
        [row] = _results(store)
    assert row.rules_version == rules_version() != OLD_RULES
    assert len(rules_version()) == 12


def test_a_rules_upgrade_is_not_reported_as_a_stealth_edit(tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    with Store.open(cfg.database) as store:
        article = _store_article(store, _outlet(store), "a", _old_findings())
        # The article is re-checked after the upgrade: a wording edit, the same toll. The new
        # version is analysed by the running rules, which find the 12 the old ones missed.
        _revise(store, article, TEXT.replace("still searching", "searching"), hours=2)
        summary = refresh(store, cfg, T0 + timedelta(hours=3))
        kinds = [d["kind"] for d in story_divergences(store, cfg, STORY)]
        rows = _results(store)
    assert summary.reanalysed == 1 and summary.deferred == 0
    assert "revision" not in kinds
    first, second = rows
    assert first.rules_version == second.rules_version == rules_version()
    assert [c["min"] for c in first.claims if c["category"] == "killed"] == [12]
    assert first.analysed_at > T0


def test_a_real_edit_is_still_a_revision_after_the_old_version_is_made_again(
    tmp_path: Path,
) -> None:
    cfg = _config(tmp_path)
    with Store.open(cfg.database) as store:
        article = _store_article(store, _outlet(store), "a", _old_findings())
        _revise(store, article, TEXT.replace("killed 12 people", "killed 9 people"), hours=2)
        refresh(store, cfg, T0 + timedelta(hours=3))
        [revision] = [d for d in story_divergences(store, cfg, STORY) if d["kind"] == "revision"]
    assert "12 killed" in revision["summary"] and "9 killed" in revision["summary"]


def test_stale_results_are_made_again_within_a_budget_and_the_story_waits(
    tmp_path: Path,
) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'b.db'}") as store:
        outlet = _outlet(store)
        for slug in "abc":
            _store_article(store, outlet, slug, _old_findings())
        later = T0 + timedelta(hours=1)
        first = bring_up_to_date(store.engine, [STORY, "Quiet story"], later, budget=2)
        second = bring_up_to_date(store.engine, [STORY], later, budget=2)
        third = bring_up_to_date(store.engine, [STORY], later, budget=2)
        versions = {row.rules_version for row in _results(store)}
    # The quiet story has nothing stale: it is ready even with the budget spent.
    assert (first.ready, first.deferred, first.results) == (("Quiet story",), (STORY,), 2)
    assert (second.ready, second.deferred, second.results) == ((STORY,), (), 1)
    assert (third.ready, third.results) == ((STORY,), 0)
    assert versions == {rules_version()}


def test_the_step_summary_says_what_was_made_again_only_when_something_was() -> None:
    from crosswire.cli.alerts import summary_line
    from crosswire.divergence.service import RefreshSummary

    quiet = summary_line(RefreshSummary(0, 2, 3, 1))
    upgraded = summary_line(RefreshSummary(0, 1, 3, 1, reanalysed=400, deferred=1))
    assert "older rules" not in quiet
    assert upgraded.endswith("; 400 result(s) of older rules made again, 1 story waiting")


OTHER = (
    "Rescuers said 30 people were killed in the Teller valley flood, the district governor said.\n"
    "Crews searched the riverside villages through the night."
)


def _store_text(
    store: Store, outlet_id: int, slug: str, text: str, findings: Findings, at: datetime = T0
) -> int:
    article_id = store.insert_article(
        NewArticle(
            url=f"https://{slug}.test/a",
            guid=None,
            outlet_id=outlet_id,
            feed_id=None,
            title=TITLE,
            published=T0,
            text=text,
            text_source="feed",
            content_hash=content_hash(text),
            feed_hash=None,
            next_recheck_at=None,
        ),
        findings,
        at,
    )
    assert article_id is not None
    return article_id


def _label_all(store: Store, rules: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(rule_results.update().values(rules_version=rules))


def test_an_alert_sent_before_an_upgrade_is_not_sent_again_for_new_wording(
    tmp_path: Path,
) -> None:
    cfg = _config(tmp_path)
    with Store.open(cfg.database) as store:
        gazette, courier = _outlet(store), _outlet(store, "Valley Courier")
        # What the rules before the upgrade made: the same figures, another claimant's wording.
        old = _current(TEXT)
        reworded = [{**c, "claimant": "the governor's office"} for c in old.claims]
        _store_text(store, gazette, "g", TEXT, replace(old, claims=reworded))
        _store_text(store, courier, "c", OTHER, _current(OTHER))
        first = refresh(store, cfg, T0 + timedelta(hours=1))
        _label_all(store, OLD_RULES)  # the upgrade
        second = refresh(store, cfg, T0 + timedelta(hours=2))
        [conflict] = [d for d in story_divergences(store, cfg, STORY) if d["kind"] == "conflict"]
    assert first.alerts >= 1 and first.reanalysed == 0
    assert second.reanalysed == 2 and second.alerts == 0
    assert "governor's office" not in json.dumps(conflict)  # the new wording is stored


def test_a_result_replaced_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'c.db'}") as store:
        article = _store_article(store, _outlet(store), "a", _old_findings())
        [stale] = stale_results(store.engine, STORY, rules_version(), limit=5)
        page = TEXT.replace("killed 12 people", "killed 7 people")
        arrival = FulltextArrival(article, 1, page, content_hash(page), None)
        assert store.fulltext_arrived(arrival, _current(page), T0 + timedelta(hours=1))
        late = replace_results(store.engine, [(stale, _current(TEXT))], T0 + timedelta(hours=2))
        [row] = _results(store)
    assert late == 0
    assert [c["min"] for c in row.claims if c["category"] == "killed"] == [7]


def test_a_text_the_rules_fail_on_keeps_its_findings_and_does_not_hold_up_the_round(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import rules

    poison = TEXT.replace("Teller valley", "Teller valley near Poisonwood")
    kept = replace(_current(poison), rules=OLD_RULES)  # what the older rules found: 12 killed
    real = rules.analyze

    def fragile(text: str) -> rules.Analysis:
        if "Poisonwood" in text:
            raise ValueError("a bug in a rule")
        return real(text)

    monkeypatch.setattr(rules, "analyze", fragile)
    with Store.open(f"sqlite:///{tmp_path / 'd.db'}") as store:
        outlet = _outlet(store)
        _store_text(store, outlet, "poison", poison, kept)
        _store_article(store, outlet, "fine", _old_findings())
        first = bring_up_to_date(store.engine, [STORY], T0)
        second = bring_up_to_date(store.engine, [STORY], T0)
        rows = {row.article_id: row for row in _results(store)}
    assert first.ready == (STORY,) and first.results == 2
    assert second.results == 0  # nothing left to try every round
    assert {row.rules_version for row in rows.values()} == {rules_version()}
    poisoned, fine = rows[min(rows)], rows[max(rows)]
    assert poisoned.claims == kept.claims  # kept, not replaced by nothing
    assert [c["min"] for c in fine.claims if c["category"] == "killed"] == [12]
    assert "could not make its results again" in caplog.text


def test_a_real_change_in_the_first_round_after_an_upgrade_still_alerts(
    tmp_path: Path,
) -> None:
    cfg = _config(tmp_path)
    with Store.open(cfg.database) as store:
        gazette, courier = _outlet(store), _outlet(store, "Valley Courier")
        herald = _outlet(store, "Hill Herald")
        _store_text(store, gazette, "g", TEXT, _current(TEXT))
        _store_text(store, courier, "c", OTHER, _current(OTHER))
        first = refresh(store, cfg, T0 + timedelta(hours=1))
        _label_all(store, OLD_RULES)  # the upgrade, and in the same round a third figure
        third = OTHER.replace("30 people", "55 people")
        _store_text(store, herald, "h", third, _current(third), T0 + timedelta(minutes=90))
        second = refresh(store, cfg, T0 + timedelta(hours=2))
    assert first.alerts >= 1
    assert second.reanalysed == 2 and second.alerts >= 1


def test_a_divergence_first_found_after_an_upgrade_alerts(tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    with Store.open(cfg.database) as store:
        gazette, courier = _outlet(store), _outlet(store, "Valley Courier")
        # The older rules found nothing in the Gazette's text, so there was nothing to compare.
        _store_text(store, gazette, "g", TEXT, replace(_old_findings(), rules=rules_version()))
        _store_text(store, courier, "c", OTHER, _current(OTHER))
        first = refresh(store, cfg, T0 + timedelta(hours=1))
        _label_all(store, OLD_RULES)
        second = refresh(store, cfg, T0 + timedelta(hours=2))
    assert first.alerts == 0
    assert second.reanalysed == 2 and second.alerts == 1  # 12 vs 30 killed, never alerted


def test_the_round_is_bounded_in_characters_too(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'e.db'}") as store:
        outlet = _outlet(store)
        for slug in "abcd":
            _store_article(store, outlet, slug, _old_findings())
        size = len(TEXT) + len(TITLE)
        first = bring_up_to_date(store.engine, [STORY], T0, chars=2 * size)
        second = bring_up_to_date(store.engine, [STORY], T0, chars=2 * size)
    assert (first.results, first.deferred) == (2, (STORY,))
    assert (second.results, second.ready) == (2, (STORY,))
