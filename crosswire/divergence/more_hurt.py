"""More hurt told after the wounded count: "Five were shot. Four more were hurt as people fled".

Pure helper of ``crosswire.divergence.keyfigures``. A count told as added to one before it
("four more", "two additional people") is more people, not the same ones
told again, so the wounded key figure adds it. So is another group told with "also" ("Twelve
passengers were injured ... three firefighters were also hurt"): a reader adds distinct
groups of the hurt, as a wire's summary line would ("15 injured").
"""

from __future__ import annotations

import re
from dataclasses import replace

from crosswire.divergence.groups import singular
from crosswire.divergence.model import StatedClaim
from crosswire.divergence.totals import ADDED
from rules.nouns import is_human_plural
from rules.number_values import number_value

#: "four more", "three additional": the words after a figure that tell it as added.
_MORE_AFTER = re.compile(r"\s+(?:more|additional)\b", re.IGNORECASE)
#: "three firefighters were also hurt", "two officers also suffered cuts": a group of its own
#: told as added (up to three words of its noun, then "also" by the auxiliary); not "also
#: among the injured" or "also in hospital", which place the people in the count before.
_ALSO_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?also\s+"
    r"(?!(?:among|in|at|on|with|part|counted|included|treated|taken|hospitali[sz]ed)\b)",
    re.IGNORECASE,
)


def with_more_hurt(
    chosen: StatedClaim | None, claims: list[StatedClaim], every: tuple[StatedClaim, ...]
) -> StatedClaim | None:
    """``chosen`` plus the count told as added to it in the next sentence that counts the
    wounded (``claims``: the article's current wounded claims; ``every``: all its claims).

    Not "three dead and seven more hurt": beside the dead, "more" adds to them, and the
    sentence restates the toll. Not after a part ("Three were taken to Mercy; two more went
    to St Luke's"): then "more" adds to the part, and both are of the count. Only an exact
    count is added: "dozens more", "at least two more" give no number to sum.
    """
    if chosen is None or chosen.stated is None or chosen.in_title:
        return chosen
    whole = _whole_after(chosen, claims)
    if whole is not None:
        return whole  # "27 people were being treated ..., among them the four soldiers"
    deaths = {c.start for c in every if c.category == "killed"}
    later = sorted({c.start for c in claims if c.start > chosen.start})
    if not later or later[0] in deaths:
        return chosen
    more = [
        c
        for c in claims
        if c.start == later[0] and not c.single and not c.part and c.qualifier == "exact"
    ]
    if not more or not all(_added(c, chosen) for c in more):
        return chosen
    added = sum(c.stated or 0 for c in more)
    own = [c for c in claims if c.start == chosen.start and not (c.part or c.single)]
    counted = sum(c.stated or 0 for c in own)
    nouns = {singular(c.group or "") for c in own}
    if (
        own
        and chosen.stated - counted >= added
        and not any(singular(c.group or "") in nouns for c in more)
    ):
        # another side's count ("23 more inmates" beside "14 guards"), which ``other_sides``
        # has added to the sentence's already; "three more guards" is more of the same side
        return chosen
    return replace(chosen, stated=chosen.stated + added)


#: "two of them", "three of the passengers": a part of people told before, not a group of its own.
_PART_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def _added(claim: StatedClaim, chosen: StatedClaim) -> bool:
    end = (claim.figure_start or 0) + len(claim.figure_text)
    if _MORE_AFTER.match(claim.text, end) is not None:
        return True
    if _PART_AFTER.match(claim.text, end) is not None:
        return False  # "Two of them were also hurt in a second crash": the same people
    return _another_group(claim, chosen) and _ALSO_AFTER.match(claim.text, end) is not None


#: "Twelve people, including three officers, were hurt": a part named inside the count.
_INCLUDING = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?P<part>[^,;:.()]{1,60})",
    re.IGNORECASE,
)
#: Nouns for anyone hurt, not a group of its own: told by another source they count the
#: same people again ("police said 12 were hurt ... hospital officials said 15 patients
#: were also hurt": rival counts). General English of casualty reporting.
_ANYONE = frozenset("people persons patients victims individuals casualties".split())


