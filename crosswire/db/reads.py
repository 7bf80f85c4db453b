"""The Store's read side: what ``crosswire articles`` and analyses show, and row counts."""

from __future__ import annotations

from sqlalchemy import and_, func, select

from crosswire.db.records import ArticleListing, StoredAnalysis
from crosswire.db.rows import Transactional
from crosswire.db.schema import (
    article_versions,
    articles,
    feeds,
    outlets,
    rule_results,
    story_matches,
)


class Reads(Transactional):
    """Mixed into :class:`crosswire.db.Store`; each method reads in one transaction."""

    def list_articles(self, *, story: str | None = None) -> list[ArticleListing]:
        """Articles newest first (by publication, then first seen), optionally of one story."""
        original = articles.alias("original")
        query = (
            select(
                articles.c.id,
                articles.c.url,
                outlets.c.name.label("outlet"),
                articles.c.title,
                articles.c.published,
                articles.c.version,
                original.c.url.label("duplicate_url"),
            )
            .join(outlets, outlets.c.id == articles.c.outlet_id)
            .outerjoin(original, original.c.id == articles.c.duplicate_of)
            .order_by(
                func.coalesce(articles.c.published, articles.c.first_seen).desc(),
                articles.c.id.desc(),
            )
        )
        if story is not None:
            query = query.where(
                articles.c.id.in_(
                    select(story_matches.c.article_id).where(story_matches.c.story == story)
                )
            )
        with self._transaction() as conn:
            rows = conn.execute(query).all()
            stories: dict[int, list[str]] = {}
            for article_id, name in conn.execute(
                select(story_matches.c.article_id, story_matches.c.story).order_by(
                    story_matches.c.id
                )
            ):
                stories.setdefault(article_id, []).append(name)
        return [
            ArticleListing(
                url=row.url,
                outlet=row.outlet,
                title=row.title,
                published=row.published,
                stories=tuple(stories.get(row.id, ())),
                versions=row.version,
                duplicate_of=row.duplicate_url,
            )
            for row in rows
        ]

    def latest_analyses(self, *, story: str | None = None) -> list[StoredAnalysis]:
        """Rule results of each article's current version, grouped by outlet."""
        query = (
            select(
                articles.c.url,
                outlets.c.name.label("outlet"),
                articles.c.title,
                rule_results.c.version,
                rule_results.c.claims,
                rule_results.c.attributions,
            )
            .join(outlets, outlets.c.id == articles.c.outlet_id)
            .join(
                rule_results,
                and_(
                    rule_results.c.article_id == articles.c.id,
                    rule_results.c.version == articles.c.version,
                ),
            )
            .order_by(outlets.c.name, articles.c.id)
        )
        if story is not None:
            query = query.where(
                articles.c.id.in_(
                    select(story_matches.c.article_id).where(story_matches.c.story == story)
                )
            )
        with self._transaction() as conn:
            return [
                StoredAnalysis(
                    url=row.url,
                    outlet=row.outlet,
                    title=row.title,
                    version=row.version,
                    claims=list(row.claims),
                    attributions=list(row.attributions),
                )
                for row in conn.execute(query)
            ]

    def counts(self) -> dict[str, int]:
        """Row counts per table, for summaries and tests."""
        tables = {
            "outlets": outlets,
            "feeds": feeds,
            "articles": articles,
            "article_versions": article_versions,
            "story_matches": story_matches,
            "rule_results": rule_results,
        }
        with self._transaction() as conn:
            return {
                name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
                for name, table in tables.items()
            }
