"""An accusation told by "blamed": "The army blamed the rebels for the shelling", "Officials
blamed the violence on a feud" (the object, then the cause). Not "was blamed by critics",
"the losses he blamed on the drought" (the object fronted), "blamed the attack on Tuesday"
(a date after "on"). General English of news reports.
"""

from __future__ import annotations

from rules.calendar import MONTHS, WEEKDAYS
from rules.nouns import is_human_plural
from rules.tokens import Token

#: What "on" may take that is a date, not a cause: "on Tuesday", "on March 3".
_DATES = frozenset(WEEKDAYS) | frozenset(MONTHS)


def blame_told(tokens: list[Token], last: int, ahead: list[str]) -> bool:
    """Is the "blamed" ending at token ``last`` an accusation told, with ``ahead`` the words
    after it: an object, then "for" or "on" and the cause, in the active voice?

    >>> from rules.tokens import tokenize
    >>> def told(text: str) -> bool:
    ...     tokens = tokenize(text)
    ...     k = next(i for i, t in enumerate(tokens) if t.low == "blamed")
    ...     return blame_told(tokens, k, [t.text for t in tokens[k + 1 : k + 25]])
    >>> told("Officials blamed the violence on a feud."), told("He blamed the attack on Tuesday.")
    (True, False)
    """
    on = next((k for k in range(1, min(8, len(ahead))) if ahead[k] == "on"), None)
    dated = on is not None and on + 1 < len(ahead) and ahead[on + 1].lower() in _DATES
    if on is not None and ("," in ahead[:on] or dated):
        on = None  # "blamed the attack on Tuesday", "blamed the rebels, who attacked on"
    if "for" not in ahead[1:6] and on is None and not _party_blamed(ahead):
        return False
    before = tokens[last - 1].low if last > 0 else ""
    after = tokens[last + 1].low if last + 1 < len(tokens) else ""
    return after != "by" and before not in ("was", "were", "been", "is", "are", "be", ",")


#: What an accused party's phrase may open with before its name: "the", "neighbouring".
_OPENERS = frozenset("the a an neighbouring neighboring rival local armed".split())


def _party_blamed(ahead: list[str]) -> bool:
    """ "The army blamed the Free Highlands Front", "Residents blamed herders": a party named
    as the culprit with no cause after it (a name or a plural of people), not "blamed
    himself" or "blamed the weather"."""
    k = 0
    while k < min(3, len(ahead)) and ahead[k].lower() in _OPENERS:
        k += 1
    if k >= len(ahead):
        return False
    word = ahead[k]
    return (word[:1].isupper() and word.isalpha()) or is_human_plural(word.lower())
