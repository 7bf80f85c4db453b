"""What a test reads of ``rules.analyze``: the attributions of a sentence."""

from __future__ import annotations

from rules.analyze import analyze


def kinds_sources_cues(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, source, cue) of every attribution in ``text``."""
    return [(a.kind, a.source, a.cue) for a in analyze(text).attributions]


def sources_cues(text: str) -> list[tuple[str | None, str]]:
    """(source, cue) of every attribution in ``text``."""
    return [(a.source, a.cue) for a in analyze(text).attributions]
