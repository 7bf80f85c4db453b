"""The pieces a sentence's claims are built from: cue hits, bindings, the cues of a sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rules.categories import (
    CASUALTY_CATEGORIES,
    Cue,
)
from rules.frozen_init import frozen_init
from rules.numbers import FigureSpan


@frozen_init
@dataclass(frozen=True, slots=True)
class CueHit:
    start: int
    end: int
    cue: Cue


@frozen_init
@dataclass(frozen=True, slots=True)
class Binding:
    """A figure bound to the cue that makes it a claim, with the group it counts."""

    figure: FigureSpan
    cue: CueHit
    group: str | None
    distance: int
    #: Code of the rule that made the binding, set by the engine.
    rule: str = ""


def coded(binding: Binding, code: str) -> Binding:
    """``replace(binding, rule=code)`` built directly: ``dataclasses.replace`` reads the
    fields each time and costs about three constructions."""
    return Binding(binding.figure, binding.cue, binding.group, binding.distance, code)


class Cues:
    """The cues of one sentence in text order, searchable by offset in O(log n)."""

    def __init__(self, hits: list[CueHit]) -> None:
        self.hits = sorted(hits, key=lambda c: c.start)
        self.starts = [c.start for c in self.hits]
        self.ends = [c.end for c in self.hits]
        #: Some cue is of a killed/wounded category: rules that bind only such a cue can
        #: skip a sentence without one (most cue sentences in news are of other kinds).
        self.casualty = any(c.cue.category in CASUALTY_CATEGORIES for c in self.hits)

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

    def next_predicate(self, text: str, offset: int) -> int | None:
        """Index of the first cue from ``offset`` that is no noun of the event in a phrase
        of its own: "two of the 12 people wounded in the shooting later died" has its
        predicate in "died", not in "shooting" (``EVENT_PHRASE``). A cue that counts the
        people before it ("died", "were hurt") is a predicate wherever it stands."""
        index = self.first_from(offset)
        while index is not None:
            # the phrase of a cue starts past the cue before it
            since = max(offset, self.ends[index - 1]) if index else offset
            hit = self.hits[index]
            if hit.cue.before or not EVENT_PHRASE.fullmatch(text, since, hit.start):
                return index
            index = index + 1 if index + 1 < len(self.hits) else None
        return None


#: Between the figure or cue before and a cue, what makes the cue the noun of a
#: prepositional phrase on that participle: a preposition, a determiner or a possessive, up
#: to two modifiers ("wounded in the shooting", "hurt during Sunday's drive-by shooting").
#: A cue so placed names the event, never the verb of the clause (general English grammar).
EVENT_PHRASE = re.compile(
    r"\s+(?:in|during|at|after|from|since|by)\s+(?:the|a|an|this|that|[\w-]+['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)


@dataclass(slots=True)
class SentenceParse:
    """One sentence as every claim rule sees it: its figures and cues, parsed once.

    ``bound`` maps an index of ``figures`` to its binding; rules of the later phases read
    what the earlier ones bound.
    """

    text: str
    low: str
    cues: Cues
    stated: list[FigureSpan]
    figures: list[FigureSpan]
    partitives: dict[int, FigureSpan]
    singulars: list[FigureSpan]
    fatal: dict[int, Binding]
    #: The gate words it holds, as indexes (``claims.sentence``: one RE2 pass for them all).
    gate: Sequence[int]
    bound: dict[int, Binding] = field(default_factory=dict)

    def figure_before(self, offset: int) -> int | None:
        """Index of the last figure ending at or before ``offset`` (figures are in text order
        and do not overlap)."""
        index = bisect.bisect_right([f.end for f in self.figures], offset) - 1
        return index if index >= 0 else None

    def figure_from(self, offset: int) -> int | None:
        """Index of the first figure starting at or after ``offset``."""
        index = bisect.bisect_left([f.start for f in self.figures], offset)
        return index if index < len(self.figures) else None


def taken_spans(sent: SentenceParse, found: list[Binding]) -> list[tuple[int, int]]:
    """The figure spans a sentence's bindings hold: the engine's and those found so far."""
    return [(b.figure.start, b.figure.end) for b in (*sent.bound.values(), *found)]


def object_cues(hits: list[CueHit]) -> list[CueHit]:
    """The casualty cues that take their victims as object: "killed two guards"."""
    return [c for c in hits if c.cue.category in CASUALTY_CATEGORIES and c.cue.after == "object"]


def count_before(sent: SentenceParse, i: int) -> Binding | None:
    """The count a figure with no noun of its own stands for: the binding of the figure
    right before figure ``i`` ("Nine bodies were recovered, bringing the total to 40"), or
    None when that figure is unbound ("killed 12 people and destroyed 300 homes, bringing the
    total to 900") or the counts before it are of more than one category ("Two were killed
    and 12 injured, bringing the total to 14")."""
    if i == 0 or i - 1 not in sent.bound:
        return None
    categories = {b.cue.cue.category for j, b in sent.bound.items() if j < i}
    return sent.bound[i - 1] if len(categories) == 1 else None


#: After a figure with no noun of its own: punctuation, the sentence's end or a time ("...,
#: bringing the total to 40.", "the figure was 19 on Monday"); a noun after it ("to 15
#: incidents") makes it a count of something else.
_CLAUSE_END = re.compile(r"\s*(?:[.;,!?]|$)|\s+(?:on|by|as|since|after|so\s+far)\b")


def ends_its_clause(text: str, end: int) -> bool:
    """Does the figure ending at ``end`` end its clause, with no noun of its own after it?"""
    return _CLAUSE_END.match(text, end) is not None
