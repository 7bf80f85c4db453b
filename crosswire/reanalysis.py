"""Make results of older rules again before a story is compared.

After an upgrade (or any change to ``rules``), results stored earlier were made by other
rules. Comparing them with results of the running rules would report the rules' change as
the outlets' (a conflict, or a "stealth edit" between two versions of one article), so the
divergence step first makes a story's stale results again from their stored text.

The work is bounded per round: a story whose stale results do not all fit in what is left
of the round's budget is made again in part and compared in a later round, when it is whole.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from crosswire.analysis import findings_for
from crosswire.db.stale_results import replace_results, stale_results
from crosswire.rules_version import rules_version

log = logging.getLogger(__name__)

#: Results made again per divergence round at most (about a second or two of rules).
PER_ROUND = 400


@dataclass(frozen=True, slots=True)
class Reanalysed:
    """What one round did: stories ready to compare, stories left for later, results made."""

    ready: tuple[str, ...]
    deferred: tuple[str, ...]
    results: int


def bring_up_to_date(
    engine: Engine, stories: Sequence[str], now: datetime, *, budget: int = PER_ROUND
) -> Reanalysed:
    """Make the stale results of ``stories`` again, within ``budget`` results."""
    current = rules_version()
    ready: list[str] = []
    deferred: list[str] = []
    done = 0
    for story in stories:
        room = max(0, budget - done)
        stale = stale_results(engine, story, current, limit=room + 1)
        made = [
            (
                item.result_id,
                findings_for(
                    outlet=item.outlet, title=item.title, text=item.text, url=item.url, stories=()
                ),
            )
            for item in stale[:room]
        ]
        if made:
            replace_results(engine, made, now)
        done += len(made)
        (ready if len(stale) <= room else deferred).append(story)
    if done or deferred:
        log.info(
            "made %d results of older rules again; %d stories wait for the rest",
            done,
            len(deferred),
        )
    return Reanalysed(tuple(ready), tuple(deferred), done)
