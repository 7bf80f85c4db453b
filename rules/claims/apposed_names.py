"""A named victim set off by an age or a description before the verb (CB12): "Pablo Ruiz,
45, a former mayor, was murdered", "Ana Ruiz, who was shot"; moved from ``rules.claims.named``."""

from __future__ import annotations

import re

import re2

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.named import GAP, lacks_words, trailing_name
from rules.claims.parts import Binding, Cues
from rules.claims.suffered import SUFFERED_WOUND
from rules.model import Figure
from rules.numbers import ASCII_SPACE, FigureSpan, ascii_lacks

_VERBS = (
    r"(?:who\s+)?(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|murdered|assassinated|shot|stabbed|gunned\s+down|wounded|injured|hurt)\b"
    # How news reports a death: "Ana Ruiz, 45, was pronounced dead", "..., 45, died"
    r"|(?:who\s+)?(?:was|had\s+been)\s+(?:pronounced|declared|found)\s+dead\b"
    # "..., 45, has died of his wounds": the perfect of news updates too
    r"|(?:(?:has|had)\s+)?(?:later\s+|since\s+)?died\b"
    # and how it reports the wounded: "Ana Ruiz, 45, was hospitalized", "... was treated for"
    r"|(?:who\s+)?(?:was|had\s+been)\s+(?:hospitali[sz]ed|treated\s+for)\b"
)
# "Ana Ruiz, 45, suffered a gunshot wound": the cue after it says what was suffered
_VERB_AFTER_APPOSITION = _VERBS + r"|(?:who\s+)?" + SUFFERED_WOUND + r"\s"
#: A name, then an age or a description between commas, then the verb: "Ana Ruiz, 45, a
#: former mayor, was killed", "ANA RUIZ, WHO WAS SHOT". The name is checked by ``_is_name``.
#: The look-behind changes no match: where a letter precedes, a match could start there
#: too, and the scan would have found that one first. It spares the engine a try of the
#: whole pattern at every letter inside a word.
_APPOSED = re.compile(
    r"(?<![A-Z])(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,7})\s*,\s*(?:\d{1,3}\s*,\s*)?"
    r"(?:(?P<apposition>[^,.;:!?\"()]{1,80}),\s*)?(?=" + _VERB_AFTER_APPOSITION + ")",
    re.IGNORECASE,
)
#: The verb that ``_APPOSED`` looks ahead for, built from the same pattern: a sentence
#: without one cannot match, and ``_APPOSED`` tries every capitalised run before it fails,
#: so this search runs first.
_APPOSED_VERB = re.compile(_VERB_AFTER_APPOSITION.removeprefix(r"(?:who\s+)?"), re.IGNORECASE)
#: ``_APPOSED`` for RE2 over ASCII text, its look-ahead read as part of the match and the
#: look-arounds of "suffered" left out: every match of ``_APPOSED`` is inside one of these,
#: so a sentence without one is passed over in one linear pass (``numbers.ascii_lacks``).
_APPOSED_ASCII = re2.compile(
    (
        r"(?i)[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,7}\s*,\s*(?:\d{1,3}\s*,\s*)?"
        r"(?:[^,.;:!?\"()]{1,80},\s*)?(?:" + _VERBS + r"|(?:who\s+)?(?:suffered|sustained))"
    )
    .replace(r"\s", ASCII_SPACE)
    .encode("ascii")
)
#: ``_APPOSED_ASCII`` from the name's last character, its apposition of any length: a
#: superset that CB12's gate reads in the engine's RE2 set (``ExtraRule.hints``), where the
#: counted repeats of the full pattern would swell the set's automaton many times over.
APPOSED_HINTS = (
    re2.compile(
        (
            r"(?i)[\w'.-]\s*,\s*(?:\d{1,3}\s*,\s*)?"
            r"(?:[^,.;:!?\"()]+,\s*)?(?:" + _VERBS + r"|(?:who\s+)?(?:suffered|sustained))"
        )
        .replace(r"\s", ASCII_SPACE)
        .encode("ascii")
    ),
)
#: A word every branch of ``_VERB_AFTER_APPOSITION`` holds, in any case: a cheaper first test
#: than the search (kept in step with it; the CB12 examples fail when one is missing).
_APPOSITION_HINTS = ("was", "been", "died", "suffered", "sustained")


def _own_name_apposed(text: str, match: re.Match[str], upper: bool) -> bool:
    """Is the apposition a person's name after a capitalised body named with "the"?"""
    apposition = match.group("apposition")
    if upper or not apposition or trailing_name(apposition, upper) != apposition:
        return False
    body = _THE_BODY.search(match.group("name"))
    return body is not None and body.end() == len(match.group("name"))


#: "the" and a run of capitals that ends the words: a body's or a place's name ("for the
#: Orsk Ferry Company"), not a person's.
_THE_BODY = re.compile(r"\bthe\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))*$")


def apposed_named_victims(text: str, cues: Cues) -> list[Binding]:
    """ "Pablo Ruiz, 45, a former mayor, was murdered", "Ana Ruiz, who was shot": the name
    before an age or a description is one victim of the verb after it."""
    if lacks_words(text, _APPOSITION_HINTS) or ascii_lacks(_APPOSED_ASCII, text):
        return []
    if _APPOSED_VERB.search(text) is None:
        return []
    upper = text.isupper()
    found = []
    for match in _APPOSED.finditer(text):
        if _own_name_apposed(text, match, upper):
            # "A driver for the Orsk Ferry Company, Ivo Salm, was shot": the company's
            # name ends the description; the person's follows it
            start, end = match.span("apposition")
        else:
            name = trailing_name(match.group("name"), upper)
            if not name:
                continue
            end = match.end("name")
            start = end - len(name)
        index = cues.first_from(match.end())
        if index is None or cues.hits[index].start - match.end() > GAP:
            continue
        cue = cues.hits[index]
        if cue.cue.category not in CASUALTY_CATEGORIES:
            continue
        figure = FigureSpan(start, end, Figure(1, 1, "exact", text[start:end]))
        found.append(Binding(figure, cue, None, cue.start - end))
    return found
