"""The fate of people told by the main verb after a relative clause of being shot.

"Three diners who were shot remain in hospital" are three wounded, "two men who were shot
died" two killed: the relative clause ("who were shot") only picks out the people, and the
main verb after it tells what became of them. Origin: general English grammar (a relative
clause modifies its noun; the sentence's predicate follows it) and the register of crime
reports, where the shot are then said to "remain hospitalized" or to have "died".
"""

from __future__ import annotations

import re
from dataclasses import replace

from rules.claims.parts import Binding, CueHit, Cues

#: Between the people and "shot": a relative pronoun and a passive auxiliary only.
_RELATIVE = re.compile(
    r"\s+(?:who|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?$",
    re.IGNORECASE,
)
#: Between "shot" and the main predicate's cue: the relative clause's own adjuncts (up to
#: eight words, no clause word: "outside the Tarrow bar"), then the predicate's auxiliaries
#: and adverbs ("remain hospitalized", "are in stable condition", "have since died").
_PREDICATE_GAP = re.compile(
    r"(?:\s+(?!(?:and|but|or|where|when|while|after|before|as|because|said|says|told|who"
    r"|that|which)\b)[\w'-]+){0,8}?"
    r"(?:\s+(?:remain|remains|remained|are|were|is|was|have|has|had|been|all|both|still|now"
    r"|since|later|also))*\s+",
    re.IGNORECASE,
)
#: The categories a main verb can settle the shot into.
_FATES = frozenset(("wounded", "killed"))


def fate_after_relative(text: str, cues: Cues, binding: Binding) -> Binding:
    """``binding`` recategorised when it counts people "who were shot" and the sentence's
    main verb right after that clause tells their fate; else unchanged."""
    cue = binding.cue
    if cue.cue.category != "killed_or_wounded" or cue.start < binding.figure.end:
        return binding
    if not _RELATIVE.search(text, binding.figure.end, cue.start):
        return binding
    index = cues.first_from(cue.end)
    if index is None:
        return binding
    main = cues.hits[index]
    if main.cue.category not in _FATES or not _PREDICATE_GAP.fullmatch(text, cue.end, main.start):
        return binding
    return replace(binding, cue=CueHit(cue.start, cue.end, main.cue))
