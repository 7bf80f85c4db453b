"""The one place that speaks SQL: outlets, feeds, articles, versions, matches, rule results.

Every public write method is one transaction. Articles are unique by canonical URL and by
(outlet, GUID); inserts re-check both inside their transaction and treat a unique-constraint
race as "already stored", so re-running a poll after a crash never duplicates anything.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from types import TracebackType
from typing import Any, Self

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import ConnectionPoolEntry

from crosswire.db.followups import FollowUps
from crosswire.db.migrate import upgrade_to_head
from crosswire.db.reads import Reads
from crosswire.db.records import (
    FeedState,
    FeedUpdate,
    Findings,
    KnownArticle,
    NewArticle,
    OutletSpec,
    Revision,
)
from crosswire.db.rows import (
    article_query,
    feed_query,
    feed_state,
    find_article,
    fulltext_values,
    insert_version,
    known_article,
)
from crosswire.db.schema import (
    articles,
    feeds,
    outlets,
)
from crosswire.redaction import hide_password, redact

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 10_000
#: Identical texts shorter than this (one-line summaries) are not taken as syndicated copies.
DUPLICATE_MIN_CHARS = 200


def _configure_sqlite(engine: Engine) -> None:
    """WAL, foreign keys, a busy timeout, and BEGIN IMMEDIATE so writers queue, not fail."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy (not the sqlite3 module) decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


class DatabaseUnavailable(Exception):
    """The database could not be opened; the one-line message never shows its password."""


