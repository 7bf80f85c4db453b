"""The victims after a casualty noun and "of": "the murder of a shopkeeper", "the killing of
his nephew", "the slaying of a 19-year-old", "the murder of the mayor's driver".

One lexicon for CB25: which cues take their victim after "of" (``of_cues``) and which words
open one person (``ONE_PERSON``). The principle: a person after "the death/killing/murder/
shooting death of" is one victim when a determiner picks out exactly one person: an
indefinite article ("a shopkeeper"), a possessive pronoun ("his nephew") or a possessive
noun ("the mayor's driver"), with a person noun or an age ("a 19-year-old"); headline
English drops the determiner before an age and a name ("the death of 17-year-old Eli Marr"),
and that age picks out one person too, as does a lone person noun there ("fatal shooting of
teen"). A bare "the"
("the death of the victim") refers back to someone the story counts elsewhere and is left
out; "a couple" (not "a couple of ...") is two people. Origin: general English grammar of
news reports.
"""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.lexicon import GROUP_END, GROUP_STOP
from rules.claims.lists import listed_people, person_binding
from rules.claims.parts import Binding, CueHit, Cues
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import FigureSpan

#: Words that open one person: an article, a possessive pronoun, a possessive noun.
ONE_PERSON = r"an?|his|her|their|(?:the\s+)?[A-Za-z][\w-]*['’]s"
#: "... of a 19-year-old", "... of his 3-year-old son", "... of the mayor's driver".
_ONE_AFTER_OF = re.compile(
    r"\s+(?P<one>" + ONE_PERSON + r")\s+"
    r"(?:(?P<age>(?:\d{1,3}|[a-z]+)[-\s](?:year|month)s?[-\s]old)(?:\s+(?P<noun>[A-Za-z'-]+))?"
    r"|(?:(?P<modifier>[A-Za-z'-]+)\s+)?(?P<person>[A-Za-z'-]+))",
    re.IGNORECASE,
)
#: With no determiner, an age before a name or a person noun picks out one person too: "the
#: shooting death of 9-month-old Ana Roe", "the death of 17-year-old Eli Marr", "the
#: fatal shooting of 15-year-old girl" (headline English drops the article).
_AGE_AFTER_OF = re.compile(
    r"\s+(?P<age>(?:\d{1,3}|[A-Za-z]+)-(?:year|month|week|day)s?-old)\s+"
    r"(?:(?P<noun>[a-z][a-z'-]*)|(?P<name>[A-Z][a-z'\u2019-]+))\b",
)
#: Headline English drops the article before a lone person noun too: "fatal shooting of
#: teen", "Death Of Toddler Probed", "murder of local man" (a word may stand before the
#: noun). The noun ends the phrase: punctuation, the end, a capitalised word, a participle
#: in -ed or a preposition, auxiliary or conjunction follows it ("death of officer morale"
#: names no one; "death of son who ..." is left to the relative clause's rule). The noun
#: needs lower case, so all-capital wire copy reads nothing here.
_PHRASE_END = (
    r"(?=\s*(?:$|[^\w\s'’-])|\s+(?:[A-Z]|[a-z]+ed\b|(?:in|at|on|near|outside|inside|by|after"
    r"|during|while|was|is|has|had|may|might|could|will|would|and|or|but|as|with|from|for|to"
    r"|under|over)\b))"
)
_BARE_AFTER_OF = tuple(
    re.compile(rf"\s+{modifier}(?P<noun>[A-Za-z][a-z]+){_PHRASE_END}")
    for modifier in (r"(?P<modifier>[A-Za-z][a-z-]+)\s+", "")
)
#: A cue that ends in "of": "the murder of", "the shooting death of", "the lives of".
_OF_CUE = re.compile(r"\bof$", re.IGNORECASE)
#: An item of a list opened by an indefinite article: "a farmer and his daughter".
_A_PERSON = re.compile(r"\san?\s", re.IGNORECASE)
_OF_NEXT = re.compile(r"\s+of\b", re.IGNORECASE)
#: Words before a person noun that make it no lone person: an article or a determiner the
#: patterns above read, a count or a quantifier ("the deaths of two children").
_NOT_MODIFIERS = frozenset(
    """the a an his her their its our my your this that these those one two three four five
    several many some both all each every another other no""".split()
)


