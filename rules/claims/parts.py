"""The pieces a sentence's claims are built from: cue hits, bindings, the cues of a sentence."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from rules.categories import (
    Cue,
)
from rules.numbers import FigureSpan


@dataclass(frozen=True, slots=True)
class CueHit:
    start: int
    end: int
    cue: Cue


@dataclass(frozen=True, slots=True)
class Binding:
    figure: FigureSpan
    cue: CueHit
    group: str | None
    distance: int


class Cues:
    """The cues of one sentence in text order, searchable by offset in O(log n)."""

    def __init__(self, hits: list[CueHit]) -> None:
        self.hits = sorted(hits, key=lambda c: c.start)
        self.starts = [c.start for c in self.hits]
        self.ends = [c.end for c in self.hits]

    def first_from(self, offset: int) -> int | None:
        """Index of the first cue starting at or after ``offset``."""
        index = bisect.bisect_left(self.starts, offset)
        return index if index < len(self.hits) else None

    def last_before(self, offset: int) -> int | None:
        """Index of the last cue ending at or before ``offset``."""
        index = bisect.bisect_right(self.ends, offset) - 1
        return index if index >= 0 else None

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start

    def any_between(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, start)
        return index < len(self.hits) and self.starts[index] < end
