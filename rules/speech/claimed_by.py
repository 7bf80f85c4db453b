"""AT21: an act "claimed by" a group is no statement of the act.

"The ambush, claimed by the insurgents, killed nine soldiers" and "the bombing was claimed
by a separatist group" say who took responsibility for an act; the act (an attack, a
bombing) is no speaker. Only acts of violence named by their noun before the verb: a
person or a body "claimed by" someone may still be reported speech in political news.
Origin: general English of conflict and terrorism news ("claimed responsibility").

>>> from rules.tokens import tokenize
>>> tokens = tokenize("The blast, claimed by the rebels, killed four guards.")
>>> act_claimed_by(tokens, 3, (0, 9))
True
>>> tokens = tokenize("The rebels claimed that the blast killed four guards.")
>>> act_claimed_by(tokens, 2, (0, 10))
False
"""

from __future__ import annotations

from rules.tokens import Token

#: Acts of violence that are claimed: general English of conflict and terrorism news.
_ACTS = frozenset(
    """attack attacks ambush ambushes bombing bombings blast blasts explosion explosions
    killing killings assassination kidnapping kidnappings abduction raid raids strike strikes
    shooting shootings massacre operation assault hijacking""".split()
)


#: The pronouns that open a relative clause on the subject: "which claimed the attack".
_RELATIVES = frozenset(("which", "who", "that"))


def act_claimed_by(tokens: list[Token], last: int, source: tuple[int, int]) -> bool:
    """Is the cue ending at token ``last`` ("claimed") a passive with its agent ("by")
    whose subject (``source``, as character offsets) ends in an act of violence, or a
    relative clause that tells the act its subject claimed ("The Front, which claimed the
    attack, said": the statement is the main verb's)?

    >>> from rules.tokens import tokenize
    >>> tokens = tokenize("The Front, which claimed the attack, said 70 died.")
    >>> act_claimed_by(tokens, 4, (0, 9))
    True
    """
    if last + 1 >= len(tokens):
        return False
    if last > 0 and tokens[last - 1].low in _RELATIVES:
        return _act_closed(tokens, last + 1)
    if tokens[last + 1].low != "by":
        return False
    head = next((t for t in reversed(tokens[:last]) if t.end <= source[1] and t.is_word), None)
    return head is not None and head.low in _ACTS


#: Determiners before the act claimed: "the attack", "its latest bombing".
_DETERMINERS = frozenset("the a an its their this that".split())


def _act_closed(tokens: list[Token], k: int) -> bool:
    """Does an act (or "responsibility" for one) start at ``k`` and close the relative clause
    with a comma ("which claimed the attack,"), no verb after it ("which claimed the shooting
    was an accident" reports a claim)?"""
    while k < len(tokens) and tokens[k].low in _DETERMINERS:
        k += 1
    if k >= len(tokens) or tokens[k].low not in _ACTS | {"responsibility"}:
        return False
    end = next((j for j in range(k + 1, min(len(tokens), k + 12)) if tokens[j].text == ","), None)
    if end is None:
        return False
    return not any(t.low in _VERBS or _past(t.low) for t in tokens[k + 1 : end])


def _past(word: str) -> bool:
    """A past tense that makes a clause of the words after the act ("the attack killed 40")."""
    return len(word) > 4 and word.endswith("ed") and word != "claimed"


#: Verbs that would make the words after the act a clause of their own.
_VERBS = frozenset("was were is are had has have been left hit shot".split())
