"""The wire-copy index: sampled shingles of article texts, their postings, and the links made.

Mixed into ``DivergenceStore``; each write is one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, insert, select, update

from crosswire.db.divergence_schema import wire_checks, wire_shingle_counts, wire_shingles
from crosswire.db.schema import articles, outlets

POSTINGS_CAP = 64


@dataclass(frozen=True, slots=True)
class WireArticle:
    """An article waiting for its wire-copy check."""

    id: int
    outlet_id: int
    first_seen: datetime
    published: datetime | None
    text: str


@dataclass(frozen=True, slots=True)
class WireHit:
    """A stored article sharing sampled shingles with the one being checked."""

    article_id: int
    outlet_id: int
    origin_id: int
    shared: int
    sample: int
    when: datetime


class WireIndex:
    """The wire-copy index on an engine (``_engine``)."""

    _engine: Engine

    def unchecked_articles(self, limit: int = 1000) -> list[WireArticle]:
        """Articles not yet checked for being a copy, in the order they were stored.

        Checks run in id order and each commits on its own, so everything up to the highest
        checked id has been checked (a crash leaves a clean prefix).
        """
        query = (
            select(
                articles.c.id,
                articles.c.outlet_id,
                articles.c.first_seen,
                articles.c.published,
                articles.c.text,
            )
            .where(articles.c.id > _checked_up_to())
            .order_by(articles.c.id)
            .limit(limit)
        )
        with self._engine.begin() as conn:
            return [WireArticle(*row) for row in conn.execute(query)]

    def wire_hits(
        self, hashes: Iterable[int], *, article_id: int, outlet_id: int, since: datetime
    ) -> list[WireHit]:
        """Earlier-checked articles of other outlets that share sampled shingles."""
        sample = list(hashes)
        if not sample:
            return []
        shared = func.count().label("shared")
        query = (
            select(
                wire_shingles.c.article_id,
                articles.c.outlet_id,
                func.coalesce(articles.c.duplicate_of, articles.c.id).label("origin_id"),
                shared,
                func.coalesce(articles.c.published, articles.c.first_seen).label("when"),
            )
            .join(articles, articles.c.id == wire_shingles.c.article_id)
            .where(
                wire_shingles.c.hash.in_(sample),
                wire_shingles.c.article_id != article_id,
                articles.c.outlet_id != outlet_id,
                articles.c.first_seen >= since,
            )
            .group_by(wire_shingles.c.article_id, articles.c.outlet_id, articles.c.duplicate_of)
            .order_by(shared.desc())
            .limit(20)
        )
        with self._engine.begin() as conn:
            rows = list(conn.execute(query))
            sizes = _sample_sizes(conn, [row.article_id for row in rows])
        return [
            WireHit(
                row.article_id,
                row.outlet_id,
                row.origin_id,
                row.shared,
                sizes.get(row.article_id, 0),
                row.when,
            )
            for row in rows
        ]

    def record_wire_check(
        self,
        article_id: int,
        hashes: Iterable[int],
        *,
        original_id: int | None,
        containment: float | None,
        cue: str | None,
        now: datetime,
    ) -> None:
        """Index an article's shingles, link it to its original if any; one transaction.

        Another process may have checked the article meanwhile: then nothing is written.
        """
        sample = sorted(set(hashes))
        with self._engine.begin() as conn:
            done = select(wire_checks.c.article_id).where(wire_checks.c.article_id == article_id)
            if conn.execute(done).first() is not None:
                return
            held = dict(
                conn.execute(
                    select(wire_shingle_counts.c.hash, wire_shingle_counts.c.articles).where(
                        wire_shingle_counts.c.hash.in_(sample)
                    )
                ).all()
            )
            fresh = [{"hash": value, "articles": 1} for value in sample if value not in held]
            if fresh:
                conn.execute(insert(wire_shingle_counts), fresh)
            if held:
                conn.execute(
                    update(wire_shingle_counts)
                    .where(wire_shingle_counts.c.hash == bindparam("key"))
                    .values(articles=wire_shingle_counts.c.articles + 1),
                    [{"key": value} for value in held],
                )
            postings = [
                {"hash": value, "article_id": article_id}
                for value in sample
                if held.get(value, 0) < POSTINGS_CAP
            ]
            if postings:
                conn.execute(insert(wire_shingles), postings)
            conn.execute(
                insert(wire_checks).values(
                    article_id=article_id,
                    checked_at=now,
                    original_id=original_id,
                    containment=containment,
                    cue=(cue or "")[:200] or None,
                    sample_size=len(sample),
                )
            )
            if original_id is not None:
                conn.execute(
                    update(articles)
                    .where(articles.c.id == article_id)
                    .values(duplicate_of=original_id)
                )

    def relink(self, old_origin: int, new_origin: int) -> None:
        """Make ``old_origin`` and its copies copies of ``new_origin`` (an earlier original)."""
        with self._engine.begin() as conn:
            moved = (articles.c.id == old_origin) | (articles.c.duplicate_of == old_origin)
            conn.execute(update(articles).where(moved).values(duplicate_of=new_origin))
            conn.execute(
                update(wire_checks)
                .where(
                    (wire_checks.c.article_id == old_origin)
                    | (wire_checks.c.original_id == old_origin)
                )
                .values(original_id=new_origin)
            )

    def copies_per_outlet(self) -> dict[str, int]:
        """How many of each outlet's articles are linked as copies of another's."""
        query = (
            select(outlets.c.name, func.count())
            .join(articles, articles.c.outlet_id == outlets.c.id)
            .join(wire_checks, wire_checks.c.article_id == articles.c.id)
            .where(wire_checks.c.original_id.is_not(None))
            .group_by(outlets.c.name)
        )
        with self._engine.begin() as conn:
            return {row[0]: int(row[1]) for row in conn.execute(query)}


def _sample_sizes(conn: Connection, article_ids: list[int]) -> dict[int, int]:
    if not article_ids:
        return {}
    query = select(wire_checks.c.article_id, wire_checks.c.sample_size).where(
        wire_checks.c.article_id.in_(article_ids)
    )
    return {row[0]: int(row[1]) for row in conn.execute(query)}


def _checked_up_to() -> Any:
    return select(func.coalesce(func.max(wire_checks.c.article_id), 0)).scalar_subquery()
