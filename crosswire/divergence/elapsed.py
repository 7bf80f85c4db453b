"""An earlier event dated by the time since it: "The stabbing came a year after three men
were shot dead on the same block".

The figure inside a clause opened by "N weeks/months/years after" or "since", set after a main
clause that sets the news beside it ("came", "happened"), belongs to an earlier event the
news is measured against ("The stabbing came a year after three men were shot dead on the
same block"); ``background`` leaves it out of the key figure. Not a clause that opens the sentence:
"Four weeks after six people were killed at a party, police have a suspect" follows up the
article's own event, whose toll is the key figure. Days are left out: "two days after he was
shot" dates a follow-up too. Origin: general English of news follow-ups and anniversaries
(crime round 9).
"""

from __future__ import annotations

import re

from rules.figure_patterns import UNITS

#: The span of time and its conjunction: "a year after", "16 years after", "two months
#: since", "a decade after", "nearly three years after".
_NUMBER_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))  # the project's number words
_ELAPSED = re.compile(
    r"\b(?:(?:nearly|almost|about|more\s+than|over|some|just)\s+)?"
    rf"(?:a|an|{_NUMBER_WORDS}|several|a\s+few|\d{{1,3}})"
    r"\s+(?:weeks?|months?|years?|decades?)\s+(?:after|since)\s",
    re.IGNORECASE,
)
#: What ends the clause of the earlier event before the figure: a comma, a semicolon, a colon.
_CLAUSE_END = re.compile(r"[,;:]")
#: A sentence (or a clause after a colon or semicolon) that opens with the span of time:
#: "Sixteen years after ...", "Less than two months after ...", "A year since ...".
_OPENS = re.compile(r"(?:^|[;:])\W*(?:(?:less|more)\s+than\s+|only\s+|barely\s+)?$", re.IGNORECASE)


#: The main clause that sets one event beside an earlier one: "The stabbing came a year
#: after ...", "The crash happened two years after ...". A main clause of the story's own
#: follow-up ("Police arrested a suspect a week after ...", "A third man died three weeks
#: after ...", "It has been two weeks since the earthquake ..., and aid has yet to arrive")
#: keeps its toll: review 16.
_SET_BESIDE = re.compile(r"\b(?:came|comes|happened|happens|occurred|occurs)\b", re.IGNORECASE)
#: "It has been a year since ...": an anniversary measures the news against a past event;
#: with weeks or months it is the story's own aftermath ("It has been two weeks since the
#: earthquake that killed 300, and aid has yet to arrive").
_ANNIVERSARY = re.compile(r"\bit\s+(?:has|had|'s|’s)\s+been\b", re.IGNORECASE)
_YEARS = re.compile(r"\b(?:years?|decades?)\b", re.IGNORECASE)


def in_elapsed_clause(sentence: str, at: int) -> bool:
    """Is the figure at offset ``at`` inside a clause dated by the time since it?"""
    for match in _ELAPSED.finditer(sentence, 0, at):
        if _OPENS.search(sentence, 0, match.start()):
            continue  # "Four weeks after six people were killed, police have a suspect"
        years = _YEARS.search(match.group(0)) is not None
        if not (
            _SET_BESIDE.search(sentence, 0, match.start())
            or (years and _ANNIVERSARY.search(sentence, 0, match.start()))
        ):
            continue
        if not _CLAUSE_END.search(sentence, match.end(), at):
            return True
    return False
