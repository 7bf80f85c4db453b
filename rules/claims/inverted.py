"""Victims after an inverted casualty clause: "Also killed were two firefighters", "Killed were
a teacher and her son", "Also injured in the blast was a vendor". News copy puts the
participle first to add victims to a story; the subject follows "was" or "were".
"""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.appositions import item_bindings, listed_items
from rules.claims.parts import Binding, SentenceParse

#: What may stand before the participle: the sentence's start, "also", or a clause break
#: ("; also killed was", ", and also injured were"); "found" may open it ("Found dead
#: inside the car were ...", round 8).
_OPENS = re.compile(
    r"(?:^[\"'“‘\s]*|[;:]\s*|,\s*and\s+|\band\s+(?=also\b))(?:also\s+)?(?:found\s+)?$",
    re.IGNORECASE,
)
#: A participle that says what befell them ("killed", "hurt", "shot dead"), not "died".
_PARTICIPLE = re.compile(r"(?:ed|hurt|shot|slain|dead)$", re.IGNORECASE)
#: Up to eight words of place or time, then "was" or "were": " in the blast was"; the present
#: of a coroner's list ("Dead are ...") too (round 8).
_TO_VERB = re.compile(
    r"(?:\s+(?!(?:was|were|are|is)\b)[\w'’-]+){0,8}?\s+(?:was|were|are|is)(?=\s)",
    re.IGNORECASE,
)


def inverted_victims(sent: SentenceParse) -> list[Binding]:
    """Each count or person listed after "[Also] killed ... was/were" at a clause's start."""
    text, upper = sent.text, sent.text.isupper()
    taken = {b.figure.start for b in sent.bound.values()}
    found: list[Binding] = []
    for cue in sent.cues.hits:
        if cue.cue.category not in CASUALTY_CATEGORIES:
            continue
        if not _PARTICIPLE.search(text, cue.start, cue.end):
            continue
        # "^" matches only at the sentence's start, whatever the window.
        if not _OPENS.search(text, max(0, cue.start - 40), cue.start):
            continue
        verb = _TO_VERB.match(text, cue.end)
        if verb is None:
            continue
        items = listed_items(text, verb.end(), sent.stated, upper)
        if any(item.start in taken for item in items):
            continue
        found.extend(item_bindings(text, items, cue, upper))
    return found
