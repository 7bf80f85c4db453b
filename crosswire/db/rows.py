"""Row shapes shared by the Store's parts: queries, row-to-record mappers, version inserts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Engine, Row, and_, insert, or_, select

from crosswire.db.records import (
    FeedState,
    Findings,
    FulltextState,
    FulltextUpdate,
    KnownArticle,
    PollHold,
)
from crosswire.db.schema import (
    article_versions,
    articles,
    feeds,
    outlets,
    rule_results,
    story_matches,
)


class Transactional:
    """Holds the engine; the Store's parts open one transaction per public call."""

    _engine: Engine

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        with self._engine.begin() as connection:
            yield connection


def feed_query() -> Any:
    return (
        select(
            feeds,
            outlets.c.name.label("outlet"),
            outlets.c.full_text,
        )
        .join(outlets, outlets.c.id == feeds.c.outlet_id)
        .order_by(outlets.c.name, feeds.c.url)
    )


def feed_state(row: Row[Any]) -> FeedState:
    return FeedState(
        id=row.id,
        url=row.url,
        outlet_id=row.outlet_id,
        outlet=row.outlet,
        full_text=bool(row.full_text),
        etag=row.etag,
        last_modified=row.last_modified,
        body_hash=row.body_hash,
        next_poll_at=row.next_poll_at,
        last_polled_at=row.last_polled_at,
        failures=float(row.failures),
        last_error=row.last_error,
        last_status=row.last_status,
        last_http_status=row.last_http_status,
        paused=bool(row.paused),
        poll_interval=row.poll_interval,
        next_poll_reason=poll_hold(row.next_poll_reason),
        deferred_items=int(row.deferred_items or 0),
    )


def article_query() -> Any:
    return select(
        articles,
        outlets.c.name.label("outlet"),
        outlets.c.full_text,
    ).join(outlets, outlets.c.id == articles.c.outlet_id)


def known_article(row: Row[Any]) -> KnownArticle:
    return KnownArticle(
        id=row.id,
        url=row.url,
        guid=row.guid,
        outlet_id=row.outlet_id,
        feed_id=row.feed_id,
        outlet=row.outlet,
        full_text=bool(row.full_text),
        title=row.title,
        published=row.published,
        first_seen=row.first_seen,
        text=row.text,
        text_source="page" if row.text_source == "page" else "feed",
        content_hash=row.content_hash,
        feed_hash=row.feed_hash,
        version=row.version,
        checks_done=row.checks_done,
        next_recheck_at=row.next_recheck_at,
        fulltext_state=fulltext_state(row.fulltext_state),
        fulltext_error=row.fulltext_error,
        fulltext_attempts=int(row.fulltext_attempts or 0),
        next_fulltext_at=row.next_fulltext_at,
    )


def find_article(
    conn: Connection, *, url: str, outlet_id: int, guid: str | None
) -> KnownArticle | None:
    identity = articles.c.url == url
    if guid:
        identity = or_(identity, and_(articles.c.outlet_id == outlet_id, articles.c.guid == guid))
    # Prefer the URL match when both exist (an outlet reusing a GUID for another story).
    query = article_query().where(identity).order_by((articles.c.url == url).desc()).limit(1)
    row = conn.execute(query).first()
    return None if row is None else known_article(row)


def fulltext_values(update: FulltextUpdate | None) -> dict[str, Any]:
    """The articles columns for one full-text outcome (all NULL when it was not wanted)."""
    if update is None:
        return {}
    return {
        "fulltext_state": update.state,
        "fulltext_error": update.error,
        "fulltext_attempts": update.attempts,
        "next_fulltext_at": update.next_at,
    }


def poll_hold(value: str | None) -> PollHold | None:
    if value == "retry_after":
        return "retry_after"
    return "server_busy" if value == "server_busy" else None


def fulltext_state(value: str | None) -> FulltextState | None:
    return cast(FulltextState, value) if value in ("pending", "ok", "failed") else None


def insert_version(
    conn: Connection,
    *,
    article_id: int,
    version: int,
    title: str,
    text: str,
    content_hash: str,
    findings: Findings,
    now: datetime,
) -> None:
    conn.execute(
        insert(article_versions).values(
            article_id=article_id,
            version=version,
            title=title,
            text=text,
            content_hash=content_hash,
            seen_at=now,
        )
    )
    conn.execute(
        insert(rule_results).values(
            article_id=article_id, version=version, **result_values(findings, now)
        )
    )
    insert_story_matches(conn, article_id, version, findings.stories, now)


def result_of_version() -> ColumnElement[bool]:
    """The join condition of a ``rule_results`` row with the ``article_versions`` row it was
    made from (same article, same version)."""
    return and_(
        rule_results.c.article_id == article_versions.c.article_id,
        rule_results.c.version == article_versions.c.version,
    )


def result_values(findings: Findings, now: datetime) -> dict[str, Any]:
    """A ``rule_results`` row's columns for findings made at ``now`` (insert or replace)."""
    return {
        "analysed_at": now,
        "claims": findings.claims,
        "attributions": findings.attributions,
        "findings_cut": findings.cut,
        "rules_version": findings.rules,
    }


def insert_story_matches(
    conn: Connection, article_id: int, version: int, stories: Sequence[str], now: datetime
) -> None:
    """Record the stories an article newly belongs to (a story is matched once per article)."""
    already = set(
        conn.execute(
            select(story_matches.c.story).where(story_matches.c.article_id == article_id)
        ).scalars()
    )
    for story in stories:
        if story in already:
            continue
        conn.execute(
            insert(story_matches).values(
                story=story, article_id=article_id, version=version, matched_at=now
            )
        )
        already.add(story)
