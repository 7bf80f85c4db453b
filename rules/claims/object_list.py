"""People listed in the object of a killing with a determiner of their own (CB75): "the murders
of the two aid workers, their driver and a translator", "gunmen killed the mayor, his driver
and a bodyguard", "the killings of a judge, a harbour pilot and the port's customs chief".

The rules for names and counts (CB02, CB14, CB25, CB70, CB73) read the first item of such a
list, or names and counts only; a person told by a noun with "the", "another" or a possessive
("the mayor's son") is read by none of them. Origin: general English grammar of news reports:
the victims of one act are listed as the object of its verb or noun, each with its own
determiner, the last joined by "and".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from rules.claims.groups import following_group
from rules.claims.lists import person_at
from rules.claims.parts import Binding, CueHit, SentenceParse, object_cues, taken_spans
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import FigureSpan


@dataclass(frozen=True, slots=True)
class Listed:
    """One item of the list; ``one`` is a single person told by a noun, to be counted."""

    start: int
    end: int
    one: bool
    group: str | None = None
    figure_end: int = 0
    #: The count of a counted group ("two guards"), else None.
    count: float | None = None
    #: A person told by name ("Colonel Ana Ruiz"), whom the name rules count.
    named: bool = False


#: A determiner that makes the noun after it one person: an article, "another", a possessive
#: pronoun, or a possessor ("the mayor's", "Ana Ruiz's").
_DETERMINER = re.compile(
    r"\s+(?P<det>(?:the\s+)?[A-Za-z]+['’]s|the|another|an?|one|his|her|their|its)\s+",
    re.IGNORECASE,
)
#: Determiners of a plural group, which the list may start with ("the priests, their cook").
_PLURAL_DET = re.compile(r"\s+(?:the|their|his|her|its|these|those)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w-]+(?=[\s,;.:]|$)")
#: Words that end a noun phrase: a conjunction, a preposition, a verb form.
_NOT_MODIFIER = frozenset(
    {
        "and",
        "or",
        "of",
        "in",
        "at",
        "on",
        "by",
        "with",
        "who",
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "have",
        "the",
        "a",
        "an",
        "to",
        "for",
        "from",
        "as",
        "that",
    }
)
#: A short "of" phrase that belongs to the person: "the mayor of Orsk", "the governor of the
#: province"; it ends where the list goes on.
_OF_PHRASE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*(?=\s*(?:[,;.:]|\s+and\b|$))",
    re.IGNORECASE,
)
#: Between two items: a comma or a semicolon, "and", or both.
_SEPARATOR = re.compile(r"\s*(?:[;,]\s*and|[;,]|\s+and)(?=\s)", re.IGNORECASE)
#: A plural verb right after the list makes it the subject of a clause of its own: "after the
#: killing of the mayor, his driver and a guard were arrested". A singular verb agrees with
#: the cue's noun, not with a list joined by "and": "the murder of A, B and C was planned".
_VERB_AFTER = re.compile(
    r"\s+(?:were|are|have|had|will|would|said|told|say|remain|fled)\b",
    re.IGNORECASE,
)
#: ... but after a verb's list a singular verb opens a clause too: "has lost a son, and a
#: boy has lost his father" (the boy lost no one to the cue; the list ends before him).
_SINGULAR_VERB_AFTER = re.compile(r"\s+(?:was|is|has)\b", re.IGNORECASE)
#: A passive verb takes no object: "two men were killed, the mayor and ...".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_MAX_ITEMS = 12
_POSSESSIVES = frozenset({"his", "her", "their"})
#: The first words of a person told by a noun, which ``person_at`` also reads ("a woman").
_NOT_A_NAME = frozenset({"a", "an", "one", "the", "his", "her", "their", "its"})
_NO_NAMES: Mapping[int, int] = {}


def _noun_phrase(text: str, at: int) -> tuple[int, str] | None:
    """From ``at``, up to three modifiers and a person noun: the noun's end and the words."""
    offset = at
    words: list[str] = []
    for _ in range(4):
        word = _WORD.match(text, offset)
        if word is None or word.group().lower() in _NOT_MODIFIER:
            return None
        words.append(word.group())
        if word.group().lower() in PERSON_NOUNS:
            return word.end(), " ".join(words)
        if text[word.end() : word.end() + 1] != " ":
            return None
        offset = word.end() + 1
    return None


