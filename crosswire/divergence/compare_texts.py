"""Compare a handful of texts as one story, in memory: the engine behind ``crosswire compare``.

Each text is analysed, linked to an earlier input when it reads as a copy of it, and the
story's divergences are detected with no grace period (the reader asked now).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import rules
from crosswire.divergence.detect import detect
from crosswire.divergence.keyfigures import key_figures
from crosswire.divergence.load import article_findings
from crosswire.divergence.model import ArticleFindings, Source
from crosswire.divergence.payload import divergence_json
from crosswire.divergence.settings import DivergenceConfig
from crosswire.divergence.wire import containment, credit_cue, is_copy, shingles
from crosswire.divergence.wording import figure


@dataclass(frozen=True, slots=True)
class CompareInput:
    """One text to compare: who published it, where from, and what it says."""

    outlet: str
    url: str
    title: str
    text: str
    order: int = 0


@dataclass(frozen=True, slots=True)
class Comparison:
    """The divergences (JSON), each outlet's key figures, and which inputs are copies."""

    divergences: list[dict[str, Any]] = field(default_factory=list)
    key_figures: list[dict[str, Any]] = field(default_factory=list)
    copies: list[tuple[str, str]] = field(default_factory=list)


def compare_texts(
    inputs: Sequence[CompareInput], settings: DivergenceConfig, *, story: str, now: datetime
) -> Comparison:
    """Analyse, link copies, detect; outlets named twice get "#2", "#3" so both stay visible."""
    named = unique_outlets(inputs)
    samples = [shingles(i.text) for i in named]
    findings: list[ArticleFindings] = []
    copies: list[tuple[str, str]] = []
    for index, item in enumerate(named):
        origin = _origin(index, named, samples, settings)
        if origin != index:
            copies.append((item.outlet, named[origin].outlet))
        source = Source(
            article_id=index,
            outlet=item.outlet,
            url=item.url,
            version=1,
            seen_at=now,
            published=None,
            origin_id=origin,
            title=item.title,
        )
        analysis = rules.analyze(item.text).to_json()
        findings.append(
            article_findings(
                source,
                analysis["claims"],
                analysis["attributions"],
                settings.qualifiers,
                text=item.text,
                title_length=len(item.title),
            )
        )
    immediate = settings.model_copy(update={"exclusive_grace_hours": 0.0})
    found = detect(story, findings, {}, immediate, now=now)
    return Comparison([divergence_json(d) for d in found], _table(findings), copies)


def _origin(
    index: int,
    inputs: Sequence[CompareInput],
    samples: Sequence[frozenset[int]],
    settings: DivergenceConfig,
) -> int:
    cue = credit_cue(inputs[index].text)
    for earlier in range(index):
        share = containment(samples[index], samples[earlier])
        wire = settings.wire
        if is_copy(share, cue, plain=wire.containment, with_cue=wire.containment_with_cue):
            return _origin(earlier, inputs, samples, settings)
    return index


def _table(findings: Sequence[ArticleFindings]) -> list[dict[str, Any]]:
    rows: dict[tuple[str, str], dict[str, str]] = {}
    for item in findings:
        for (category, group), claim in key_figures(item).items():
            credit = f" ({claim.claimant})" if claim.claimant else ""
            rows.setdefault((category, group), {})[item.source.outlet] = figure(claim) + credit
    return [
        {"category": category, "group": group, "by_outlet": by_outlet}
        for (category, group), by_outlet in sorted(rows.items())
    ]


def unique_outlets(inputs: Sequence[CompareInput]) -> list[CompareInput]:
    """The inputs with an outlet named again renamed "NAME#2", "NAME#3" (case-insensitive)."""
    seen: dict[str, int] = {}
    named = []
    for item in inputs:
        key = item.outlet.lower()
        seen[key] = seen.get(key, 0) + 1
        outlet = item.outlet if seen[key] == 1 else f"{item.outlet}#{seen[key]}"
        named.append(CompareInput(outlet, item.url, item.title, item.text, item.order))
    return named
