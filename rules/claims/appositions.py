"""A count and, between commas, who it counts: "four villagers, three men and a boy, were killed",
"shot dead two lawyers, Ana Ruiz and Tomas Brel". The listed items must add up to the count,
so that a description between commas ("three civilians, all farmers,") is not read as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import re2

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.groups import following_group
from rules.claims.lexicon import AUX
from rules.claims.lists import person_at, person_binding
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.claims.patterns import AGE_AFTER_COMMA
from rules.nouns import is_human_plural, names_people
from rules.numbers import ASCII_SPACE, FigureSpan


@dataclass(frozen=True, slots=True)
class Item:
    """One listed item: a count of a group ("two women") or one person ("a man", a name)."""

    start: int
    end: int
    figure: FigureSpan | None
    group: str | None
    #: A person described by a noun ("a woman", "her son"), whom a name may follow.
    described: bool = False


#: After a count and its group, the list that names them: ", A and B" or ": A, B and C".
_OPENER = re.compile(r"\s*[,:](?=\s)")
_SEPARATOR = re.compile(r"\s*(?:[;,]\s*and|[;,]|\s+and)(?=\s)", re.IGNORECASE)
_CLOSER = re.compile(r"\s*,")
#: A count's members in brackets: "nine people (five soldiers and four civilians)".
_BRACKET_OPEN = re.compile(r"\s*\(")
_BRACKET_CLOSE = re.compile(r"\s*\)")
#: The same between a pair of spaced dashes: "six monks -- four Danes and two Swedes --"
#: (the text module writes a long dash as a hyphen).
_DASH_OPEN = re.compile(r"\s+(?:--?|—|–)(?=\s)")
_DASH_CLOSE = re.compile(r"\s+(?:--?|—|–)(?=\s)")
_COMMA = re.compile(r"\s*,(?=\s)")
#: A possessive before a listed count: "her two sons", "their three children".
_POSSESSIVE = re.compile(r"(?:his|her|their)\s+(?=\d|[a-z])", re.IGNORECASE)
#: One person described, not counted nor named: "a 22-year-old woman", "an off-duty nurse".
_INDEFINITE = re.compile(r"an?\s", re.IGNORECASE)
_DESCRIBED = re.compile(r"\s(?:an?|one|his|her|their|[A-Za-z]+['’]s)\s", re.IGNORECASE)
#: The ages of a listed count between commas, as news English gives them: "two men, ages 20
#: and 22, and a woman", "three boys, aged 14 to 16,", "two women, both 19,", "two men, all in
#: their 20s,". Bare numbers need two of them ("two men, 20 and 22,"), as a lone one may be a
#: count of its own.
_GROUP_AGES = re.compile(
    r"\s*,\s*(?:(?:(?:both|all|each)\s+(?:aged?\s+)?|aged?\s+|ages\s+)\d{1,2}"
    r"|\d{1,2}(?=\s*(?:,|,?\s*and|to|-)\s*\d))(?:\s*(?:,|,?\s*and|to|-)\s*\d{1,2})*"
    r"(?=\s*[,;)]|\s+and\s)"
    r"|\s*,\s*(?:(?:both|all|each)\s+)?in\s+their\s+(?:early\s+|mid-?\s*|late\s+)?\d0s"
    r"(?=\s*[,;)]|\s+and\s)",
    re.IGNORECASE,
)


def _people(group: str | None) -> bool:
    """A counted group of people: a listed plural, a person noun's plural in -s ("two
    constables", "three sergeants": a count before it says it is a plural), or members."""
    words = group.lower().split() if group else []
    head = words[-1].strip(".,") if words else ""
    if words == ["others"]:
        return True  # "three others, two men and a woman,": more people of the same news
    # "three members of one family": its first word names the people (as in ``subsets``)
    if bool(head) and not head.endswith("s") and is_human_plural(f"{head}s"):
        return True  # "one Peruvian", "a Spaniard": one of a people named by its plural
    return bool(head) and (names_people(head) or words[0] == "members")


def _counted_at(text: str, at: int, stated: list[FigureSpan]) -> Item | None:
    offset = at + len(text[at:]) - len(text[at:].lstrip())
    kin = _POSSESSIVE.match(text, offset)
    offset = kin.end() if kin else offset  # "killed Ana Ruiz and her two sons"
    figure = next((f for f in stated if f.start == offset), None)
    if figure is None or figure.figure.qualifier != "exact" or not figure.figure.min:
        return None
    group = following_group(text[figure.end :])
    if not _people(group):
        return None
    assert group is not None
    end = text.find(group, figure.end) + len(group)
    ages = _GROUP_AGES.match(text, end)  # "two men, ages 27 and 31, and a woman"
    return Item(figure.start, ages.end() if ages else end, figure, group)


