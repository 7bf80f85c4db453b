"""The bundled demo's story: which articles it matches and the drift between outlets it promises."""

from __future__ import annotations

import re
from datetime import timedelta

import httpx
import pytest

from crosswire.demo import DemoSite, serve_demo
from monitors.matching import WatchRule, match_stories
from tests.crosswire.demo.served import (
    STEALTH_PAGE,
    WIRE_COPY,
    plain,
)

MAIN_STORY = {
    "meridian": {"varna-troops", "varna-explainer"},
    "harbour": {"castria-holding-the-line"},
    "lantern": {"dravian-troops-in-combat", "northern-council-session", "varna-first-reports"},
    "northgate": {"varna-villagers-flee", "why-dravia-moved-now", "varna-wire-report"},
    "observer": {"selk-under-fire", "selk-school-shelter"},
}


def test_demo_stories_select_the_breaking_story_and_reject_the_rest(site: DemoSite) -> None:
    rules = [
        WatchRule(s.name, tuple(s.any), tuple(s.all), tuple(s.exclude), tuple(s.outlets), s.regex)
        for s in site.config.stories
    ]
    names = {o.key: o.name for o in site.outlets}
    first = site.config.stories[0].name
    for article in site.articles():
        matched = match_stories(
            rules,
            outlet=names[article.outlet],
            title=article.title,
            text="\n".join(article.paragraphs),
        )
        expected = article.slug in MAIN_STORY[article.outlet]
        assert (first in matched) == expected, (article.slug, matched)
    assert any(a.slug not in MAIN_STORY[a.outlet] and "Varna" in a.text for a in site.articles())


# (id, outlet key or None for "some outlet", pattern that must occur in the served text)
DRIFT: list[tuple[str, str | None, str]] = [
    ("troops-range", "meridian", r"10–12,000 Dravian soldiers"),
    ("troops-estimated", "harbour", r"an estimated 11,000 Dravian troops"),
    ("troops-estimated-wire", "lantern", r"An estimated 11,000 Dravian troops"),
    ("troops-more-than", "northgate", r"More than 10,000 Dravian troops"),
    ("troops-nearly", "observer", r"Nearly 10,000 Dravian troops"),
    (
        "around-30-agency",
        "meridian",
        r"Around 30 people were killed or wounded, the agency said",
    ),
    ("around-30-observer", "observer", r"Around 30 people were killed or wounded, the agency said"),
    ("at-least-30", "harbour", r"At least 30 people have been killed or wounded"),
    (
        "first-figure",  # hours before the others: the agency's toll rises (an update)
        "lantern",
        r"At least nine people have been killed or wounded, the Varna Civil Protection Agency",
    ),
    ("dead-or-wounded", "northgate", r"At least 30 people are dead or wounded"),
    ("hospital-wounded", "northgate", r"treated 32 wounded people"),
    ("eleven-mayor", "harbour", r"Eleven bodies .{0,40}, the mayor of Selk, Tomas Brandt, said"),
    ("via-outlet", "harbour", r"At least 12 civilians were missing .{0,60}according to the Daily"),
    ("captured-six", "meridian", r"Six Castrian border guards were captured"),
    ("captured-five", "lantern", r"Five Castrian border guards were captured"),
    ("missing-seven", "northgate", r"Seven Castrian border guards were missing"),
    ("no-response", "meridian", r"did not immediately respond to a request for comment"),
    ("no-response-wire", "lantern", r"did not immediately respond to a request for comment"),
    ("ministry-quoted", "harbour", r"Colonel Irina Vass, a Defence Ministry spokeswoman, told"),
    ("declined", "lantern", r"Foreign Ministry declined to comment"),
    ("declined-northgate", "northgate", r"Foreign Ministry declined to comment"),
    ("anonymous", "meridian", r"spoke on condition of anonymity"),
    ("anonymous-wire", "lantern", r"who was not authorised to speak publicly"),
    ("brigade", "meridian", r"72nd Mechanised Brigade"),
    ("vehicles", "lantern", r"destroyed 14 armoured vehicles"),
    ("area", "meridian", r"30 square kilometres"),
    ("age", "meridian", r"a 54-year-old farmer"),
    ("age-comma", "harbour", r"Anna Pirel, 31,"),
    ("percent", None, r"fell 6\.2% against the euro"),
    ("money", None, r"€1\.5 million"),
    ("year", None, r"the 2019 Tamis Accord"),
    ("historic-toll", "meridian", r"war in 2008 that killed 214 people"),
    ("unrelated-casualties", "lantern", r"Three people were killed and 17 injured"),
]


@pytest.mark.parametrize(("outlet", "pattern"), [d[1:] for d in DRIFT], ids=[d[0] for d in DRIFT])
def test_served_text_contains_the_drift(
    served_text: dict[str, str], outlet: str | None, pattern: str
) -> None:
    texts = [served_text[outlet]] if outlet else list(served_text.values())
    assert any(re.search(pattern, text) for text in texts)


