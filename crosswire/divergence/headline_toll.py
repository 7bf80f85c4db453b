"""A headline's figure is its body's toll shortened: one toll, one key figure.

A headline drops the source and often the group: "Shelling kills 12 in Orsk" over "Twelve
soldiers were killed, the Defence Ministry said". Counted apart, the headline's bare "12
people" would stand as a second key figure of the category, unsourced, and conflict with
another outlet's "20 people" that the body's 12 soldiers never contradict. A demanding
fact-checker reads one toll there, told by the body with its group and source, so the
headline's figure gives way to the body's when they state the same count for related groups
(``restates``). Different counts stay apart: "Shelling kills 14" over "Twelve soldiers were
killed" tells a toll and a part of it, and both are compared.

>>> from crosswire.divergence.model import Interval
>>> same_count(Interval(40, None, lo_open=True), Interval(41, None))
True
"""

from __future__ import annotations

from collections.abc import Mapping

from crosswire.divergence.groups import group_of, relation
from crosswire.divergence.intervals import whole_counts
from crosswire.divergence.model import Interval, StatedClaim


def same_count(a: Interval, b: Interval) -> bool:
    """Whether two intervals allow the same whole numbers ("above 40", "at least 41")."""
    return whole_counts(a) == whole_counts(b)


def restates(head: StatedClaim, body: StatedClaim) -> bool:
    """Whether ``body`` states ``head``'s count: the same number and qualifier, or the same
    whole numbers ("casualty toll rises above 40" over "At least 41 ... the agency said")."""
    if (head.stated, head.qualifier) == (body.stated, body.qualifier):
        return True
    # only open-ended counts told two ways, each as its rules read it (a sentence total
    # keeps its first claim's interval, so its stated sum must be that interval's number)
    if not {head.qualifier, body.qualifier} <= _OPEN_ABOVE:
        return False
    if head.interval is None or body.interval is None or not (_plain(head) and _plain(body)):
        return False
    return same_count(head.interval, body.interval)


#: Qualifiers of a count with no upper bound: "more than 40" is "at least 41".
_OPEN_ABOVE = frozenset({"more_than", "at_least"})


def _plain(claim: StatedClaim) -> bool:
    return claim.stated is not None and claim.stated == claim.min


def without_restated_headlines(
    figures: Mapping[tuple[str, str], StatedClaim],
) -> dict[tuple[str, str], StatedClaim]:
    """The key figures less a headline's figure that a body key figure of the same category
    and a related group restates (exact headline counts also match a qualified body count of
    the same number: "Flood kills 14" over "At least 14 ..., the ministry said")."""
    body = [c for c in figures.values() if not c.in_title and c.interval is not None]
    kept: dict[tuple[str, str], StatedClaim] = {}
    for key, claim in figures.items():
        if claim.in_title and any(_same_toll(claim, other) for other in body):
            continue
        kept[key] = claim
    return kept


def _same_toll(head: StatedClaim, body: StatedClaim) -> bool:
    if head.category != body.category or head.group_key == body.group_key:
        return False
    if relation(group_of(head.group), group_of(body.group)) == "unrelated":
        return False
    if head.qualifier == "exact" and head.stated is not None and head.stated == body.stated:
        return True
    return restates(head, body)
