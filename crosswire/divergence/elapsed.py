"""An earlier event dated by the time since it: "Sixteen years after four people were killed
at a diner, police arrested a suspect", "It has been a year since a gunman killed 10".

The figure inside a clause opened by "N weeks/months/years after" or "since", set after a main
clause, belongs to an earlier event the news is measured against ("The stabbing came a year
after three men were shot dead on the same block", "It has been a year since a gunman killed
10"); ``background`` leaves it out of the key figure. Not a clause that opens the sentence:
"Four weeks after six people were killed at a party, police have a suspect" follows up the
article's own event, whose toll is the key figure. Days are left out: "two days after he was
shot" dates a follow-up too. Origin: general English of news follow-ups and anniversaries
(crime round 9).
"""

from __future__ import annotations

import re

#: The span of time and its conjunction: "a year after", "16 years after", "two months
#: since", "a decade after", "nearly three years after".
_ELAPSED = re.compile(
    r"\b(?:(?:nearly|almost|about|more\s+than|over|some|just)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|thirty|forty|fifty|several|a\s+few"
    r"|\d{1,3})\s+(?:weeks?|months?|years?|decades?)\s+(?:after|since)\s",
    re.IGNORECASE,
)
#: What ends the clause of the earlier event before the figure: a comma, a semicolon, a colon.
_CLAUSE_END = re.compile(r"[,;:]")
#: A sentence (or a clause after a colon or semicolon) that opens with the span of time:
#: "Sixteen years after ...", "Less than two months after ...", "A year since ...".
_OPENS = re.compile(r"(?:^|[;:])\W*(?:(?:less|more)\s+than\s+|only\s+|barely\s+)?$", re.IGNORECASE)


def in_elapsed_clause(sentence: str, at: int) -> bool:
    """Is the figure at offset ``at`` inside a clause dated by the time since it?"""
    for match in _ELAPSED.finditer(sentence, 0, at):
        if _OPENS.search(sentence, 0, match.start()):
            continue  # "Four weeks after six people were killed, police have a suspect"
        if not _CLAUSE_END.search(sentence, match.end(), at):
            return True
    return False