def test_drift_is_between_outlets(served_text: dict[str, str]) -> None:
    # Only the Harbour Post has the 12 missing it credits to the Meridian; the Meridian has not.
    has_twelve = {k for k, t in served_text.items() if re.search(r"\b12 civilians\b", t)}
    assert has_twelve == {"harbour"}
    # The ministry is quoted by one outlet while others say it did not respond.
    silent = {k for k, t in served_text.items() if "did not immediately respond" in t}
    quoted = {k for k, t in served_text.items() if "Colonel Irina Vass" in t}
    assert silent >= {"meridian", "lantern", "observer"}
    assert "harbour" in quoted and not silent & quoted


def test_demo_drives_the_real_pipeline_with_304s_and_two_revisions() -> None:
    import asyncio

    from crosswire.db.store import Store
    from crosswire.pipeline import poll_once

    with serve_demo() as demo, Store.open(demo.config.database) as store:
        first = asyncio.run(poll_once(demo.config, store))
        second = asyncio.run(poll_once(demo.config, store))
        demo.revise()
        third = asyncio.run(poll_once(demo.config, store))
        page_hits = demo.hits("/observer/articles/selk-under-fire.html")
    assert first.count("ok") == len(demo.outlets)
    assert first.new_articles == len(demo.articles())
    assert second.count("not_modified") == len(demo.outlets)
    assert second.new_articles == second.new_versions == 0
    revised = {(f.outlet, f.new_versions) for f in third.feeds if f.new_versions}
    assert revised == {("The Daily Meridian", 1), ("Lantern Wire", 1)}  # one noted, one stealth
    assert page_hits >= 1  # the summary-only outlet's text came from its page


def test_stealth_edit_changes_a_figure_without_a_note() -> None:
    with serve_demo() as demo, httpx.Client(timeout=5) as http:
        before_page = http.get(demo.base_url + STEALTH_PAGE)
        before_feed = http.get(demo.feed_url("lantern"))
        demo.revise()
        after_page = http.get(demo.base_url + STEALTH_PAGE)
        after_feed = http.get(demo.feed_url("lantern"))
        conditional = http.get(
            demo.feed_url("lantern"), headers={"If-None-Match": before_feed.headers["etag"]}
        )
    old, new = plain(before_page.text), plain(after_page.text)
    assert "Five Castrian border guards were captured" in old
    assert "Four Castrian border guards were captured" in new
    assert "Five Castrian" not in new
    # Stealth: no update note and no "Updated" time, on the page or in the feed; only the body
    # (and so the ETag) changed.
    assert not re.search(r"\b(?:updated|corrected|correction|amended)\b", new, re.I)
    assert after_feed.headers["etag"] != before_feed.headers["etag"]
    assert conditional.status_code == 200
    revised = next(a for a in demo.articles() if a.path == STEALTH_PAGE)
    assert revised.update_note is None and revised.updated is None
    assert plain(after_feed.text).count("Four Castrian border guards") == 1


def test_wire_copy_is_an_abridged_credited_republication(site: DemoSite) -> None:
    by_key = {f"{a.outlet}/{a.slug}": a for a in site.articles()}
    copy, original = by_key[WIRE_COPY[0]], by_key[WIRE_COPY[1]]
    shared = 0
    while shared < len(copy.paragraphs) and copy.paragraphs[shared] == original.paragraphs[shared]:
        shared += 1
    assert shared >= 4  # the same opening paragraphs, word for word
    assert len(copy.paragraphs) - shared <= 2  # then a short ending of the copy's own
    assert len(copy.text.split()) < 0.8 * len(original.text.split())
    assert "(Lantern Wire)" in copy.paragraphs[0]
    assert copy.paragraphs[-1] == "— Lantern Wire"
    assert copy.published > original.published
    assert copy.outlet != original.outlet


def test_the_divergence_engine_finds_every_kind_in_the_demo() -> None:
    import asyncio

    from crosswire.db.divergence_store import DivergenceStore
    from crosswire.db.store import Store
    from crosswire.divergence.service import refresh
    from crosswire.pipeline import poll_once

    with serve_demo() as demo, Store.open(demo.config.database) as store:
        now = demo.started_at
        asyncio.run(poll_once(demo.config, store, now=now))
        refresh(store, demo.config, now)
        demo.revise()
        later = now + timedelta(minutes=5)
        asyncio.run(poll_once(demo.config, store, now=later))
        refresh(store, demo.config, later + timedelta(hours=3))  # past the exclusive grace
        found = DivergenceStore(store).list_divergences(story="Varna incursion")
        copies = {a.url: a.duplicate_of for a in store.list_articles() if a.duplicate_of}
    kinds = {d["kind"] for d in found}
    assert kinds == {
        "conflict",
        "discrepancy",
        "update",
        "exclusive",
        "attribution",
        "non_response",
        "revision",
    }
    stealth = {(d["category"], d["stealth"]) for d in found if d["kind"] == "revision"}
    assert stealth == {("killed_or_wounded", False), ("captured", True)}
    copy, original = (demo.base_url + f"/{k.replace('/', '/articles/')}.html" for k in WIRE_COPY)
    # One link between the copy and its original. Which way round still depends on which feed
    # the concurrent first poll stored first (the engine orders unchecked articles by first
    # seen, not by published), so the direction is not asserted here yet.
    assert {frozenset(pair) for pair in copies.items()} == {frozenset({copy, original})}
