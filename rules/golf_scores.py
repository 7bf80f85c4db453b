"""Golf scores read as numbers of people shot: "shot a 4-under-par 68", "shot 79 and 81".

A golfer "shoots" a score, so sports copy puts a number right after "shot" with no people
after it. A score is two digits between 55 and 99 after a verb of scoring ("shot", "carded",
"posted"), with "a" before it or golf words around it; a stroke count against par ("4-under",
"two over par") is no count of people either. General knowledge of golf reporting.
"""

from __future__ import annotations

import re

from rules.number_values import number_value

#: "4-under-par", "two over par", "3-over": strokes against par after the figure; not "two
#: over the weekend", where "over" opens a phrase of its own.
_AGAINST_PAR = re.compile(
    r"(?:-|\s+)(?:under|over)(?:[- ]par\b|\b(?!\s+(?:the|a|an|his|her|their|its|this|that)\b))",
    re.IGNORECASE,
)
#: A verb of scoring (and an optional "a", strokes against par) right before the figure, or
#: a score listed after one ("shot 79 and 81").
_SCORED_BEFORE = re.compile(
    r"\b(?P<verb>shot|shoots|shooting|carded|cards|carding|posted|posting)\s+"
    r"(?P<article>an?\s+)?(?:[\w]+[- ](?:under|over)(?:[- ]par)?\s+)?"
    r"(?:\d\d\s*(?:,\s*|\s+and\s+))?$",
    re.IGNORECASE,
)
#: Words of a round of golf near the figure.
_GOLF_WORDS = re.compile(
    # not "a round of attacks", "a second round of shelling": "round of" counts a golf score
    # or golf only ("a round of 68", "a round of golf")
    r"\b(?:par|birdies?|bogeys?|eagles?|holes?|rounds?(?!\s+of\s+(?!golf\b)[a-z])|strokes?"
    r"|tee|fairways?|greens?"
    r"|putts?|the\s+cut|leaderboard)\b",
    re.IGNORECASE,
)
#: People after the figure make it a count ("shot 60 protesters").
_PEOPLE_NEXT = re.compile(r"\s+(?:people|persons|[a-z]+men|[a-z]+ers|[a-z]+ists)\b", re.I)


def is_golf_score(text: str, start: int, end: int, bare: str) -> bool:
    """Is the figure ``bare`` at ``start:end`` a golf score or strokes against par?"""
    strokes = number_value(bare.lower())
    if _AGAINST_PAR.match(text, end) and strokes is not None and strokes < 20:
        return bool(_GOLF_WORDS.search(text, max(0, start - 150), end + 150))
    if not (bare.isdigit() and len(bare) == 2 and 55 <= int(bare) <= 99):
        return False
    scored = _SCORED_BEFORE.search(text, max(0, start - 40), start)
    if scored is None or _PEOPLE_NEXT.match(text, end):
        return False
    return bool(scored["article"]) or bool(_GOLF_WORDS.search(text, max(0, start - 150), end + 150))


def may_be_golf(before: str, after: str) -> bool:
    """The cheap test before ``is_golf_score``: a verb of scoring in the words ``before`` the
    figure ("shot", "carded", "posted"), or "under", "over" or a hyphen right ``after`` it, as
    in strokes against par."""
    scoring = "shot" in before or "card" in before or "post" in before
    return scoring or after[:1] == "-" or after[:6].lower() in (" under", " over ")
