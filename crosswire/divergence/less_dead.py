"""A wounded count less those of it who died: the hurt the key figure counts once.

"Three officers were injured and one of them later died" is 2 wounded beside 1 killed; a
count the rules already reduced ("12 people were shot, three of them fatally" is wounded 9)
keeps its figure.
"""

from __future__ import annotations

import re

from crosswire.divergence.hurt_whole import hurt_whole_of, less_the_part_that_died
from crosswire.divergence.latest_toll import LATER_COUNT
from crosswire.divergence.model import ArticleFindings, StatedClaim
from rules.claims.cb22 import PartOfTheShotDied, opening_part_died
from rules.claims.cb90 import PickedOutDied
from rules.number_values import number_value
from rules.numbers import find_figures

#: The rule that reads the part of a count who died ("one of them later died").
PART_DIED = PartOfTheShotDied.code
#: Between a count of the dead and a part who died: the hurt, counted ("killing 11 people and
#: injuring 30, two of whom later died": the two are of the 30, dead beside the 11).
_COUNT = (
    r"(?:\d+|[a-z]+teen|[a-z]+ty|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|dozens?)"
)
_HURT = r"(?:injur(?:ing|ed)|wound(?:ing|ed)|hurt(?:ing)?)"
_HURT_COUNTED = re.compile(
    # "injuring 30", or "30 were injured"
    rf"\b{_HURT}\b[^;]*?\b{_COUNT}\b|\b{_COUNT}\s+(?:(?:people|others)\s+)?(?:were|had\s+been"
    rf"|have\s+been)\s+{_HURT}\b",
    re.IGNORECASE,
)
#: Right after the part's figure: "of whom" or "of them".
_OF_THEM = re.compile(r"\s+(?:more\s+)?of\s+(?:whom|them)\b", re.IGNORECASE)


def died_of_the_hurt(part: StatedClaim, parts: list[StatedClaim]) -> bool:
    """Is ``part`` the dead of a hurt count that its sentence tells after a count of the
    dead (``parts``, one category)? Then it adds to that count: "killing 11 people and
    injuring 30, two of whom later died" is 13 dead (and 28 hurt, ``less_the_dead``); "the
    toll rose to 13 after two of the injured died" holds them."""
    at = part.figure_start
    if part.rule != PART_DIED or at is None:
        return False
    if not _OF_THEM.match(part.text, at + len(part.figure_text)):
        return False
    same = [c for c in parts if c.start == part.start and c.figure_start is not None]
    before = [c for c in same if (c.figure_start or 0) < at]
    if not before or any((c.figure_start or 0) > at for c in same):
        return False  # "..., two of whom later died, putting the toll at 13": a toll holds them
    nearest = max(before, key=lambda c: c.figure_start or 0)
    start = (nearest.figure_start or 0) + len(nearest.figure_text)
    return _HURT_COUNTED.search(part.text, start, at) is not None


def less_the_dead(
    findings: ArticleFindings, wounded: StatedClaim | None, killed: StatedClaim | None = None
) -> float | None:
    """A wounded count less the part of it who died (CB22) in its sentence or the next.

    "Three officers were injured and one of them later died" is 2 wounded beside 1 killed,
    as is "Three officers were injured. One of them later died." A count the rules already
    reduced ("four people were shot, one of them fatally" is wounded 3) keeps its figure. So
    does an earlier account's, less those the ``killed`` key's sentence says have died since
    (``_before_they_died``).
    """
    if wounded is None or wounded.stated is None:
        return None
    since = _before_they_died(findings, wounded, killed) or _one_of_them_died(findings, wounded)
    if since:
        return wounded.stated - since
    written = _written(wounded.figure_text)
    point = wounded.max is None or wounded.max == wounded.min  # not "between 10 and 12"
    if point and written is not None and written != wounded.stated:
        return wounded.stated  # the rules left out the dead already ("12 shot, 3 fatally")
    whole = hurt_whole_of(findings, wounded)
    if whole is not None:
        return less_the_part_that_died(whole)  # "two of the 12 people wounded later died"
    after = wounded.start + len(wounded.text)
    died = 0.0
    for claim in findings.claims:
        if claim.rule != PART_DIED or claim.stated is None:
            continue
        same = claim.start == wounded.start and (claim.figure_start or 0) > (
            wounded.figure_start or 0
        )
        # In the next sentence only as its opening ("One of them later died"): a part after
        # a count of its own ("five were shot, one of them fatally") is a part of that.
        next_one = (
            bool(findings.text)
            and claim.start >= after
            and not findings.text[after : claim.start].strip()
            and not _count_before(findings, claim)
        )
        if same or next_one:
            died += claim.stated
    died = died or _part_beside_toll(findings, after)
    return wounded.stated - died if 0 < died < wounded.stated else wounded.stated


def _part_beside_toll(findings: ArticleFindings, after: int) -> float:
    """The part of the hurt told dead where the next sentence opens ("One of them died on
    Friday, bringing the dead to ten"), whose claim gave way to the toll beside it; 0 when
    that sentence tells no toll or no such part."""
    for claim in findings.claims:
        if claim.start < after or findings.text[after : claim.start].strip():
            continue
        if claim.category != "killed" or claim.single or claim.rule == PART_DIED:
            continue
        return opening_part_died(claim.text) or 0
    return 0


