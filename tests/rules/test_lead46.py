"""Readings the forty-sixth session's lead added. Every sentence is invented.

Claims: a number after a month's name that no day can be ("By March 40 people had died",
"Between January and March 400 were killed") is a count, not a date; people sent after the
kit sent with them ("sent four warships and about 300 sailors") are deployed.
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The navy sent four warships and about 300 sailors to the strait.", [("deployed", 300)]),
        (
            "The army deployed 12 helicopters, 40 trucks and 600 soldiers along the border.",
            [("deployed", 600)],
        ),
        ("Police sent two helicopters and 40 officers to search the hills.", [("deployed", 40)]),
        # the people's count heads a clause of its own, or the second count is of things
        ("The navy sent four warships and about 300 sailors were on leave.", []),
        ("The navy sent four warships and 300 tonnes of aid to the strait.", []),
    ],
)
def test_people_sent_after_the_kit_sent_with_them(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected
