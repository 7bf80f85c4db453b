"""The bundled demo: real feeds over loopback HTTP, valid config, and the drift it promises."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import httpx
import pytest

from crosswire.config import Config, validate_config
from crosswire.demo import DemoSite, serve_demo
from monitors.matching import WatchRule, match_stories

FEEDPARSER_VERSION = {"rss2": "rss20", "atom": "atom10", "rss1": "rss10"}
CONTENT_TYPE = {
    "rss2": "application/rss+xml",
    "atom": "application/atom+xml",
    "rss1": "application/rdf+xml",
    "jsonfeed": "application/feed+json",
}
REVISED_PAGE = "/meridian/articles/varna-troops.html"
STEALTH_PAGE = "/lantern/articles/dravian-troops-in-combat.html"
#: (copy, original): an abridged republication of Lantern Wire's story by another outlet.
WIRE_COPY = ("northgate/varna-wire-report", "lantern/dravian-troops-in-combat")


@pytest.fixture(scope="module")
def site() -> Iterator[DemoSite]:
    with serve_demo() as demo:
        yield demo


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5) as http:
        yield http


def _plain(markup: str) -> str:
    """Markup to plain text, good enough to search served articles with regexes."""
    text = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(html.unescape(text).split())


def _entries(site: DemoSite, client: httpx.Client, key: str) -> list[dict[str, str]]:
    """Each served entry of an outlet's feed as link, title, summary and served body text."""
    outlet = next(o for o in site.outlets if o.key == key)
    response = client.get(site.base_url + outlet.feed_path)
    response.raise_for_status()
    entries = []
    if outlet.format == "jsonfeed":
        for item in response.json()["items"]:
            entries.append(
                {
                    "link": item["url"],
                    "title": item["title"],
                    "summary": item["summary"],
                    "body": _plain(item.get("content_html", "")),
                }
            )
        return entries
    for entry in feedparser.parse(response.content).entries:
        content = entry.get("content", [{}])[0].get("value", "")
        entries.append(
            {
                "link": entry.link,
                "title": entry.title,
                "summary": _plain(entry.summary),
                "body": _plain(content),
            }
        )
    return entries


def _outlet_text(site: DemoSite, client: httpx.Client, key: str) -> str:
    """All article text an outlet serves: feed content, or its pages for summary-only feeds."""
    outlet = next(o for o in site.outlets if o.key == key)
    parts = []
    for entry in _entries(site, client, key):
        body = entry["body"]
        if not outlet.full_content:
            page = client.get(entry["link"])
            page.raise_for_status()
            body = _plain(re.search(r"<article>(.*)</article>", page.text, re.S)[1])  # type: ignore[index]
        parts.append(f"{entry['title']}\n{body}")
    return "\n\n".join(parts)


@pytest.fixture(scope="module")
def served_text(site: DemoSite, client: httpx.Client) -> dict[str, str]:
    return {outlet.key: _outlet_text(site, client, outlet.key) for outlet in site.outlets}


def test_demo_has_five_or_six_outlets_in_every_feed_format(site: DemoSite) -> None:
    assert 5 <= len(site.outlets) <= 6
    assert {o.format for o in site.outlets} == {"rss2", "atom", "rss1", "jsonfeed"}
    assert [o.key for o in site.outlets if not o.full_content] == ["observer"]
    assert len({o.name for o in site.outlets}) == len(site.outlets)


def test_every_feed_is_served_and_parses_cleanly(site: DemoSite, client: httpx.Client) -> None:
    counts = {}
    for outlet in site.outlets:
        response = client.get(site.base_url + outlet.feed_path)
        assert response.status_code == 200
        assert response.headers["content-type"].split(";")[0] == CONTENT_TYPE[outlet.format]
        assert "charset=utf-8" in response.headers["content-type"]
        if outlet.format == "jsonfeed":
            feed = json.loads(response.content)
            assert feed["version"] == "https://jsonfeed.org/version/1.1"
            assert feed["feed_url"] == site.base_url + outlet.feed_path
            items = feed["items"]
            assert all(item["id"] and item["url"] and item["content_html"] for item in items)
            counts[outlet.key] = len(items)
        else:
            parsed = feedparser.parse(response.content)
            assert not parsed.bozo, parsed.get("bozo_exception")
            assert parsed.version == FEEDPARSER_VERSION[outlet.format]
            assert parsed.feed.title == outlet.name
            assert all(e.link.startswith(site.base_url) for e in parsed.entries)
            counts[outlet.key] = len(parsed.entries)
    assert all(3 <= n <= 5 for n in counts.values()), counts


def test_articles_are_between_250_and_700_words(site: DemoSite) -> None:
    articles = site.articles()
    assert len(articles) >= 15
    for article in articles:
        words = len(article.text.split())
        low = 150 if f"{article.outlet}/{article.slug}" == WIRE_COPY[0] else 250  # abridged
        assert low <= words <= 700, (article.slug, words)


def test_published_dates_are_relative_to_now(site: DemoSite, client: httpx.Client) -> None:
    parsed = feedparser.parse(client.get(site.feed_url("meridian")).content)
    newest = max(datetime(*e.published_parsed[:6], tzinfo=UTC) for e in parsed.entries)
    assert timedelta(0) < datetime.now(UTC) - newest < timedelta(hours=4)


