"""What a test reads of ``rules.analyze``: the casualty claims of a sentence."""

from __future__ import annotations

from rules.analyze import analyze

CASUALTY_CATEGORIES = ("killed", "wounded", "killed_or_wounded")


def casualties(text: str) -> list[tuple[str, int | None]]:
    """(category, min) of each killed, wounded or killed-or-wounded claim in ``text``."""
    return [(c.category, c.min) for c in analyze(text).claims if c.category in CASUALTY_CATEGORIES]
