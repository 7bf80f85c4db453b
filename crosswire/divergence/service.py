"""The divergence step at the edge: read a story from the database, detect, save, queue alerts.

This is the one module of ``crosswire.divergence`` that does I/O; everything it calls is pure.
``refresh`` runs after each poll: it links new wire copies, makes again any results of those
stories that older rules made, then recomputes the stories that changed (or whose exclusives
may have matured) and writes their divergences and alerts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine

from crosswire.analysis import as_read
from crosswire.config import Config, StoryConfig
from crosswire.db import Store
from crosswire.db.divergence_store import DivergenceRow, DivergenceStore, VersionRow
from crosswire.db.stale_results import only_remade
from crosswire.divergence import records
from crosswire.divergence.aggregates import key_figure_table
from crosswire.divergence.detect import detect
from crosswire.divergence.figures import PairCache, Thresholds
from crosswire.divergence.intervals import relative_difference
from crosswire.divergence.keyfigures import key_figures
from crosswire.divergence.load import article_findings
from crosswire.divergence.memo import Memo
from crosswire.divergence.model import ArticleFindings, Divergence, Source
from crosswire.divergence.payload import divergence_json
from crosswire.divergence.settings import DEFAULT_ALERT_KINDS, DivergenceConfig, QualifierBands
from crosswire.divergence.wire import credit_cue, is_copy, shingles
from crosswire.reanalysis import bring_up_to_date

log = logging.getLogger(__name__)

#: A story with more articles than this compares its most recent ones (with the claims cap per
#: article in ``load``, a story's comparison stays bounded however large it grows).
MAX_ARTICLES_PER_STORY = 400


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    """What one divergence step did."""

    copies_linked: int = 0
    stories: int = 0
    divergences: int = 0
    alerts: int = 0
    reanalysed: int = 0  # results of older rules made again before comparing
    deferred: int = 0  # stories left for a later round while their results are made again


def refresh(store: Store, config: Config, now: datetime) -> RefreshSummary:
    """Link wire copies, then recompute changed stories and queue their alerts."""
    settings = config.divergence
    dstore = DivergenceStore(store)
    linked = link_wire_copies(dstore, settings, now)
    grace = timedelta(hours=settings.exclusive_grace_hours)
    # Results of older rules are made again first, so a rules upgrade is not reported as the
    # outlets' change; a story whose results do not all fit this round waits for the next.
    current = bring_up_to_date(dstore.engine, dstore.stories_to_refresh(grace=grace), now)
    found = alerts = 0
    for story in current.ready:
        divergences = compute_story(dstore, settings, story, now)
        # Quiet only when newer rules are all that changed since the story was last compared:
        # a new article or page text in the same round alerts as usual.
        quiet = only_remade(dstore.engine, story)
        alerts += save_story(dstore, config, story, divergences, now, quiet=quiet)
        found += len(divergences)
    return RefreshSummary(
        linked, len(current.ready), found, alerts, current.results, len(current.deferred)
    )


def save_story(
    dstore: DivergenceStore,
    config: Config,
    story: str,
    divergences: Sequence[Divergence],
    now: datetime,
    *,
    quiet: bool = False,
) -> int:
    """Store a story's divergences and queue the alerts its watch rule asks for; one transaction.

    ``quiet`` after its results were made again by newer rules: what was alerted before is not
    alerted again for new wording. Returns how many alerts were queued.
    """
    rows = [_row(d, story_settings(config, story), config.divergence) for d in divergences]
    return len(dstore.save_story(story, rows, now, quiet=quiet))


def link_wire_copies(dstore: DivergenceStore, settings: DivergenceConfig, now: datetime) -> int:
    """Check every unchecked article against the index; returns how many were linked."""
    window = timedelta(hours=settings.wire.window_hours)
    linked = 0
    for article in dstore.unchecked_articles():
        sample = shingles(article.text)
        when = article.published or article.first_seen
        original, share = None, None
        cue = credit_cue(article.text)
        for hit in dstore.wire_hits(
            sample, article_id=article.id, outlet_id=article.outlet_id, since=when - window
        ):
            smaller = min(len(sample), hit.sample)
            found = hit.shared / smaller if smaller else 0.0
            if abs(hit.when - when) <= window and is_copy(
                found if len(sample) >= 8 else 0.0,
                cue,
                plain=settings.wire.containment,
                with_cue=settings.wire.containment_with_cue,
            ):
                if hit.when <= when:
                    original, share = hit.origin_id, found
                else:
                    # Stored first but published later (feeds polled out of order): the
                    # earlier one is the original, so its copy moves under it.
                    dstore.relink(hit.origin_id, article.id)
                    linked += 1
                break
        dstore.record_wire_check(
            article.id, sample, original_id=original, containment=share, cue=cue, now=now
        )
        linked += original is not None
    return linked


def compute_story(
    dstore: DivergenceStore, settings: DivergenceConfig, story: str, now: datetime
) -> list[Divergence]:
    """Detect a story's divergences from what is stored.

    Pairs of article versions compared in an earlier run of this process are not compared
    again, so a story that gained one article costs that article's comparisons.
    """
    latest, history = load_story(dstore, settings, story)
    cache = pair_cache(dstore.engine, settings)
    return detect(story, latest, history, settings, now=now, cache=cache)


_caches: WeakKeyDictionary[Engine, PairCache] = WeakKeyDictionary()
#: Parsed findings per version, per database: a story of 400 articles is a few thousand.
FINDINGS_HELD = 4096
_findings: WeakKeyDictionary[Engine, tuple[QualifierBands, Memo[VersionKey, ArticleFindings]]] = (
    WeakKeyDictionary()
)
VersionKey = tuple[Any, ...]


def load_story(
    dstore: DivergenceStore, settings: DivergenceConfig, story: str
) -> tuple[list[ArticleFindings], dict[int, list[ArticleFindings]]]:
    """``story_findings`` of a stored story; versions parsed before in this process (same
    text, analysis and article fields) are neither read again nor parsed again."""
    memo = _findings_memo(dstore.engine, settings.qualifiers)
    held: dict[VersionKey, ArticleFindings] = {}

    def known(row: VersionRow) -> bool:
        found = memo.get(row.key)
        if found is not None:
            held[row.key] = found
        return found is not None

    rows = dstore.story_versions(story, known=known)
    return story_findings(rows, settings, held=held, remember=memo.put)


def _findings_memo(engine: Engine, bands: QualifierBands) -> Memo[VersionKey, ArticleFindings]:
    entry = _findings.get(engine)
    if entry is None or entry[0] != bands:
        entry = _findings[engine] = (bands, Memo(FINDINGS_HELD))
    return entry[1]


def pair_cache(engine: Engine, settings: DivergenceConfig) -> PairCache:
    """This process's cache of compared article pairs for one database and these settings."""
    limits = Thresholds(settings.min_diff, timedelta(hours=settings.event_window_hours))
    held = _caches.get(engine)
    if held is None or held.limits != limits:
        held = _caches[engine] = PairCache(limits)
    return held


