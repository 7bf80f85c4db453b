"""A toll raised from its old value by the deaths a sentence adds, with no new value told.

"Divers recovered three more bodies on Friday, raising the toll from eight": the sentence
gives the added dead (3) and the old toll (8, CB124's ``EarlierValue``), and the toll it
now stands at is their sum, 11; so is "the toll had climbed from eight after divers found
three more bodies". Pure helper of ``latest_toll.new_toll``; a sentence that
tells the new toll ("raising the toll to 11") is ``new_toll``'s own case.
"""

from __future__ import annotations

import re
from dataclasses import replace

from crosswire.divergence.model import StatedClaim
from rules.number_values import number_value

#: An old toll the sentence raises, with no new value after it: "raising the toll from
#: eight", "pushing the official count from 12," (not "lowering the toll from": the dead
#: added cannot lower it; not "from eight to 11": ``new_toll`` reads the new value).
#: Or a toll that "had climbed from 20 ... after divers found three more bodies": the added
#: may then come after it (``risen``). A new value "to 25" is looked for up to the clause's
#: comma only ("raising the toll from eight, and up to 9 were still missing" raises it still).
_RAISED_FROM = re.compile(
    r"\b(?:(?:raising|raised|pushing|pushed|lifting|lifted|increasing|increased|bringing"
    r"|brought)\s+(?:(?:the|its|their)\s+)?(?:[\w'-]+\s+){0,2}?(?:toll|count|tally|total)"
    r"|(?:toll|count|tally|total)\s+(?:(?:had|has)\s+)?(?P<risen>climbed|risen|rose|grown|grew"
    r"|jumped|increased))\s+from\s+"
    r"(?:an?\s+)?(?:(?:earlier|initial|previous)\s+)?(?P<old>\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
    r"(?!\s+to\b)(?![^.;,]*\bto\s+(?:at\s+least\s+)?\d)"
    r"(?=\s*[,.;]|\s+(?:on|late|early|a|the|in|at|after|as|when|overnight)\b)",
    re.IGNORECASE,
)
#: A count of dead added to a toll: "three more bodies", "two further deaths".
_MORE_AFTER = re.compile(r"\s+(?:more|further|additional)\b", re.IGNORECASE)
#: ... or "a further two", "another three".
_MORE_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional)\s+$", re.IGNORECASE)


def raised_from(parts: list[StatedClaim]) -> StatedClaim | None:
    """The toll a sentence's added dead raise its old value to, or None.

    ``parts`` are one sentence's claims of one category; the old value is read from the
    sentence's words (the rules give it as an ``EarlierValue`` claim, which the key sets
    aside as background). The added are the sentence's counts told as more ("three more
    bodies", "a further two"). Returns the first added claim with ``stated`` replaced by the
    sum.
    """
    if not parts:
        return None
    raised = _RAISED_FROM.search(parts[0].text)
    old = number_value(raised["old"]) if raised else None
    if old is None or raised is None:
        return None
    more = [
        c
        for c in parts
        if c.stated and _added(c) and (raised["risen"] or (c.figure_start or 0) < raised.start())
    ]
    if not more:
        return None
    return replace(more[0], stated=old + sum(c.stated or 0 for c in more), single=False)


def _added(claim: StatedClaim) -> bool:
    if claim.figure_start is None:
        return False
    end = claim.figure_start + len(claim.figure_text)
    before = claim.text[max(0, claim.figure_start - 20) : claim.figure_start]
    return bool(_MORE_AFTER.match(claim.text, end) or _MORE_BEFORE.search(before))
