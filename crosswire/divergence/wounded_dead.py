"""The wounded less those of them who died: "three were hurt and one of them later died".

Pure helper of ``crosswire.divergence.keyfigures``. A wounded count is told of one moment;
a death among the wounded told after it (in the next sentence, or as a raised toll: "a third
victim has died", "raising the toll to 12") leaves one wounded fewer.
"""

from __future__ import annotations

import re

from crosswire.divergence.latest_toll import ORDINAL_TOLLS, UPDATE
from crosswire.divergence.model import ArticleFindings, StatedClaim
from crosswire.divergence.totals import sentence_total
from rules.claims.cb22 import PartOfTheShotDied
from rules.number_values import number_value

#: The rule that reads the part of a count who died ("one of them later died").
PART_DIED = PartOfTheShotDied.code
#: A raised toll told as the death of someone hurt: "after a girl died at the hospital",
#: "one of the wounded had died", "a teen wounded on Saturday has died", "died of his
#: wounds" (general English of follow-up reports).
_HURT_DIED = re.compile(
    r"\bdied\s+(?:\w+\s+){0,3}?(?:at|in)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:hospital|medical\s+cent(?:er|re))\b"
    r"|\bdied\s+(?:of|from)\s+(?:\w+\s+){0,2}?(?:wounds|injuries)\b"
    r"|\b(?:wounded|injured|hurt|shot)\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:since\s+)?died\b",
    re.IGNORECASE,
)
#: "two more died": the figure of the deaths that raised the toll.
_MORE = re.compile(r"\s+more\b", re.IGNORECASE)
#: A wounded count told of the time after the deaths: those still hurt or who lived.
_NOW = re.compile(r"\b(?:remain|remains|still|survived|now)\b", re.IGNORECASE)


def less_the_dead(
    findings: ArticleFindings,
    wounded: StatedClaim | None,
    killed: StatedClaim | None,
    dead: list[StatedClaim],
) -> float | None:
    """``wounded``'s count less the part of it who died since: told by CB22 ("one of them
    later died") beside it, or by the rise of the toll ``killed`` over the dead told before
    the rise (``dead``: the article's current killed claims)."""
    count = _less_the_part(findings, wounded)
    if wounded is None or count is None or count != wounded.stated:
        return count  # the part who died is taken off already
    rise = _rise(findings, wounded, killed, dead)
    return count - rise if 0 < rise <= count else count


def _less_the_part(findings: ArticleFindings, wounded: StatedClaim | None) -> float | None:
    """A wounded count less the part of it who died (CB22) in its sentence or the next.

    "Three officers were injured and one of them later died" is 2 wounded beside 1 killed,
    as is "Three officers were injured. One of them later died." A count the rules already
    reduced ("four people were shot, one of them fatally" is wounded 3) keeps its figure.
    """
    if wounded is None or wounded.stated is None:
        return None
    written = number_value(wounded.figure_text)
    if written is not None and written != wounded.stated:
        return wounded.stated  # the rules left out the dead already
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
    return wounded.stated - died if 0 < died < wounded.stated else wounded.stated


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


def _rise(
    findings: ArticleFindings,
    wounded: StatedClaim,
    killed: StatedClaim | None,
    dead: list[StatedClaim],
) -> float:
    """How many of the wounded died since, by the toll ``killed``: "Three people were shot,
    one fatally" and, in another sentence, "A second victim has died" (the toll less the dead
    told beside the wounded, else in the article's first sentence of dead that tells no rise)
    or "risen to 18 after two more died in hospital" (the two). Only for an exact count told
    before the deaths: a bound ("at least 35") or a count of those still hurt ("remain in
    hospital", "had survived") is left as it is."""
    if killed is None or killed.stated is None or killed.start == wounded.start:
        return 0
    if wounded.qualifier != "exact" or _NOW.search(wounded.text):
        return 0
    if _beside_toll(findings.claims, wounded, killed):
        return 0
    if killed.rule not in ORDINAL_TOLLS and not (
        UPDATE.search(killed.text) and _HURT_DIED.search(killed.text)
    ):
        return 0
    more = [c for c in dead if c.start == killed.start and _MORE.match(c.text, _end(c))]
    if more:
        return sum(c.stated or 0 for c in more)
    before = [c for c in dead if c.start == wounded.start]
    if not before:
        earlier = [c for c in dead if not c.in_title and not _raised(c)]
        first = min((c.start for c in earlier), default=None)
        before = [c for c in earlier if c.start == first]
    told = sentence_total(before).stated if before else None
    return killed.stated - told if told is not None else 0


def _beside_toll(
    claims: tuple[StatedClaim, ...], wounded: StatedClaim, killed: StatedClaim
) -> bool:
    """Whether a sentence states the wounded count beside the raised toll ("Shooting kills 2,
    injures 4" over "a second teen has died"): then the count is told after the deaths."""
    tolls = {c.start for c in claims if c.category == "killed" and c.stated == killed.stated}
    return any(
        c.start in tolls and c.category == wounded.category and c.stated == wounded.stated
        for c in claims
    )


def _end(claim: StatedClaim) -> int:
    return (claim.figure_start or 0) + len(claim.figure_text)


def _raised(claim: StatedClaim) -> bool:
    return claim.rule in ORDINAL_TOLLS or UPDATE.search(claim.text) is not None
