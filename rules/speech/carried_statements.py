"""The outlet that carries a statement, named around its speaker and verb: "In a statement
carried by the Horizon Monitoring Service, the group said ...", "the group said in a video
posted by the Nadir news agency that ...".

The phrase names the medium of the statement (a statement, a video, a message) and the
outlet that published or relayed it, which is the statement's via. Only an outlet counts:
"in a statement posted by its media wing" or "in a video released by the group" name the
speaker's own channel, which relays nothing. General English of wire copy and broadcast
monitoring.
"""

from __future__ import annotations

import re

from rules.speech.cited import is_outlet
from rules.tokens import tokenize

#: The medium: "a statement", "a video", "an audio message", "a communique".
_MEDIUM = (
    r"(?:in|via|through)\s+(?:a|an|the|one)\s+(?:(?:written|brief|short|separate|online|new"
    r"|video|audio|televised|recorded)\s+)?(?:statement|video|message|post|communiqu(?:e|\u00e9)"
    r"|recording|broadcast|letter|posting|clip|audio)"
)
#: The outlet after a verb of publishing: "carried by X", "posted by X", "aired by X".
_BY_OUTLET = (
    r"\s+(?:carried|published|posted|quoted|cited|released|broadcast|aired|relayed|circulated"
    r"|distributed|shared)\s+by\s+(?P<via>[^,;:\"()]{2,60}?)"
)
#: Before the speaker, opening the sentence and closed by a comma.
_BEFORE = re.compile(rf"^\W*{_MEDIUM}{_BY_OUTLET}\s*,\s*$", re.IGNORECASE)
#: After the verb (and up to three words of its object or time: "claimed responsibility",
#: "said on Monday"), ended by a comma, "that", a time or the sentence's end.
_AFTER = re.compile(
    rf"^(?:\s+[\w'-]+){{0,3}}?\s*,?\s*{_MEDIUM}{_BY_OUTLET}"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:that|on|late|early|last)\b)",
    re.IGNORECASE,
)
#: The speaker's own channel: "its media wing", "their Telegram account".
_OWN = frozenset("its their his her our my your".split())


def carried_by(before: str, after: str) -> str | None:
    """The outlet that carried the statement, from the sentence's text ``before`` its source
    and cue or ``after`` its cue, or None.

    >>> carried_by("In a statement carried by the Horizon Monitoring Service, ", "")
    'the Horizon Monitoring Service'
    >>> carried_by("", " in a video posted by the Nadir news agency that 60 died.")
    'the Nadir news agency'
    >>> carried_by("", " responsibility in a statement carried by Radio Tamsa, saying")
    'Radio Tamsa'
    >>> carried_by("", " in a statement posted by its media wing.") is None
    True
    """
    # both patterns need "by" after the verb of publishing (no other character folds to "b"
    # or "y"): a text without it is passed over before the two matches
    if "by" not in before.lower() and "by" not in after.lower():
        return None
    match = _BEFORE.match(before) or _AFTER.match(after)
    if match is None:
        return None
    via = match["via"]
    words = tokenize(via)
    if not words or words[0].low in _OWN or not is_outlet(words):
        return None
    return via
