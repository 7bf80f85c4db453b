"""Names listed after a casualty cue with bare commas and a closing "and": "the murders of
Ana Ruiz, Colonel Tomas Brel and Senator Ivo Sarn". ``victims_named_after`` (CB14) stops at
a bare comma, which as often opens a description ("Ana Ruiz, a teacher"); a list of three or
more people closed by "and" is a list, so each person in it is one victim.
"""

from __future__ import annotations

import re

from rules.claims.lists import person_at, person_binding
from rules.claims.name_cues import JOINED_TITLE
from rules.claims.parts import Binding, Cues
from rules.nouns import PERSON_NOUNS, is_human_plural

#: Between listed people: a comma, "and", or both; "and of" repeats the cue's preposition
#: ("the murders of A, B, and of C").
_SEPARATOR = re.compile(r"\s*(?:,\s*and(?:\s+of)?|,|\s+and(?:\s+of)?)(?=\s)", re.IGNORECASE)
#: A list that goes on after its "and": "A, B, and C, as well as D" (English coordination).
_AS_WELL_AS = re.compile(r"\s*,?\s+as\s+well\s+as(?=\s)", re.IGNORECASE)
#: A verb right after the last person makes the list the subject of a clause of its own.
_VERB_AFTER = re.compile(
    r"\s+(?:were|was|are|is|have|has|had|will|would|said|told|say|says)\b", re.IGNORECASE
)
#: The rule whose first name opens the list.
_FIRST_NAME_RULE = "CB14"


def serial_names(text: str, cues: Cues, found: list[Binding]) -> list[Binding]:
    """Each person after the first in a list of three or more closed by "and", bound to the
    cue whose first victim CB14 named."""
    firsts: dict[int, Binding] = {}
    for binding in found:
        if binding.rule != _FIRST_NAME_RULE:
            continue
        first = firsts.get(binding.cue.start)
        if first is None or binding.figure.start < first.figure.start:
            firsts[binding.cue.start] = binding
    if not firsts:
        return []
    upper = text.isupper()
    taken = {b.figure.start for b in found}
    result: list[Binding] = []
    for first in firsts.values():
        people = _closed_list(text, first.figure.start - 1, upper)
        result.extend(
            person_binding(text, span, first.cue) for span in people if span[0] not in taken
        )
    return result


def _closed_list(text: str, at: int, upper: bool) -> list[tuple[int, int]]:
    """The people listed from the whitespace at ``at``, if three or more and the last joined
    by "and"; else none."""
    people: list[tuple[int, int]] = []
    closed = repeated = False
    offset = at
    for _ in range(12):
        item = _person(text, offset, upper)
        if item is None:
            return []  # a description or a clause between the commas: no plain list
        span, end = item
        if _described(text, span):
            return []  # "A, political leader and former commander": one person described
        people.append(span)
        if closed:
            break
        separator = _SEPARATOR.match(text, end)
        if separator is None:
            break
        closed = "and" in separator.group().lower()
        repeated = separator.group().lower().endswith("of")
        offset = separator.end()
    if not closed or len(people) < 3:
        return []
    if _VERB_AFTER.match(text, end) and not repeated:
        return []  # "and of" repeats the cue's preposition: the list is its object
    more = _AS_WELL_AS.match(text, end)
    item = _person(text, more.end(), upper) if more else None
    if item is not None and not _described(text, item[0]):
        people.append(item[0])  # "A, B, and C, as well as D": one more, as after "and"
    return people


def _person(text: str, at: int, upper: bool) -> tuple[tuple[int, int], int] | None:
    """``person_at``, or a name after two titles joined by "and" ("Senator and former envoy
    Ivo Sarn": one person, from the first title on)."""
    item = person_at(text, at, upper)
    if item is not None:
        return item
    joined = JOINED_TITLE.match(text, at)
    if joined is None or joined["title"].lower() not in PERSON_NOUNS:
        return None
    item = person_at(text, joined.end(), upper)
    if item is None:
        return None
    (_, name_end), end = item
    return (joined.start("title"), name_end), end


def _described(text: str, span: tuple[int, int]) -> bool:
    """Does the item end in a person noun ("FORMER GUERRILLA COMMANDER")? In capitals a
    description reads like a name; a name ends in a name word ("COLONEL TOMAS BREL")."""
    words = text[span[0] : span[1]].split()
    last = words[-1].strip(".,").lower() if words else ""
    return len(words) > 1 and (last in PERSON_NOUNS or is_human_plural(last))