def test_summary_only_feed_has_pages_with_the_full_text(
    site: DemoSite, client: httpx.Client
) -> None:
    entries = _entries(site, client, "observer")
    articles = {a.slug: a for a in site.articles() if a.outlet == "observer"}
    assert len(entries) == len(articles) >= 3
    for entry in entries:
        assert entry["body"] == ""
        assert len(entry["summary"].split()) < 40
        page = client.get(entry["link"])
        assert page.status_code == 200
        assert page.headers["content-type"] == "text/html; charset=utf-8"
        slug = entry["link"].rsplit("/", 1)[1].removesuffix(".html")
        for paragraph in articles[slug].paragraphs:
            assert html.escape(paragraph, quote=False) in page.text
        for boilerplate in ("<nav", "<footer", "cookie-banner", "More from The Varna Observer"):
            assert boilerplate in page.text
    # The claims are only on the pages: the feed alone would miss them.
    feed_text = " ".join(e["summary"] for e in entries)
    assert "Nearly 10,000" not in feed_text


def test_every_article_has_a_page(site: DemoSite, client: httpx.Client) -> None:
    for article in site.articles():
        page = client.get(site.base_url + article.path)
        assert page.status_code == 200, article.path
        assert f"<h1>{html.escape(article.title)}</h1>" in page.text


def test_conditional_requests_get_304(site: DemoSite, client: httpx.Client) -> None:
    url = site.feed_url("harbour")
    first = client.get(url)
    etag, last_modified = first.headers["etag"], first.headers["last-modified"]
    by_etag = client.get(url, headers={"If-None-Match": etag})
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    assert by_etag.headers["etag"] == etag
    by_date = client.get(url, headers={"If-Modified-Since": last_modified})
    assert by_date.status_code == 304
    stale = client.get(url, headers={"If-None-Match": '"something-else"'})
    assert stale.status_code == 200
    assert stale.content == first.content
    older = parsedate_to_datetime(last_modified) - timedelta(hours=1)
    since = older.strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert client.get(url, headers={"If-Modified-Since": since}).status_code == 200


def test_head_and_unknown_paths(site: DemoSite, client: httpx.Client) -> None:
    head = client.head(site.feed_url("northgate"))
    assert head.status_code == 200
    assert head.content == b""
    assert int(head.headers["content-length"]) > 1000
    assert client.get(site.base_url + "/no/such/feed.xml").status_code == 404
    index = client.get(site.base_url + "/")
    assert all(o.feed_path in index.text for o in site.outlets)


def test_revision_switch_changes_the_article() -> None:
    with serve_demo() as demo, httpx.Client(timeout=5) as http:
        before_page = http.get(demo.base_url + REVISED_PAGE)
        before_feed = http.get(demo.feed_url("meridian"))
        demo.revise()
        after_page = http.get(demo.base_url + REVISED_PAGE)
        after_feed = http.get(demo.feed_url("meridian"))
        assert demo.revised
        # The feed changed, so a client holding the old validators gets the new body.
        assert after_feed.headers["etag"] != before_feed.headers["etag"]
        conditional = http.get(
            demo.feed_url("meridian"),
            headers={"If-Modified-Since": before_feed.headers["last-modified"]},
        )
        assert conditional.status_code == 200
        demo.revise(False)
        again = http.get(demo.base_url + REVISED_PAGE)
    old, new = _plain(before_page.text), _plain(after_page.text)
    assert "Around 30 people were killed or wounded, the agency said" in old
    assert "At least 41 people have been killed or wounded, the agency said" in new
    assert "did not immediately respond to a request for comment" in old
    assert "did not immediately respond" not in new
    assert "Colonel Irina Vass, a spokeswoman for Castria's Defence Ministry, said" in new
    assert "Updated" in new and "Updated" not in old
    assert again.text == before_page.text
    entries = feedparser.parse(after_feed.content).entries
    revised = next(e for e in entries if e.link.endswith(REVISED_PAGE))
    assert "At least 41 people" in revised.content[0].value


def test_serve_demo_revised_starts_with_the_update() -> None:
    with serve_demo(revised=True) as demo:
        page = httpx.get(demo.base_url + REVISED_PAGE, timeout=5)
    assert "At least 41 people" in page.text


def test_config_points_at_the_served_feeds(site: DemoSite) -> None:
    config = site.config
    assert isinstance(config, Config)
    assert validate_config(config.model_dump(mode="json")) == config
    feed_urls = {str(feed.url) for outlet in config.outlets for feed in outlet.feeds}
    assert feed_urls == {site.base_url + o.feed_path for o in site.outlets}
    observer = config.outlet("The Varna Observer")
    assert observer is not None and observer.full_text
    assert 1 <= len(config.stories) <= 2
    assert config.http.per_host_delay == 0


def test_default_database_is_a_temporary_sqlite_file() -> None:
    with serve_demo() as demo:
        database = demo.config.database
        assert database.startswith("sqlite:///")
        folder = Path(database.removeprefix("sqlite:///")).parent
        assert folder.is_dir()
    assert not folder.exists()


def test_given_database_is_used(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mine.db'}"
    with serve_demo(database=url) as demo:
        assert demo.config.database == url


def test_close_releases_the_port() -> None:
    with serve_demo() as demo:
        url = demo.feed_url("lantern")
        assert httpx.get(url, timeout=5).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=2)


# Which articles the demo stories must pick up, and which they must reject.
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
    old, new = _plain(before_page.text), _plain(after_page.text)
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
    assert _plain(after_feed.text).count("Four Castrian border guards") == 1


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
