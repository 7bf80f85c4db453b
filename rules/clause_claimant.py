"""Which of several statements in one sentence claims a figure: the one in the figure's own
clause. "The port reopened, according to the harbour office, and the Red Cross says the storm
killed 35 fishermen": the 35 is the Red Cross's figure, not the
ministry's. Origin: general English; coordinated clauses each carry their own attribution.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from rules.model import Attribution
from rules.text import Sentence

#: Where one clause ends and the next begins: ", and", ", but", ", while", ", though", a
#: semicolon (the coordinating and contrasting conjunctions of English); a participle of
#: saying after a comma opens a clause of its own speaker's ("a figure the army denied,
#: saying only four soldiers had been wounded": the four are the army's; round 9).
_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|but|while|whereas|though|although|yet)\s+|;\s+"
    r"|,\s+(?=(?:saying|adding|insisting|claiming|stating)\b)"
    # a relative clause with a figure of its own source: "blamed the Front, whose insurgency
    # has killed 4,000, according to the UN" (the UN's figure)
    r"|,\s+(?=(?:whose|which)\b)",
    re.IGNORECASE,
)


def statements_by_sentence(
    sentences: list[Sentence], attributions: Sequence[Attribution]
) -> dict[int, list[Attribution]]:
    """Sentence index -> the statements whose cue lies in it, in text order."""
    starts = [s.start for s in sentences]
    found: dict[int, list[Attribution]] = {}
    for attribution in attributions:
        if attribution.kind != "statement" or attribution.cue_span is None:
            continue
        index = bisect.bisect_right(starts, attribution.cue_span.start) - 1
        if index >= 0 and attribution.cue_span.end <= sentences[index].end:
            found.setdefault(index, []).append(attribution)
    for listed in found.values():
        listed.sort(key=lambda a: a.cue_span.start if a.cue_span else 0)
    return found


def clause_statement(
    sentence: Sentence, at: int, statements: list[Attribution]
) -> Attribution | None:
    """The one statement whose cue lies in the clause of the figure at ``at`` (a document
    offset), when the sentence has two or more clauses with statements; else None."""
    if len(statements) < 2:
        return None
    low, high = _clause_at(sentence.text, at - sentence.start)
    inside = [
        a
        for a in statements
        if a.cue_span is not None and low <= a.cue_span.start - sentence.start < high
    ]
    return inside[0] if len(inside) == 1 else None


def _clause_at(text: str, offset: int) -> tuple[int, int]:
    """The bounds of the clause of ``text`` that holds ``offset``."""
    bounds = _clause_bounds(text)
    k = bisect.bisect_right(bounds, offset) - 1
    return bounds[max(k, 0)], bounds[min(k + 1, len(bounds) - 1)]


@functools.lru_cache(maxsize=1024)
def _clause_bounds(text: str) -> tuple[int, ...]:
    """Where the clauses of ``text`` start, and one past its end. Remembered: each figure of
    a sentence with statements asks again (``clause_statement``, ``said_of_a_later_clause``)."""
    if "," in text or ";" in text:  # every break holds one
        return (0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text) + 1)
    return (0, len(text) + 1)


#: Statements that set a figure told before again ("the toll was 30; the agency later
#: corrected it to 28", AT14; "put it at", AT08): the earlier figure is theirs too.
_BACK = frozenset(("AT08", "AT14"))


def said_of_a_later_clause(sentence: Sentence, at: int, statement: Attribution) -> bool:
    """Does ``statement`` open a later clause with its own source and say what follows its
    cue, so the figure at ``at`` (a document offset) is none of its claim? "Landslides
    killed 40 people in 2021, and villagers say the slope was never shored up" (not "..., and 12 are
    missing, officials said", where the speaker at the end says the whole, nor a revision of
    the figure before, ``_BACK``)."""
    if statement.source_span is None or statement.cue_span is None or statement.rule in _BACK:
        return False
    text, base = sentence.text, sentence.start
    _, high = _clause_at(text, at - base)
    source, cue = statement.source_span.start - base, statement.cue_span.end - base
    if not high <= source < cue or text[high:source].strip():
        return False
    return len(text[cue:].strip(" .!?\"'”")) > 0
