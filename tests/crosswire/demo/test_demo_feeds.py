"""The bundled demo's feeds, pages and config: real feeds over loopback HTTP."""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import httpx
import pytest

from crosswire.config import Config, validate_config
from crosswire.demo import DemoSite, serve_demo
from tests.crosswire.demo.served import (
    CONTENT_TYPE,
    FEEDPARSER_VERSION,
    REVISED_PAGE,
    WIRE_COPY,
    feed_entries,
    plain,
)


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
    entries = feed_entries(site, client, "observer")
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
    old, new = plain(before_page.text), plain(after_page.text)
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
