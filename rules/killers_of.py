"""Agent nouns whose "of" names things, not people: "the killers of two title bids", "the
killers of 300 small firms" (review 20; general English). Read by ``rules.cue_context``."""

from __future__ import annotations

import re

from rules.nouns import is_human_plural, is_person_noun

#: Nouns for those who kill or abduct ("the killers of", ``rules.cue_rows.KILLERS_OF``).
AGENTS = ("killer", "murderer", "assassin", "kidnapper", "abductor")

#: Where the phrase after an agent noun's "of" ends: punctuation or a word that goes on.
_PHRASE_END = re.compile(
    r"[,.;:!?()]|\b(?:at|in|from|on|near|by|with|for|to|during|who|that|and|or|was|were|is"
    r"|are|had|have|has|will|would|could|remain|remained|escaped|fled)\b",
    re.IGNORECASE,
)


def things_killed(tail: str) -> bool:
    """Does the phrase after "the killers of" end in a noun that names no people ("two title
    bids", "300 small firms")? A bare count ("the killers of five"), a name or people read on."""
    stop = _PHRASE_END.search(tail)
    words = re.findall(r"[\w'-]+", tail[: stop.start() if stop else len(tail)])
    if not words:
        return False
    if any(w[:1].isupper() or is_human_plural(w) or is_person_noun(w.lower()) for w in words[:6]):
        return False  # "the killers of Ana Ruiz", "the kidnappers of two aid workers demanded"
    return any(not (w[:1].isdigit() or w.lower() in _COUNT_WORDS) for w in words)


#: Counts that stand alone for people: "the killers of five".
_COUNT_WORDS = frozenset(
    "the a an one two three four five six seven eight nine ten eleven twelve dozens".split()
)
