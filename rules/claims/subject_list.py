"""Single people listed as the subject of a plural casualty verb when the list mixes people
told by a noun with named people, or is set off by semicolons (CB79): "a ferry clerk, a
harbour pilot and farmer Ana Ruiz were killed", "his son, Tomas; Ivo Lant, the port
secretary; and guard Emil Kron were also killed", "Tomas Brel, a candidate for mayor, and his
cousin Ivo Lant were shot dead".

CB15 reads lists of names only, CB36 names with ages or descriptions, CB01/CB04 a person
with "a" or a count right before the verb; a list of three or more that mixes them, or whose
items carry descriptions between semicolons, was read in part or not at all. Origin: general
English grammar of news reports: the victims of one act listed as the subject of its passive
verb, each with its own determiner or name, the last joined by "and".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import re2

from rules.claims.groups import following_group
from rules.claims.lexicon import PERPETRATOR_NOUNS
from rules.claims.lists import person_at, person_binding
from rules.claims.named import name_at
from rules.claims.object_list import one_person_at
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.claims.subjects import casualty_verbs
from rules.model import Figure
from rules.nouns import is_human_plural
from rules.numbers import ASCII_SPACE, FigureSpan

#: A plural casualty verb after the list: "were killed", "have been shot dead", "were also
#: murdered", "were abducted and later killed", "died" (as CB36 reads it).
_PLURAL_VERB = re.compile(
    r"(?:,\s*)?\s+(?:(?:both|all|also|later|then)\s+)?(?:(?:were|have\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+|also\s+)?(?:[a-z]+ed\s+and\s+(?:\w+ly\s+|later\s+|then\s+)?)?"
    r"(?=killed|murdered|assassinated|shot|stabbed|wounded|injured|hurt|gunned)"
    r"|(?=died\b))",
    re.IGNORECASE,
)
#: ``_PLURAL_VERB`` for RE2 over an ASCII sentence, its look-aheads read as part of the match
#: and its optional opening left out: every finding of CB79 stands at one (``ExtraRule.hints``).
PLURAL_VERB_HINT = re2.compile(
    (
        r"(?i)(?:were|been)\s+(?:\w+ly\s+|also\s+)?"
        r"(?:[a-z]+ed\s+and\s+(?:\w+ly\s+|later\s+|then\s+)?)?"
        r"(?:killed|murdered|assassinated|shot|stabbed|wounded|injured|hurt|gunned)|died\b"
    ).replace(r"\s", ASCII_SPACE)
)
#: Where the subject may start (the offset of the space before its first word, in the text
#: with one space put in front): the sentence start, or after a comma, colon or "that".
_STARTS = re.compile(
    r"^\s|[,:]\s|\b(?:that|when|said|after|before|since|because|while|as)\s", re.IGNORECASE
)
#: Between two items: a comma or a semicolon, "and", or both.
_SEPARATOR = re.compile(r"\s*(?:[;,]\s*and|[;,]|\s+and)(?=\s)", re.IGNORECASE)
_BARE_COMMA = re.compile(r"\s*,(?!\s*and\b)", re.IGNORECASE)
_SEMICOLON = re.compile(r"\s*;(?:\s*and)?(?=\s)", re.IGNORECASE)
#: A plain "the" makes a person someone told of before ("the guard and the driver were
#: killed" re-mentions them), so such an item is a member of the list but no new victim,
#: unless it is the one who opened fire (``_perpetrator``).
_THE = re.compile(r"the\s", re.IGNORECASE)
_REACH = 320
_MAX_ITEMS = 12


@dataclass(frozen=True, slots=True)
class Person:
    """One listed person: where its figure lies (a name, or the determiner of "a judge"), its
    group ("judge"; None for a name), where the item ends, whether a plain "the" makes it
    someone told of before, whether its figure is a name and whether a noun tells it."""

    start: int
    figure_end: int
    end: int
    group: str | None
    new: bool
    named: bool
    described: bool
    count: Figure | None = None


def _person(text: str, at: int, upper: bool) -> Person | None:
    """A person told by a noun ("a judge", "the mayor's son", "his cousin Ivo Lant") or a
    name ("Ana Ruiz", "Ana Ruiz, 34,", "farmer Ana Ruiz") after the whitespace at ``at``."""
    one = one_person_at(text, at)
    if one is not None:
        start, det_end, end, group = one
        new = _THE.match(text, start) is None
        name = name_at(text, end, upper)
        if name is not None and name[0] == end + 1:
            return Person(name[0], name[1], name[1], None, new, True, True)  # "his cousin Ivo Lant"
        return Person(start, det_end, end, group, new, False, True)
    found = person_at(text, at, upper)
    if found is None:
        return None
    (start, stop), end = found
    return Person(start, stop, end, None, True, True, False)


def _counted(text: str, at: int, stated: list[FigureSpan]) -> Person | None:
    """A count of people ("three lawyers"): a member of the list, counted by its own figure
    when no count rule read it ("three lawyers, a judge and clerk Ana Ruiz were killed" is
    3 + 1 + 1)."""
    offset = at + len(text[at:]) - len(text[at:].lstrip())
    figure = next((f for f in stated if f.start == offset), None)
    group = following_group(text[figure.end :]) if figure else None
    if figure is None or not group or not is_human_plural(group.split()[-1]):
        return None
    end = text.find(group, figure.end) + len(group)
    return Person(figure.start, figure.end, end, group, True, False, True, figure.figure)


def _comma_list(
    text: str, at: int, upper: bool, stated: list[FigureSpan]
) -> tuple[list[Person], int, bool]:
    """The people listed from ``at`` with commas and "and", where the list ends, and whether
    its last item was joined by "and"."""
    items: list[Person] = []
    offset, joined = at, False
    for _ in range(_MAX_ITEMS):
        item = _person(text, offset, upper) or _counted(text, offset, stated)
        if item is None:
            return items, offset, False
        items.append(item)
        separator = _SEPARATOR.match(text, item.end)
        if separator is None or joined:
            return items, item.end, joined
        joined = "and" in separator.group().lower()
        offset = separator.end()
    return items, offset, False


def _semicolon_list(text: str, at: int, end: int, upper: bool) -> tuple[list[Person], bool]:
    """The people of a list set off by semicolons between ``at`` and ``end``: each part
    opens with a person, and the rest of the part describes them."""
    cuts = list(_SEMICOLON.finditer(text, at, end))
    if not cuts or "and" not in cuts[-1].group().lower():
        return [], False
    items: list[Person] = []
    for begin in (at, *(c.end() for c in cuts)):
        item = _person(text, begin, upper)
        if item is None:
            return [], False
        items.append(item)
    return items, True


def _subject(text: str, at: int, verb: int, upper: bool, stated: list[FigureSpan]) -> list[Person]:
    """The people listed between ``at`` and the verb at ``verb``, or none."""
    items, end, joined = _comma_list(text, at, upper, stated)
    first = _counted(text, at, stated)
    broken_down = text[verb] == "," or any(i.count for i in items[1:])
    if first is not None and _BARE_COMMA.match(text, first.end) and broken_down:
        return []  # "four villagers, three men and a boy, were killed": its members
    if not (joined and end == verb):
        items, joined = _semicolon_list(text, at, verb, upper)
    # "a deputy and the gunman": a pair with one told of before is read here too
    mixed = len({i.described for i in items}) == 2 or len(items) >= 3
    mixed = mixed or any(not i.new for i in items)
    return items if joined and len(items) >= 2 and mixed else []


def listed_subjects(sent: SentenceParse, found: list[Binding]) -> list[Binding]:
    """Each new single person of such a list that no other rule counted."""
    upper = sent.text.isupper()
    text = " " + sent.text  # every item then starts after whitespace, the first one too
    taken = [(b.figure.start + 1, b.figure.end + 1) for b in (*sent.bound.values(), *found)]
    stated = [FigureSpan(f.start + 1, f.end + 1, f.figure) for f in sent.stated]
    result: list[Binding] = []
    for verb, cue in casualty_verbs(sent, text, _PLURAL_VERB):
        aside = verb.group().lstrip().startswith(",")
        for start in _STARTS.finditer(text, max(0, verb.start() - _REACH), verb.start()):
            if "and" not in text[start.end() - 1 : verb.start()].lower():
                continue  # every list read here is closed by "and" before the verb
            items = _subject(text, start.end() - 1, verb.start(), upper, stated)
            if not items:
                continue
            if aside and text[start.start()] == ",":
                break  # between commas, the list details what comes before it
            for item in items:
                counts = item.new or _perpetrator(item)
                if counts and not any(s < item.end and item.start < e for s, e in taken):
                    result.append(_binding(text, item, cue))
            break
    return result


def _perpetrator(item: Person) -> bool:
    """ "The gunman" in "a deputy and the gunman were killed": the one who opened fire is
    a death of his own even with "the", as CB20 reads "the gunman was killed"."""
    return item.group is not None and item.group.split()[-1].lower() in PERPETRATOR_NOUNS


def _binding(text: str, item: Person, cue: CueHit) -> Binding:
    if item.count is not None:
        span = FigureSpan(item.start, item.figure_end, item.count)
        binding = Binding(span, cue, item.group, cue.start - item.end)
    elif item.named:
        binding = person_binding(text, (item.start, item.figure_end), cue)
    else:
        span = FigureSpan(
            item.start, item.figure_end, Figure(1, 1, "exact", text[item.start : item.figure_end])
        )
        binding = Binding(span, cue, item.group, cue.start - item.end)
    figure = binding.figure
    shifted = FigureSpan(figure.start - 1, figure.end - 1, figure.figure)
    return Binding(shifted, binding.cue, binding.group, binding.distance)
