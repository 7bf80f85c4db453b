"""SQL for the divergence engine: story findings, divergences and alerts (the wire-copy index
is mixed in from ``wire_index``).

Kept apart from ``Store`` (feeds and articles) but on the same engine. ``save_story`` writes a
story's divergences and the alerts they raise in one transaction, so an alert exists exactly
when its divergence was stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, Select, func, insert, select, update

from crosswire.db.divergence_schema import (
    alert_outbox,
    divergences,
    story_state,
)
from crosswire.db.rows import result_of_version
from crosswire.db.schema import article_versions, articles, outlets, rule_results, story_matches
from crosswire.db.store import Store
from crosswire.db.wire_index import WireIndex


@dataclass(frozen=True, slots=True)
class VersionRow:
    """One stored version of an article in a story, with its rule results.

    ``text``, ``claims`` and ``attributions`` are empty when the caller said it holds them
    (``story_versions(known=...)``); ``key`` names everything they were derived from.
    """

    article_id: int
    outlet: str
    url: str
    title: str
    published: datetime | None
    first_seen: datetime
    duplicate_of: int | None
    version: int
    current_version: int
    seen_at: datetime
    text: str
    claims: list[dict[str, Any]]
    attributions: list[dict[str, Any]]
    result_id: int = 0
    analysed_at: datetime | None = None
    content_hash: str | None = None

    @property
    def key(self) -> tuple[Any, ...]:
        """What this version's findings depend on: a changed text or analysis changes it."""
        return (
            self.result_id,
            self.analysed_at,
            self.content_hash,
            self.article_id,
            self.version,
            self.outlet,
            self.url,
            self.title,
            self.published,
            self.seen_at,
            self.duplicate_of,
        )


@dataclass(frozen=True, slots=True)
class DivergenceRow:
    """What the divergence step hands over to be saved for one divergence."""

    key: str
    kind: str
    category: str | None
    group_key: str | None
    fingerprint: str
    headline: str
    #: Builds the JSON payload; called only when the row is written (new or changed).
    payload: Callable[[], dict[str, Any]]
    alert: bool


class DivergenceStore(WireIndex):
    """The divergence engine's tables, on the engine of a ``Store``."""

    def __init__(self, store: Store) -> None:
        self._engine = store.engine

    @property
    def engine(self) -> Engine:
        return self._engine

    # -- stories -----------------------------------------------------------------------------

    def story_versions(
        self, story: str, *, known: Callable[[VersionRow], bool] | None = None
    ) -> list[VersionRow]:
        """Every stored version of every article matched to ``story``, with rule results.

        Versions for which ``known`` returns True come without their text and findings (the
        caller holds what it derived from them), so a story is not re-read in full each time.
        """
        query = _version_heads(story)
        with self._engine.begin() as conn:
            heads = [
                VersionRow(
                    article_id=row.id,
                    outlet=row.name,
                    url=row.url,
                    title=row.title,
                    published=row.published,
                    first_seen=row.first_seen,
                    duplicate_of=row.duplicate_of,
                    version=row.version,
                    current_version=row.current_version,
                    seen_at=row.seen_at,
                    text="",
                    claims=[],
                    attributions=[],
                    result_id=row.result_id,
                    analysed_at=row.analysed_at,
                    content_hash=row.content_hash,
                )
                for row in conn.execute(query)
            ]
            wanted = [head.result_id for head in heads if known is None or not known(head)]
            bodies = _bodies(conn, wanted)
        return [
            replace(head, text=body[0], claims=body[1], attributions=body[2])
            if (body := bodies.get(head.result_id)) is not None
            else head
            for head in heads
        ]

    def story_names(self) -> list[str]:
        """Every story some article was matched to."""
        with self._engine.begin() as conn:
            return sorted(conn.execute(select(story_matches.c.story).distinct()).scalars())

    def stories_to_refresh(self, *, grace: timedelta) -> list[str]:
        """Stories with activity since they were last computed, or within the grace period."""
        activity = (
            select(
                story_matches.c.story,
                func.max(article_versions.c.seen_at).label("latest"),
            )
            .join(article_versions, article_versions.c.article_id == story_matches.c.article_id)
            .group_by(story_matches.c.story)
            .subquery()
        )
        query = select(activity.c.story, activity.c.latest, story_state.c.computed_at).join(
            story_state, story_state.c.story == activity.c.story, isouter=True
        )
        with self._engine.begin() as conn:
            rows = list(conn.execute(query))
        return sorted(
            row.story
            for row in rows
            if row.computed_at is None or row.latest > row.computed_at - grace
        )

    def save_story(
        self, story: str, found: Sequence[DivergenceRow], now: datetime, *, quiet: bool = False
    ) -> list[int]:
        """Upsert a story's divergences, resolve vanished ones, queue alerts; one transaction.

        ``quiet``: the story's results were just made again by newer rules, so a divergence
        alerted before takes its new wording (claimant, figure as written) without a second
        alert; a divergence never alerted still alerts. Returns the ids of the alerts queued.
        """
        queued: list[int] = []
        with self._engine.begin() as conn:
            columns = (
                divergences.c.id,
                divergences.c.key,
                divergences.c.fingerprint,
                divergences.c.resolved_at,
                divergences.c.alerted_fingerprint,
            )
            held = {
                row.key: row
                for row in conn.execute(select(*columns).where(divergences.c.story == story))
            }
            for item in found:
                row = held.get(item.key)
                divergence_id = _upsert(conn, story, item, row, now)
                alerted = row.alerted_fingerprint if row is not None else None
                if quiet and alerted is not None:
                    continue  # alerted before; _upsert took the new fingerprint as alerted
                if item.alert and alerted != item.fingerprint:
                    queued.append(_queue(conn, story, divergence_id, item, now))
            current = {item.key for item in found}
            for key, row in held.items():
                if key not in current and row.resolved_at is None:
                    conn.execute(
                        update(divergences)
                        .where(divergences.c.id == row.id)
                        .values(resolved_at=now)
                    )
            _mark_computed(conn, story, now)
        return queued

    def list_divergences(
        self, *, story: str | None = None, kind: str | None = None, resolved: bool = False
    ) -> list[dict[str, Any]]:
        """Stored divergences as their JSON payloads, with first seen and resolution times."""
        query = select(divergences).order_by(divergences.c.story, divergences.c.first_seen)
        if story is not None:
            query = query.where(func.lower(divergences.c.story) == story.lower())
        if kind is not None:
            query = query.where(divergences.c.kind == kind)
        if not resolved:
            query = query.where(divergences.c.resolved_at.is_(None))
        with self._engine.begin() as conn:
            return [
                {
                    **dict(row.payload),
                    "first_seen": row.first_seen.isoformat(),
                    "resolved_at": row.resolved_at.isoformat() if row.resolved_at else None,
                }
                for row in conn.execute(query)
            ]


