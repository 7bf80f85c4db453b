"""Figure divergences between outlets: conflict, discrepancy, update and attribution.

Only key figures are compared (``keyfigures``), only between independent sources (different
origins: a wire copy never diverges from its original), and only when two claims talk about
the same thing: the same category (or "killed" against "killed or wounded", which can only
conflict when the part exceeds the whole), related groups, and the same event.

- ``conflict``: the intervals cannot both be true.
- ``discrepancy``: they can, but the stated numbers differ by at least ``min_diff``.
- ``update``: either of those, from the same claimant (or an unnamed one) at least
  ``UPDATE_GAP`` apart: a toll moving over time, not a disagreement.
- ``attribution``: the same figure credited to different named claimants, credited in one
  outlet and bare in another, or passed on through a different intermediary.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from itertools import combinations

from crosswire.divergence.claimants import (
    credited_differently,
    moved_over_time,
    same_claimant,
    told_as_update,
)
from crosswire.divergence.events import same_event
from crosswire.divergence.groups import group_of, relation
from crosswire.divergence.intervals import disjoint, exceeds, relative_difference
from crosswire.divergence.keyfigures import KeyFigures
from crosswire.divergence.memo import Memo
from crosswire.divergence.model import Divergence, StatedClaim
from crosswire.divergence.parties import named
from crosswire.divergence.settings import DivergenceKind

#: Categories that are a part of another: a part may be smaller, never larger.
PART_OF: dict[str, str] = {"killed": "killed_or_wounded", "wounded": "killed_or_wounded"}


@dataclass(frozen=True, slots=True)
class Thresholds:
    min_diff: float
    event_window: timedelta


#: An article version as compared: (article id, version, origin id, digest of its claims).
ArticleKey = tuple[int, int, int, int]
#: Two compared versions and the story they were compared in (results carry the story).
PairKey = tuple[ArticleKey, ArticleKey, str]


class PairCache:
    """Results of comparing two article versions, kept between runs (bounded, oldest out).

    A pair's result depends only on the two versions (their claims, times and origins) and
    the thresholds, so a story that gains one article compares only that article's pairs.
    """

    def __init__(self, limits: Thresholds, size: int = 200_000) -> None:
        self.limits = limits
        self._held: Memo[PairKey, tuple[Divergence, ...]] = Memo(size)

    def get(self, key: PairKey) -> tuple[Divergence, ...] | None:
        return self._held.get(key)

    def put(self, key: PairKey, found: tuple[Divergence, ...]) -> None:
        self._held.put(key, found)


def figure_divergences(
    story: str,
    keyed: Sequence[KeyFigures],
    limits: Thresholds,
    stated: Mapping[int, Sequence[StatedClaim]] | None = None,
    cache: PairCache | None = None,
) -> Iterator[Divergence]:
    """Every figure divergence between pairs of articles, one per pair of claims.

    Summaries and headlines are left empty here: ``restate`` writes them once the pairs of a
    key are pooled (``detect.merge``). ``stated`` holds every claim of each article (by
    article id): an article that also states the other outlet's figure somewhere (an earlier
    toll, a second count) contradicts no one, so that pair is skipped. With a ``cache``
    (whose thresholds must be ``limits``), pairs compared before are not compared again.
    """
    everything = stated or {}
    articles = [
        (_article_key(figures, everything), list(figures.values())) for figures in keyed if figures
    ]
    if cache is not None and cache.limits != limits:
        cache = None
    for (key_a, claims_a), (key_b, claims_b) in combinations(articles, 2):
        if key_a[2] == key_b[2]:
            continue  # one origin: a copy never diverges from its original
        pair = (key_a, key_b, story)
        found = cache.get(pair) if cache is not None else None
        if found is None:
            found = tuple(_pair(story, claims_a, claims_b, limits, everything))
            if cache is not None:
                cache.put(pair, found)
        yield from found


def _article_key(
    figures: KeyFigures, everything: Mapping[int, Sequence[StatedClaim]]
) -> ArticleKey:
    """Identifies what a pair's result depends on: the version, its origin and its claims."""
    source = next(iter(figures.values())).source
    claims = everything.get(source.article_id) or tuple(figures.values())
    digest = hash(
        (
            source.when,
            *(
                (
                    c.category,
                    c.group_key,
                    c.stated,
                    c.qualifier,
                    c.claimant,
                    c.via,
                    c.start,
                    c.as_of,
                )
                for c in claims
            ),
        )
    )
    return (source.article_id, source.version, source.origin_id, digest)


def _pair(
    story: str,
    claims_a: Sequence[StatedClaim],
    claims_b: Sequence[StatedClaim],
    limits: Thresholds,
    everything: Mapping[int, Sequence[StatedClaim]],
) -> Iterator[Divergence]:
    """Every divergence between two articles' key figures."""
    claims_a = [_with_credit(a, everything) for a in claims_a]
    claims_b = [_with_credit(b, everything) for b in claims_b]
    for a in claims_a:
        for b in claims_b:
            if a.category == b.category:
                if not (_also_states(everything, a, b) or _also_states(everything, b, a)):
                    yield from _compare(story, a, b, limits)
            # Across categories ("killed" within "killed or wounded") only named claimants
            # are trusted: partial casualty counts ("two people were shot") are too often one
            # scene of a larger event.
            elif named(a.claimant) and named(b.claimant):
                if PART_OF.get(a.category) == b.category:
                    yield from _part_exceeds(story, a, b, limits)
                elif PART_OF.get(b.category) == a.category:
                    yield from _part_exceeds(story, b, a, limits)