def of_cues(text: str, cues: Cues) -> list[CueHit]:
    """The casualty cues that take their victim after "of" ("the killing of")."""
    return [
        cue
        for cue in cues.hits
        if cue.cue.category in CASUALTY_CATEGORIES and _OF_CUE.search(text, cue.start, cue.end)
    ]


def listed_victims(text: str, cue: CueHit, taken: set[int]) -> list[Binding]:
    """ "the killing of a farmer and his daughter", "the murder of Senator A and a judge":
    each listed person is one victim, when one of them is "a"/"an" and a person noun."""
    people = listed_people(text, cue.end, text.isupper(), limit=6)
    if not any(_A_PERSON.match(text, s[0] - 1) for s in people):
        return []
    return [person_binding(text, s, cue) for s in people if s[0] not in taken]


def one_victim(text: str, cue: CueHit, taken: set[int]) -> Binding | None:
    """ "the slaying of a 19-year-old", "the killing of his nephew", "the murder of the
    mayor's driver": one person by age or by a person noun after a one-person determiner."""
    match = _ONE_AFTER_OF.match(text, cue.end)
    if match is None:
        return _aged_one(text, cue, taken)
    if match.start("one") in taken:
        return None
    word = (match["noun"] or match["person"] or "").lower()
    modifier = (match["modifier"] or "").lower()
    if word not in PERSON_NOUNS and modifier in PERSON_NOUNS:
        word = modifier  # "the killing of his wife and ...": the person is the first word
    if word in GROUP_STOP or word in GROUP_END:
        word = ""  # "of a 16-year-old who ...": the age is the person
    if word == "couple" and match["age"] is None and not _OF_NEXT.match(text, match.end()):
        # "the bodies of an elderly couple": two people ("a couple of hours" is no one)
        start, end = match.span("one")
        return Binding(FigureSpan(start, end, Figure(2, 2, "exact", match["one"])), cue, word, 0)
    if match["age"] is None and word not in PERSON_NOUNS:
        return None
    if match["age"] is not None and word and word not in PERSON_NOUNS:
        return None  # "a 40-year-old law": an age, but no person
    if word and is_human_plural(word):
        return None  # "the deaths of the family's two children": a count, not one
    start, end = match.span("one")
    figure = FigureSpan(start, end, Figure(1, 1, "exact", match["one"]))
    return Binding(figure, cue, word or match["age"], 0)


def _aged_one(text: str, cue: CueHit, taken: set[int]) -> Binding | None:
    """ "the shooting death of 9-month-old Ana Roe": an age and a name (or a person noun),
    no determiner, is one victim."""
    match = _AGE_AFTER_OF.match(text, cue.end)
    if match is None:
        return _bare_one(text, cue, taken)
    if match.start("age") in taken:
        return None
    noun = match["noun"]
    if noun is not None and noun.lower() not in PERSON_NOUNS:
        return None  # "the collapse of 40-year-old roofs"
    start, end = match.span("age")
    figure = FigureSpan(start, end, Figure(1, 1, "exact", match["age"]))
    return Binding(figure, cue, noun or match["age"], 0)


def _bare_one(text: str, cue: CueHit, taken: set[int]) -> Binding | None:
    """ "the fatal shooting of teen", "murder of local man": a lone person noun with no
    determiner (headline English) is one victim; not after a determiner or a count, which
    the patterns above read ("the death of the victim" is a re-mention)."""
    if cue.end + 1 in taken:
        return None
    for pattern in _BARE_AFTER_OF:
        match = pattern.match(text, cue.end)
        if match is None or match["noun"].lower() not in PERSON_NOUNS:
            continue
        if (match.groupdict().get("modifier") or "").lower() in _NOT_MODIFIERS:
            return None
        if match["noun"][0].isupper() and text[cue.start].islower():
            return None  # "the killing of Senator Ivo Sarn": a title, unless title case
        start, end = match.span("noun")
        if end + 1 in taken:
            return None  # "the death of baby Ana Roe": the name after it is counted
        figure = FigureSpan(start, end, Figure(1, 1, "exact", match["noun"]))
        return Binding(figure, cue, match["noun"].lower(), 0)
    return None
