"""`crosswire run` with no bot: the divergence job finds a conflict and the console prints it."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from crosswire.console_alerts import deliver_to_console
from crosswire.db import Store
from crosswire.scheduler import ServiceTiming, run_service
from tests.crosswire.newsroom import Item, make_config, rss
from tests.support.httpserver import LoopbackServer, Response

QUICK = ServiceTiming(dispatch_every=0.1, recheck_every=60, shutdown_grace=5)
LEDGER = (
    "More than 120 people were missing on Tuesday after the Orsk dam collapsed, rescuers said. "
    "The regional governor said crews were searching the flooded villages below the dam and "
    "that boats from three provinces had joined them overnight."
)
COURIER = (
    "About 80 people were missing after the Orsk dam gave way on Tuesday, the regional "
    "emergency service said. Families waited at the school on the hill for news, and the road "
    "to the district hospital stayed closed."
)


def test_run_prints_a_new_conflict_once(
    tmp_path: Path, server: LoopbackServer, store: Store
) -> None:
    for key, text in (("ledger", LEDGER), ("courier", COURIER)):
        body = rss([Item(f"dam-{key}", "Orsk dam collapse", text)], server.url(f"/{key}"))
        server.routes[f"/{key}.xml"] = lambda _request, body=body: Response(
            200, {"Content-Type": "application/rss+xml"}, body
        )
    outlets = [
        {"name": "Orsk Ledger", "feeds": [server.url("/ledger.xml")], "full_text": False},
        {"name": "Valley Courier", "feeds": [server.url("/courier.xml")], "full_text": False},
    ]
    config = make_config(
        tmp_path / "crosswire.db", outlets, [{"name": "Orsk dam", "any": ["Orsk"]}]
    )
    printed: list[str] = []
    rounds: list[int] = []

    def consumer(opened: Store) -> int:
        rounds.append(len(printed))
        return deliver_to_console(opened, printed.append)

    async def scenario() -> None:
        stop = asyncio.Event()
        service = asyncio.create_task(
            run_service(config, store, stop=stop, timing=QUICK, on_alerts=consumer)
        )
        deadline = time.monotonic() + 90  # a hang guard; workers start slowly under load
        while not printed:
            assert not service.done(), service.exception()
            assert time.monotonic() < deadline, "no alert in 90 s"
            await asyncio.sleep(0.05)
        seen = len(rounds)
        while len(rounds) < seen + 3:  # three more rounds: the alert must not repeat
            assert time.monotonic() < deadline, "the service stopped handing over alerts"
            await asyncio.sleep(0.05)
        stop.set()
        await asyncio.wait_for(service, timeout=10)

    asyncio.run(scenario())
    conflicts = [line for line in printed if " conflict: " in line]
    assert len(conflicts) == 1
    assert "Orsk Ledger" in conflicts[0] and "Valley Courier" in conflicts[0]
