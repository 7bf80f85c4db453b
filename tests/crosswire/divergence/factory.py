"""Small builders for divergence tests: claims and articles as the rules would give them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import rules
from crosswire.divergence.detect import detect
from crosswire.divergence.keyfigures import category_total, wounded_total
from crosswire.divergence.load import article_findings
from crosswire.divergence.model import ArticleFindings, Divergence, Source
from crosswire.divergence.settings import DivergenceConfig, QualifierBands

T0 = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
_ids = iter(range(1, 1_000_000))


def source(
    outlet: str,
    *,
    hours: float = 0.0,
    article_id: int | None = None,
    origin_id: int | None = None,
    version: int = 1,
) -> Source:
    ident = article_id if article_id is not None else next(_ids)
    when = T0 + timedelta(hours=hours)
    return Source(
        article_id=ident,
        outlet=outlet,
        url=f"https://{outlet.lower().replace(' ', '-')}.example/{ident}",
        version=version,
        seen_at=when,
        published=when,
        origin_id=origin_id if origin_id is not None else ident,
    )


def claim_dict(
    category: str,
    low: float | None,
    high: float | None = None,
    qualifier: str = "exact",
    *,
    group: str | None = None,
    claimant: str | None = None,
    via: str | None = None,
    text: str = "",
    start: int = 0,
    figure_text: str = "",
) -> dict[str, Any]:
    if high is None and qualifier in ("exact", "approximately"):
        high = low
    return {
        "category": category,
        "min": low,
        "max": high,
        "qualifier": qualifier,
        "group": group,
        "claimant": claimant,
        "via": via,
        "text": text or f"{figure_text or low} {category}.",
        "start": start,
        "end": start + 10,
        "figure_text": figure_text or str(low),
    }


def article(
    outlet: str,
    claims: list[dict[str, Any]] | None = None,
    attributions: list[dict[str, Any]] | None = None,
    **where: Any,
) -> ArticleFindings:
    return article_findings(
        source(outlet, **where), claims or [], attributions or [], QualifierBands()
    )


def analysed(outlet: str, text: str, **where: Any) -> ArticleFindings:
    """An article whose findings come from the real rules, as in production."""
    found = rules.analyze(text).to_json()
    return article_findings(
        source(outlet, **where), found["claims"], found["attributions"], QualifierBands(), text=text
    )


SETTINGS = DivergenceConfig()
#: When detection runs in most tests: well past every grace period.
LATER = T0 + timedelta(days=3)


def kinds(found: list[Divergence]) -> list[str]:
    return sorted(d.kind for d in found)


def run(
    *articles: ArticleFindings,
    history: dict[int, list[ArticleFindings]] | None = None,
    now: datetime = LATER,
) -> list[Divergence]:
    """Every divergence ``detect`` finds among ``articles`` (latest versions) and ``history``."""
    return detect("story", list(articles), history or {}, SETTINGS, now=now)


def headed_findings(title: str, text: str) -> ArticleFindings:
    """The findings of an article with a headline, as the product reads the pair."""
    document = f"{title}\n\n{text}"
    found = rules.analyze(document).to_json()
    return article_findings(
        Source(0, "Ledger", "", 1, T0, None, 0, title),
        found["claims"],
        found["attributions"],
        QualifierBands(),
        text=document,
        title_length=len(title),
    )


def headed_killed(title: str, text: str) -> float | None:
    """The killed key figure of an article with a headline, as the product reads the pair."""
    total = category_total(headed_findings(title, text), "killed")
    return total.stated if total else None


def headlined(title: str, body: str) -> tuple[float, float]:
    """(killed, wounded) of an article whose text opens with its headline."""
    text = f"{title}\n\n{body}"
    found = rules.analyze(text).to_json()
    findings = article_findings(
        source("Ledger"),
        found["claims"],
        found["attributions"],
        QualifierBands(),
        text=text,
        title_length=len(title),
    )
    killed = category_total(findings, "killed")
    return ((killed.stated or 0) if killed else 0, wounded_total(findings) or 0)


def key_figures(text: str) -> tuple[float, float]:
    """(killed, wounded) as the product states them for ``text`` (its key figures)."""
    findings = analysed("Ledger", text)
    killed = category_total(findings, "killed")
    return ((killed.stated or 0) if killed else 0, wounded_total(findings) or 0)