#: "One of the 19": a part of a count told again by its number.
_OF_THE_COUNT = re.compile(r"\bof\s+the\s+(?P<count>[\w,-]+)$", re.IGNORECASE)


def _one_of_them_died(findings: ArticleFindings, wounded: StatedClaim) -> float:
    """The dead a later sentence picks out of the wounded count by its number ("Nineteen of
    the rescued miners were taken to hospital ... One of the 19 died of his injuries"): they
    are no longer among the hurt. 0 when no such death is told."""
    count = wounded.stated
    for claim in findings.claims:
        died = claim.stated
        if claim.rule != PickedOutDied.code or claim.start <= wounded.start or died is None:
            continue
        named = _OF_THE_COUNT.search(claim.figure_text)
        if named and count is not None and number_value(named["count"]) == count > died:
            return died
    return 0


def _written(figure_text: str) -> float | None:
    """The number a figure's words give, past a qualifier ("At least 12" is 12)."""
    value = number_value(figure_text)
    if value is None:
        found = find_figures(figure_text)
        value = found[0].figure.min if len(found) == 1 else None
    return value


def _count_before(findings: ArticleFindings, part: StatedClaim) -> bool:
    """True when ``part``'s sentence states a casualty count before it: "five were shot, one
    of them fatally" is a part of that count, while "Police said one of them later died"
    (words, but no count, before it) refers to the sentence before."""
    at = part.figure_start or 0
    return any(
        c.start == part.start
        and c is not part
        and c.category in ("killed", "wounded", "killed_or_wounded")
        and (c.figure_start or 0) < at
        for c in findings.claims
    )


def _before_they_died(
    findings: ArticleFindings, wounded: StatedClaim, killed: StatedClaim | None
) -> float:
    """How many of ``wounded`` died after it was told: the key's sentence says "24 have
    now died, two of the wounded among them" (or that one hurt person has died), and
    the hurt count's sentence gives the dead it stood beside then ("Earlier, the police
    counted 22 dead and 31 hurt"): 22 + 2 = 24, so 29 are hurt. 0 otherwise."""
    if killed is None or killed.stated is None or killed.start == wounded.start:
        return 0
    if wounded.qualifier != "exact":
        return 0  # "about 30 injured" is no count to take the dead from
    tolls = {  # the key's sentence, and any that tells its toll again (a headline's lead)
        c.start for c in findings.claims if c.category == "killed" and c.stated == killed.stated
    }
    died = [
        c.stated
        for c in findings.claims
        if c.rule == PART_DIED and c.start in tolls and c.stated is not None
    ]
    if not died and any(  # "A guest who was wounded has died, raising the toll to five"
        _ONE_HURT_DIED.search(c.text) for c in findings.claims if c.start in tolls
    ):
        died = [1.0]  # one of the hurt, as the sentence's own count when it gives one
    if len(died) != 1:
        return 0
    then = [
        c.stated
        for c in findings.claims
        if c.category == "killed" and c.start == wounded.start and c.stated is not None
    ]
    if not then:  # "according to the directorate's first bulletin": an account told as earlier
        later = LATER_COUNT.search(wounded.text) or _BESIDE_EARLIER.search(wounded.text)
        earlier = bool(_EARLIER_ACCOUNT.search(wounded.text)) and not later
        return died[0] if earlier and died[0] < (wounded.stated or 0) else 0
    return died[0] if then[0] + died[0] == killed.stated else 0


#: One hurt person's death told in the toll's sentence: "A guest who was wounded ... has died",
#: "after a woman among the critically injured died" (general English of updated tolls).
_ONE_HURT_DIED = re.compile(
    r"\b(?:a|an|one)\s+[a-z]+\s+(?:who\s+(?:was|had\s+been)\s+)?(?:among\s+the\s+(?:\w+\s+)?)?"
    r"(?:wounded|injured|hurt)\b[^.;]{0,80}?\b(?:has\s+|had\s+)?(?:since\s+)?died\b",
    re.IGNORECASE,
)
#: A count told as an earlier account of its own, the account naming the figure's source:
#: "according to the directorate's first bulletin", "the initial report put", "had initially
#: said" (general English of updated tolls); not a later count beside an earlier one ("up
#: from an initial 30", "correcting the initial figure").
_EARLIER_ACCOUNT = re.compile(
    r"\baccording\s+to\s+(?:[\w'’]+\s+){0,3}?(?:first|initial|earlier)\s+(?:bulletin|count"
    r"|report|figures?|statement|tally)\b|\b(?:first|initial|earlier)\s+(?:bulletin|count"
    r"|report|figures?|statement|tally)\s+(?:said|put|gave|showed|listed|had)\b"
    r"|\binitially\s+(?:said|put|reported|gave|counted)\b"
    # "The operator had said earlier in the day that 52 were hurt" (49th session)
    r"|\bhad\s+(?:(?:said|reported|put|given|counted)\s+earlier|earlier\s+(?:said|reported"
    r"|put|given|counted))\b",
    re.IGNORECASE,
)
#: A count told beside an earlier one ("up from an initial 30"); a later or revised one is
#: ``latest_toll.LATER_COUNT``.
_BESIDE_EARLIER = re.compile(r"\b(?:up|down)\s+from\b|\blatest\b", re.IGNORECASE)
