"""Review 29 (of the sixteenth session's merged rule work): shapes its fixes were checked on.
Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import key_figures


def _claims(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two sons of Ahmed and three neighbours were killed.",
            [("killed", 2), ("killed", 3)],
        ),
        (
            "Three workers hired this summer and two guards were hurt.",
            [("wounded", 3), ("wounded", 2)],
        ),
        # all-capitals wire copy still reads a past tense as the figure's own verb
        ("FOUR SOLDIERS REACHED THE VILLAGE AND 30 RESIDENTS WERE KILLED.", [("killed", 30)]),
    ],
    ids=["name-in-ed", "time-after-participle", "capitals"],
)
def test_own_verb_is_no_name_nor_a_participle_of_time(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


def _periods(text: str) -> list[str | None]:
    return [c.period for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The insurgency in its fifth year has killed 900 soldiers since 2019.", "since 2019"),
        # an ordinal before a span still places the news in a series
        ("The market bombing, the fourth this month, killed six people.", None),
    ],
    ids=["war-age", "series"],
)
def test_an_ordinal_of_a_war_year_is_no_record(text: str, period: str | None) -> None:
    assert _periods(text) == [period]


@pytest.mark.parametrize(
    "text",
    [
        "A firefighter who was injured decades ago returned to the station to retire.",
        "A ranger who was hurt in the 1990s is back on patrol.",
        "A woman who was injured in the crash has sued the bus company.",
        "A midfielder who was injured in the first half is expected to miss the final.",
    ],
    ids=["decades-ago", "nineties", "no-fate-suit", "no-fate-sport"],
)
def test_a_first_mention_hurt_long_ago_or_with_no_fate_is_no_count(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A boy who was hurt in the fall was treated and released.", [("wounded", 1)]),
        ("A man who was stabbed outside a bar has died.", [("killed", 1)]),
        ("A woman who was injured in the crash is recovering at home.", [("wounded", 1)]),
    ],
    ids=["treated", "died", "recovering"],
)
def test_a_first_mention_hurt_with_a_fate_is_counted(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # a part of the hurt told before, with "also": the same people
        ("A ferry fire injured 20 passengers on Monday. Two of them were also hurt in a fall.", 20),
        # another group told with "also" still adds
        ("Twenty passengers were injured in the fire. Two deckhands were also hurt.", 22),
    ],
    ids=["part-also", "group-also"],
)
def test_a_part_told_with_also_adds_nothing(text: str, wounded: float) -> None:
    assert key_figures(text)[1] == wounded


@pytest.mark.parametrize(
    "text",
    [
        "Two skiers nearly froze to death after the lift stalled.",
        "A cyclist was almost killed when a truck swerved.",
        "A shopkeeper was nearly beaten to death by robbers.",
    ],
)
def test_a_near_miss_is_no_death(text: str) -> None:
    assert [c for c in analyze(text).claims if c.category == "killed"] == []


def test_nearly_before_a_count_still_counts() -> None:
    assert _claims("The floods killed nearly 300 people.") == [("killed", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guard who was wounded in the raid is now running for the city council.", []),
        ("The guard who was injured in the holdup is in stable condition.", [("wounded", 1)]),
    ],
    ids=["no-fate", "fate"],
)
def test_a_definite_one_hurt_counts_with_a_fate_only(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected
