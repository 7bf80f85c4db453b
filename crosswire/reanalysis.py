"""Make results of older rules again before a story is compared.

After an upgrade (or any change to ``rules``), results stored earlier were made by other
rules. Comparing them with results of the running rules would report the rules' change as
the outlets' (a conflict, or a "stealth edit" between two versions of one article), so the
divergence step first makes a story's stale results again from their stored text, and saves
the story quietly: what was alerted before is not alerted again for new wording.

The work is bounded per round, in results and in characters of text: a story whose stale
results do not all fit in what is left of the round's budget is made again in part and
compared in a later round, when it is whole. A result the rules fail on keeps its findings,
labelled current, so one bad text cannot hold its story up for good.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from crosswire.analysis import findings_for
from crosswire.db.records import Findings
from crosswire.db.stale_results import StaleResult, mark_current, replace_results, stale_results
from crosswire.rules_version import rules_version

log = logging.getLogger(__name__)

#: Results made again per divergence round at most.
PER_ROUND = 400
#: Characters of text made again per round at most: dense casualty copy reads at about
#: 0.2-1 MB per CPU-second, so a round stays within a few seconds.
PER_ROUND_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Reanalysed:
    """What one round did: stories ready to compare, stories left for later, and how many
    results were made again (those replaced meanwhile, which the round skips, not counted)."""

    ready: tuple[str, ...]
    deferred: tuple[str, ...]
    results: int


def bring_up_to_date(
    engine: Engine,
    stories: Sequence[str],
    now: datetime,
    *,
    budget: int = PER_ROUND,
    chars: int = PER_ROUND_CHARS,
) -> Reanalysed:
    """Make the stale results of ``stories`` again, within ``budget`` results and ``chars``."""
    current = rules_version()
    ready: list[str] = []
    deferred: list[str] = []
    done = spent = made_again = 0
    for story in stories:
        room = max(0, budget - done) if spent < chars else 0
        stale = stale_results(engine, story, current, limit=room + 1)
        todo: list[StaleResult] = []
        for item in stale[:room]:
            if spent >= chars:
                break
            todo.append(item)
            spent += len(item.text) + len(item.title)
        made = [(item, found) for item in todo if (found := _made_again(engine, item, current))]
        made_again += len(todo) - len(made)  # failures, kept and labelled current
        if made:
            made_again += replace_results(engine, made, now)
        done += len(todo)
        (ready if len(todo) == len(stale) else deferred).append(story)
    if done or deferred:
        waiting = f"; {len(deferred)} stories wait for the rest" if deferred else ""
        log.info("made %d result(s) of older rules again%s", made_again, waiting)
    return Reanalysed(tuple(ready), tuple(deferred), made_again)


def _made_again(engine: Engine, item: StaleResult, current: str) -> Findings | None:
    try:
        return findings_for(
            outlet=item.outlet,
            title=item.title,
            text=item.text,
            url=item.url,
            stories=(),
            contain_errors=False,
        )
    except Exception as error:  # a bug in the rules: keep the old findings, not an empty set
        log.warning("%s: could not make its results again (%s); kept as they were", item.url, error)
        mark_current(engine, item, current)
        return None
