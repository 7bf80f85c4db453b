"""What a test reads of ``rules.analyze``: the casualty claims of a sentence."""

from __future__ import annotations

from rules.analyze import analyze
from rules.model import Claim

CASUALTY_CATEGORIES = ("killed", "wounded", "killed_or_wounded")


def _casualty_claims(text: str) -> list[Claim]:
    return [c for c in analyze(text).claims if c.category in CASUALTY_CATEGORIES]


def casualties(text: str) -> list[tuple[str, int | None]]:
    """(category, min) of each killed, wounded or killed-or-wounded claim in ``text``."""
    return [(c.category, c.min) for c in _casualty_claims(text)]


def toll_casualties(text: str) -> list[tuple[str, int | None]]:
    """Like ``casualties``, without the running totals over years (``Claim.period`` set): the
    claims a reader of the news's toll counts."""
    return [(c.category, c.min) for c in _casualty_claims(text) if c.period is None]


def periods(text: str) -> list[tuple[str, int | None, str | None]]:
    """(category, min, period) of each casualty claim that is a running total over years."""
    return [(c.category, c.min, c.period) for c in _casualty_claims(text) if c.period is not None]


def claim_values(text: str) -> list[tuple[str, float | None, float | None]]:
    """(category, min, max) of every claim in ``text``."""
    return [(c.category, c.min, c.max) for c in analyze(text).claims]
