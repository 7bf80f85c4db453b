"""SQL for results made by other rules than the running ones: find them, store them made again.

A story's stale results are read with the text and headline they were made from (the stored
version's own, not the article's current one), newest versions first, and replaced in place:
same article and version, new findings, ``analysed_at`` moved to when they were made again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, and_, or_, select, update

from crosswire.db.records import Findings
from crosswire.db.schema import article_versions, articles, outlets, rule_results, story_matches


@dataclass(frozen=True, slots=True)
class StaleResult:
    """One stored result made by other rules, with what it was made from."""

    result_id: int
    article_id: int
    version: int
    outlet: str
    url: str
    title: str
    text: str


def stale_results(engine: Engine, story: str, current: str, *, limit: int) -> list[StaleResult]:
    """At most ``limit`` results of ``story``'s versions not made by rules ``current``
    (results from before rules were recorded count as stale), newest versions first."""
    query = (
        select(
            rule_results.c.id,
            rule_results.c.article_id,
            rule_results.c.version,
            outlets.c.name,
            articles.c.url,
            article_versions.c.title,
            article_versions.c.text,
        )
        .join(articles, articles.c.id == rule_results.c.article_id)
        .join(outlets, outlets.c.id == articles.c.outlet_id)
        .join(story_matches, story_matches.c.article_id == articles.c.id)
        .join(
            article_versions,
            and_(
                article_versions.c.article_id == rule_results.c.article_id,
                article_versions.c.version == rule_results.c.version,
            ),
        )
        .where(
            story_matches.c.story == story,
            or_(rule_results.c.rules_version.is_(None), rule_results.c.rules_version != current),
        )
        .order_by(article_versions.c.seen_at.desc(), rule_results.c.id.desc())
        .limit(limit)
    )
    with engine.begin() as conn:
        return [
            StaleResult(row.id, row.article_id, row.version, row.name, row.url, row.title, row.text)
            for row in conn.execute(query)
        ]


def replace_results(engine: Engine, made: Sequence[tuple[int, Findings]], now: datetime) -> None:
    """Store findings made again for the given result ids; one transaction."""
    with engine.begin() as conn:
        for result_id, findings in made:
            conn.execute(
                update(rule_results)
                .where(rule_results.c.id == result_id)
                .values(
                    analysed_at=now,
                    claims=findings.claims,
                    attributions=findings.attributions,
                    findings_cut=findings.cut,
                    rules_version=findings.rules,
                )
            )
