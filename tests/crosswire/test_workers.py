"""The worker pool: jobs run in other processes, a dead worker fails one job, no orphans."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time

import pytest

import crosswire.workers as workers_module
from crosswire.workers import WorkerLost, Workers

ORPHAN_SCRIPT = """
import asyncio, os, signal
from crosswire.workers import Workers
workers = Workers(2)
async def main():
    pids = await asyncio.gather(*(workers.run(os.getpid) for _ in range(8)))
    print(" ".join(map(str, sorted(set(pids)))), flush=True)
asyncio.run(main())
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_jobs_run_in_worker_processes_and_close_stops_them() -> None:
    with Workers(2) as workers:
        pids = asyncio.run(_gather(workers, 6))
    assert os.getpid() not in pids and 1 <= len(pids) <= 2
    assert all(not _running(pid) for pid in pids)


def test_threads_when_asked() -> None:
    with Workers(processes=False) as workers:
        assert asyncio.run(_gather(workers, 3)) == {os.getpid()}


def test_a_worker_that_dies_fails_its_job_only() -> None:
    async def scenario(workers: Workers) -> int:
        with pytest.raises(WorkerLost, match="worker process died"):
            await workers.run(os._exit, 3)
        return await workers.run(len, "four")

    with Workers(1) as workers:
        assert asyncio.run(scenario(workers)) == 4


def test_workers_of_a_killed_owner_exit_by_themselves() -> None:
    owner = subprocess.run(
        [sys.executable, "-c", ORPHAN_SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert owner.returncode == -9, owner.stderr
    pids = [int(pid) for pid in owner.stdout.split()]
    assert pids
    deadline = time.monotonic() + 30  # they look once a second
    while any(_running(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_running(pid) for pid in pids)


async def _gather(workers: Workers, jobs: int) -> set[int]:
    return set(await asyncio.gather(*(workers.run(os.getpid) for _ in range(jobs))))


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_no_pool_falls_back_to_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_processes(method: str) -> None:
        raise OSError(f"{method}: no semaphores on this system")

    monkeypatch.setattr(workers_module.multiprocessing, "get_context", no_processes)
    with Workers(2) as workers:
        assert asyncio.run(_gather(workers, 3)) == {os.getpid()}