def story_findings(
    rows: Sequence[VersionRow],
    settings: DivergenceConfig,
    *,
    held: Mapping[VersionKey, ArticleFindings] | None = None,
    remember: Callable[[VersionKey, ArticleFindings], None] | None = None,
) -> tuple[list[ArticleFindings], dict[int, list[ArticleFindings]]]:
    """Each article's current version, and every version of articles that have several.

    ``held`` gives findings parsed before (rows read without their bodies); each one parsed
    here is passed to ``remember``.
    """
    latest: list[ArticleFindings] = []
    versions: dict[int, list[ArticleFindings]] = {}
    for row in rows:
        findings = (held or {}).get(row.key) or _parse(row, settings)
        if remember is not None:
            remember(row.key, findings)
        versions.setdefault(row.article_id, []).append(findings)
        if row.version == row.current_version:
            latest.append(findings)
    if len(latest) > MAX_ARTICLES_PER_STORY:
        log.warning(
            "story has %d articles; comparing the %d most recent",
            len(latest),
            MAX_ARTICLES_PER_STORY,
        )
        latest = sorted(latest, key=lambda f: f.source.when)[-MAX_ARTICLES_PER_STORY:]
        kept = {f.source.article_id for f in latest}
        versions = {article: found for article, found in versions.items() if article in kept}
    history = {article: found for article, found in versions.items() if len(found) > 1}
    return latest, history


