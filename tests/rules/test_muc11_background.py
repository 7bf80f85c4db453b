"""Terrorism wire copy: a war's running total or a statistic of years is no toll of the news.

Every sentence here is invented (people and places too).
"""

from __future__ import annotations

import pytest

from tests.support.claims import casualties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "About 4,000 people have been killed in Tarvia since 1985.",
            [],
            id="since-a-year",
        ),
        pytest.param(
            "In the last ten years, 64 mayors have been murdered in Oskland.",
            [],
            id="fronted-last-years",
        ),
        pytest.param(
            "The talks seek to end a civil war that has left more than 50,000 dead.",
            [],
            id="war-that-has-left",
        ),
        pytest.param(
            "Brenna has endured a civil war in which some 30,000 people have died.",
            [],
            id="war-in-which",
        ),
        pytest.param(
            "During this nine-year war, 40,000 people have died.",
            [],
            id="nine-year-war",
        ),
        pytest.param(
            "More than 20 reporters have been killed by the army since 1981.",
            [],
            id="reporters-since-year",
        ),
        pytest.param(
            "The number of people killed since the rebels began their armed struggle in 1980"
            " now stands at 9,000.",
            [],
            id="number-killed-since-struggle",
        ),
        pytest.param(
            "Since the party was founded in 1985, more than 500 of its members have been killed.",
            [],
            id="since-a-dated-clause",
        ),
        pytest.param(
            "More than 40 judges have been murdered since the courts began their fight against"
            " the smuggling rings in 1991.",
            [],
            id="since-a-long-dated-clause",
        ),
        pytest.param(
            "Since the storm hit in the night, 12 people have died.",
            [("killed", 12)],
            id="since-a-night-stays",
        ),
        pytest.param(
            "A car bomb killed 12 people in Brenna on Tuesday, in a war that has killed"
            " 30,000 since 1990.",
            [("killed", 12)],
            id="news-toll-beside-war-total",
        ),
        pytest.param(
            "The bomb, the deadliest attack since 1998, killed nine people.",
            [("killed", 9)],
            id="record-since-year-stays",
        ),
        pytest.param(
            "Nine people were killed on Monday in the worst attack since 1998.",
            [("killed", 9)],
            id="worst-since-year-stays",
        ),
        pytest.param(
            "Since the fighting began on Monday, 40 people have been killed.",
            [("killed", 40)],
            id="days-of-fighting-stay",
        ),
        pytest.param(
            "A war that began with the murder of a bishop is now taking the lives of hundreds"
            " of villagers.",
            [("killed", 1), ("killed", 200)],
            id="war-that-began-is-no-total",
        ),
        pytest.param(
            "A 10-year-old girl was among three people wounded in the blast.",
            [("wounded", 3)],
            id="age-is-no-span",
        ),
    ],
)
def test_background_totals(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert casualties(text) == expected