def _upsert(conn: Connection, story: str, item: DivergenceRow, row: Any, now: datetime) -> int:
    settled = row is not None and (not item.alert or row.alerted_fingerprint == item.fingerprint)
    if settled and row.fingerprint == item.fingerprint and row.resolved_at is None:
        return int(row.id)
    values = {
        "kind": item.kind,
        "category": item.category,
        "group_key": item.group_key,
        "fingerprint": item.fingerprint,
        "payload": item.payload(),
        "updated_at": now,
        "resolved_at": None,
    }
    if item.alert:
        values["alerted_fingerprint"] = item.fingerprint
    if row is None:
        new_id: int = conn.execute(
            insert(divergences)
            .values(story=story, key=item.key, first_seen=now, **values)
            .returning(divergences.c.id)
        ).scalar_one()
        return new_id
    conn.execute(update(divergences).where(divergences.c.id == row.id).values(**values))
    return int(row.id)


def _queue(
    conn: Connection, story: str, divergence_id: int, item: DivergenceRow, now: datetime
) -> int:
    alert_id: int = conn.execute(
        insert(alert_outbox)
        .values(
            divergence_id=divergence_id,
            story=story,
            kind=item.kind,
            headline=item.headline,
            payload=item.payload(),
            created_at=now,
        )
        .returning(alert_outbox.c.id)
    ).scalar_one()
    return alert_id


def _mark_computed(conn: Connection, story: str, now: datetime) -> None:
    done = conn.execute(
        update(story_state).where(story_state.c.story == story).values(computed_at=now)
    )
    if done.rowcount == 0:
        conn.execute(insert(story_state).values(story=story, computed_at=now))


def _version_heads(story: str) -> Select[Any]:
    """Every version of the story's articles, without text and findings, in article order."""
    return (
        select(
            articles.c.id,
            outlets.c.name,
            articles.c.url,
            article_versions.c.title,
            articles.c.published,
            articles.c.first_seen,
            articles.c.duplicate_of,
            article_versions.c.version,
            articles.c.version.label("current_version"),
            article_versions.c.seen_at,
            article_versions.c.content_hash,
            rule_results.c.id.label("result_id"),
            rule_results.c.analysed_at,
        )
        .join(story_matches, story_matches.c.article_id == articles.c.id)
        .join(outlets, outlets.c.id == articles.c.outlet_id)
        .join(article_versions, article_versions.c.article_id == articles.c.id)
        .join(
            rule_results,
            result_of_version(),
        )
        .where(story_matches.c.story == story)
        .order_by(articles.c.id, article_versions.c.version)
    )


def _bodies(
    conn: Connection, result_ids: Sequence[int]
) -> dict[int, tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    """Text, claims and attributions of the given rule results, by result id."""
    found: dict[int, tuple[str, list[dict[str, Any]], list[dict[str, Any]]]] = {}
    for start in range(0, len(result_ids), 500):
        chunk = result_ids[start : start + 500]
        query = (
            select(
                rule_results.c.id,
                article_versions.c.text,
                rule_results.c.claims,
                rule_results.c.attributions,
            )
            .join(
                article_versions,
                result_of_version(),
            )
            .where(rule_results.c.id.in_(chunk))
        )
        for row in conn.execute(query):
            found[row.id] = (row.text, list(row.claims or []), list(row.attributions or []))
    return found
