"""The one adapter between the front ends (bot, digest) and the divergence engine.

Every call to the engine's read services (``story_divergences``, ``story_key_figures``,
``outlet_records``) and to its ``Outbox`` goes through here, so a late rename costs one file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from crosswire.chart import FigurePoint
from crosswire.config import Config
from crosswire.db.divergence_store import DivergenceStore
from crosswire.db.store import Store
from crosswire.divergence import service
from crosswire.divergence.keyfigures import key_figures
from crosswire.outbox import Outbox


class AlertView(Protocol):
    """What is needed to show an alert."""

    @property
    def id(self) -> int: ...
    @property
    def story(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def headline(self) -> str: ...
    @property
    def divergence(self) -> dict[str, Any]: ...


class AlertLike(AlertView, Protocol):
    """What a consumer reads of an outbox alert (``crosswire.outbox.Alert``)."""

    @property
    def created_at(self) -> datetime: ...


class OutboxLike(Protocol):
    """The consumer's side of ``crosswire.outbox.Outbox``."""

    def pending(self, consumer: str, limit: int = 100) -> Sequence[AlertLike]: ...
    def acknowledge(self, consumer: str, alert_ids: Sequence[int]) -> None: ...


def story_divergences(store: Store, config: Config, story: str | None) -> list[dict[str, Any]]:
    """Divergences of one story (or all), as ``crosswire divergences --json`` objects."""
    return service.story_divergences(store, config, story)


def story_key_figures(store: Store, config: Config, story: str) -> list[dict[str, Any]]:
    """Key figures per category and group: spread, conservative, low/best/high, figures."""
    return service.story_key_figures(store, config, story)


def outlet_records(store: Store, config: Config) -> list[dict[str, Any]]:
    """Per outlet: ``outlet`` plus integer and rate fields."""
    return service.outlet_records(store, config)


def open_outbox(store: Store) -> OutboxLike:
    """The engine's outbox on ``store``."""
    return Outbox(store)


@dataclass(frozen=True, slots=True)
class StoryOverview:
    """What ``/stories`` shows for one story."""

    name: str
    articles: int
    outlets: int
    claims: int
    last_activity: datetime | None


def story_overview(store: Store, story: str) -> StoryOverview:
    """Counts of articles, outlets and claims in ``story``, and its newest article's time."""
    listed = store.list_articles(story=story)
    claims = sum(len(a.claims) for a in store.latest_analyses(story=story))
    times = [a.published for a in listed if a.published is not None]
    return StoryOverview(
        name=story,
        articles=len(listed),
        outlets=len({a.outlet for a in listed}),
        claims=claims,
        last_activity=max(times) if times else None,
    )


def story_figure_points(store: Store, config: Config, story: str) -> list[FigurePoint]:
    """Every version's key figures in ``story``, per outlet and time (for the digest chart)."""
    latest, history = service.load_story(DivergenceStore(store), config.divergence, story)
    seen: set[tuple[int, int]] = set()
    points: list[FigurePoint] = []
    for findings in [*latest, *(f for versions in history.values() for f in versions)]:
        source = findings.source
        if (source.article_id, source.version) in seen:
            continue
        seen.add((source.article_id, source.version))
        for (category, _), claim in key_figures(findings).items():
            if claim.stated is not None:
                points.append(
                    FigurePoint(
                        category, claim.group or "", source.outlet, source.when, float(claim.stated)
                    )
                )
    return points
