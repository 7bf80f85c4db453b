"""A care team, centre or unit that "admitted" a count: an intake of people ("her team had
admitted 86 patients", "the treatment centre has admitted 40 since Friday"), not an admission,
only when what it admitted are people or a bare count; "The team admitted 3 mistakes", "the
legal team admitted 4 breaches" and "our team admitted 2 goals" are a party's own words
(general English of hospital and sports news; review47a).
"""

from __future__ import annotations

from rules.hospital_care import ADMITTED_HURT
from rules.nouns import names_people
from rules.number_values import number_value
from rules.tokens import Token

#: The care groups (47th session) beside the places of care of ``false_cues``.
CARE_GROUPS = frozenset("team teams centre centres center centers unit units".split())
#: Words inside a count ("more than 40", "about 1,200").
_IN_COUNT = frozenset("more than over about around nearly almost some at least up to".split())


def takes_in_people(tokens: list[Token], k: int, c: int) -> bool:
    """Does the subject at ``k`` take in people with "admitted" at ``c``: a place of care
    always, a care group when the count after the verb is of people or bare ("admitted 86
    patients", "admitted 40 since Friday", not "admitted 3 mistakes")?"""
    if tokens[k].low not in CARE_GROUPS:
        return True
    after = _after_count(tokens, c)
    if after is None:
        return True  # "has admitted 40." or "admitted 40, most of them children"
    if any(names_people(t.low) or t.low in ADMITTED_HURT for t in after):
        return True  # "86 patients", "20 injured miners"
    return after[0].low in _BARE_AFTER


def people_admitted(tokens: list[Token], c: int) -> bool:
    """Is the count after "admitted" at ``c`` one of people or of the hurt ("it had admitted
    75 children with cholera"), so a pronoun before the verb stands for a place of care?"""
    after = _after_count(tokens, c)
    return after is not None and any(names_people(t.low) or t.low in ADMITTED_HURT for t in after)


def _after_count(tokens: list[Token], c: int) -> list[Token] | None:
    """The words right after the count that follows ``c``; None when none follow it."""
    j = c + 1
    while j < len(tokens) and (tokens[j].low in _IN_COUNT or number_value(tokens[j].low)):
        j += 1
    after = [t for t in tokens[j : j + 3] if t.is_word]
    return None if j >= len(tokens) or not tokens[j].is_word or not after else after


#: What follows a bare count: a time or a place ("admitted 40 since Friday", "in a day").
_BARE_AFTER = frozenset(
    "since in over overnight after on at this last so with from by and during within".split()
)
