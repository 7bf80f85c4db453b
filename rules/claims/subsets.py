"""Parts of a stated toll: "killed 23 people, including 7 children" states 7 children
killed besides the 19 in all; "12 were wounded, including a police officer" one officer.

A part is not added to its whole: it is a claim of its own group ("children"), of the
category of the whole it details (the nearest count before "including").
"""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.groups import following_group
from rules.claims.lists import listed_people, person_binding
from rules.claims.parts import Binding, CueHit, Cues
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import FigureSpan

#: The words that open the part of a whole. Origin: general knowledge of English news.
_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom)(?=\s)", re.IGNORECASE)
#: The categories of people whose count a list of parts may detail: those hit, and those
#: taken or missing ("nine seized, among them a judge and two cameramen"); not arrests, where
#: a part is often told for another reason ("detained three people, including one man who
#: was shot").
_PART_CATEGORIES = CASUALTY_CATEGORIES | {"kidnapped", "captured", "missing"}
# "90 firefighters, including 12 divers, were sent": crews sent have parts too (round 7), and
# the displaced ("displaced 9,000 people, including 4,000 children")
_PART_CATEGORIES |= {"deployed", "rescued", "evacuated", "displaced"}
#: Between the whole and "including": no clause break, at most this many characters.
_REACH = 90
#: Before a part's figure: an optional "the" or "all" ("including the two pilots", "among
#: them all five attackers").
#: A part counted with no noun of its own, then its relative clause: "two who died later".
_WHO = re.compile(r"\s+who\b")
_PART_START = re.compile(r"\s+(?:all\s+)?(?:the\s+)?", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,\s*and|,|\s+and)(?=\s)", re.IGNORECASE)


#: "including a family of four": the family's size is the part ("a family of four" is four
#: people in general English).
_FAMILY_OF = re.compile(r"\s+(?:a|an|one)\s+family\s+of(?=\s)", re.IGNORECASE)


def _is_people(group: str | None) -> bool:
    if not group:
        return False
    words = group.lower().split()
    head = words[-1].strip(".,")
    # "members of one family" is kept whole: its first word names the people
    if head.endswith("s") and head[:-1] in PERSON_NOUNS:
        return True  # "four engineers", "two nurses": the plural of a person noun
    return is_human_plural(head) or head in PERSON_NOUNS or "members" in words[:2]


def _whole_before(found: list[Binding], at: int, text: str) -> Binding | None:
    """The count that a part at ``at`` details: the nearest one before it, plural."""
    wholes = [
        b
        for b in found
        if b.figure.end <= at
        and at - b.figure.end <= _REACH
        and (b.figure.figure.max is None or b.figure.figure.max >= 2)
        and b.figure.figure.min is not None
        and not re.search(r"[;:.]|\bwhile\b", text[b.figure.end : at])
    ]
    return max(wholes, key=lambda b: b.figure.end) if wholes else None


def _figure_part(
    text: str, at: int, stated: list[FigureSpan], whole: Binding, cues: Cues | None
) -> tuple[Binding, int] | None:
    """A counted part starting at ``at``: "3 policemen", "the two pilots"; and its end."""
    family = _FAMILY_OF.match(text, at)
    start = _PART_START.match(text, family.end() if family else at)
    offset = start.end() if start else at
    figure = next((f for f in stated if f.start == offset), None)
    if figure is None or figure.figure.min is None:
        return None
    total = whole.figure.figure.max
    if total is not None and figure.figure.min >= total:
        return None  # "two killed, including 30 wounded" is no part of two
    if family is not None:
        return Binding(figure, whole.cue, "family", figure.start - whole.cue.end), figure.end
    group = following_group(text[figure.end :])
    if group is None and _WHO.match(text, figure.end):
        # "killed nine people, including two who were trapped on the roof": the part is of
        # the whole's people, told by what befell them (51st session); a harm the clause tells
        # of a count no casualty is the part's own ("70 divers, including three who were injured,")
        cue = _own_harm(text, figure.end, cues, whole) or whole.cue
        return Binding(figure, cue, None, abs(figure.start - cue.end)), figure.end
    if not _is_people(group):
        return None
    assert group is not None
    end = text.find(group, figure.end) + len(group)
    return Binding(figure, whole.cue, group, figure.start - whole.cue.end), end


def subset_parts(
    text: str, stated: list[FigureSpan], found: list[Binding], cues: Cues | None = None
) -> list[Binding]:
    """The parts listed after "including" that detail a count of the same sentence (a part's
    own harm told in its relative clause, with ``cues``: ``_own_harm``)."""
    parts: list[Binding] = []
    taken = {b.figure.start for b in found}
    upper = text.isupper()
    for match in _INCLUDING.finditer(text):
        whole = _whole_before(found, match.start(), text)
        if whole is None or whole.cue.cue.category not in _PART_CATEGORIES:
            continue
        offset = match.end()
        for _ in range(6):
            counted = _figure_part(text, offset, stated, whole, cues)
            if counted is not None:
                binding, end = counted
            else:
                people = listed_people(text, offset, upper, limit=1) or _the_titled(text, offset)
                if not people:
                    break
                binding = person_binding(text, people[0], whole.cue)
                end = people[0][1]
            if binding.figure.start not in taken:
                parts.append(binding)
            separator = _AND.match(text, end)
            if separator is None or (counted is None and "and" not in separator.group().lower()):
                break  # after a name, a bare comma opens a description: "Ana Ruiz, a mayor"
            offset = separator.end()
    return parts


#: "the" before a title and a name in all-capital copy ("INCLUDING THE UNION LEADER ANA
#: RUIZ"), which mixed case reads by the lower-case title.
_THE = re.compile(r"\s+THE(?=\s)")


def _the_titled(text: str, offset: int) -> list[tuple[int, int]]:
    """In all-capital copy, a title and a name after "the": one person, the part; not "the
    town mayor" alone (two words, no name) nor "the villagers"."""
    the = _THE.match(text, offset) if text.isupper() else None
    if the is None:
        return []
    people = listed_people(text, the.end(), True, limit=1)
    words = text[people[0][0] : people[0][1]].split() if people else []
    if len(words) < 3 or words[-1].lower() in PERSON_NOUNS or is_human_plural(words[-1].lower()):
        return []
    return people


#: The end of a part's relative clause: its closing comma, a clause break or the sentence's end.
_CLAUSE_END = re.compile(r"[,;:.]|$")


def _own_harm(text: str, start: int, cues: Cues | None, whole: Binding) -> CueHit | None:
    """The harm told in the relative clause of a part (from ``start``) when the whole it
    details counts no casualty: "Some 70 divers, including three who were injured, searched the
    lake" (the three are hurt, the 70 deployed); "Forty passengers, including 12 who were
    injured, were rescued". A whole of casualties keeps its fate ("killed nine people,
    including two who were trapped")."""
    if cues is None or whole.cue.cue.category in CASUALTY_CATEGORIES:
        return None
    match = _CLAUSE_END.search(text, start)
    end = match.start() if match else len(text)
    harms = (h for h in cues.hits if start <= h.start < end)
    return next((h for h in harms if h.cue.category in CASUALTY_CATEGORIES), None)
