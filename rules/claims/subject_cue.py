"""The casualty cue that a subject's words lead straight into: "... were pronounced dead".

Pure helper of the round-8 crime rules (CB67, CB68, CB88, CB89): a subject the figure rules
do not read (a possessed person, a list of ages, "the couple") is a claim only when its
clause's verb follows it directly, with nothing but auxiliaries and a few adverbs between.
"""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.parts import CueHit, SentenceParse

#: Auxiliaries and adverbs that may stand between a subject and its participle ("were both
#: later found", "have since been"); general English grammar.
_BETWEEN = re.compile(
    r"\s*(?:(?:were|was|are|is|have|has|had|been|being|both|all|each|also|later|since|then"
    r"|reportedly|allegedly|apparently|found|pronounced|declared)\s+)*",
    re.IGNORECASE,
)

_AUXILIARY = re.compile(r"\b(?:were|was|are|is|have|has|had|been|being)\b", re.IGNORECASE)


def cue_after_subject(sent: SentenceParse, end: int) -> CueHit | None:
    """The killed or wounded cue right after a subject ending at ``end``, or None.

    Only a cue whose figure stands before it (a passive or intransitive one: "were killed",
    "died", "were shot") and that starts where the auxiliaries after ``end`` stop; a bare
    participle only after an auxiliary ("the pair killed a boy" is active), "died" and
    "dead" also without one.
    """
    index = sent.cues.first_from(end)
    if index is None:
        return None
    hit = sent.cues.hits[index]
    if not hit.cue.before or hit.cue.category not in CASUALTY_CATEGORIES:
        return None
    between = _BETWEEN.fullmatch(sent.text, end, hit.start)
    if between is None:
        return None
    # "the pair killed a boy": with no auxiliary the participle may be an active verb
    word = sent.low[hit.start : hit.end]
    dies = word.startswith(("die", "dead")) or _AUXILIARY.match(word) is not None  # "have died"
    return hit if dies or _AUXILIARY.search(between.group()) else None
