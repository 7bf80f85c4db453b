"""Terrorism wire copy: a war's running total or a statistic of years is no toll of the news
(its claim carries the period, ``Claim.period``).

Every sentence here is invented (people and places too).
"""

from __future__ import annotations

import pytest

from tests.support.claims import periods, toll_casualties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tarvia's insurgency has claimed 8,200 lives since 2004.",
            [],
            id="since-a-year",
        ),
        pytest.param(
            "Over the past six years, 31 village heads were shot dead in Oskland.",
            [],
            id="fronted-past-years",
        ),
        pytest.param(
            "Envoys hope to end the separatist conflict, which has cost 5,500 lives.",
            [],
            id="conflict-which-has-cost",
        ),
        pytest.param(
            "Brenna is weary of an insurgency in which 3,100 soldiers fell.",
            [],
            id="insurgency-in-which",
        ),
        pytest.param(
            "Some 900 police officers died in a seven-year rebellion in the hills.",
            [],
            id="seven-year-rebellion",
        ),
        pytest.param(
            "Militias have murdered 45 radio hosts across the delta since 2009.",
            [],
            id="hosts-since-year",
        ),
        pytest.param(
            "The count of those slain since the separatists launched their rebellion in 2004"
            " has reached 8,200.",
            [],
            id="count-slain-since-rebellion",
        ),
        pytest.param(
            "Since the league was banned in 2011, 260 of its organisers have been murdered.",
            [],
            id="since-a-dated-clause",
        ),
        pytest.param(
            "Some 75 magistrates were gunned down after the courts opened their inquiry into"
            " the cartels in 2012.",
            [("killed", 75)],
            id="after-a-dated-clause-stays",
        ),
        pytest.param(
            "Since the storm hit in the night, 12 people have died.",
            [("killed", 12)],
            id="since-a-night-stays",
        ),
        pytest.param(
            "A truck bomb killed 14 people in Brenna on Friday; the insurgency has claimed"
            " 8,200 lives since 2004.",
            [("killed", 14)],
            id="news-toll-beside-war-total",
        ),
        pytest.param(
            "The blast, the bloodiest in Orme since 2003, killed eleven shoppers.",
            [("killed", 11)],
            id="record-since-year-stays",
        ),
        pytest.param(
            "Eleven shoppers died on Friday in the worst bombing since 2003.",
            [("killed", 11)],
            id="worst-since-year-stays",
        ),
        pytest.param(
            "Since the shelling started on Tuesday, 38 residents have been killed.",
            [("killed", 38)],
            id="days-of-shelling-stay",
        ),
        pytest.param(
            # (a rate "every week" would make it a statistic: gaps17, review29's finding 5)
            "The rebellion that started in the hills last spring killed dozens of herders"
            " on Monday, the governor said.",
            [("killed", 24)],
            id="rebellion-that-started-is-no-total",
        ),
        pytest.param(
            "Envoys blame the rebellion that the hill clans began in 1983 and that has already"
            " claimed the lives of more than 6,400 herders.",
            [],
            id="war-with-two-relatives",
        ),
        pytest.param(
            "Talks resumed years after the border war, which killed more than 900 people.",
            [],
            id="war-which-killed",
        ),
        pytest.param(
            "Nine prosecutors have been murdered in Oskland so far this year.",
            [],
            id="year-to-date",
        ),
        pytest.param(
            "During the last eight months, 14 mayors were shot dead in the delta.",
            [],
            id="fronted-past-months",
        ),
        pytest.param(
            "The cartels have killed six candidates in the past few years.",
            [],
            id="past-few-years",
        ),
        pytest.param(
            "In April alone, the raids of the militia claimed 140 lives.",
            [],
            id="a-month-alone",
        ),
        pytest.param(
            "During September more than 250 people were killed across the highlands.",
            [],
            id="during-a-month",
        ),
        pytest.param(
            "The rebels are blamed for the deaths of at least 400 villagers this year.",
            [],
            id="this-year-after-the-toll",
        ),
        pytest.param(
            "Three guards were killed in June this year when the depot was raided.",
            [("killed", 3)],
            id="a-date-this-year-stays",
        ),
        pytest.param(
            "Two porters died earlier this year when a mine went off on the track.",
            [("killed", 2)],
            id="earlier-this-year-stays",
        ),
        pytest.param(
            "A mortar round killed seven people on Sunday, the second attack this month.",
            [("killed", 7)],
            id="this-month-of-another-noun-stays",
        ),
        pytest.param(
            "The car bomb, the third this month, killed two guards and hurt 11 shoppers.",
            [("killed", 2), ("wounded", 11)],
            id="place-in-a-series-stays",
        ),
        pytest.param(
            "A fifth such raid this year left four herders dead near the border.",
            [("killed", 4)],
            id="ordinal-raid-this-year-stays",
        ),
        pytest.param(
            "An 11-year-old boy was among four people hurt in the blast.",
            [("wounded", 4)],
            id="age-is-no-span",
        ),
    ],
)
def test_background_totals(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert toll_casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarvia's insurgency has claimed 8,200 lives since 2004.",
            [("killed", 8200, "since 2004")],
        ),
        (
            "Over the past six years, 31 village heads were shot dead in Oskland.",
            [("killed", 31, "Over the past six years")],
        ),
        (
            "Some 900 police officers died in a seven-year rebellion in the hills.",
            [("killed", 900, "seven-year rebellion")],
        ),
        # the news's own toll carries no period
        ("A bomb killed 14 people at a school that had been closed since 2019.", []),
    ],
)
def test_a_running_total_is_still_a_claim_marked_with_its_period(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert periods(text) == expected