class Store(Reads, FollowUps):
    """Storage for Crosswire behind a narrow, typed interface."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect to ``url`` (a SQLAlchemy URL) and run ``alembic upgrade head``.

        Raises DatabaseUnavailable with a one-line reason (password hidden) on any failure.
        """
        try:
            parsed = make_url(url)
            engine = create_engine(parsed)
            if parsed.get_backend_name() == "sqlite":
                _configure_sqlite(engine)
            with engine.begin() as connection:
                upgrade_to_head(connection)
        except Exception as exc:  # the driver's error, whatever it is, becomes one safe line
            cause = getattr(exc, "orig", None) or exc  # the driver's message, without SQL noise
            password = _password(url)
            reason = " ".join(str(cause).split())[:300]
            if password:
                reason = reason.replace(password, "***")
            raise DatabaseUnavailable(
                f"cannot open database {hide_password(url)}: {redact(reason)}"
            ) from None
        return cls(engine)

    @property
    def engine(self) -> Engine:
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- outlets and feeds -------------------------------------------------------------

    def sync_outlets(self, specs: Sequence[OutletSpec]) -> None:
        """Make outlets and feeds match the configuration; feeds no longer listed go inactive.

        A feed keeps its state (validators, schedule, failures) across syncs; a feed that
        comes back into the configuration is reactivated and unpaused.
        """
        with self._transaction() as conn:
            configured_urls: set[str] = set()
            for spec in specs:
                outlet_id = conn.execute(
                    select(outlets.c.id).where(outlets.c.name == spec.name)
                ).scalar_one_or_none()
                values = {"full_text": spec.full_text, "homepage": spec.homepage}
                if outlet_id is None:
                    outlet_id = conn.execute(
                        insert(outlets).values(name=spec.name, **values).returning(outlets.c.id)
                    ).scalar_one()
                else:
                    conn.execute(update(outlets).where(outlets.c.id == outlet_id).values(values))
                for url, interval in spec.feeds:
                    configured_urls.add(url)
                    row = conn.execute(
                        select(feeds.c.id, feeds.c.active).where(feeds.c.url == url)
                    ).first()
                    if row is None:
                        conn.execute(
                            insert(feeds).values(
                                outlet_id=outlet_id,
                                url=url,
                                active=True,
                                failures=0.0,
                                paused=False,
                                poll_interval=interval,
                            )
                        )
                        continue
                    changes: dict[str, Any] = {
                        "outlet_id": outlet_id,
                        "poll_interval": interval,
                        "active": True,
                    }
                    if not row.active:
                        changes.update(paused=False, failures=0.0)
                    conn.execute(update(feeds).where(feeds.c.id == row.id).values(changes))
            stale = feeds.c.url.not_in(configured_urls) if configured_urls else feeds.c.id > -1
            conn.execute(update(feeds).where(stale, feeds.c.active).values(active=False))

    def feeds(self, *, include_paused: bool = True) -> list[FeedState]:
        """Active (configured) feeds, ordered by outlet then URL."""
        query = feed_query().where(feeds.c.active)
        if not include_paused:
            query = query.where(~feeds.c.paused)
        with self._transaction() as conn:
            return [feed_state(row) for row in conn.execute(query)]

    def due_feeds(self, now: datetime) -> list[FeedState]:
        """Active, unpaused feeds whose ``next_poll_at`` has come (or was never set)."""
        query = feed_query().where(
            feeds.c.active,
            ~feeds.c.paused,
            or_(feeds.c.next_poll_at.is_(None), feeds.c.next_poll_at <= now),
        )
        with self._transaction() as conn:
            return [feed_state(row) for row in conn.execute(query)]

    def record_feed_poll(self, feed_id: int, result: FeedUpdate) -> None:
        """Store the outcome of one poll: schedule, failure count, validators, last error."""
        values: dict[str, Any] = {
            "last_polled_at": result.polled_at,
            "last_status": result.status,
            "next_poll_at": result.next_poll_at,
            "failures": result.failures,
            "paused": result.paused,
            "last_error": result.error,
        }
        if result.http_status is not None:
            values["last_http_status"] = result.http_status
        values["next_poll_reason"] = result.next_poll_reason
        values["deferred_items"] = result.deferred_items
        if result.replace_validators:
            values.update(
                etag=result.etag, last_modified=result.last_modified, body_hash=result.body_hash
            )
        with self._transaction() as conn:
            conn.execute(update(feeds).where(feeds.c.id == feed_id).values(values))

    def resume_feeds(self) -> int:
        """Unpause every paused feed and make it due now; returns how many were paused."""
        with self._transaction() as conn:
            result = conn.execute(
                update(feeds)
                .where(feeds.c.paused)
                .values(paused=False, failures=0.0, next_poll_at=None)
            )
            return int(result.rowcount)

    def recent_published(self, feed_id: int, limit: int = 30) -> list[datetime]:
        """Publication times of the feed's newest stored articles (for adaptive polling)."""
        query = (
            select(articles.c.published)
            .where(articles.c.feed_id == feed_id, articles.c.published.is_not(None))
            .order_by(articles.c.published.desc())
            .limit(limit)
        )
        with self._transaction() as conn:
            return [value for value in conn.execute(query).scalars() if value is not None]

    # -- articles ---------------------------------------------------------------------

    def find_article(self, *, url: str, outlet_id: int, guid: str | None) -> KnownArticle | None:
        """The stored article with this canonical URL, or else this outlet's GUID."""
        with self._transaction() as conn:
            return find_article(conn, url=url, outlet_id=outlet_id, guid=guid)

    def get_article(self, article_id: int) -> KnownArticle | None:
        with self._transaction() as conn:
            row = conn.execute(article_query().where(articles.c.id == article_id)).first()
            return None if row is None else known_article(row)

    def insert_article(self, new: NewArticle, findings: Findings, now: datetime) -> int | None:
        """Store a new article as version 1 with its findings; ``None`` if it already exists.

        The article, its first version, rule results and story matches are one transaction.
        """
        try:
            with self._transaction() as conn:
                existing = find_article(conn, url=new.url, outlet_id=new.outlet_id, guid=new.guid)
                if existing is not None:
                    return None
                duplicate_of = None
                if len(new.text.strip()) >= DUPLICATE_MIN_CHARS:
                    duplicate_of = conn.execute(
                        select(func.min(articles.c.id)).where(
                            articles.c.content_hash == new.content_hash
                        )
                    ).scalar_one_or_none()
                article_id: int = conn.execute(
                    insert(articles)
                    .values(
                        url=new.url,
                        guid=new.guid,
                        outlet_id=new.outlet_id,
                        feed_id=new.feed_id,
                        title=new.title,
                        published=new.published,
                        first_seen=now,
                        text=new.text,
                        text_source=new.text_source,
                        content_hash=new.content_hash,
                        feed_hash=new.feed_hash,
                        version=1,
                        next_recheck_at=new.next_recheck_at,
                        checks_done=0,
                        duplicate_of=duplicate_of,
                        **fulltext_values(new.fulltext),
                    )
                    .returning(articles.c.id)
                ).scalar_one()
                insert_version(
                    conn,
                    article_id=article_id,
                    version=1,
                    title=new.title,
                    text=new.text,
                    content_hash=new.content_hash,
                    findings=findings,
                    now=now,
                )
                return article_id
        except IntegrityError:
            # Another writer stored the same article between our check and insert.
            log.debug("article %s was stored concurrently", new.url)
            return None

    def add_version(self, revision: Revision, findings: Findings, now: datetime) -> int | None:
        """Store a materially changed text as the next version; ``None`` if someone else did.

        The version bump is conditional on ``expected_version``, so two pollers that saw the
        same change cannot both add a version.
        """
        try:
            with self._transaction() as conn:
                bumped = conn.execute(
                    update(articles)
                    .where(
                        articles.c.id == revision.article_id,
                        articles.c.version == revision.expected_version,
                    )
                    .values(
                        version=revision.expected_version + 1,
                        title=revision.title,
                        text=revision.text,
                        text_source=revision.text_source,
                        content_hash=revision.content_hash,
                        feed_hash=revision.feed_hash,
                    )
                )
                if bumped.rowcount != 1:
                    return None
                version = revision.expected_version + 1
                insert_version(
                    conn,
                    article_id=revision.article_id,
                    version=version,
                    title=revision.title,
                    text=revision.text,
                    content_hash=revision.content_hash,
                    findings=findings,
                    now=now,
                )
                return version
        except IntegrityError:
            log.debug("version of article %d was stored concurrently", revision.article_id)
            return None

    def note_feed_item(self, article_id: int, feed_hash: str) -> None:
        """Remember what the feed said about an article when it changed immaterially."""
        with self._transaction() as conn:
            conn.execute(
                update(articles).where(articles.c.id == article_id).values(feed_hash=feed_hash)
            )

    def due_rechecks(self, now: datetime, limit: int = 100) -> list[KnownArticle]:
        """Articles whose next revision check is due, oldest due first."""
        query = (
            article_query()
            .where(articles.c.next_recheck_at.is_not(None), articles.c.next_recheck_at <= now)
            .order_by(articles.c.next_recheck_at)
            .limit(limit)
        )
        with self._transaction() as conn:
            return [known_article(row) for row in conn.execute(query)]

    def set_recheck(self, article_id: int, *, checks_done: int, next_at: datetime | None) -> None:
        """Record a revision check and when (if ever) to check again."""
        with self._transaction() as conn:
            conn.execute(
                update(articles)
                .where(articles.c.id == article_id)
                .values(checks_done=checks_done, next_recheck_at=next_at)
            )


def _password(url: str) -> str | None:
    try:
        return make_url(url).password
    except Exception:  # an unparsable URL has no password to hide beyond the URL pattern
        return None
