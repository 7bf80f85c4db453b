"""An adverb inside a noun phrase: "a privately owned newspaper", "a widely read daily", "the
heavily armed group". The adverb modifies the participle that stands as an adjective before
the noun, so the phrase goes on to its left (general English grammar). Read by
``rules.phrases`` when it walks a source's noun phrase leftwards.
"""

from __future__ import annotations

import re

from rules.tokens import Token, is_adverb

#: Past participles as adjectives: regular "-ed" and the common irregular endings ("known",
#: "read", "run", "built", "held").
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|wn|ead|un|ilt|eld)")
#: The determiners that open such a phrase.
_OPENERS = frozenset("a an the this that its their his her our".split())


def modifies_participle(tokens: list[Token], j: int) -> bool:
    """Whether the -ly adverb at ``j`` modifies a participle before the phrase's noun, after a
    determiner: "a privately owned newspaper" (not "police quickly arrested him")."""
    if j < 1 or j + 2 >= len(tokens) or not is_adverb(tokens[j]):
        return False
    participle, noun = tokens[j + 1], tokens[j + 2]
    return (
        participle.text == participle.low
        and _PARTICIPLE.fullmatch(participle.low) is not None
        and noun.is_word
        and tokens[j - 1].low in _OPENERS
    )
