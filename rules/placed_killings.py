"""A killing noun, a place and the "of" of its victims: "the assassination in Orsk of Mayor
Tomas Brel" (``rules.cue_fragments.KILLING_PLACE``). The cue's pattern, scanned by RE2, cannot
look ahead, so what after "in" is no place, or what after "of" names no victim, is told here
(general English grammar; session 16).
"""

from __future__ import annotations

import functools
import re

from rules.cue_fragments import KILLING_ACT

#: A killing noun, a place and "of" (``rules.cue_fragments.KILLING_PLACE``): the words after
#: "in" are the place. Only a killing noun: "flew in a team of eight" is no placed killing.
_PLACED_KILLING = re.compile(rf"{KILLING_ACT}\s+in\s+(?P<place>.+?)\s+of")
#: Words that make no place after "in": articles and possessives ("in the region of"),
#: quantities ("in some of", "in two of"), the nouns of English compound prepositions
#: ("in excess of", "in memory of", "in front of", "in view of"), and "of" itself. General
#: English grammar.
_NOT_A_PLACE = frozenset(
    """the a an this that his her their its our some many most all each any both none one two
    three several much part parts excess spite front case view place honor honour memory
    favor favour support terms search charge light respect lieu need danger advance addition
    protest response retaliation revenge defense defence violation breach pursuit aid return
    exchange connection relation want sight turn reply commemoration of""".split()
)
#: After "of", what makes it no victim's "of": a relative or a partitive ("in Orsk of which").
_RELATIVE_OF = re.compile(r"\s+(?:which|whom|whose|them|those|these|it|us)\b", re.IGNORECASE)


def no_place(word: str, text: str, end: int) -> bool:
    """Is the "in ..." of a placed killing ``word`` no place, or its "of" no victim's?"""
    placed = _placed_words(word)
    if placed is None:
        return False
    return placed or _RELATIVE_OF.match(text, end) is not None


@functools.lru_cache(maxsize=4096)
def _placed_words(word: str) -> bool | None:
    """For the cue ``word`` (lower case): None when it is no placed killing, else whether its
    words after "in" are no place. Remembered: news repeats its cue words."""
    placed = _PLACED_KILLING.fullmatch(word)
    if placed is None:
        return None
    return bool(_NOT_A_PLACE.intersection(placed["place"].split()))
