"""A small process pool for the CPU-heavy steps of a poll: parsing feeds, reading pages, rules.

On the event loop these steps would stall every other feed (a 20,000-item feed parses for
seconds); in threads they would still share one core under the GIL. The pool has a few
workers (``DEFAULT_WORKERS``), started from a ``forkserver`` that preloaded this module, so
a pool is cheap to start and no worker inherits the event loop's threads. If no pool can be
started the jobs run in threads instead; a worker that dies fails only its own job.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Self, TypeVar

from crosswire.analysis import findings_for
from crosswire.db.records import Findings
from monitors.feeds import parse_feed
from monitors.fulltext import extract_main_text
from monitors.matching import WatchRule
from monitors.model import ParsedFeed

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Two workers: the target machine has two cores, and the event loop needs little of them.
DEFAULT_WORKERS = 2
#: How often a worker checks that the process that started it is still there.
WATCH_EVERY = 1.0


class WorkerLost(RuntimeError):
    """A worker process died while running a job (killed, or out of memory)."""


class Workers:
    """Runs jobs in a bounded process pool through ``loop.run_in_executor``; closes cleanly.

    ``processes=False`` runs jobs in threads (still off the event loop), for callers that
    cannot pickle their job, such as tests that patch a function.
    """

    def __init__(self, max_workers: int = DEFAULT_WORKERS, *, processes: bool = True) -> None:
        self._max_workers = max(1, max_workers)
        self._processes = processes
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> Executor | None:
        if not self._processes:
            return None
        if self._pool is None:
            try:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload([__name__])
                self._pool = ProcessPoolExecutor(
                    self._max_workers,
                    mp_context=context,
                    initializer=watch_owner,
                    initargs=(os.getpid(),),
                )
            except (OSError, ValueError, NotImplementedError, ImportError) as exc:
                log.warning("no process pool (%s); running parse and analysis in threads", exc)
                self._processes = False
                return None
        return self._pool

    async def run(self, job: Callable[..., T], *args: object) -> T:
        """Run ``job(*args)`` in the pool (or a thread) and wait for its result."""
        executor = self._executor()
        if executor is None:
            return await asyncio.to_thread(job, *args)
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(executor, job, *args)
        except BrokenProcessPool:
            # The next job starts a fresh pool; this one is reported as failed.
            broken, self._pool = self._pool, None
            if broken is not None:
                broken.shutdown(wait=False, cancel_futures=True)
            name = getattr(job, "__name__", "job")
            raise WorkerLost(f"a worker process died while running {name}") from None

    def close(self) -> None:
        """Stop the workers (waiting for running jobs); the pool restarts if used again."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def watch_owner(owner: int) -> None:
    """Worker initializer: exit when the process that owns the pool is gone.

    A pool that is shut down stops its workers itself; this covers an owner killed with
    SIGKILL, whose workers would otherwise wait for jobs forever.
    """

    def watch() -> None:
        while _alive(owner):
            time.sleep(WATCH_EVERY)
        os._exit(0)

    threading.Thread(target=watch, name="watch-owner", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a killed owner not yet reaped by its parent is a zombie: gone for our purposes
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


# -- jobs: module-level functions of plain arguments, so they pickle by reference ----------


def parse_feed_job(body: bytes, url: str, content_type: str | None) -> ParsedFeed:
    """``parse_feed`` with positional arguments."""
    return parse_feed(body, url=url, content_type=content_type)


def page_text_job(markup: bytes | str, url: str) -> str | None:
    """The main text of a fetched page."""
    return extract_main_text(markup, url=url)


def findings_job(
    outlet: str, title: str, text: str, url: str, stories: Sequence[WatchRule]
) -> Findings:
    """Rule findings (bounded) and story matches of one article text."""
    return findings_for(outlet=outlet, title=title, text=text, url=url, stories=stories)
