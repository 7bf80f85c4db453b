"""One person with a phrase after the noun, before a passive casualty participle: "a vendor
walking past the stall was wounded", "a technician of the Orsk radio station was also
killed", "a man, who was guarding the gate, was shot dead" (CB74).

The article rules (CB01) read a person only right before the verb. Origin: general English
grammar of news reports: a noun phrase may carry a participle phrase, an "of"/"from" phrase or
a relative clause between its noun and its verb.
"""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.fates import DIED_THERE
from rules.claims.parts import Binding, CueHit, Cues
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: The passive auxiliary right before the participle, with degree words: "was also".
_AUX_BEFORE = re.compile(
    r"\b(?:was|has\s+been|had\s+been)\s+(?:(?:also|reportedly|seriously|slightly|critically"
    r"|badly|gravely|fatally)\s+)*$",
    re.IGNORECASE,
)
#: One person: an article or "one", up to two modifiers, a person noun.
_ONE_PERSON = re.compile(
    r"\b(?P<one>an?|one)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[A-Za-z-]+)\b", re.IGNORECASE
)
#: What may stand between the person and the auxiliary: a relative clause between commas, a
#: relative clause without them, a participle phrase, an "of"/"from" phrase.
_POSTMODIFIER = re.compile(
    r"\s*,\s*(?:who|whom)\s[^,;:.!?\"]{1,100},\s*"
    r"|\s+(?:who|that)\s[^,;:.!?\"]{1,80}?\s+"
    r"|\s+[a-z]{2,}ing\s[^,;:.!?\"]{0,80}?\s+"
    r"|\s+(?:of|from)\s[^,;:.!?\"]{1,60}?\s+",
    re.IGNORECASE,
)
#: Words that make the phrase a clause about someone else: "a man who said his son was ...".
_OTHER_CLAUSE = re.compile(
    r"\b(?:said|says|told|tells|saw|heard|believes|thinks|reported|claimed|his|her|their"
    r"|its|whose|was|were|is|are)\b",
    re.IGNORECASE,
)
_OUTCOMES = CASUALTY_CATEGORIES - {"killed_or_wounded"}
_PARTICIPLE = re.compile(r"(?:ed|hurt|shot|slain|dead)$", re.IGNORECASE)


def postmodified_people(text: str, cues: Cues, bound: list[Binding]) -> list[Binding]:
    """Each "a|an|one ... <person noun>" whose phrase after the noun runs to "was <cue>",
    when no binding counts that person yet."""
    taken = [(b.figure.start, b.figure.end) for b in bound]
    result = []
    for cue in cues.hits:
        if not _participle(text, cue):
            continue
        aux = _AUX_BEFORE.search(text, max(0, cue.start - 40), cue.start)
        if aux is None:
            continue
        window = max(0, aux.start() - 160)
        for person in _people(text, window, aux.start()):
            between = text[person.end() : aux.start()]
            phrase = _POSTMODIFIER.fullmatch(between)
            if phrase is None or _relative_about_others(between):
                continue
            start, end = person.span("one")
            if any(s <= start < e for s, e in taken) or cues.any_between(person.end(), aux.start()):
                continue
            figure = FigureSpan(start, end, Figure(1, 1, "exact", text[start:end]))
            result.append(Binding(figure, cue, person["noun"], cue.start - end))
            break
    return result


#: The words after an article, with the given number of modifiers before the noun.
_NOUN_AFTER = [re.compile(rf"(?:[\w-]+\s+){{{n}}}(?P<noun>[A-Za-z-]+)\b") for n in range(3)]


def _people(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Each person told by an article and a person noun between ``start`` and ``end``, with
    the fewest modifiers that reach one ("a sound technician", not "a sound"); a match of
    ``_ONE_PERSON``, whose groups the caller reads."""
    found = []
    for article in _ONE_PERSON_START.finditer(text, start, end):
        for noun in _NOUN_AFTER:
            words = noun.match(text, article.end(), end)
            if words is not None and words["noun"].lower() in PERSON_NOUNS:
                person = _ONE_PERSON.fullmatch(text, article.start(), words.end())
                if person is not None:
                    found.append(person)
                break
    return found


#: Where ``_ONE_PERSON`` may start: its article.
_ONE_PERSON_START = re.compile(r"\b(?:an?|one)\s+", re.IGNORECASE)


def _participle(text: str, cue: CueHit) -> bool:
    """A participle that tells the outcome: killed or wounded, not a bare "shot" (which a
    consumer reads as wounded unless a death is told, so a subject read from afar would
    add a wounded person to a story of one death). "shot by a deputy and later died"
    tells the death in its own clause (the merge's ``died_after`` makes it killed)."""
    if not cue.cue.before or not _PARTICIPLE.search(text, cue.start, cue.end):
        return False
    if cue.cue.category in _OUTCOMES:
        return True
    return cue.cue.category == "killed_or_wounded" and bool(
        DIED_THERE.match(text, cue.end, cue.end + 130)
    )


def _relative_about_others(between: str) -> bool:
    """A restrictive clause or phrase with its own subject or report: "who said his ..."."""
    if between.lstrip().startswith(","):
        return False  # a clause between commas closes before the verb
    # "who was passing by": the progressive's auxiliary is the person's own ("a man who was
    # walking his dog was killed"), not a clause about someone else
    progressive = _PROGRESSIVE.match(between)
    return bool(_OTHER_CLAUSE.search(between, progressive.end() if progressive else 0))


#: A relative clause in the progressive: its subject is the person ("who was working").
_PROGRESSIVE = re.compile(r"\s+(?:who|that)\s+(?:was|were)\s+(?=[a-z]{2,}ing\b)", re.IGNORECASE)
