"""A count with no noun of its own after a count of people of another place or day: "killed
31 people in Marvia, 11 in Tolesk and five in Corro" is 47, each place's people apart.

Only where the first count has its own place or time phrase before the comma or "and" (a
breakdown of a whole, "killed 31 people, 11 in Tolesk", details the 31), and not a
comparison ("11 more than the army said"). So is a list of hospitals' counts ("14 were taken
to the hospital in Orme and 9 to the clinic in Velk"), and "N of them" after a count is a part
of it. Pure helpers of ``crosswire.divergence.totals``.
"""

from __future__ import annotations

import re

from crosswire.divergence.less_dead import died_of_the_hurt
from crosswire.divergence.model import StatedClaim
from rules.claims.cb04 import Coordinated
from rules.claims.cb16 import GappedCount
from rules.claims.cb21 import OrdinalDeath
from rules.claims.cb22 import PartOfTheShotDied
from rules.claims.cb82 import NextByOrdinal
from rules.claims.cb84 import MixedListOfTheHit
from rules.claims.cb139 import TO_PLACE_OF_CARE, CareListed
from rules.claims.ordinals import ORDINALS
from rules.nouns import is_human_plural

#: The rules that read such a count: coordinated after a verb's object, or gapped.
_ELLIPTIC = frozenset((Coordinated.code, GappedCount.code))
_ORDINAL = OrdinalDeath.code  # "a fourth died later in hospital"
_NEXT_BY_ORDINAL = NextByOrdinal.code  # "and a sixth later died"
_MIXED_LIST = MixedListOfTheHit.code  # "the dead included four children and their teacher"
#: After the first count's figure: its noun and a place or time of its own ("people in
#: Marvia", "were killed on Monday").
_OWN_PLACE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:in|on|at|near|across|inside|outside)\s[^,;]*?(?:,|\band\b)",
    re.IGNORECASE,
)
#: After the elliptic figure: a comparison, no count of people.
_COMPARED = re.compile(r"\s+(?:more|fewer|less)\s+than\b", re.IGNORECASE)


def elliptic_addend(claim: StatedClaim, parts: list[StatedClaim]) -> bool:
    """Is ``claim`` a count of people of another place or day that adds to the count of
    people before it in its sentence (``parts``)?"""
    if claim.group is not None or claim.rule not in _ELLIPTIC or claim.figure_start is None:
        return False
    if _COMPARED.match(claim.text, claim.figure_start + len(claim.figure_text)):
        return False
    first = next(
        (
            c
            for c in parts
            if c.group is not None
            and c.figure_start is not None
            and c.figure_start < claim.figure_start
        ),
        None,
    )
    if first is None or first.figure_start is None:
        return False
    own = _OWN_PLACE.match(first.text, first.figure_start + len(first.figure_text))
    return own is not None and own.end() <= claim.figure_start


#: The rule whose parts are of a count of another kind or of none ("rescued 211, 48 of them
#: with burns", "found six men, two of whom had gunshot wounds": CB160).
_OTHER_WHOLE = "CB160"
#: Between a count and the next item of its list: its group's words, then "and" or a comma.
_NEXT_ITEM = re.compile(r"\s+[\w'-]+(?:\s+[\w'-]+){0,3}?\s*(?:,\s*|\s+and\s+)")


def addends(parts: list[StatedClaim]) -> list[StatedClaim]:
    """A sentence's claims less the parts of a count told beside them, unless all are parts;
    a part that is an item of a list after a count (``listed_item``) stays, and so does a part
    of a count of another kind (``_OTHER_WHOLE``) larger than every count beside it ("211 had
    been rescued, 48 of them with burns, and nine of those were critical": the 48 are the
    hurt; 51st session)."""
    counts = [c.stated for c in parts if not c.part and c.stated is not None]
    return [
        c
        for c in parts
        if not c.part
        or listed_item(c, parts)
        or (c.rule == _OTHER_WHOLE and c.stated is not None and all(n < c.stated for n in counts))
    ] or parts


def listed_item(claim: StatedClaim, parts: list[StatedClaim]) -> bool:
    """Is ``claim`` a part of a mixed list (CB84) whose only count is the item before it,
    read as a count of its own ("The dead included four children and their teacher": the
    four are the list's first item, the teacher one more; review48b)?"""
    if claim.rule != _MIXED_LIST or not claim.part or claim.figure_start is None:
        return False
    counts = [c for c in parts if not c.part and c.start == claim.start]
    if len(counts) != 1 or counts[0].single or counts[0].figure_start is None:
        return False
    end = counts[0].figure_start + len(counts[0].figure_text)
    return _NEXT_ITEM.fullmatch(claim.text, end, claim.figure_start) is not None


