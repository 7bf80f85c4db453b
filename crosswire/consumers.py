"""Alert consumers that ``crosswire run`` starts beside the scheduler, found by entry point.

A front end (the Telegram bot in ``bot/``) registers a factory in the ``crosswire.consumers``
entry-point group (pyproject). The core never imports it: ``load_consumers`` asks each factory
for a consumer given the configuration, and a factory answers ``None`` when it is not
configured (no ``telegram.token``). A factory that cannot load is a one-line error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from importlib.metadata import EntryPoint, entry_points
from typing import Protocol

from crosswire.config import Config
from crosswire.db.store import Store

GROUP = "crosswire.consumers"
log = logging.getLogger(__name__)


class Consumer(Protocol):
    """Something that runs beside the scheduler: started before it, stopped after it."""

    async def start(self) -> None: ...
    async def stop(self) -> None: ...


class ConsumerError(RuntimeError):
    """A registered consumer could not be loaded or created; the message is one line."""


def load_consumers(
    config: Config, store: Store, found: Iterable[EntryPoint] | None = None
) -> list[Consumer]:
    """Every configured consumer, in entry-point name order."""
    consumers: list[Consumer] = []
    points = sorted(found if found is not None else entry_points(group=GROUP), key=_name)
    for point in points:
        try:
            factory: Callable[[Config, Store], Consumer | None] = point.load()
            consumer = factory(config, store)
        except Exception as exc:
            raise ConsumerError(f"consumer {point.name!r} failed to start: {exc}") from None
        if consumer is not None:
            log.info("consumer %s configured", point.name)
            consumers.append(consumer)
    return consumers


def _name(point: EntryPoint) -> str:
    return point.name