def _one_person(text: str, at: int) -> Listed | None:
    """ "the mayor of Orsk", "another judge", "the cook's young daughter", "their driver"."""
    det = _DETERMINER.match(text, at)
    if det is None:
        return None
    phrase = _noun_phrase(text, det.end())
    if phrase is None:
        return None
    end, group = phrase
    of = _OF_PHRASE.match(text, end)
    return Listed(det.start("det"), of.end() if of else end, True, group, det.end("det"))


def _plural_or_count(text: str, at: int, sent: SentenceParse) -> Listed | None:
    """A group of people: "the priests", "their bodyguards", "two guards", "the six monks"."""
    det = _PLURAL_DET.match(text, at)
    start = det.end() if det else at + len(text[at:]) - len(text[at:].lstrip())
    figure = next((f for f in sent.stated if f.start == start), None)
    group = following_group(text[figure.end :]) if figure else None
    if figure is not None and group and is_human_plural(group.split()[-1]):
        end = text.find(group, figure.end) + len(group)
        return Listed(start, end, False, count=figure.figure.min)
    if det is None:
        return None
    words = list(_WORD.finditer(text, det.end(), min(len(text), det.end() + 40)))[:3]
    for word in words:
        if word.group().lower() in _NOT_MODIFIER:
            return None
        if is_human_plural(word.group()):
            return Listed(det.start(), word.end(), False)
    return None


def _item(
    text: str, at: int, sent: SentenceParse, upper: bool, names: Mapping[int, int] = _NO_NAMES
) -> Listed | None:
    one = _one_person(text, at)
    if one is not None:
        return one
    group = _plural_or_count(text, at, sent)
    if group is not None:
        return group
    person = person_at(text, at, upper)
    if person is None:
        start = len(text) - len(text[at:].lstrip())
        # a name the name rules read that the list reader does not ("Colonel Ruiz")
        return Listed(start, names[start], False, named=True) if start in names else None
    (start, name_end), end = person
    named = text[start:name_end].split()[0].lower() not in _NOT_A_NAME  # not "a woman"
    if named and end > name_end and _lists_on(text, name_end):
        end = name_end  # "Colonel Ana Ruiz, his driver and three bodyguards": no description
    return Listed(start, end, False, named=named)


def _lists_on(text: str, at: int) -> bool:
    """Do the words after a name go on as a list, a person told by a possessive joined by
    "and" to one more ("Ana Ruiz, her driver and a guard"), rather than describe the name
    ("Ana Ruiz, his widow, who ...")?"""
    separator = _SEPARATOR.match(text, at)
    if separator is None or "and" in separator.group().lower():
        return False
    one = _one_person(text, separator.end())
    if one is None or text[one.start : one.figure_end].lower() not in _POSSESSIVES:
        return False
    after = _SEPARATOR.match(text, one.end)
    return after is not None and "and" in after.group().lower()


def _items(
    text: str, at: int, sent: SentenceParse, upper: bool, names: Mapping[int, int]
) -> list[Listed] | None:
    """The items listed after the whitespace at ``at``, if two or more and the last joined by
    "and", with no verb after them; else None. ``names``: where the names other rules bound
    start and end."""
    items: list[Listed] = []
    offset = at
    joined = False
    for _ in range(_MAX_ITEMS):
        item = _item(text, offset, sent, upper, names)
        if item is None:
            break
        items.append(item)
        separator = _SEPARATOR.match(text, item.end)
        if separator is None:
            break
        joined = "and" in separator.group().lower()
        offset = separator.end()
        if joined:
            last = _item(text, offset, sent, upper, names)
            if last is None:
                return None  # "the killing of a guard and the theft of ...": no list of people
            items.append(last)
            break
    if (
        items
        and not text[:at].rstrip().lower().endswith(" of")
        and _SINGULAR_VERB_AFTER.match(text, items[-1].end)
    ):
        # the last is the subject of a clause of its own: "killed the mayor, his driver, and a
        # bodyguard was wounded" lists two; "lost a son, and a boy has lost" lists one
        items.pop()
        return items if len(items) > 1 and sum(i.one for i in items) > 1 else None
    if len(items) < 2 or not joined or _VERB_AFTER.match(text, items[-1].end):
        return None
    if len(items) == 2 and _SEPARATOR.match(text, items[-1].end):
        return None  # "the mayor and his aide, a former ..." may go on: not a closed list
    if items[0].count is not None and sum(i.count or 1 for i in items[1:]) == items[0].count:
        return None  # "three herders, two men and a boy": the rest detail the first count
    # a name stands for a single person beside one of the name's own ("Colonel Ruiz, his
    # driver and ..."); "Ana Ruiz, 9; Eli Ruiz, 52; and a bus driver" is the names' list
    kin = any(i.one and text[i.start : i.figure_end].lower() in _POSSESSIVES for i in items)
    if sum(i.one or (i.named and kin) for i in items) < 2:
        return None  # a count and one person ("three teenagers and a child") is left to CB04
    return items


