"""A cue word in another sense, read after it: "dead" in an idiom ("a dead heat", "dead
links", "a dead end"), and an election's "casualties" (the seats and leaders a vote cost a
party) in a sentence of votes and seats that tells no harm.

General English; read by ``rules.cue_context.out_of_place``.

>>> text = "The two horses finished in a dead heat."
>>> other_sense("dead", text, text.index("dead") + 4)
True
>>> text = "Two men were found dead in the car."
>>> other_sense("dead", text, text.index("dead") + 4)
False
>>> text = "Among the casualties were three council leaders who lost their seats."
>>> other_sense("casualties", text, text.index("casualties") + 10)
True
>>> text = "Poll-day violence left 12 casualties at two polling stations."
>>> other_sense("casualties", text, text.index("casualties") + 10)
False
"""

from __future__ import annotations

import re

from rules.hyperbole import sentence_of

#: "dead" in an idiom of no one dead: "finished in a dead heat", "a dead end", "in the dead
#: of night", "a dead ringer", "dead links", "a dead battery" (general English).
_DEAD_IDIOM = re.compile(
    r"\s+(?:heat|heats|end|ends|ringer|weight|giveaway|centre|center|links?|batter(?:y|ies)"
    r"|of\s+(?:night|winter))\b",
    re.IGNORECASE,
)


#: Words of a vote's result, and words of harm (general English of election and crime news).
_ELECTION = re.compile(
    r"\b(?:elections?|electoral|votes?|voters|ballots?|polls?|seats?|constituenc(?:y|ies)"
    r"|(?:second|third|fourth|fifth)\s+place|re-?elect(?:ed|ion)|ousted|majority)\b",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"\b(?:killed|dead|died|deaths?|wounded|injur(?:ed|ies)|hurt|shot|stabbed|attacks?|violence"
    r"|clash(?:es)?|bomb\w*|hospitals?|gunmen|police)\b",
    re.IGNORECASE,
)


def other_sense(word: str, text: str, end: int) -> bool:
    """Whether the cue ``word`` (lower case) that ends at ``end`` is used in another sense."""
    if word == "dead":
        return _DEAD_IDIOM.match(text, end) is not None
    if word != "casualties":
        return False
    sentence = sentence_of(text, end - len(word), end)
    return _ELECTION.search(sentence) is not None and _HARM.search(sentence) is None