def listed_items(text: str, at: int, stated: list[FigureSpan], upper: bool) -> list[Item]:
    """The items listed after the whitespace at ``at``: "three men and a boy", "A, 34, and B".
    A name after a described person and a bare comma is that person ("her son, Eli Roe")."""
    items: list[Item] = []
    offset = at
    bare_comma = False
    for _ in range(12):
        item = _counted_at(text, offset, stated)
        if item is None:
            person = person_at(text, offset, upper)
            if person is None:
                break
            (start, _name_end), end = person
            described = _DESCRIBED.match(text, start - 1) is not None
            if items and items[-1].described and bare_comma and not described:
                items[-1] = replace(items[-1], end=end, described=False)  # an apposition
            else:
                items.append(Item(start, end, None, None, described))
        else:
            items.append(item)
        separator = _SEPARATOR.match(text, items[-1].end)
        if separator is None:
            break
        bare_comma = separator.group().strip() == ","
        offset = separator.end()
    return items


def _total(items: list[Item]) -> float:
    return sum((i.figure.figure.min or 0) if i.figure else 1 for i in items)


def item_bindings(text: str, items: list[Item], cue: CueHit, upper: bool) -> list[Binding]:
    found = []
    for item in items:
        if item.figure is not None:
            found.append(Binding(item.figure, cue, item.group, abs(item.start - cue.end)))
            continue
        person = person_at(text, item.start - 1, upper) if item.start else None
        if person is not None:
            found.append(person_binding(text, person[0], cue))
    return found


#: Where the counted were, between the group and its members: "all 68 people on board, 64
#: passengers and four crew, were killed" (general English of crash reports).
_ABOARD = re.compile(r"\s+(?:on\s+board|aboard)(?=\s*[,(]|\s+--?\s|\s+[—–]\s)", re.IGNORECASE)


def _group_end(text: str, figure: FigureSpan, group: str | None) -> int | None:
    if not group:
        return None
    at = text.find(group, figure.end)
    if not 0 <= at - figure.end <= 40:
        return None
    aboard = _ABOARD.match(text, at + len(group))
    return aboard.end() if aboard else at + len(group)


def apposed_parts(sent: SentenceParse, bound: list[Binding]) -> list[Binding]:
    """ "shot dead two lawyers, A and B", "four villagers, three men and a boy, were killed": the
    items listed right after a bound count and its group, when they add up to the count."""
    text, upper = sent.text, sent.text.isupper()
    found = []
    for binding in bound:
        figure = binding.figure.figure
        if figure.qualifier != "exact" or figure.min is None or figure.min < 2:
            continue
        if binding.cue.cue.category not in CASUALTY_CATEGORIES:
            continue
        end = _group_end(text, binding.figure, binding.group)
        opener = _OPENER.match(text, end) if end is not None else None
        if opener is None:
            continue
        items = listed_items(text, opener.end(), sent.stated, upper)
        if len(items) < 2 or _total(items) != figure.min:
            continue
        if figure.min > 20 and any(i.figure is None for i in items):
            continue  # a long list of people one by one: counted ones only past 20
        named = all(i.figure is None and not i.described for i in items)
        if opener.group().strip() == "," and not named and not _CLOSER.match(text, items[-1].end):
            continue  # "the deaths of two neighbours, her uncle and his wife": four people
        if all(i.figure is None and _INDEFINITE.match(text, i.start) for i in items):
            continue  # "both victims, a 40-year-old man and a 23-year-old woman": a description
        found.extend(item_bindings(text, items, binding.cue, upper))
    return found


def bracketed_parts(
    sent: SentenceParse, bound: list[Binding], dashes: bool = False
) -> list[Binding]:
    """ "nine people (five soldiers and four civilians) were wounded": the items listed in
    brackets right after a bound count and its group, when they add up to the count; with
    ``dashes``, between a pair of dashes ("seven monks -- four Danes and three Swedes --")."""
    text, upper = sent.text, sent.text.isupper()
    opening, closing = (_DASH_OPEN, _DASH_CLOSE) if dashes else (_BRACKET_OPEN, _BRACKET_CLOSE)
    found = []
    for binding in bound:
        figure = binding.figure.figure
        if figure.qualifier != "exact" or figure.min is None or figure.min < 2:
            continue
        if binding.cue.cue.category not in CASUALTY_CATEGORIES:
            continue
        end = _group_end(text, binding.figure, binding.group)
        opener = opening.match(text, end) if end is not None else None
        if opener is None:
            continue
        # The bracket or dash read as the space a list opens with; offsets stay the same.
        spaced = f"{text[: opener.end() - 1]} {text[opener.end() :]}"
        items = listed_items(spaced, opener.end() - 1, sent.stated, upper)
        if len(items) < 2 or _total(items) != figure.min:
            continue
        if closing.match(text, items[-1].end):
            found.extend(item_bindings(spaced, items, binding.cue, upper))
    return found


