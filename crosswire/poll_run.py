"""What every step of a poll shares: the store, one HTTP fetcher, the worker pool, the clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from crosswire.analysis import watch_rules
from crosswire.config import Config, HttpConfig
from crosswire.db import Findings, Store
from crosswire.workers import Workers, findings_job
from monitors.fetch import Fetcher, FetchPolicy, make_client
from monitors.matching import WatchRule


def utc_now() -> datetime:
    return datetime.now(UTC)


def fetch_policy(http: HttpConfig) -> FetchPolicy:
    """The fetch limits configured under ``http:``."""
    return FetchPolicy(
        user_agent=http.user_agent,
        connect_timeout=http.connect_timeout,
        read_timeout=http.read_timeout,
        max_redirects=http.max_redirects,
        max_bytes=http.max_bytes,
        per_host_concurrency=http.per_host_concurrency,
        per_host_delay=http.per_host_delay,
        concurrency=http.concurrency,
        allow_networks=tuple(http.allow_networks),
    )


@dataclass(frozen=True, slots=True)
class PollRun:
    """What every step of one poll shares."""

    config: Config
    store: Store
    fetcher: Fetcher
    workers: Workers
    stories: tuple[WatchRule, ...]
    now: datetime

    async def findings(self, *, outlet: str, title: str, text: str, url: str) -> Findings:
        """Analyse a text in the worker pool (off the event loop)."""
        return await self.workers.run(findings_job, outlet, title, text, url, self.stories)


@asynccontextmanager
async def open_run(
    config: Config,
    store: Store,
    *,
    now: datetime | None = None,
    fetcher: Fetcher | None = None,
    workers: Workers | None = None,
) -> AsyncIterator[PollRun]:
    """A PollRun using the given fetcher and workers, or new ones closed on exit."""
    moment = now or utc_now()
    own_workers = workers is None
    pool = workers if workers is not None else Workers()
    try:
        if fetcher is not None:
            yield PollRun(config, store, fetcher, pool, watch_rules(config), moment)
            return
        policy = fetch_policy(config.http)
        async with make_client(policy) as client:
            fetcher = Fetcher(client, policy)
            yield PollRun(config, store, fetcher, pool, watch_rules(config), moment)
    finally:
        if own_workers:
            pool.close()
