"""The Store's follow-up work: page texts still owed, and which feed items are already known.

A summary-only item whose page could not be read is stored with its feed text and a
``fulltext_state`` of ``pending``; later polls retry it. When the page text arrives it
replaces the current version's text *in place* (same version number, rule results redone in
the same transaction): getting the text we always meant to have is not an editorial revision.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select, update

from crosswire.db.records import Findings, FulltextArrival, FulltextUpdate, KnownArticle
from crosswire.db.rows import (
    Transactional,
    article_query,
    fulltext_values,
    insert_story_matches,
    known_article,
    result_values,
)
from crosswire.db.schema import article_versions, articles, rule_results

#: Keys per IN (...) list: well under every SQLite build's bound-parameter limit.
LOOKUP_CHUNK = 500


class FollowUps(Transactional):
    """Mixed into :class:`crosswire.db.Store`; every public method is one transaction."""

    def item_feed_hashes(
        self, outlet_id: int, urls: Sequence[str], guids: Sequence[str]
    ) -> tuple[dict[str, str | None], dict[str, str | None]]:
        """Feed hashes of stored articles by canonical URL, and by this outlet's GUIDs.

        One query per chunk of keys, so a 20,000-item feed costs dozens of queries, not
        20,000, before the poller knows which items are new.
        """
        by_url: dict[str, str | None] = {}
        by_guid: dict[str, str | None] = {}
        with self._transaction() as conn:
            for chunk in _chunks(sorted(set(urls))):
                query = select(articles.c.url, articles.c.feed_hash).where(
                    articles.c.url.in_(chunk)
                )
                by_url.update((row.url, row.feed_hash) for row in conn.execute(query))
            for chunk in _chunks(sorted(set(guids))):
                query = select(articles.c.guid, articles.c.feed_hash).where(
                    articles.c.outlet_id == outlet_id, articles.c.guid.in_(chunk)
                )
                by_guid.update((row.guid, row.feed_hash) for row in conn.execute(query))
        return by_url, by_guid

    def due_fulltext(self, now: datetime, limit: int = 100) -> list[KnownArticle]:
        """Articles whose page text is owed and whose next attempt is due, oldest due first."""
        query = (
            article_query()
            .where(
                articles.c.fulltext_state == "pending",
                articles.c.next_fulltext_at.is_not(None),
                articles.c.next_fulltext_at <= now,
            )
            .order_by(articles.c.next_fulltext_at)
            .limit(limit)
        )
        with self._transaction() as conn:
            return [known_article(row) for row in conn.execute(query)]

    def record_fulltext_attempt(self, article_id: int, outcome: FulltextUpdate) -> None:
        """Store how an attempt to read an article's page went (state, reason, next try)."""
        with self._transaction() as conn:
            conn.execute(
                update(articles).where(articles.c.id == article_id).values(fulltext_values(outcome))
            )

    def fulltext_arrived(self, arrival: FulltextArrival, findings: Findings, now: datetime) -> bool:
        """Make a late page text the current version's text; False if the version moved on.

        Article row, version row, rule results and story matches change in one transaction.
        """
        with self._transaction() as conn:
            current = and_(
                articles.c.id == arrival.article_id, articles.c.version == arrival.version
            )
            changed = conn.execute(
                update(articles)
                .where(current)
                .values(
                    text=arrival.text,
                    text_source="page",
                    content_hash=arrival.content_hash,
                    next_recheck_at=arrival.next_recheck_at,
                    fulltext_state="ok",
                    fulltext_error=None,
                    next_fulltext_at=None,
                )
            )
            if changed.rowcount != 1:
                return False
            same_version = and_(
                article_versions.c.article_id == arrival.article_id,
                article_versions.c.version == arrival.version,
            )
            # seen_at moves to now: the version's text as stored was seen now, and the
            # divergence step recomputes stories whose versions were seen since it last ran.
            conn.execute(
                update(article_versions)
                .where(same_version)
                .values(text=arrival.text, content_hash=arrival.content_hash, seen_at=now)
            )
            conn.execute(
                update(rule_results)
                .where(
                    rule_results.c.article_id == arrival.article_id,
                    rule_results.c.version == arrival.version,
                )
                .values(**result_values(findings, now))
            )
            insert_story_matches(conn, arrival.article_id, arrival.version, findings.stories, now)
            return True

    def fulltext_backlog(self) -> dict[str, int]:
        """How many articles are in each full-text state (pending, ok, failed)."""
        query = (
            select(articles.c.fulltext_state, func.count())
            .where(articles.c.fulltext_state.is_not(None))
            .group_by(articles.c.fulltext_state)
        )
        with self._transaction() as conn:
            return {str(state): int(count) for state, count in conn.execute(query)}


def _chunks(keys: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(keys), LOOKUP_CHUNK):
        yield keys[start : start + LOOKUP_CHUNK]
