"""review51c's sentences: gaps the lead left open, closed on invented text. Every sentence is
the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "freed", "taken"),
    [
        ("Four of the 12 engineers abducted from the site were freed on Monday.", 4, 12),
        ("Two of the nine drivers kidnapped near Orsa were freed on Friday.", 2, 9),
        ("Four of the 12 abducted engineers were freed on Monday.", 4, 12),
    ],
    ids=["participle-after", "kidnapped-near", "adjective-before"],
)
def test_a_freed_part_of_the_taken_is_rescued_beside_its_whole(
    text: str, freed: int, taken: int
) -> None:
    claims = _claims(text)
    assert ("rescued", freed) in claims
    assert ("kidnapped", taken) in claims
    assert ("rescued", taken) not in claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four of the 12 engineers abducted last year have since retired.",
            [("kidnapped", 12)],
        ),
        ("Four of the 12 people taken to hospital were released.", [("wounded", 12)]),
        ("Two of the nine people held overnight were released without charge.", []),
    ],
    ids=["retired", "hospital", "held-overnight"],
)
def test_a_part_of_the_taken_with_no_freeing_stays(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected
