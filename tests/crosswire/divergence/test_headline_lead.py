"""A headline shortens its lead: the lead's fuller count of the same toll is the key figure."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crosswire.divergence.keyfigures import category_total
from crosswire.divergence.load import article_findings
from crosswire.divergence.model import ArticleFindings, Source
from crosswire.divergence.settings import QualifierBands
from rules.analyze import analyze


def titled(title: str, text: str) -> ArticleFindings:
    """An article whose text opens with its headline, as ``compare`` and the GVA bench read it."""
    document = f"{title}\n\n{text}"
    found = analyze(document).to_json()
    when = datetime(2026, 5, 4, tzinfo=UTC)
    source = Source(1, "Ledger", "https://ledger.example/1", 1, when, None, 1, title)
    return article_findings(
        source,
        found["claims"],
        found["attributions"],
        QualifierBands(),
        text=document,
        title_length=len(title),
    )


def killed(title: str, text: str) -> float | None:
    total = category_total(titled(title, text), "killed")
    return None if total is None else total.stated


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Sergeant and four villagers killed in raid on Harl",
            "HARL — A sergeant and four villagers were killed when gunmen raided the market "
            "town of Harl on Monday, the provincial governor said.",
            5,
        ),
        (
            "Gunman kills three at Tarrow bowling alley before deputies shoot him",
            "TARROW — A gunman killed three people at a bowling alley in Tarrow on Friday "
            "before he was shot dead by sheriff's deputies, officials said.",
            4,
        ),
        (
            "Three teachers and a janitor die in Colm school fire",
            "COLM — Three teachers and a janitor died when fire swept through a school in "
            "Colm early on Tuesday, fire officials said.",
            4,
        ),
    ],
    ids=["single-before-count", "gunman-killed-in-turn", "single-after-count"],
)
def test_the_lead_completes_the_headline(title: str, text: str, expected: float) -> None:
    assert killed(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # The single people are the count's own members, not besides it.
        (
            "Two adults, one child dead in Selby murder-suicide",
            "SELBY — A man shot a woman and a girl to death before turning the gun on "
            "himself, and deputies found the three dead in the kitchen, the sheriff said.",
            3,
        ),
        # "four others" are counted besides someone the headline does not count.
        (
            "Gunfire at Pine Row party kills one, wounds four others",
            "PINE ROW — A man died days after he and four others were shot at a party on "
            "Pine Row, police said.",
            1,
        ),
    ],
    ids=["singles-are-the-count", "others-besides"],
)
def test_the_headline_stays_when_the_lead_adds_no_one(
    title: str, text: str, expected: float
) -> None:
    assert killed(title, text) == expected
