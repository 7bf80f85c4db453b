"""Killed and hurt counts of US local crime news (rules-gva14): a count of those still in care
beside the count of the hurt. Every sentence is invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, wounded_total
from crosswire.divergence.load import article_findings
from crosswire.divergence.model import Source
from crosswire.divergence.settings import QualifierBands
from rules.analyze import analyze
from tests.crosswire.divergence.factory import T0


def _headed(title: str, text: str) -> tuple[float, float]:
    """(killed, wounded) key figures of an article with a headline."""
    document = f"{title}\n\n{text}"
    found = analyze(document).to_json()
    findings = article_findings(
        Source(0, "Ledger", "", 1, T0, None, 0, title),
        found["claims"],
        found["attributions"],
        QualifierBands(),
        text=document,
        title_length=len(title),
    )
    killed = category_total(findings, "killed")
    return ((killed.stated or 0) if killed else 0, wounded_total(findings) or 0)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Orme club shooting: 4 still in hospital, 2 critical",
            "Two men are dead and 11 people were injured after gunfire broke out outside a club.",
            (2, 11),
        ),
        (
            "Vantor shooting: three remain hospitalized",
            "A woman was killed and nine others were wounded at a birthday party on Sunday.",
            (1, 9),
        ),
        # the care count is the only count of the hurt: it stays
        (
            "Pell Street shooting: 3 still in hospital",
            "A man was killed on Pell Street on Friday night.",
            (1, 3),
        ),
    ],
    ids=["still-in-hospital", "remain-hospitalized", "only-count"],
)
def test_care_count_gives_way_to_the_hurt(
    title: str, text: str, expected: tuple[float, float]
) -> None:
    assert _headed(title, text) == expected
