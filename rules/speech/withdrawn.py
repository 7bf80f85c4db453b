"""A "recalled" of people or goods withdrawn, not of a memory told."""

from __future__ import annotations

from rules.tokens import Token

#: What a government, an army or a maker calls back: envoys, troops, goods (general English
#: of diplomacy and product news: "recalled its ambassador", "recalled 40,000 cars").
_WITHDRAWN = frozenset(
    """ambassador ambassadors envoy envoys diplomat diplomats consul consuls emissary
    delegation delegations staff troops soldiers forces peacekeepers contingent contingents
    product products vehicles cars models units batches batch shipments""".split()
)
#: What may stand between the verb and the withdrawn: a determiner, a number or an adjective
#: ("recalled its top diplomat", "recalled 40,000 cars").
_BEFORE_HEAD = frozenset("its their the his her own all some most top chief senior".split())


def recalls_withdrawn(tokens: list[Token], last: int) -> bool:
    """Is the object of "recalled" ending at ``last`` people or goods called back?

    >>> from rules.tokens import tokenize
    >>> recalls_withdrawn(tokenize("Norvalia recalled its ambassador on Friday."), 1)
    True
    >>> recalls_withdrawn(tokenize("The mayor recalled the flood."), 2)
    False
    """
    for token in tokens[last + 1 : last + 4]:
        if token.low in _WITHDRAWN:
            return True
        if not (token.low in _BEFORE_HEAD or token.text[:1].isdigit()):
            return False
    return False
