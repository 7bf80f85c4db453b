"""A lead's count that a later sentence restates beside more people (issue 9, round 8).

Crime news often opens with the charge or the search and tells the whole toll later: "A man
was charged in the deaths of two brothers ... The two brothers and their uncle were found
dead in a pickup". The lead's figure (2) is a part of the later sentence's count (3), which
is the fuller count of the same event. A later sentence that tells of another event ("a
similar crash", "in March", "the second such attack", "on the same corner") restates
nothing (``_ELSEWHERE``). Pure helper of ``crosswire.divergence.keyfigures``.
"""

from __future__ import annotations

import re

from crosswire.divergence.model import StatedClaim
from crosswire.divergence.totals import is_perpetrator
from rules.calendar import MONTH_TITLE
from rules.number_values import number_value

#: Words that place a sentence's count in another event than the lead's: a similar or earlier
#: one, another date ("in March", "on May 3", "last month"), the same place at another time.
#: General English of crime and accident reports (the eleventh and twelfth reviews' cases).
_ELSEWHERE = re.compile(
    r"\b(?:similar|same|another|earlier|previous|prior|separate|second|third|such"
    r"|last\s+(?:month|year)|this\s+(?:month|year)|ago"
    rf"|(?:in|on|since)\s+{MONTH_TITLE}|in\s+\d{{4}})\b",
    re.IGNORECASE,
)
#: A date of the same people's disappearance or first report, not of another event: "first
#: reported missing in March", "last seen on May 3", "missing since June", "who vanished in
#: April" (crime round 9; the general English of missing-person follow-ups). Blanked before
#: ``_ELSEWHERE`` reads the sentence.
_SAME_PEOPLE_DATE = re.compile(
    r"\b(?:(?:first|last|initially|originally)\s+(?:reported|seen)(?:\s+(?:missing|alive))?"
    r"|(?:reported|went|gone)\s+missing|missing|disappeared|vanished)\s+(?:in|on|since)\s+"
    + MONTH_TITLE
    + r"(?:\s+\d{1,2}\b)?",
    re.IGNORECASE,
)
#: Only the count's own words and "and" between the count and a single person joined to it:
#: "two brothers and their uncle", "his wife and two children" (not "two children, and
#: later a man", nor a clause of its own). Plain English coordination.
_JOINED = re.compile(r"[\w'-]+(?:\s+[\w'-]+){0,3}\s*,?\s+and\s+", re.IGNORECASE)


def fuller_restatement(
    chosen: StatedClaim,
    sentences: dict[tuple[int, int], list[StatedClaim]],
    totals: dict[tuple[int, int], StatedClaim],
) -> StatedClaim | None:
    """A later body sentence that restates ``chosen``'s count beside more people.

    ``chosen`` is the body lead's total; ``sentences`` and ``totals`` are one category's
    claims and sums per sentence (as ``keyfigures`` builds them). The later sentence holds a
    count with the lead's figure, qualifier and group, and besides it only single people or
    counts joined to it by "and" ("The two brothers and their uncle were found dead"); its
    total is then the toll. Not when the lead's own sentence already sums several claims, nor
    for a headline (``keyfigures._fuller_lead`` handles that), nor for a zero.
    """
    if chosen.in_title or chosen.stated is None or chosen.stated < 1:
        return None
    own = [c for c in sentences.get((chosen.start, 0), []) if not c.part]
    leads = [c for c in own if not c.single and c.stated == chosen.stated]
    if len(own) != 1 or not leads:
        return None
    lead = leads[0]
    for key in sorted(totals):
        total = totals[key]
        if total.in_title or key[0] <= chosen.start or _elsewhere(total.text):
            continue
        if _fuller(lead, [c for c in sentences[key] if not c.part], total):
            return total
        if _told_apart(lead, total):
            return total
    return None


def _elsewhere(text: str) -> bool:
    """Does the sentence place its count in another event ("in March", "a similar crash"),
    once the dates of the same people's disappearance are set aside?"""
    low = text.lower()
    if any(word in low for word in ("missing", "seen", "vanished", "disappeared", "reported")):
        text = _SAME_PEOPLE_DATE.sub(" ", text)
    return _ELSEWHERE.search(text) is not None


#: A larger count told apart after its figure: ": the five engineers and a driver", ",
#: including the five engineers and two drivers" (the lead's count and the people besides it).
_TOLD_APART = re.compile(
    r"\s*(?::|\u2014|--|,\s*(?:including|among\s+them))\s*(?:the\s+)?(?P<lead>[\w-]+)\s+"
    r"(?:[\w'-]+\s+){0,3}?and\s+(?:(?P<one>an?|one)|(?P<more>[\w-]+))\s",
    re.IGNORECASE,
)


def _told_apart(lead: StatedClaim, total: StatedClaim) -> bool:
    """Whether ``total``'s own words after its figure name ``lead``'s count and the people
    besides it, adding up to ``total``: "put the number of wounded at nine: the eight
    engineers and an interpreter" over "eight wounded" in the lead."""
    if total.figure_start is None or total.stated is None or lead.stated is None:
        return False
    if total.stated <= lead.stated or lead.stated < 2:
        return False
    told = _TOLD_APART.match(total.text, total.figure_start + len(total.figure_text))
    if told is None or number_value(told["lead"]) != lead.stated:
        return False
    besides = 1 if told["one"] else number_value(told["more"] or "")
    return besides is not None and lead.stated + besides == total.stated


def _fuller(lead: StatedClaim, parts: list[StatedClaim], total: StatedClaim) -> bool:
    """Whether a sentence's ``parts`` are ``lead``'s count and others joined to it by "and"
    (single people or counts: "two brothers and their uncle", "two children and two
    adults"), and its ``total`` is their sum."""
    same = [
        c
        for c in parts
        if not c.single
        and (c.stated, c.qualifier, c.group_key) == (lead.stated, lead.qualifier, lead.group_key)
    ]
    others = [c for c in parts if same and c is not same[0]]
    if len(same) != 1 or not others or total.stated is None or lead.stated is None:
        return False
    if any(c.stated is None for c in others):
        return False
    if total.stated != lead.stated + sum(c.stated or 0 for c in others):
        return False
    # "two bailiffs and the gunman": his death is ``totals.with_perpetrator``'s to add
    if any(is_perpetrator(c.group, c.rule) for c in others):
        return False
    return all(_joined(c, same[0]) for c in others)


def _joined(one: StatedClaim, count: StatedClaim) -> bool:
    """The other part and the count are joined by "and", nothing else between."""
    if one.figure_start is None or count.figure_start is None:
        return False
    low, high = sorted((one.figure_start, count.figure_start))
    return _JOINED.fullmatch(one.text, low, high) is not None
