"""Every divergence in one story, from its articles' findings: the pure entry point.

``detect`` takes the latest version of each article (plus earlier versions for revisions),
computes key figures once, runs each kind's finder and merges what several wire copies of one
original found into one divergence per key. It reads no database and no clock.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from crosswire.divergence.exclusive import exclusives
from crosswire.divergence.figures import PairCache, Thresholds, figure_divergences
from crosswire.divergence.keyfigures import key_figures
from crosswire.divergence.model import ArticleFindings, Divergence, StatedClaim
from crosswire.divergence.nonresponse import non_responses
from crosswire.divergence.revisions import revisions
from crosswire.divergence.settings import DivergenceConfig
from crosswire.divergence.summaries import restate


def detect(
    story: str,
    latest: Sequence[ArticleFindings],
    history: Mapping[int, Sequence[ArticleFindings]],
    settings: DivergenceConfig,
    *,
    now: datetime,
    cache: PairCache | None = None,
) -> list[Divergence]:
    """The story's divergences, merged by key, in a stable order.

    A ``cache`` kept between calls (``PairCache``) spares comparing article pairs again.
    """
    window = timedelta(hours=settings.event_window_hours)
    keyed = [key_figures(findings) for findings in latest]
    found: list[Divergence] = []
    stated = {f.source.article_id: f.claims for f in latest}
    limits = Thresholds(settings.min_diff, window)
    found.extend(figure_divergences(story, keyed, limits, stated, cache))
    found.extend(
        exclusives(
            story,
            keyed,
            now=now,
            grace=timedelta(hours=settings.exclusive_grace_hours),
            window=window,
            covering=len({f.source.origin_id for f in latest}),
            outlets=frozenset(f.source.outlet for f in latest),
        )
    )
    found.extend(non_responses(story, latest))
    for versions in history.values():
        found.extend(revisions(story, versions))
    return merge(found)


#: Kinds whose summary is rebuilt from every claim once copies and pairs are pooled.
RESTATED = frozenset({"conflict", "discrepancy", "update", "attribution"})


def merge(found: Sequence[Divergence]) -> list[Divergence]:
    """One divergence per key: claims found through several pairs or copies are pooled."""
    first: dict[str, Divergence] = {}
    pooled: dict[str, dict[tuple[int, str, str, int], StatedClaim]] = {}
    for divergence in found:
        first.setdefault(divergence.key, divergence)
        claims = pooled.setdefault(divergence.key, {})
        for claim in divergence.claims:
            slot = (claim.source.article_id, claim.category, claim.group_key, claim.start)
            claims.setdefault(slot, claim)
    merged = []
    for key, divergence in first.items():
        joined = replace(divergence, claims=tuple(pooled[key].values()))
        merged.append(restate(joined) if joined.kind in RESTATED else joined)
    return sorted(merged, key=lambda d: (d.kind, d.key))
