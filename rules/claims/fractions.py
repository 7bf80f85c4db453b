"""A share of a stated whole: "half of the 40 passengers", "most of the 300 residents".

The figure in such a phrase counts the whole, not the people the cue is about: "half of the
40 passengers were injured" states 20 injured, "most of the 300 residents fled" an unknown
number. ``share_of_whole`` turns the whole's figure into the share's:

* fractions give the whole times the fraction ("half" 1/2, "a third" 1/3, "two-thirds" 2/3,
  "a quarter" 1/4, "three-quarters" 3/4, "one in five" 1/5), rounded and approximate when it
  is no whole number ("half of the 41"), otherwise exact unless a qualifier stands before
  the fraction ("roughly half" approximately, "more than half" more_than, "nearly half"
  almost, "at least half" at_least), and only when the whole is exact;
* the whole may be owned: "a third of the town's 9,000 residents";
* quantifiers ("most", "many", "some", "several", "a few", "the majority", "the rest",
  "the remainder") give an unspecified figure: people are counted, but not how many ("the
  rest of the 20 on board are presumed dead" is not 20 dead).

Origin: English fractions and quantifiers (general grammar), not any corpus.
"""

from __future__ import annotations

import re

from rules.model import Figure, Qualifier
from rules.number_values import integral, number_value
from rules.numbers import FigureSpan, bounded_figure

_FRACTIONS = {
    "half": 1 / 2,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two thirds": 2 / 3,
    "a quarter": 1 / 4,
    "one quarter": 1 / 4,
    "three quarters": 3 / 4,
}

_QUALIFIERS: dict[str, Qualifier] = {
    "roughly": "approximately",
    "about": "approximately",
    "around": "approximately",
    "some": "approximately",
    "nearly": "almost",
    "almost": "almost",
    "more than": "more_than",
    "over": "more_than",
    "at least": "at_least",
}

_SHARE_BEFORE = re.compile(
    r"\b(?:(?P<q>roughly|about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?"
    r"(?:(?P<fraction>half|(?:a|one|two)[\s-]thirds?|(?:a|one|three)[\s-]quarters?"
    r"|(?:one|1)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}))"
    r"(?:\s+of)?"
    r"|(?P<quantifier>most|many|some|several|a\s+few|the\s+majority|a\s+majority|the\s+rest"
    r"|the\s+remainder)\s+of)"
    r"\s+(?:the(?:\s+[a-z]+['\u2019]s)?|those|these|their|its|his|her|our)\s+$",
    re.IGNORECASE,
)

#: The last letters of the determiners that end ``_SHARE_BEFORE`` in any case, the long s
#: too (which it reads as "s"): a cheap test before the pattern is tried at 48 places.
_DETERMINER_ENDS = frozenset("eErRsS\u017f")


def may_share(text: str, lo: int, end: int) -> bool:
    """Can ``_SHARE_BEFORE`` match ``text[lo:end]`` up to ``end``? Not unless a determiner's
    last letter and then spaces stand right before ``end``."""
    return text[lo:end].rstrip()[-1:] in _DETERMINER_ENDS


def _fraction(words: str) -> float | None:
    """The share "half", "two-thirds" or "one in five" names, or None."""
    key = " ".join(words.lower().replace("-", " ").split())
    if " in " in key:
        n = number_value(key.split(" in ")[1])
        return 1 / n if n else None
    return _FRACTIONS.get(key)


def share_of_whole(text: str, span: FigureSpan) -> FigureSpan | None:
    """The share the words before ``span`` take of it, or None when they take none."""
    if span.figure.qualifier != "exact":
        return None
    lo = max(0, span.start - 48)
    if not may_share(text, lo, span.start):
        return None
    match = _SHARE_BEFORE.search(text, lo, span.start)
    if match is None or match.end() != span.start:
        return None
    phrase = text[match.start() : span.end]
    if match.group("quantifier"):
        return FigureSpan(match.start(), span.end, Figure(None, None, "unspecified", phrase))
    fraction = _fraction(match.group("fraction"))
    whole = span.figure.min
    if fraction is None or whole is None:
        return None
    share = whole * fraction
    value = integral(round(share))
    words = match.group("q")
    qualifier = _QUALIFIERS[" ".join(words.lower().split())] if words else "exact"
    if qualifier == "exact" and abs(share - value) > 1e-9:
        qualifier = "approximately"  # "half of the 41 passengers" is about 20, not exactly
    figure = bounded_figure(value, qualifier, phrase)
    return FigureSpan(match.start(), span.end, figure)
