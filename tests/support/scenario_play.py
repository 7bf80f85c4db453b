"""Play a divergence scenario through the real pipeline and divergence step, and check the result.

``play`` serves the scenario on loopback, polls it step by step into a real SQLite file with
``poll_once`` and runs ``crosswire.divergence.service.refresh`` after each poll, on a simulated
clock: each poll happens half an hour after the newest item of its step, and a last refresh
runs after the exclusive grace period so that exclusives have matured. ``misses`` compares the
stored divergences and wire links with the scenario's ``expect``, ``silent`` and ``wire``, one
line per difference, so a test reads ``assert misses(scenario, play(...)) == []``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from crosswire.db.divergence_store import DivergenceStore
from crosswire.db.store import Store
from crosswire.divergence.service import refresh
from crosswire.pipeline import poll_once
from tests.support.scenario_site import DEFAULT_START, Expectation, Scenario, ScenarioSite


@dataclass(frozen=True, slots=True)
class Outcome:
    """What Crosswire stored after the last step, in the scenario's own keys."""

    divergences: tuple[Mapping[str, Any], ...]  # the ``divergences --json`` payloads
    outlets: tuple[frozenset[str], ...]  # outlet keys each divergence names, in the same order
    duplicate_of: Mapping[str, str | None]  # article key (outlet/slug) -> original's key


def play(scenario: Scenario, db_path: Path, *, start: datetime = DEFAULT_START) -> Outcome:
    """Serve, poll and refresh every step of ``scenario`` into the SQLite file ``db_path``."""
    with ScenarioSite(scenario, start=start) as site, Store.open(f"sqlite:///{db_path}") as store:
        config = site.config(db_path)
        now = start
        for step in range(scenario.last_step + 1):
            site.step(step)
            newest = max(v.hours for a in scenario.articles for v in a.versions if v.step <= step)
            now = start + timedelta(hours=newest + 0.5)
            asyncio.run(poll_once(config, store, now=now))
            refresh(store, config, now)
        grace = timedelta(hours=config.divergence.exclusive_grace_hours)
        refresh(store, config, now + grace + timedelta(hours=1))
        found = DivergenceStore(store).list_divergences()
        by_url = {site.url(a.key): a.key for a in scenario.articles}
        links = {by_url[a.url]: by_url.get(a.duplicate_of or "") for a in store.list_articles()}
    keys = {o.name: o.key for o in scenario.outlets}
    named = tuple(frozenset(keys.get(name, name) for name in _outlet_names(d)) for d in found)
    return Outcome(tuple(found), named, links)


def _outlet_names(divergence: Mapping[str, Any]) -> set[str]:
    claims = list(divergence.get("claims") or [])
    for side in ("before", "after"):
        value = divergence.get(side)
        claims.extend(value if isinstance(value, list) else [value] if value else [])
    return {str(claim["outlet"]) for claim in claims if isinstance(claim, Mapping)}


def _meets(
    expectation: Expectation, divergence: Mapping[str, Any], outlets: frozenset[str]
) -> bool:
    if divergence["kind"] != expectation.kind or not set(expectation.outlets) <= outlets:
        return False
    if expectation.category is not None and divergence.get("category") != expectation.category:
        return False
    if expectation.party is not None and expectation.party not in str(divergence.get("party")):
        return False
    return expectation.stealth is None or divergence.get("stealth") == expectation.stealth


def misses(scenario: Scenario, outcome: Outcome) -> list[str]:
    """One line per expected divergence missing, silenced kind reported, or wire link wrong."""
    found = list(zip(outcome.divergences, outcome.outlets, strict=True))
    problems = [
        f"missing {e.kind} {e.category or ''} {list(e.outlets)}"
        for e in scenario.expect
        if not any(_meets(e, d, outlets) for d, outlets in found)
    ]
    problems += [
        f"unwanted {d['kind']} {d.get('category') or ''} {sorted(outlets)}: {d.get('summary')}"
        for d, outlets in found
        if d["kind"] in scenario.silent
    ]
    problems += [
        f"wire {link.copy} -> {outcome.duplicate_of.get(link.copy)}, not {link.original}"
        for link in scenario.wire
        if outcome.duplicate_of.get(link.copy) != link.original
    ]
    return problems
