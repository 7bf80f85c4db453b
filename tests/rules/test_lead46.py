"""Readings the forty-sixth session's lead added. Every sentence is invented.

Claims: a number after a month's name that no day can be ("By March 40 people had died",
"Between January and March 400 were killed") is a count, not a date.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By March 40 people had died in the outbreak, the ministry said.", [("killed", 40)]),
        (
            "Between January and March 400 people were killed in the valley, the monitor said.",
            [("killed", 400)],
        ),
        # a day still makes a date, and a year a label
        ("By May 12 the toll had risen to 40, officials said.", [("killed", 40)]),
        ("In March 2019 two guards were shot dead at the gate.", [("killed", 2)]),
    ],
)
def test_a_number_no_day_can_be_after_a_month(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def test_a_day_after_a_month_is_the_hour_of_the_toll() -> None:
    claim = analyze("By May 12 the toll had risen to 40, officials said.").claims[0]
    assert claim.as_of == "May 12"
    claim = analyze("By March 40 people had died in the outbreak, the ministry said.").claims[0]
    assert claim.as_of is None
