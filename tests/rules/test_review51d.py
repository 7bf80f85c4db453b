"""review51d's sentences: gaps the lead left open in the fifty-first session, closed on invented
text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police found six men in the yard, two of them with gunshot wounds.",
            [("wounded", 2, None)],
        ),
        (
            "Guards stopped a lorry carrying nine men near Sotto, three of them with stab wounds.",
            [("wounded", 3, None)],
        ),
        # counter-examples: no wound told of the part, and a part of a count of the shot
        ("Police found six men in the yard, two of them with criminal records.", []),
        (
            "Gunmen shot eight villagers, five of them with gunshot wounds to the legs.",
            [("killed_or_wounded", 8, "villagers"), ("wounded", 5, None)],
        ),
    ],
    ids=["gunshot", "stab", "records", "part-of-the-shot"],
)
def test_a_part_found_with_wounds_is_hurt(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _claims(text) == expected