def _another_group(claim: StatedClaim, chosen: StatedClaim) -> bool:
    """A group of its own: another noun, and not the same count again. "Others" tell of the
    people besides someone else ("one man dead and three others injured ... Three other men
    were also wounded": the three again, "also" beside the dead). Not a part the count named
    with "including" ("Twelve people, including three officers, ... Three officers were also
    hurt"), nor anyone hurt as another source counts them (``_ANYONE``)."""
    if not claim.group or claim.group_key == chosen.group_key or claim.stated == chosen.stated:
        return False
    if _named_part(claim, chosen) or _rival_count(claim, chosen):
        return False
    return not any(ADDED.match(c.group or "") for c in (claim, chosen))


def _head(group: str) -> str:
    """The head noun of ``group``, singular (``groups.singular``: "police officers" ->
    "officer")."""
    words = group.lower().split()
    return singular(words[-1]) if words else ""


def _named_part(claim: StatedClaim, chosen: StatedClaim) -> bool:
    """Does ``chosen``'s sentence name ``claim``'s group as a part of its count? The head as a
    whole word, singular or plural, not a possessive ("two stewards' children" are children)."""
    head = _head(claim.group or "")
    return bool(head) and any(
        re.search(rf"\b{re.escape(head)}(?:e?s)?\b(?!['’])", match["part"], re.IGNORECASE)
        for match in _INCLUDING.finditer(chosen.text)
    )


def _rival_count(claim: StatedClaim, chosen: StatedClaim) -> bool:
    """Is ``claim`` anyone hurt, told by another source than ``chosen``, and ``chosen`` no
    group of its own ("police said 12 officers were hurt ... medics said 5 people were also
    hurt": people besides the officers)?"""
    words = (claim.group or "").lower().split()
    other = claim.claimant is not None and claim.claimant != chosen.claimant
    chosen_words = (chosen.group or "").lower().split()
    anyone = not chosen_words or chosen_words[-1] in _ANYONE
    return other and anyone and bool(words) and words[-1] in _ANYONE


#: "among them the four soldiers", "including 4 police officers": a part named in a count,
#: its figure and the word after it.
_PART_NAMED = re.compile(
    r"\b(?:among\s+them|including)\s+(?:the\s+)?(?P<figure>[\w,-]+)(?:\s+(?P<noun>[a-z-]+))?",
    re.IGNORECASE,
)
#: Heads of a count of anyone: a part named after them may be any group.
_ANY_HEAD = frozenset(("", "other", "person", "people"))


def _whole_after(chosen: StatedClaim, claims: list[StatedClaim]) -> StatedClaim | None:
    """A later, larger count whose sentence tells it holds ``chosen``'s people ("said 27
    people were being treated for wounds, among them the four soldiers"): the whole of the
    hurt, of which the count chosen is a part (general English of casualty reports). The part
    is the chosen count by value ("4" or "four") and, where a noun of people follows, by its
    head ("including four children" holds no four soldiers)."""
    for claim in claims:
        if claim.start <= chosen.start or (claim.stated or 0) <= (chosen.stated or 0):
            continue
        end = (claim.figure_start or 0) + len(claim.figure_text)
        for part in _PART_NAMED.finditer(claim.text, end):
            if number_value(part["figure"]) == chosen.stated and _same_people(part["noun"], chosen):
                return claim
    return None


def _same_people(noun: str | None, chosen: StatedClaim) -> bool:
    """May the part's ``noun`` name ``chosen``'s people (no noun of people, or the same head)?"""
    if noun is None or not is_human_plural(noun.lower()):
        return True  # "including the six pulled from the rubble"
    head = _head(chosen.group or "")
    return head in _ANY_HEAD or singular(noun.lower()) == head
