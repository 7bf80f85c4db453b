"""The long-running service: a dispatcher job polls due feeds, a second job follows up articles.

The schedule lives in the database (``feeds.next_poll_at``, ``articles.next_recheck_at`` and
``articles.next_fulltext_at``), so APScheduler only holds two in-memory interval jobs and
nothing is pickled; a restart simply carries on from what the database says is due. The
follow-up job re-reads owed page texts and re-checks recent pages for revisions. One worker
pool (:mod:`crosswire.workers`) serves every poll and is shut down after the last one.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from dataclasses import dataclass

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from crosswire.config import Config
from crosswire.db import FeedState, Store
from crosswire.divergence.service import refresh
from crosswire.fulltext_jobs import recheck_articles, retry_fulltext
from crosswire.pipeline import outlet_specs, poll_feeds
from crosswire.poll_run import fetch_policy, utc_now
from crosswire.workers import Workers
from monitors.fetch import Fetcher, make_client

log = logging.getLogger(__name__)


#: Delivers queued alerts from the store (the console consumer, or a bot's).
AlertConsumer = Callable[[Store], object]
#: The configuration as it stands now: config.yaml plus the outlets and watch rules added in chats.
ConfigSource = Callable[[], Config]


@dataclass(frozen=True, slots=True)
class ServiceTiming:
    """How often the dispatcher and the re-check job wake up, and how long shutdown waits."""

    dispatch_every: float = 30.0
    recheck_every: float = 300.0
    shutdown_grace: float = 10.0


class Service:
    """Dispatches due feeds to poll tasks; never polls a feed twice at once."""

    def __init__(
        self,
        config: Config,
        store: Store,
        fetcher: Fetcher,
        on_alerts: AlertConsumer | None = None,
        workers: Workers | None = None,
        reload: ConfigSource | None = None,
    ) -> None:
        self._config = config
        self._reload = reload
        self._reload_problem: str | None = None
        self._on_alerts = on_alerts
        self._store = store
        self._fetcher = fetcher
        self._workers = workers or Workers(processes=False)
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._rechecking: asyncio.Task[None] | None = None

    async def dispatch(self) -> int:
        """Start a poll task for every due feed not already being polled; returns how many.

        Outlets and watch rules added or removed in a chat since the last round are taken in
        first, so a new outlet is polled (and a new rule matched) within one round.
        """
        self._take_in_changes()
        due = [feed for feed in self._store.due_feeds(utc_now()) if feed.id not in self._in_flight]
        for feed in due:
            task = asyncio.create_task(self._poll(feed), name=f"poll {feed.url}")
            self._in_flight[feed.id] = task
        if due:
            log.debug("dispatched %d due feed(s)", len(due))
        return len(due)

    def _take_in_changes(self) -> None:
        if self._reload is None:
            return
        try:
            fresh = self._reload()
            if fresh == self._config:
                return
            self._store.sync_outlets(outlet_specs(fresh))
        except Exception as exc:
            # Keep polling what is running; say so once per distinct problem, not every round.
            problems = getattr(exc, "problems", None)
            problem = problems[0] if problems else f"{type(exc).__name__}: {exc}"
            if problem != self._reload_problem:
                log.warning("chat additions not taken in, running as before: %s", problem)
                self._reload_problem = problem
            return
        self._reload_problem = None
        log.info(
            "configuration changed in a chat: now %d outlet(s), %d watch rule(s)",
            len(fresh.outlets),
            len(fresh.stories),
        )
        self._config = fresh

    async def _poll(self, feed: FeedState) -> None:
        try:
            summary = await poll_feeds(
                self._config, self._store, [feed], fetcher=self._fetcher, workers=self._workers
            )
            for report in summary.feeds:
                log.info(
                    "%s %s: %s%s, %d new, %d revised, %d deferred",
                    report.outlet,
                    report.url,
                    report.status,
                    f" ({report.reason})" if report.reason else "",
                    report.new_articles,
                    report.new_versions,
                    report.deferred_items,
                )
        except Exception:
            log.exception("poll task for %s failed", feed.url)
        finally:
            self._in_flight.pop(feed.id, None)

    async def diverge(self) -> None:
        """Compare outlets in changed stories and hand new alerts to the consumer."""
        try:
            summary = await asyncio.to_thread(refresh, self._store, self._config, utc_now())
            if summary.alerts:
                log.info("%d new alert(s) in %d story(ies)", summary.alerts, summary.stories)
            if self._on_alerts is not None:
                await asyncio.to_thread(self._on_alerts, self._store)
        except Exception:
            log.exception("divergence step failed")

    async def recheck(self) -> None:
        """Retry owed page texts, then re-check due articles for revisions (one round at a time)."""
        if self._rechecking is not None and not self._rechecking.done():
            return
        self._rechecking = asyncio.create_task(self._recheck(), name="recheck")

    async def _recheck(self) -> None:
        try:
            owed = await retry_fulltext(
                self._config, self._store, fetcher=self._fetcher, workers=self._workers
            )
            if owed.tried:
                log.info(
                    "re-read %d owed page(s): %d recovered, %d still failing, %d given up",
                    owed.tried,
                    owed.recovered,
                    owed.failed,
                    owed.given_up,
                )
        except Exception:
            log.exception("full-text retry failed")
        try:
            summary = await recheck_articles(
                self._config, self._store, fetcher=self._fetcher, workers=self._workers
            )
            if summary.checked:
                log.info(
                    "re-checked %d article(s): %d new version(s), %d unreadable",
                    summary.checked,
                    summary.new_versions,
                    summary.failed,
                )
        except Exception:
            log.exception("article re-check failed")

    async def drain(self, timeout: float) -> None:
        """Wait up to ``timeout`` seconds for running polls, then cancel what is left."""
        tasks = list(self._in_flight.values())
        if self._rechecking is not None:
            tasks.append(self._rechecking)
        pending = [task for task in tasks if not task.done()]
        if not pending:
            return
        _, still = await asyncio.wait(pending, timeout=timeout)
        for task in still:
            task.cancel()
        if still:
            log.warning("cancelled %d poll(s) still running at shutdown", len(still))
            await asyncio.gather(*still, return_exceptions=True)


async def run_service(
    config: Config,
    store: Store,
    *,
    stop: asyncio.Event | None = None,
    timing: ServiceTiming | None = None,
    on_alerts: AlertConsumer | None = None,
    reload: ConfigSource | None = None,
) -> None:
    """Run until ``stop`` is set or SIGINT/SIGTERM arrives, then shut down cleanly.

    After each dispatch round the divergence step runs and ``on_alerts`` (the console
    consumer when no bot is configured) delivers what it queued. ``reload``, when given, is
    asked for the current configuration at every dispatch round (chat additions).
    """
    timing = timing or ServiceTiming()
    stop = stop or asyncio.Event()
    store.sync_outlets(outlet_specs(config))
    loop = asyncio.get_running_loop()
    handled: list[signal.Signals] = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, stop.set)
            handled.append(signum)
        except (NotImplementedError, RuntimeError, ValueError):
            pass  # not the main thread, or a platform without signal support in asyncio
    policy = fetch_policy(config.http)
    workers = Workers()
    try:
        async with make_client(policy) as client:
            fetcher = Fetcher(client, policy)
            service = Service(config, store, fetcher, on_alerts, workers, reload=reload)
            scheduler = _scheduler(service, timing)
            scheduler.start()
            log.info("crosswire running: %d feed(s)", len(store.feeds()))
            try:
                await stop.wait()
            finally:
                log.info("shutting down")
                scheduler.pause()
                await service.drain(timing.shutdown_grace)
                scheduler.shutdown(wait=False)
    finally:
        workers.close()
        for signum in handled:
            loop.remove_signal_handler(signum)


def _scheduler(service: Service, timing: ServiceTiming) -> AsyncIOScheduler:
    """Three interval jobs: dispatch due feeds, compare outlets, follow up articles."""
    scheduler = AsyncIOScheduler(timezone="UTC")
    now = utc_now()
    jobs = (
        (service.dispatch, timing.dispatch_every, "dispatch"),
        (service.diverge, timing.dispatch_every, "diverge"),
        (service.recheck, timing.recheck_every, "recheck"),
    )
    for job, every, name in jobs:
        scheduler.add_job(
            job,
            "interval",
            seconds=every,
            id=name,
            next_run_time=now,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
        )
    return scheduler