def apposed_wholes(sent: SentenceParse) -> dict[int, Binding]:
    """ "Four villagers, three men and a boy, were killed": a count whose group is followed by
    the list of its members between commas binds to the casualty verb after the list."""
    text, upper = sent.text, sent.text.isupper()
    found: dict[int, Binding] = {}
    for i, figure in enumerate(sent.figures):
        stated = figure.figure
        if i in sent.bound or stated.qualifier != "exact" or not stated.min or stated.min < 2:
            continue
        group = following_group(text[figure.end :])
        end = _group_end(text, figure, group) if _people(group) else None
        opener = (_COMMA.match(text, end) or _DASH_OPEN.match(text, end)) if end else None
        if opener is None:
            continue
        items = listed_items(text, opener.end(), sent.stated, upper)
        # "Twelve people - nine miners and three rescuers - died": between dashes as well
        closing = _CLOSER if opener.group().strip() == "," else _DASH_CLOSE
        closer = closing.match(text, items[-1].end) if len(items) >= 2 else None
        if closer is None or _total(items) != stated.min:
            continue
        cue = _cue_after(sent, closer.end())
        if cue is None or any(_taken_elsewhere(sent, item, cue) for item in items):
            continue
        counted = any(item.figure is not None for item in items)
        if not counted and AGE_AFTER_COMMA.search(text, opener.end(), closer.start()):
            continue  # names with ages ("A, 31, and B, 28,") are counted by CB10
        found[i] = Binding(figure, cue, group, cue.start - figure.end)
    return found


def _taken_elsewhere(sent: SentenceParse, item: Item, cue: CueHit) -> bool:
    """Whether a figure rule bound ``item``'s count to another cue than the one after the
    list: bound to that cue, the count is one of the members ("two men, ages 27 and 31, and a
    woman, 33, were hurt"), which CB31 reads as a part."""
    return any(
        b.figure.start == item.start and b.cue.start != cue.start for b in sent.bound.values()
    )


def _cue_after(sent: SentenceParse, at: int) -> CueHit | None:
    """The casualty cue after only auxiliaries from ``at``: ", also died", ", were killed"."""
    index = sent.cues.first_from(at)
    if index is None:
        return None
    cue = sent.cues.hits[index]
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", sent.text[at : cue.start])]
    if len(words) > 4 or any(w not in AUX for w in words):
        return None
    if cue.cue.category not in CASUALTY_CATEGORIES or not cue.cue.before:
        return None
    return cue


#: A definite group with no count of its own, then a comma: "The victims, ...", "the dead, ...".
_UNCOUNTED_HEAD = re.compile(
    r"\b(?:the|both|those)\s+(?:[A-Za-z-]+\s+){0,2}?(?P<head>[A-Za-z]+)"
    # between commas, or between spaced dashes ("The victims -- a man, 33, and a woman, 29
    # -- were found dead"; crime round 9)
    r"(?:\s*(?P<comma>,)|\s+(?:--?|—|–))(?=\s)",
    re.IGNORECASE,
)
#: ``_UNCOUNTED_HEAD`` for RE2 over an ASCII sentence, its look-ahead read as part of the
#: match (on ASCII text the long dashes never stand): every finding of CB37 stands at one
#: (``ExtraRule.hints``).
UNCOUNTED_HEAD_HINT = re2.compile(
    r"(?i)\b(?:the|both|those)\s+(?:[A-Za-z-]+\s+){0,2}[A-Za-z]+(?:\s*,|\s+--?)\s".replace(
        r"\s", ASCII_SPACE
    )
)
#: Heads naming those hit without a count; human plurals ("the men, ...") qualify as well.
_HIT_HEADS = frozenset({"victims", "dead", "injured", "wounded", "casualties"})
#: The closing dash, after the last member's age ("... and a woman, 29 -- were").
_AGED_DASH_CLOSE = re.compile(r"(?:\s*,\s*\d{1,3})?\s+(?:--?|—|–)(?=\s)")


def apposed_members(sent: SentenceParse, found: list[Binding]) -> list[Binding]:
    """ "The victims, two men and a woman, were killed": the members listed between commas
    after an uncounted group are the subject of the casualty verb after them."""
    text, upper = sent.text, sent.text.isupper()
    taken = {b.figure.start for b in found}
    result: list[Binding] = []
    for head in _UNCOUNTED_HEAD.finditer(text):
        word = head["head"].lower()
        if word not in _HIT_HEADS and not is_human_plural(word):
            continue
        if any(head.start() <= f.start < head.end() for f in sent.stated):
            continue  # "the two victims, ...": CB35 reads a count and its members
        items = listed_items(text, head.end(), sent.stated, upper)
        closing = _CLOSER if head["comma"] else _AGED_DASH_CLOSE
        closer = closing.match(text, items[-1].end) if len(items) >= 2 else None
        if closer is None or any(item.start in taken for item in items):
            continue
        cue = _cue_after(sent, closer.end()) or _head_cue(sent, head.start("head"))
        if cue is not None:
            result.extend(item_bindings(text, items, cue, upper))
    return result


def _head_cue(sent: SentenceParse, at: int) -> CueHit | None:
    """The head itself when it names those hit: "the dead, a man and his son, were found"."""
    index = sent.cues.first_from(at)
    cue = sent.cues.hits[index] if index is not None else None
    if cue is None or cue.start != at or cue.cue.category not in CASUALTY_CATEGORIES:
        return None
    return cue
