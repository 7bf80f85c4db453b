"""The Store: config sync, idempotent article upserts, versions, matches, schedule queries."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from crosswire.db import (
    FeedState,
    FeedUpdate,
    Findings,
    NewArticle,
    OutletSpec,
    Revision,
    Store,
)
from crosswire.db.schema import article_versions, articles

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
WIRE = OutletSpec("Harbour Wire", True, None, (("http://127.0.0.1:1/wire.xml", None),))
POST = OutletSpec("Valley Post", False, "http://127.0.0.1:1/", (("http://127.0.0.1:1/p.xml", 600),))


def _feed(store: Store, outlet: str) -> FeedState:
    return next(feed for feed in store.feeds() if feed.outlet == outlet)


def _article(feed: FeedState, url: str, *, guid: str | None = None, text: str = "") -> NewArticle:
    body = text or f"Body of {url}: the harbour authority said three ferries were delayed."
    return NewArticle(
        url=url,
        guid=guid,
        outlet_id=feed.outlet_id,
        feed_id=feed.id,
        title=f"Title of {url}",
        published=NOW - timedelta(hours=1),
        text=body,
        text_source="feed",
        content_hash=f"hash-{body}"[:64],
        feed_hash="f1",
        next_recheck_at=None,
    )


def test_sync_creates_outlets_and_feeds_and_keeps_state(store: Store) -> None:
    store.sync_outlets([WIRE, POST])
    wire = _feed(store, "Harbour Wire")
    assert wire.url == "http://127.0.0.1:1/wire.xml"
    assert wire.full_text is True and wire.poll_interval is None and wire.next_poll_at is None
    assert _feed(store, "Valley Post").poll_interval == 600

    store.record_feed_poll(
        wire.id,
        FeedUpdate(
            NOW, "ok", NOW + timedelta(minutes=5), 0.0, False, 200, None, '"v1"', None, "b1", True
        ),
    )
    store.sync_outlets([WIRE, POST])
    again = _feed(store, "Harbour Wire")
    assert (again.id, again.etag, again.body_hash) == (wire.id, '"v1"', "b1")
    assert again.next_poll_at == NOW + timedelta(minutes=5)
    assert again.next_poll_at is not None and again.next_poll_at.tzinfo is not None


def test_feeds_dropped_from_config_go_inactive_and_come_back(store: Store) -> None:
    store.sync_outlets([WIRE, POST])
    store.sync_outlets([POST])
    assert [feed.outlet for feed in store.feeds()] == ["Valley Post"]
    store.sync_outlets([WIRE, POST])
    assert {feed.outlet for feed in store.feeds()} == {"Harbour Wire", "Valley Post"}
    assert store.counts()["feeds"] == 2


def test_due_feeds_respect_schedule_and_pause(store: Store) -> None:
    store.sync_outlets([WIRE, POST])
    wire, post = _feed(store, "Harbour Wire"), _feed(store, "Valley Post")
    assert {feed.id for feed in store.due_feeds(NOW)} == {wire.id, post.id}  # never polled
    later = FeedUpdate(NOW, "ok", NOW + timedelta(minutes=10), 0.0, False)
    store.record_feed_poll(wire.id, later)
    store.record_feed_poll(post.id, FeedUpdate(NOW, "paused", NOW, 3.0, True, 404, "HTTP 404"))
    assert store.due_feeds(NOW) == []
    assert [f.id for f in store.due_feeds(NOW + timedelta(minutes=10))] == [wire.id]
    paused = _feed(store, "Valley Post")
    assert paused.paused and paused.last_error == "HTTP 404" and paused.failures == 3.0
    assert store.resume_feeds() == 1
    assert post.id in {f.id for f in store.due_feeds(NOW)}


def test_insert_is_idempotent_by_url_and_by_outlet_guid(store: Store) -> None:
    store.sync_outlets([WIRE, POST])
    wire, post = _feed(store, "Harbour Wire"), _feed(store, "Valley Post")
    first = store.insert_article(_article(wire, "https://w.test/a", guid="g-1"), Findings(), NOW)
    assert first is not None
    assert store.insert_article(_article(wire, "https://w.test/a"), Findings(), NOW) is None
    moved = _article(wire, "https://w.test/a-renamed", guid="g-1")
    assert store.insert_article(moved, Findings(), NOW) is None
    found = store.find_article(url="https://w.test/a-renamed", outlet_id=wire.outlet_id, guid="g-1")
    assert found is not None and found.id == first
    # The same GUID at another outlet is another article.
    other = store.insert_article(_article(post, "https://p.test/a", guid="g-1"), Findings(), NOW)
    assert other is not None and other != first
    counts = store.counts()
    assert counts["articles"] == 2 and counts["article_versions"] == 2


def test_insert_stores_version_findings_and_matches_together(store: Store) -> None:
    store.sync_outlets([WIRE])
    wire = _feed(store, "Harbour Wire")
    findings = Findings(
        claims=[{"category": "killed", "min": 3, "max": 3}],
        attributions=[{"source": "the ministry", "kind": "non_response"}],
        stories=("ferry strike", "harbour"),
    )
    article_id = store.insert_article(_article(wire, "https://w.test/b"), findings, NOW)
    assert article_id is not None
    [listing] = store.list_articles()
    assert listing.stories == ("ferry strike", "harbour") and listing.versions == 1
    assert listing.published == NOW - timedelta(hours=1)
    [analysis] = store.latest_analyses()
    assert analysis.claims == findings.claims and analysis.attributions == findings.attributions
    assert [a.url for a in store.list_articles(story="harbour")] == ["https://w.test/b"]
    assert store.list_articles(story="elsewhere") == []


def test_a_failing_write_leaves_nothing_behind(store: Store) -> None:
    store.sync_outlets([WIRE])
    wire = _feed(store, "Harbour Wire")
    unserialisable = Findings(claims=[{"figure": object()}])
    with pytest.raises(StatementError, match="not JSON serializable"):
        store.insert_article(_article(wire, "https://w.test/c"), unserialisable, NOW)
    assert store.counts()["articles"] == 0
    assert store.counts()["article_versions"] == 0


def test_same_text_under_another_url_is_marked_duplicate(store: Store) -> None:
    store.sync_outlets([WIRE, POST])
    wire, post = _feed(store, "Harbour Wire"), _feed(store, "Valley Post")
    text = (
        "Wire copy: flooding closed the coast road between Kessa and Port Ilm on Monday, the "
        "police said. Drivers were told to use the inland route, and the regional council "
        "opened two schools as shelters for families from the lowest streets near the river."
    )
    original = store.insert_article(_article(wire, "https://w.test/d", text=text), Findings(), NOW)
    store.insert_article(_article(post, "https://p.test/d", text=text), Findings(), NOW)
    short = "Flooding closed the coast road."
    store.insert_article(_article(wire, "https://w.test/s1", text=short), Findings(), NOW)
    store.insert_article(_article(post, "https://p.test/s2", text=short), Findings(), NOW)
    by_url = {a.url: a for a in store.list_articles()}
    assert original is not None
    assert by_url["https://p.test/d"].duplicate_of == "https://w.test/d"
    assert by_url["https://w.test/d"].duplicate_of is None
    assert by_url["https://p.test/s2"].duplicate_of is None  # a one-liner is no syndication


def test_versions_bump_once_and_keep_every_text(store: Store) -> None:
    store.sync_outlets([WIRE])
    wire = _feed(store, "Harbour Wire")
    article_id = store.insert_article(
        _article(wire, "https://w.test/e"), Findings(stories=("harbour",)), NOW
    )
    assert article_id is not None
    revision = Revision(article_id, 1, "Updated title", "Now five ferries.", "feed", "h2", "f2")
    later = NOW + timedelta(hours=1)
    assert store.add_version(revision, Findings(stories=("harbour", "ferries")), later) == 2
    assert store.add_version(revision, Findings(), later) is None  # stale: already at 2
    known = store.get_article(article_id)
    assert known is not None
    assert (known.version, known.title, known.text) == (2, "Updated title", "Now five ferries.")
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(article_versions.c.version, article_versions.c.text).order_by(
                article_versions.c.version
            )
        ).all()
    assert [r.version for r in rows] == [1, 2] and rows[1].text == "Now five ferries."
    [listing] = store.list_articles()
    assert listing.versions == 2 and listing.stories == ("harbour", "ferries")
    assert store.counts()["story_matches"] == 2


def test_rechecks_come_due_in_order(store: Store) -> None:
    store.sync_outlets([WIRE])
    wire = _feed(store, "Harbour Wire")
    soon = _article(wire, "https://w.test/f")
    soon = replace(soon, next_recheck_at=NOW + timedelta(minutes=5))
    article_id = store.insert_article(soon, Findings(), NOW)
    assert article_id is not None
    assert store.due_rechecks(NOW) == []
    [due] = store.due_rechecks(NOW + timedelta(minutes=5))
    assert due.id == article_id and due.checks_done == 0
    store.set_recheck(article_id, checks_done=1, next_at=None)
    assert store.due_rechecks(NOW + timedelta(days=30)) == []
    with store.engine.connect() as conn:
        assert conn.execute(select(articles.c.checks_done)).scalar_one() == 1


def test_naive_datetimes_are_refused(store: Store) -> None:
    store.sync_outlets([WIRE])
    wire = _feed(store, "Harbour Wire")
    naive = FeedUpdate(datetime(2026, 3, 2, 12, 0), "ok", NOW, 0.0, False)
    with pytest.raises(Exception, match="naive datetime"):
        store.record_feed_poll(wire.id, naive)