def list_items(text: str, at: int, sent: SentenceParse, upper: bool) -> list[Listed]:
    """Every item listed after the whitespace at ``at``, with no check on the list as a whole;
    a name after a person told by a noun and a bare comma is that person ("the village priest,
    Father Anton Lisk"), as in ``rules.claims.appositions``."""
    items: list[Listed] = []
    offset = at
    bare_comma = False
    for _ in range(_MAX_ITEMS):
        item = _item(text, offset, sent, upper)
        if item is None:
            break
        if items and items[-1].one and bare_comma and not item.one and item.count is None:
            items[-1] = replace(items[-1], end=item.end)  # an apposition
        else:
            items.append(item)
        separator = _SEPARATOR.match(text, item.end)
        if separator is None:
            break
        bare_comma = separator.group().strip() in (",", ";")
        offset = separator.end()
    return items


def item_binding(sent: SentenceParse, item: Listed, cue: CueHit) -> Binding:
    """A listed item as a claim: one person told by a noun, a count, or a name."""
    if item.one:
        return _binding(sent.text, item, cue)
    if item.count is not None:
        return _counted(sent, item, cue)
    figure = FigureSpan(
        item.start, item.end, Figure(1, 1, "exact", sent.text[item.start : item.end])
    )
    return Binding(figure, cue, None, abs(item.start - cue.end))


def listed_persons(sent: SentenceParse, found: list[Binding]) -> list[Binding]:
    """Each single person with a determiner of their own in a list closed by "and" right after
    a casualty cue that takes an object, when no binding counts that person yet."""
    text, upper = sent.text, sent.text.isupper()
    taken = taken_spans(sent, found)
    counts = {f.start for f in sent.stated}
    names = {s: e for s, e in taken if s not in counts}
    result: list[Binding] = []
    for cue in object_cues(sent.cues.hits):
        if _PASSIVE_BEFORE.search(text, max(0, cue.start - 20), cue.start):
            continue
        items = _items(text, cue.end, sent, upper, names)
        if items is None:
            continue
        for item in items:
            if any(s <= item.start < e or item.start <= s < item.end for s, e in taken):
                continue
            if item.one:
                result.append(_binding(text, item, cue))
            elif item.count is not None:
                result.append(_counted(sent, item, cue))  # "the mayor, his wife and two guards"
    return result


def _counted(sent: SentenceParse, item: Listed, cue: CueHit) -> Binding:
    """A count listed among single people, which no rule binds when the list opens with "the"."""
    figure = next(f for f in sent.stated if f.start == item.start)
    group = following_group(sent.text[figure.end :])
    return Binding(figure, cue, group, abs(item.start - cue.end))


def _binding(text: str, item: Listed, cue: CueHit) -> Binding:
    figure = FigureSpan(
        item.start, item.figure_end, Figure(1, 1, "exact", text[item.start : item.figure_end])
    )
    return Binding(figure, cue, item.group, abs(item.start - cue.end))


def one_person_at(text: str, at: int) -> tuple[int, int, int, str] | None:
    """A single person told by a noun with a determiner of its own after the whitespace at
    ``at`` ("the mayor of Orsk", "his driver", "a harbour pilot"): where the determiner
    starts and ends, where the person ends, and the noun phrase."""
    one = _one_person(text, at)
    if one is None or one.group is None:
        return None
    return one.start, one.figure_end, one.end, one.group
