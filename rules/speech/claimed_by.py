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


def act_claimed_by(tokens: list[Token], last: int, source: tuple[int, int]) -> bool:
    """Is the cue ending at token ``last`` ("claimed") a passive with its agent ("by")
    whose subject (``source``, as character offsets) ends in an act of violence?"""
    if last + 1 >= len(tokens) or tokens[last + 1].low != "by":
        return False
    head = next((t for t in reversed(tokens[:last]) if t.end <= source[1] and t.is_word), None)
    return head is not None and head.low in _ACTS