def _parse(row: VersionRow, settings: DivergenceConfig) -> ArticleFindings:
    source = Source(
        article_id=row.article_id,
        outlet=row.outlet,
        url=row.url,
        version=row.version,
        seen_at=row.seen_at,
        published=row.published,
        origin_id=row.duplicate_of or row.article_id,
        title=row.title,
    )
    # Headline claims point into the title, body claims into the text: read them as one
    # document so that no two sentences share an offset.
    text, claims, title_length = as_read(row.title, row.text, row.claims)
    return article_findings(
        source,
        claims,
        row.attributions,
        settings.qualifiers,
        text=text,
        title_length=title_length,
    )


def story_settings(config: Config, story: str) -> StoryConfig | None:
    """The watch rule of a story, by case-insensitive name."""
    return next((s for s in config.stories if s.name.lower() == story.lower()), None)


def should_alert(
    divergence: Divergence, story: StoryConfig | None, settings: DivergenceConfig
) -> bool:
    """Whether a divergence is pushed to people under its story's alert settings."""
    kinds = story.alert.kinds if story else DEFAULT_ALERT_KINDS
    if divergence.kind not in kinds:
        return False
    categories = story.alert.categories if story else []
    if categories and divergence.category not in categories:
        return False
    if divergence.kind == "revision":
        return bool(divergence.extra.get("figure_changed"))
    if divergence.kind == "discrepancy" and story and story.alert.min_diff:
        stated = [c.stated for c in divergence.claims if c.stated is not None]
        return (
            len(stated) >= 2
            and relative_difference(min(stated), max(stated)) >= story.alert.min_diff
        )
    return True


def story_divergences(
    store: Store, config: Config, story: str | None = None, kind: str | None = None
) -> list[dict[str, Any]]:
    """Stored, unresolved divergences as JSON (``crosswire divergences``)."""
    return DivergenceStore(store).list_divergences(story=story, kind=kind)


def story_key_figures(store: Store, config: Config, story: str) -> list[dict[str, Any]]:
    """Per category and group: spread, conservative value, low/best/high and the figures."""
    dstore = DivergenceStore(store)
    latest, _ = load_story(dstore, config.divergence, story)
    return key_figure_table([key_figures(f) for f in latest])


def outlet_records(store: Store, config: Config) -> list[dict[str, Any]]:
    """Per outlet, transparent counts and rates (formulas in ``records``)."""
    dstore = DivergenceStore(store)
    stories = []
    for story in dstore.story_names():
        latest, _ = load_story(dstore, config.divergence, story)
        keyed = [key_figures(f) for f in latest]
        table = key_figure_table(keyed)
        consensus: records.Consensus = {
            (row["category"], row["group"]): row["best"]
            for row in table
            if row["sources"] >= 3 and row["best"] is not None
        }
        stories.append((latest, keyed, consensus))
    history = dstore.list_divergences(resolved=True)
    return records.outlet_records(stories, history, dstore.copies_per_outlet())


def _row(
    divergence: Divergence, story: StoryConfig | None, settings: DivergenceConfig
) -> DivergenceRow:
    return DivergenceRow(
        key=divergence.key,
        kind=divergence.kind,
        category=divergence.category,
        group_key=divergence.group,
        fingerprint=divergence.fingerprint,
        headline=divergence.headline,
        payload=partial(divergence_json, divergence),
        alert=should_alert(divergence, story, settings),
    )
