"""CB99: a toll broken down after a colon or a semicolon: "nine died: five rebels and four
soldiers"."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import FigureSpan

#: Between the items of the breakdown: a comma, "and", or both.
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
#: A counted group's words after its figure: one to three words, the last a plural of people.
_GROUP = re.compile(r"(?:\s+[A-Za-z'-]+){1,4}")
#: A person named in the list: "four pupils, Dorr and two teachers" (a surname or a full name).
_NAME = re.compile(r"[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,2}")
#: One person: "a nurse", "one soldier", "an army lieutenant".
_ONE = re.compile(r"(?:an?|one)\s+(?:[A-Za-z'-]+\s+){0,2}?(?P<noun>[A-Za-z'-]+)", re.IGNORECASE)
#: The colon or semicolon before the breakdown; not a clock time's colon ("at 4:30 a.m.").
_MARK = re.compile(r";|(?<!\d):|:(?!\d)")
#: The end of the sentence after the breakdown.
_END = re.compile(r"\s*[.!]?\s*$")


class BrokenDownToll(ExtraRule):
    """CB99 · A toll followed by a colon or a semicolon and a bare list of counts and single
    people that add up to it: each is a part of the same category ("Nine people were killed:
    five rebels, three soldiers and a nurse" is also 5, 3 and 1). The parts must sum to the
    toll, and nothing but the list may follow (general English of wire copy breakdowns).
    """

    code = "CB99"
    states_part = True  # see ``rules.claims.registry.PART_RULES``
    words = (":", ";")  # the engine's gate, ``ExtraRule.words``
    casualty = True
    examples = (
        (
            "Nine people were killed: five rebels, three soldiers and a nurse.",
            {"category": "killed", "min": 5, "group": "rebels"},
        ),
        (
            "SEVEN BODIES WERE FOUND IN THE MARKET; FOUR GUERRILLAS, TWO SOLDIERS, AND A CIVILIAN.",
            {"category": "killed", "min": 4, "group": "GUERRILLAS"},
        ),
        (
            # a clock time's colon before the toll is no mark of the list
            "At 6:40 a.m. on Friday, eight died: six miners and two rescuers.",
            {"category": "killed", "min": 6, "group": "miners"},
        ),
        (
            # a person named in the list, and "members of staff" (thirty-fifth session)
            "Seven were hurt: four pupils, Ana Dorr and two members of staff.",
            {"category": "wounded", "min": 2, "group": "members of staff"},
        ),
    )
    counter_examples = (
        # the list does not add up to the toll
        "Nine people were killed: five rebels and two soldiers.",
        # a clause, not a bare list, follows the colon
        "Nine people were killed: five rebels were among them, and four soldiers.",
        # the list follows no toll
        "The army said: five rebels, three soldiers and a nurse.",
        # a capitalised word that names no one
        "Five people were hurt: three pupils and Police.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        mark = next((m.start() for m in _MARK.finditer(text)), -1)
        tolls = [
            b
            for b in found
            if b.figure.end <= mark
            and b.cue.end <= mark
            and b.cue.cue.category in CASUALTY_CATEGORIES
            and b.figure.figure.qualifier == "exact"
            and b.figure.figure.min is not None
            and b.figure.figure.min > 1
        ]
        if not tolls:
            return []
        toll = max(tolls, key=lambda b: b.figure.start)
        items = _items(sent, mark + 1)
        if items is None or sum(f.figure.min or 0 for f, _ in items) != toll.figure.figure.min:
            return []
        return [Binding(f, toll.cue, group, abs(f.start - toll.cue.end)) for f, group in items]


def _items(sent: SentenceParse, at: int) -> list[tuple[FigureSpan, str | None]] | None:
    """The counts and single people listed from ``at`` to the sentence's end, each with its
    group ("five rebels": 5, "rebels"; "a nurse": 1, "nurse"), or None."""
    text = sent.text
    by_start = {f.start: f for f in sent.stated}
    items: list[tuple[FigureSpan, str | None]] = []
    offset = at + len(text[at:]) - len(text[at:].lstrip())
    for _ in range(12):
        separator = _SEPARATOR.search(text, offset)
        end = _END.search(text, offset)
        stop = separator.start() if separator else (end.start() if end else len(text))
        figure = by_start.get(offset)
        if figure is not None and figure.end < stop:
            group = _GROUP.fullmatch(text, figure.end, stop)
            if group is None or not is_human_plural(_head(group.group())):
                return None
            items.append((figure, group.group().strip()))
        elif _NAME.fullmatch(text, offset, stop) and text[offset:stop] not in _NOT_NAMES:
            single = FigureSpan(offset, stop, Figure(1, 1, "exact", text[offset:stop]))
            items.append((single, None))  # "Dorr": one person, named
        else:
            one = _ONE.fullmatch(text, offset, stop)
            if one is None or one["noun"].lower() not in PERSON_NOUNS:
                return None
            det_end = offset + len(text[offset:stop].split()[0])
            single = FigureSpan(offset, det_end, Figure(1, 1, "exact", text[offset:det_end]))
            items.append((single, text[det_end:stop].strip()))
        if separator is None:
            return items if len(items) >= 2 else None
        offset = separator.end()
    return None


#: Capitalised words a list may hold that name no one.
_NOT_NAMES = frozenset(("The", "A", "An", "One", "Others", "Police"))


def _head(group: str) -> str:
    """A group's noun of people: its last word, or the one before "of" ("members of staff")."""
    words = group.split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]
