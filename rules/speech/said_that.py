"""What may stand between a verb of saying and the "it" of its clause: nothing, "that", or a
time or a medium before "that" ("said on Thursday evening that it", "said in a statement that
it"). Read by the silences (whose "it" is the speaker) and the refusal reports (51st session)."""

from __future__ import annotations

from rules.tokens import Token

#: Verbs of saying before a clause whose subject is "it": "said it would not comment".
_SAYING = frozenset("said says added adding replied stated insisted".split())
#: A time or a medium between the verb and its "that".
_SAID_WHEN = frozenset(
    """on in late early later earlier a its statement monday tuesday wednesday thursday
    friday saturday sunday morning afternoon evening night""".split()
)


def said_then(words: list[str]) -> bool:
    """Are ``words`` (lower case, between a verb of saying and "it") nothing, "that", or up to
    four words of time or medium and then "that"?"""
    if not words:
        return True
    if words[-1] != "that" or len(words) > 5:
        return False
    return all(w in _SAID_WHEN for w in words[:-1])


def after_saying(tokens: list[Token], p: int) -> bool:
    """Does "it" at ``p`` open the clause of a verb of saying ("said (that) it", "said on
    Monday that it")?"""
    for k in range(p - 1, max(p - 7, -1), -1):
        if tokens[k].low in _SAYING:
            return said_then([t.low for t in tokens[k + 1 : p]])
    return False