def _with_credit(
    claim: StatedClaim, everything: Mapping[int, Sequence[StatedClaim]]
) -> StatedClaim:
    """A bare figure takes the credit its own article gives the same figure elsewhere.

    A lead often states "38 miners were killed" and credits the figure a paragraph later.
    """
    if claim.claimant:
        return claim
    for other in everything.get(claim.source.article_id, ()):
        if (
            other.claimant
            and other.category == claim.category
            and other.group_key == claim.group_key
            and other.stated == claim.stated
        ):
            return replace(claim, claimant=other.claimant, via=claim.via or other.via)
    return claim


def _also_states(
    everything: Mapping[int, Sequence[StatedClaim]], a: StatedClaim, b: StatedClaim
) -> bool:
    """Whether ``a``'s article also gives ``b``'s figure for the same category and group."""
    if b.interval is None:
        return False
    return any(
        other.category == b.category
        and other.group_key == b.group_key
        and other.stated == b.stated
        and other is not a
        for other in everything.get(a.source.article_id, ())
    )


def _compare(
    story: str, a: StatedClaim, b: StatedClaim, limits: Thresholds
) -> Iterator[Divergence]:
    if a.interval is None or b.interval is None:
        return
    link = relation(group_of(a.group), group_of(b.group))
    if link == "unrelated":
        return
    follow_up = False
    if not same_event(a, b, limits.event_window):
        # A follow-up days later about the same place may restate the toll: an update at most.
        follow_up = bool(a.places & b.places) and not (a.as_of and b.as_of)
        if not follow_up:
            return
    # A follow-up restating the toll often names the group differently ("three men" for
    # "two people" a week earlier): any related group is compared as the same one.
    if link != "same" and not follow_up:
        part, whole = (a, b) if link == "part" else (b, a)
        yield from _part_exceeds(story, part, whole, limits, same_category=True)
        return
    earlier, later = sorted((a, b), key=lambda c: c.source.when)
    differ = a.stated is not None and b.stated is not None and not (a.single or b.single)
    gap = relative_difference(a.stated or 0, b.stated or 0) if differ else 0.0
    apart = disjoint(a.interval, b.interval) and _really_apart(a, b, gap, limits)
    if apart or gap >= limits.min_diff:
        kind: DivergenceKind = "conflict" if apart else "discrepancy"
        # One outlet's own later figure is its update, never a disagreement with itself.
        if follow_up or a.outlet == b.outlet or moved_over_time(earlier, later):
            kind = "update"
        elif same_claimant(earlier, later) and (told_as_update(later) or told_as_update(earlier)):
            # "the agency said in an updated statement, raising its earlier figure": the newer
            # figure is the one told as an update, whichever article was published first.
            kind = "update"
            if not told_as_update(later):
                earlier, later = later, earlier
        yield _figure_divergence(kind, story, earlier, later)
    elif differ and a.stated == b.stated and not follow_up and credited_differently(a, b):
        yield _attribution(story, earlier, later)


def _really_apart(a: StatedClaim, b: StatedClaim, gap: float, limits: Thresholds) -> bool:
    """Disjoint intervals are a conflict when both counts are exact, or, when a qualifier is
    involved, when the stated numbers also differ by half the minimum difference.

    "nearly 50" and "50", "more than 100" and "100" say the same number in two ways.
    """
    if a.qualifier == "exact" and b.qualifier == "exact" and not (a.single or b.single):
        return True
    return gap >= limits.min_diff / 2


def _part_exceeds(
    story: str,
    part: StatedClaim,
    whole: StatedClaim,
    limits: Thresholds,
    *,
    same_category: bool = False,
) -> Iterator[Divergence]:
    if part.interval is None or whole.interval is None:
        return
    if not same_category and relation(group_of(part.group), group_of(whole.group)) not in (
        "same",
        "part",
    ):
        return
    if same_event(part, whole, limits.event_window) and exceeds(part.interval, whole.interval):
        earlier, later = sorted((part, whole), key=lambda c: c.source.when)
        kind: DivergenceKind = "update" if moved_over_time(earlier, later) else "conflict"
        yield _figure_divergence(kind, story, earlier, later)


def _figure_divergence(
    kind: DivergenceKind, story: str, earlier: StatedClaim, later: StatedClaim
) -> Divergence:
    categories = "⊂".join(sorted({earlier.category, later.category}, key=len))
    groups = "⊂".join(sorted({earlier.group_key, later.group_key}, key=len))
    return Divergence(
        kind=kind,
        story=story,
        key=f"{kind}|{categories}|{groups}",
        summary="",
        headline="",
        claims=(earlier, later),
        category=earlier.category,
        group=earlier.group_key if earlier.group_key == later.group_key else groups,
    )


def _attribution(story: str, earlier: StatedClaim, later: StatedClaim) -> Divergence:
    value = f"{earlier.stated:g}" if earlier.stated is not None else "?"
    return Divergence(
        kind="attribution",
        story=story,
        key=f"attribution|{earlier.category}|{earlier.group_key}|{value}",
        summary="",
        headline="",
        claims=(earlier, later),
        category=earlier.category,
        group=earlier.group_key,
    )
