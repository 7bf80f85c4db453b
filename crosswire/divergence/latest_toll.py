"""The latest toll among those an article states as changed (pure helpers of ``keyfigures``).

"Rose to 57", "raising the death toll to 33", "a third victim died", "found the body of a
fourth victim": a toll told as it now stands. Among such sentences the new toll is the figure
after "to" or "at", or the ordinal of the latest death; news tells the latest first and tolls
rise, so the largest wins unless one was lowered.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from crosswire.divergence.model import StatedClaim
from crosswire.divergence.raised_from import raised_from
from rules.claims.cb21 import OrdinalDeath
from rules.claims.cb63 import OrdinalBody
from rules.claims.cb83 import TollByPronoun
from rules.claims.cb106 import TollSetAgainByIt
from rules.claims.cb107 import TollThenTo
from rules.claims.cb142 import ThenRevised

#: The rules that state a toll by the ordinal of its latest death ("a third victim died",
#: "found the body of a fourth victim") or as the told toll changed, with "it" for it ("It has
#: since risen to 44", "officials revised it down to 38"): the toll as it now stands, like an
#: update.
ORDINAL_TOLLS = frozenset(
    {OrdinalDeath.code, OrdinalBody.code, TollByPronoun.code, TollSetAgainByIt.code}
)

#: The rules of a toll told in turn: "then fell to 38" (CB107), "then 26 by nightfall" (CB142).
_IN_TURN = frozenset((TollThenTo.code, ThenRevised.code))

#: A toll stated as changed: a toll noun with a verb of change, or "rose to N".
UPDATE = re.compile(
    r"\b(?:toll|number of (?:dead|deaths|victims|casualties|people killed|injured|wounded)"
    r"|death count|casualty (?:count|figure))\b.{0,60}?\b(?:rose|risen|rises|rising|climbed"
    r"|climbs|increased|jumped|grew|grown|reached|reaches|stands at|stood at|now|revised|fell"
    r"|fallen|dropped|lowered|raised|updated)\b"
    r"|\b(?:rose|risen|climbed|increased|jumped|grew|fell|dropped) to\b"
    # "lifting the death count from the flood to nine", "brought the death toll to 14",
    # "bringing the number of dead from the landslide to 11", "bringing the official death
    # toll to 27" (round 7)
    r"|\b(?:raising|raised|raises|bringing|brought|brings|pushing|pushed|pushes|lifting|lifted"
    r"|taking|took|takes)"
    r"\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:toll|count|total|number\s+of\s+\w+)\b"
    r"[^.;]{0,60}?\bto\b"
    # "bringing the dead to ten": the dead themselves, raised to a number (not "bringing the
    # dead to the mortuary")
    r"|\b(?:raising|raised|bringing|brought|taking|took|pushing|pushed)\s+the\s+dead\s+to\s+"
    r"(?:(?:at\s+least|about|some|nearly|more\s+than)\s+)?(?:\d|(?:one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\b)",
    re.IGNORECASE,
)
#: The dead counted as of a later hour of the story's own days: "By evening, 24 had died",
#: "By Tuesday morning 31 people were confirmed dead". A year ("By 2019") dates a background
#: toll, so only hours, weekdays and "the next day" count.
LATER_DEAD = re.compile(
    r"^\W*By\s+(?:(?:late|early|mid)[\s-]?)?(?:evening|nightfall|night|midnight|noon|midday"
    r"|morning|afternoon|dawn|dusk|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning"
    r"|afternoon|evening|night))?|the\s+(?:next|following)\s+(?:day|morning|evening))\b"
    r"[^.;]{0,60}?\b(?:had\s+died|had\s+been\s+(?:killed|confirmed\s+dead)"
    r"|(?:were|was)\s+(?:dead|confirmed\s+dead))\b",
    re.IGNORECASE,
)
#: A toll stated as lowered: then the last update stated is the latest, not the largest.
LOWERED = re.compile(
    # the toll itself lowered: "the toll fell to", "lowered the death toll to"; not "as the
    # river fell" beside a toll that rose (review 9)
    r"\b(?:tolls?|count|figures?)\b(?:(?!\b(?:rose|risen|rising|climbed|jumped|increased)\b)"
    r"[^.;]){0,40}?\b(?:fell|fallen|dropped|lowered|revised"
    r"\s+down(?:ward)?|reduced|cut)\b|\b(?:lowered|revised\s+down(?:ward)?|reduced|cut)"
    r"\s+(?:(?:the|its|their)\s+)?(?:\w+\s+){0,2}?(?:tolls?|count|figures?)\b"
    # the toll told before, lowered with "it" for it: "officials revised it down to 38"
    r"|\b(?:lowered|reduced|cut)\s+(?:it|that)\b|\brevised\s+(?:it|that)(?:\s+figure)?\s+down"
    r"(?:wards?)?\b",
    re.IGNORECASE,
)


def new_toll(parts: list[StatedClaim]) -> StatedClaim | None:
    """In a sentence that states a toll as changed, the new toll after "to" is its count:
    "pulled eight more bodies from the rubble, raising the death toll to 33" is 33, not 41;
    the largest such toll, or the last told when the toll was lowered or told in turn. With
    no new toll told, the old one raised by the dead the sentence adds (``raised_from``)."""
    raised = raised_from(parts)
    if raised is not None:
        return raised  # "recovered three more bodies, raising the toll from eight" is 11
    if not UPDATE.search(parts[0].text) and not any(c.rule == ThenRevised.code for c in parts):
        return None  # "Eight were reported killed, then 12 by evening": told in turn too
    tolls = [c for c in parts if (after_to(c) or c.rule in _IN_TURN) and not c.single]
    if tolls and (LOWERED.search(parts[0].text) or any(c.rule in _IN_TURN for c in tolls)):
        # "climbed to 41 overnight, but officials revised it down to 38", "climbed to 41
        # overnight, then fell to 38", "rose to 20 by noon, then 26": the last told
        return max(tolls, key=lambda c: c.figure_start or 0)
    return max(tolls, key=lambda c: c.stated or 0) if tolls else None


#: The first figure a changed toll grew from: "the toll has climbed steadily since the first
#: six deaths were reported", "up from an initial 12" (an earlier count, no update).
_FIRST_TOLD = re.compile(
    r"\b(?:since|from|after)\s+(?:the|an?)\s+(?:first|initial|original)\s+$|\bup\s+from\s+(?:an?\s+"
    r"(?:initial|first)\s+)?$",
    re.IGNORECASE,
)


def is_update(claim: StatedClaim) -> bool:
    """Is ``claim`` in a sentence that states a toll as changed, and not the first figure it
    changed from ("since the first four deaths were counted")?"""
    if not (UPDATE.search(claim.text) or claim.rule in ORDINAL_TOLLS):
        return False
    before = claim.text[: claim.figure_start] if claim.figure_start is not None else ""
    return _FIRST_TOLD.search(before) is None


#: A change told in the past perfect: "his office had revised it up to 20 by Wednesday",
#: "the toll had risen to 12 by Saturday" (a change as of an earlier hour of the story; 45th
#: session).
_HAD_CHANGED = re.compile(
    r"\bhad\s+(?:since\s+|later\s+|then\s+|already\s+)?(?:raised|revised|risen|climbed"
    r"|increased|updated|jumped|grown|reached)\b",
    re.IGNORECASE,
)


def standing_updates(ordered: list[StatedClaim]) -> list[StatedClaim]:
    """The body's claims that state a toll as it now stands (``is_update``), but for a change
    told in the past perfect below a figure the article told before it ("has killed at least
    31, the chief said on Thursday ... his office had revised it up to 20 by Wednesday")."""
    updates = [c for c in ordered if not c.in_title and is_update(c)]
    told = [c for c in ordered if c not in updates]
    return [
        u
        for u in updates
        if not _earlier_hour(u)
        or not any(c.start < u.start and (c.stated or 0) > (u.stated or 0) for c in told)
    ]


def _earlier_hour(update: StatedClaim) -> bool:
    """Is ``update`` a rise told in the past perfect in its own clause ("and by Wednesday
    his office had revised it up to 20"; not "had risen to 31, and has since climbed to 38",
    nor a toll lowered, which is below the figures before it by its nature)?"""
    clause = _CLAUSES.split(update.text[: update.figure_start or 0])[-1]
    return _HAD_CHANGED.search(clause) is not None and not LOWERED.search(clause)


#: Where a clause before a figure opens: a comma, a semicolon, "and", "but".
_CLAUSES = re.compile(r"[,;]|\b(?:and|but)\b")


def latest(updates: list[StatedClaim]) -> StatedClaim:
    """The latest toll among claims in sentences that state a toll as changed.

    The new toll is the figure after "to" or "at" ("rose to 63"); another figure of such a
    sentence ("and four more bodies were found at dawn") is no toll. News puts the
    latest toll first and may tell the earlier ones after it ("On Saturday the count stood
    at 30"), and tolls rise: the largest new toll is the latest, unless a toll was lowered,
    when the lowered one is (the last told so). With no figure after "to", the last update
    sentence's last claim.
    """
    tolls = [c for c in updates if after_to(c) or c.rule in ORDINAL_TOLLS]
    if not tolls:
        return [c for c in updates if c.start == updates[-1].start][-1]
    lowered = [c for c in tolls if LOWERED.search(c.text)]
    if lowered:
        return lowered[-1]
    return max(tolls, key=lambda c: c.stated or 0)


def with_later_dead(
    pick: Callable[[list[StatedClaim]], StatedClaim], claims: Iterable[StatedClaim]
) -> StatedClaim:
    """The toll ``pick`` chooses, or a larger count of the dead by a later hour."""
    told = list(claims)
    chosen = pick(told)
    return _later_dead(told, chosen) or chosen


def _later_dead(claims: list[StatedClaim], chosen: StatedClaim) -> StatedClaim | None:
    """A larger count of the dead as of a later hour than the toll ``chosen`` ("At least 20
    were killed ... By evening, 24 had died", or a count "including three who have since
    died"): the story's own toll, grown. Not a count of more dead ("By evening, two more
    had died"), of a part ("3 of the wounded", "children", "in Pera alone") or of a season
    ("across the Alps this winter")."""
    grown = [
        c
        for c in claims
        if c.category == "killed"
        and (c.stated or 0) > (chosen.stated or 0)
        and c.start > chosen.start
        and (LATER_DEAD.search(c.text) or _WITH_DIED_SINCE.match(c.text, c.figure_start or 0))
        and c.group in (None, "people", "persons", chosen.group)
        and not _NOT_THE_TOLL.search(c.text)
        and not _MORE_AFTER.match(c.text, c.figure_start or 0)
    ]
    return max(grown, key=lambda c: c.stated or 0) if grown else None


#: A count of the dead that is no toll of the story: a part or a place of it, or a season's.
_NOT_THE_TOLL = re.compile(
    r"\b(?:alone|so\s+far|across|this\s+(?:year|winter|summer|spring|autumn|season|month))\b",
    re.IGNORECASE,
)
#: A count of the dead that says it holds those who died since the toll before it: "20 people
#: were dead, including three who have since died", "among them a nurse who died of her
#: burns" (an update of the lead's toll, whoever tells it; not "including two children").
_WITH_DIED_SINCE = re.compile(
    r"[^.;]{0,80}?\b(?:including|among\s+them)\s+(?:[\w-]+\s+){1,3}?who\s+(?:had\s+|have\s+)?"
    r"(?:(?:later|since|subsequently)\s+died\b|died\s+(?:[\w-]+\s+){0,2}?(?:overnight|later"
    r"|since|in\s+(?:the\s+)?hospital|of\s+(?:their|his|her)\s+(?:wounds|injuries|burns)))\b",
    re.IGNORECASE,
)
#: A figure of more dead or of a part: "two more people", "3 of the wounded", "two others".
_MORE_AFTER = re.compile(
    r"\S+(?:\s+(?:more|other|others|further|additional)\b|\s+of\s+(?:the|them|those)\b)",
    re.IGNORECASE,
)


def after_to(claim: StatedClaim) -> bool:
    if claim.figure_start is None:
        return False
    before = claim.text[: claim.figure_start].rstrip().lower()
    return before.endswith((" to", " at"))


#: A toll told as an earlier one: "the agency had earlier given a toll of nine", "the count had
#: stood at 30", "officials had earlier reported nine deaths". The pluperfect (or "earlier",
#: "previously", "initially" with a past tense) dates the figure before the article's news.
EARLIER_TOLL = re.compile(
    r"\b(?:had\s+(?:earlier\s+|previously\s+|initially\s+|first\s+)?(?:put|reported|given"
    r"|estimated|set|placed|stood)|(?:earlier|previously|initially)\s+(?:put|reported"
    r"|gave|estimated|said))\b",
    re.IGNORECASE,
)
#: A first report's figure ("Initial reports on local radio suggested seven people had been
#: hit"): an earlier toll only where the article tells another count as later or revised.
EARLY_REPORT = re.compile(
    r"\b(?:early|earlier|initial|first)\s+reports?(?:\s+[\w-]+){0,4}?\s+(?:said|put|suggested"
    r"|indicated|had)\b",
    re.IGNORECASE,
)
#: A count told as later or revised, near its figure ("police later said six", "revising
#: that count", "correcting its first count", "updated figures").
LATER_COUNT = re.compile(r"\b(?:later|revis\w*|correct(?:ed|ing)|updated?)\b", re.IGNORECASE)
_REVISING = re.compile(r"\b(?:revis\w*|correct(?:ed|ing)|updat\w*)\b", re.IGNORECASE)


def superseded_values(claims: list[StatedClaim]) -> set[float]:
    """The figures a sentence tells as an earlier toll (``EARLIER_TOLL`` before the figure):
    another claim stating the same figure tells that earlier toll too (a headline's "Storms
    kill 9" kept as the first line of an updated story, over the body's "at least 16")."""
    values = set()
    for claim in claims:
        at = claim.figure_start
        if claim.stated is None or at is None or claim.in_title:
            continue
        found = EARLIER_TOLL.search(claim.text, 0, at)
        if found is None and _later_count(claims, claim):
            found = EARLY_REPORT.search(claim.text, 0, at)
        if found is not None and at - found.end() <= 60:
            values.add(claim.stated)
    return values


def _later_count(claims: list[StatedClaim], early: StatedClaim) -> bool:
    """Does another sentence than ``early``'s tell its own count as later (within 60
    characters before its figure: "police later said six") or revised (within 60 after it:
    "six were struck, revising that count"; not "two of the injured later died")?"""
    for claim in claims:
        at = claim.figure_start
        if claim.start == early.start or at is None:
            continue
        before = LATER_COUNT.search(claim.text, max(0, at - 60), at)
        if before is not None or _REVISING.search(claim.text, at, at + 60) is not None:
            return True
    return False


def early_report(claim: StatedClaim) -> bool:
    """Is ``claim``'s figure a first report's ("Early reports said seven people had been
    hit"), which a wounded count of the article tells again as it now stands?"""
    at = claim.figure_start
    found = EARLY_REPORT.search(claim.text, 0, at) if at is not None else None
    return found is not None and at is not None and at - found.end() <= 60
