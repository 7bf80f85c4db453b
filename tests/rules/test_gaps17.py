"""Known gaps mended in the sixteenth session by helper gaps17 (review29's open findings): a
source's reporting verb after a coordinated count, a lone past tense before "and", a whole
with a phrase of place beside a second count, a present-tense rate by the day or week, and a
full date in the clause of "the man who was shot", and a later group of the hurt that is a
part named before or a rival count, not more hurt. Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import key_figures


def _claims(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


def _periods(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.category, c.min, c.period) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants shot dead 6 guards and 2 drivers Agence Presse reported.",
            [("killed", 6), ("killed", 2)],
        ),
        (
            "Militants shot dead 6 guards and 2 drivers Agence Presse said on Friday.",
            [("killed", 6), ("killed", 2)],
        ),
        # near miss: the second count's own verb, not a source's
        (
            "Militants shot dead 6 guards and 2 drivers reached the border.",
            [("killed", 6)],
        ),
    ],
    ids=["named-source", "named-source-said", "own-verb"],
)
def test_a_source_verb_after_a_coordinated_count(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 40 gathered and 3 were injured.", [("wounded", 3)]),
        ("Gunmen wounded 40 and 3 escaped.", [("wounded", 40)]),
        # near miss: a casualty word after the count is its own cue
        ("40 injured and 3 killed.", [("wounded", 40), ("killed", 3)]),
    ],
    ids=["lone-past-before-and", "lone-past-after-and", "casualty-words"],
)
def test_a_lone_past_tense_is_the_figure_verb(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("None of the 35 pupils on the coach and 2 teachers were hurt.", []),
        ("None of the 300 staff at the depot and 12 visitors were injured.", []),
        ("One of the 35 pupils and 2 teachers were hurt.", [("wounded", 2)]),
        # near miss: the whole is the hurt, a casualty word after it
        (
            "He was one of the three men injured in the blast, and he is recovering.",
            [("wounded", 3)],
        ),
    ],
    ids=["none-place", "none-place-at", "one-of-and", "whole-hurt"],
)
def test_a_whole_beside_a_second_count(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traffic crashes kill 90 people a day nationwide.", [("killed", 90, "a day")]),
        ("Around 25 workers are killed a week on building sites.", [("killed", 25, "a week")]),
        # near misses: a date, a span inside which the toll fell, a past toll
        ("Rebels killed 14 villagers a day after the truce.", [("killed", 14, None)]),
        ("The floods killed 50 people in a day.", [("killed", 50, None)]),
        ("Two guards were killed a week ago.", [("killed", 2, None)]),
    ],
    ids=["kill-a-day", "are-killed-a-week", "a-day-after", "in-a-day", "a-week-ago"],
)
def test_a_present_rate_by_the_day_is_a_statistic(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A cashier who was shot on Nov. 28, 2026, remains in serious condition.",
            [("wounded", 1)],
        ),
        ("A cashier who was shot in October 2026 remains in serious condition.", [("wounded", 1)]),
        # near misses: a bare year dates an old harm
        ("A cashier who was shot in 2011 remains in serious condition.", []),
        ("A cashier who was injured in a 2015 crash is suing the firm.", []),
    ],
    ids=["full-date", "month-year", "bare-year", "year-adjective"],
)
def test_a_dated_harm_in_the_relative_clause(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Nine people, including two bus drivers, were hurt when the bridge gave way, police "
            "said. Two drivers were also hurt as they tried to reverse.",
            9,
        ),
        (
            "The mayor said 9 people were hurt in the fire. Clinic staff said 11 patients were "
            "also hurt.",
            9,
        ),
        # near misses: another group told with "also" is added
        (
            "Nine people were hurt when the bridge gave way, police said. Two rescuers were also "
            "hurt as they searched the river.",
            11,
        ),
        (
            "Nine people, including two bus drivers, were hurt when the bridge gave way, police "
            "said. Two rescuers were also hurt as they searched the river.",
            11,
        ),
    ],
    ids=["named-part", "rival-count", "another-group", "another-group-beside-a-part"],
)
def test_a_later_group_that_is_the_same_people_is_not_added(text: str, wounded: float) -> None:
    assert key_figures(text)[1] == wounded