def told_whole(parts: list[StatedClaim]) -> float:
    """The least whole a sentence's claims tell besides their sum: its hospitals' list
    (``listed_care``), or the toll told by the ordinal of its latest death ("Three people
    were killed ..., and a fourth died later in hospital" is 4, CB21; review48b)."""
    ordinal = [c.stated or 0 for c in parts if c.rule == _ORDINAL and c.category == "killed"]
    # "Five were killed when ..., and a sixth died later": one more (CB82) after a count of
    # the dead, the sixth ("Three men were wounded ..., and a fourth was killed" is one)
    dead = {c.stated for c in parts if c.category == "killed" and not c.single}
    nexts = [ORDINALS.get(c.figure_text.lower(), 0) for c in parts if c.rule == _NEXT_BY_ORDINAL]
    ordinal += [float(value) for value in nexts if value - 1 in dead]
    return max([listed_care(parts) or 0, *ordinal])


def listed_care(parts: list[StatedClaim]) -> float | None:
    """The hurt of a list of hospitals in one sentence, each count of its own place: "14 were
    taken to the hospital in Orme and 9 to the clinic in Velk" is 23 (CB139 reads the counts
    after the first, the first being the count before them); ``None`` without such a list."""
    listed = [c for c in parts if _listed(c)]
    if not listed:
        return None
    first = min(c.figure_start for c in listed if c.figure_start is not None)
    heads = [
        c for c in parts if not _listed(c) and c.figure_start is not None and c.figure_start < first
    ]
    if not heads:
        return None
    head = max(heads, key=lambda c: c.figure_start or 0)
    if head.stated is None:
        return None
    return head.stated + sum(c.stated or 0 for c in listed)


#: After a gapped count (CB16): the place of care it went to ("9 to the clinic in Velk").
_TO_CARE = re.compile(r"\s+" + TO_PLACE_OF_CARE, re.IGNORECASE)
_WORD = re.compile(r"[a-z][\w'-]*")


def _listed(claim: StatedClaim) -> bool:
    """A count of a further hospital of a list: CB139's, or a gapped count taken to care."""
    if claim.figure_start is None:
        return False
    if claim.rule == CareListed.code:
        return True
    end = claim.figure_start + len(claim.figure_text)
    return claim.rule == GappedCount.code and _TO_CARE.match(claim.text, end) is not None


#: After a figure: its people, then "among them" ("nine children among them").
_AMONG_THEM = re.compile(r"\s+(?:[\w-]+\s+){1,3}?among\s+them\b", re.IGNORECASE)


def part_of_a_count_before(claim: StatedClaim, parts: list[StatedClaim]) -> bool:
    """Is ``claim`` "N of them" after a count of its sentence, so a part of that count ("61
    patients were being treated, 14 of them blind": 61)? Not when other people are named
    between ("four guards were hurt when the inmates broke out, and 15 of them ..."), and
    "them" told of an earlier sentence's people adds to the others of its own ("Five of them
    were flown out, and another 11 villagers were treated": 16)."""
    if claim.figure_start is None:
        return False
    end = claim.figure_start + len(claim.figure_text)
    if claim.rule == PartOfTheShotDied.code:
        # "wounded 30, two of whom later died, putting the toll at 13", "the toll reached 9
        # when two of those hurt died": the toll holds them (not "killing 11 and injuring
        # 30, two of whom later died", ``died_of_the_hurt``)
        others = [c for c in parts if c is not claim and c.figure_start is not None]
        after = any((c.figure_start or 0) > end for c in others)
        return bool(others) and (after or not died_of_the_hurt(claim, parts))
    if _AMONG_THEM.match(claim.text, end):
        # "Some 40 worshippers, eight girls among them, died in the crush": 40
        return any(
            c.figure_start is not None and c.figure_start < claim.figure_start for c in parts
        )
    if (claim.group or "").lower() != "them":
        return False
    before = [
        c
        for c in parts
        if c.figure_start is not None
        and c.figure_start < claim.figure_start
        and (c.group or "").lower() != "them"
        and not c.single
    ]
    if not before:
        return False
    nearest = max(before, key=lambda c: c.figure_start or 0)
    start = (nearest.figure_start or 0) + len(nearest.figure_text)
    own = set((nearest.group or "").lower().split())
    between = _WORD.findall(claim.text[start : claim.figure_start].lower())
    if between and set(between) <= own | {"and"}:
        return False  # "killing two officers and 12 of them": others joined to the count
    return not any(is_human_plural(word) and word not in own for word in between)
