"""What a cue's own words tell before its sentence is read, for ``rules.cue_context``: a bare
"were hit." or "were struck by", "had left their homes", "were taken", "released", "moved to
a school". Each is a test of the cue word alone, so the tests are made once per word and
remembered: news repeats its cue words.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from rules.cue_fragments import SHELTER_BUILDINGS, STRUCK_BY_FRAGMENTS
from rules.cue_rows import RELEASED
from rules.left_places import LEFT_A_PLACE
from rules.scene_rows import BARE_HIT_VERB, LEFT_HOMES_VERB, STAYING_AWAY_VERB, TAKEN

#: The wounded cue "were struck by flying glass" (``rules.cue_fragments``) ...
_STRUCK_BY = re.compile(STRUCK_BY_FRAGMENTS, re.IGNORECASE)
_BARE_HIT = re.compile(BARE_HIT_VERB + r"\s*[,.;]", re.IGNORECASE)
_LEFT_HOMES = re.compile(rf"{LEFT_HOMES_VERB}|{LEFT_A_PLACE}", re.IGNORECASE)
_STAYING_AWAY = re.compile(STAYING_AWAY_VERB, re.IGNORECASE)
#: The words of ``RELEASED`` ("released", "frees"): let go, as "freed" is.
_RELEASED = re.compile(RELEASED, re.IGNORECASE)
#: A building people were moved to (``scene_rows.MOVED_TO_SHELTER``): a shelter only in the news
#: of a disaster or of homes left ("800 residents were moved to a school").
_BUILDING = re.compile(rf"\b(?:in)?to\s.*\b(?:{SHELTER_BUILDINGS})$")  # "to", "into"


class CueWord(NamedTuple):
    """The tests of one cue word (lower case), each the pattern's answer on the word."""

    #: ``_BARE_HIT.match``: "were hit." with nothing after it.
    bare_hit: bool
    #: ``_LEFT_HOMES.match``: "had left their homes", "had left the village"; or
    #: ``_STAYING_AWAY.match``: "were staying with relatives", "spent the night at the
    #: showground" (all read alike).
    left_homes: bool
    #: ``scene_rows.TAKEN.match``: a bare "were taken".
    taken: bool
    #: ``_STRUCK_BY.fullmatch``: "were struck by".
    struck_by: bool
    #: ``_RELEASED.fullmatch``: "released", "frees".
    released: bool
    #: ``_BUILDING.search``: moved "to" or "into" a building.
    building: bool


@functools.lru_cache(maxsize=4096)
def cue_word(word: str) -> CueWord:
    """The tests of the cue word ``word``, remembered.

    >>> cue_word("were hit.").bare_hit, cue_word("killed").bare_hit
    (True, False)
    """
    return CueWord(
        _BARE_HIT.match(word) is not None,
        _LEFT_HOMES.match(word) is not None or _STAYING_AWAY.match(word) is not None,
        TAKEN.match(word) is not None,
        _STRUCK_BY.fullmatch(word) is not None,
        _RELEASED.fullmatch(word) is not None,
        _BUILDING.search(word) is not None,
    )
