"""SQL for results made by other rules than the running ones: find them, store them made again.

A story's stale results are read with the text and headline they were made from (the stored
version's own, not the article's current one), newest versions first, and replaced in place:
same article and version, new findings, ``analysed_at`` moved to when they were made again.
A result changed meanwhile (a late page text replaced the version's text and findings) is left
as it is: the replacement is conditional on the ``analysed_at`` that was read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, or_, select, update

from crosswire.db.divergence_schema import story_state
from crosswire.db.records import Findings
from crosswire.db.rows import result_of_version, result_values
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
    analysed_at: datetime


def stale_results(engine: Engine, story: str, current: str, *, limit: int) -> list[StaleResult]:
    """At most ``limit`` results of ``story``'s versions not made by rules ``current``
    (results from before rules were recorded count as stale), newest versions first."""
    query = (
        select(
            rule_results.c.id,
            rule_results.c.article_id,
            rule_results.c.version,
            rule_results.c.analysed_at,
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
            result_of_version(),
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
            StaleResult(
                row.id,
                row.article_id,
                row.version,
                row.name,
                row.url,
                row.title,
                row.text,
                row.analysed_at,
            )
            for row in conn.execute(query)
        ]


def replace_results(
    engine: Engine, made: Sequence[tuple[StaleResult, Findings]], now: datetime
) -> int:
    """Store findings made again; one transaction. A result whose ``analysed_at`` is no longer
    the one read (replaced meanwhile) is skipped. Returns how many were stored."""
    stored = 0
    with engine.begin() as conn:
        for stale, findings in made:
            done = conn.execute(
                update(rule_results)
                .where(
                    rule_results.c.id == stale.result_id,
                    rule_results.c.analysed_at == stale.analysed_at,
                )
                .values(**result_values(findings, now))
            )
            stored += done.rowcount
    return stored


def mark_current(engine: Engine, stale: StaleResult, rules: str) -> None:
    """Keep a result's findings but label them current: the running rules could not make them
    again (a bug), and trying every round would hold up its story for good."""
    with engine.begin() as conn:
        conn.execute(
            update(rule_results)
            .where(
                rule_results.c.id == stale.result_id,
                rule_results.c.analysed_at == stale.analysed_at,
            )
            .values(rules_version=rules)
        )


def only_remade(engine: Engine, story: str) -> bool:
    """Has nothing happened to ``story`` since it was last compared but results made again?

    True when some result was made (``analysed_at``) after the story's last comparison while no
    version was seen after it: no new article, version or page text, only newer rules. A story
    never compared is never "only remade" (its divergences have not been alerted).
    """
    query = (
        select(
            func.max(article_versions.c.seen_at).label("seen"),
            func.max(rule_results.c.analysed_at).label("analysed"),
        )
        .select_from(story_matches)
        .join(article_versions, article_versions.c.article_id == story_matches.c.article_id)
        .join(
            rule_results,
            result_of_version(),
        )
        .where(story_matches.c.story == story)
    )
    computed = select(story_state.c.computed_at).where(story_state.c.story == story)
    with engine.begin() as conn:
        last = conn.execute(computed).scalar()
        row = conn.execute(query).one()
    if last is None or row.seen is None or row.analysed is None:
        return False
    return bool(row.seen <= last < row.analysed)
