"""CB51: victims after an inverted casualty clause ("Also killed were ..."). Every claim of the
sentence, in order, so that a missed or extra victim fails. All text is our own."""

from __future__ import annotations

import pytest

from rules.casualties import find_claims
from rules.text import Document


def claims(text: str) -> list[tuple[str, float | None, str | None, str, str]]:
    return [
        (c.category, c.min, c.group, c.figure_text, c.rule) for c in find_claims(Document(text), ())
    ]


CASES = [
    (
        "count",
        "Also killed were two firefighters from Orsk.",
        [("killed", 2, "firefighters", "two", "CB51")],
    ),
    (
        "described-person",
        "Also wounded in the blast was a 19-year-old student.",
        [("wounded", 1, "student", "a", "CB51")],
    ),
    (
        "named-person",
        "Also killed in the stampede was Ana Ruiz, a baker.",
        [("killed", 1, None, "Ana Ruiz", "CB51")],
    ),
    (
        "list",
        "Killed were a teacher and her son, the police said.",
        [("killed", 1, "teacher", "a", "CB51"), ("killed", 1, "son", "her", "CB51")],
    ),
    (
        "after-semicolon",
        "Three people died; also hurt were four children.",
        [("killed", 3, "people", "Three", "CB01"), ("wounded", 4, "children", "four", "CB51")],
    ),
    (
        "capitals",
        "ALSO HURT IN THE CRUSH AT THE GATE WAS A STUDENT FROM ORSK.",
        [("wounded", 1, "STUDENT", "A", "CB51")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_inverted_clause_counts_its_victims(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers killed in the ambush were buried on Sunday.",
        "Those killed were not named by the police.",
        "Also arrested were two farmers.",
        "The rebels also killed were the ones who fled.",
    ],
    ids=["reduced-relative", "those-killed", "not-a-casualty", "mid-clause"],
)
def test_no_inverted_clause(text: str) -> None:
    assert [c for c in claims(text) if c[4] == "CB51"] == []
