"""A "recalled" of people or goods withdrawn, not of a memory told."""

from __future__ import annotations

from rules.nouns import MILITARY
from rules.tokens import Token

#: What a government, an army or a maker calls back: envoys, troops, goods (general English
#: of diplomacy and product news: "recalled its ambassador", "recalled 40,000 cars").
_WITHDRAWN = MILITARY | frozenset(
    """ambassador ambassadors envoy envoys diplomat diplomats consul consuls emissary
    delegation delegations staff contingent contingents product products vehicles cars
    models units batches batch shipments""".split()
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
    owned = False
    for k in range(last + 1, min(len(tokens), last + 4)):
        token = tokens[k]
        if token.low in _WITHDRAWN:
            return not _clause_follows(tokens, k + 1, owned)
        if not (token.low in _BEFORE_HEAD or token.text[:1].isdigit()):
            return False
        owned = owned or token.low in _OWNERS
    return False


#: Determiners of what a party calls back as its own ("recalled its ambassador, who ...").
_OWNERS = frozenset("its their his her own".split())
#: Words after a noun not owned that tell of the people remembered ("recalled the militiamen,
#: drunk and shouting, who killed nine farmers", "recalled the soldiers who came at night").
_DESCRIBED = frozenset(", who whom that".split())


#: Words after the noun that make it the subject of a recalled clause ("recalled the troops
#: had fired", "recalled soldiers dragging 12 men").
_CLAUSE_OPENERS = frozenset("had have has were was would could did".split())


def _clause_follows(tokens: list[Token], k: int, owned: bool = False) -> bool:
    """Does a verb follow the noun at ``k - 1``, so that it opens a clause recalled, or (for
    people not told as the party's own) a comma or a relative that describes them?"""
    if k >= len(tokens):
        return False
    low = tokens[k].low
    if not owned and low in _DESCRIBED:
        return True
    return low in _CLAUSE_OPENERS or (low.endswith("ing") and len(low) > 4)
