"""Readings the twenty-fifth session's lead added. Every sentence is invented.

Claims: a part counted of an owned whole ("none of the truck's 28 passengers"), a loss
denied ("denied that any soldiers had been killed"), people whose fate is unknown, the hurt
"admitted in serious condition", a record of games (no one), reinforcements sent.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions]


def _claimants(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.claimant) for c in analyze(text).claims]


# Claims: counts of none, the fate unknown, the hurt admitted in a condition.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE ARMY REPORTED THAT NONE OF THE TRUCK'S 28 PASSENGERS WAS INJURED.", ("wounded", 0)),
        ("None of the 20 tourists was hurt.", ("wounded", 0)),
        ("None of its 12 crew members was injured.", ("wounded", 0)),
        ("The command denied that any soldiers had been killed.", ("killed", 0)),
        ("The rebels denied that any of their fighters had died.", ("killed", 0)),
        ("The ministry denied that any of its officials had been kidnapped.", ("kidnapped", 0)),
    ],
)
def test_none_of_a_counted_whole_and_a_loss_denied_are_counts_of_none(
    text: str, expected: tuple[str, int]
) -> None:
    assert [(c, m) for c, m, _ in _claimants(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The army denied any involvement in the killings.",
        "The minister denied any knowledge of the men who were killed.",
    ],
)
def test_a_denial_of_something_else_counts_no_one(text: str) -> None:
    assert _claimants(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Relatives said six divers had drowned and that the fate of four more was unknown.", 4),
        ("The fate of three crew members remains unclear.", 3),
        ("The fate of another 40 villagers is still unknown, officials said.", 40),
    ],
)
def test_people_whose_fate_is_unknown_are_missing(text: str, figure: int) -> None:
    assert ("missing", figure) in [(c, m) for c, m, _ in _claimants(text)]


@pytest.mark.parametrize(
    "text",
    ["The fate of the two bills was unknown.", "The fate of the 2024 budget remains unclear."],
)
def test_the_fate_of_things_is_no_one_missing(text: str) -> None:
    assert _claimants(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two people were admitted in serious condition after the crash.", 2),
        ("Four of the passengers were admitted in critical condition.", 4),
    ],
)
def test_the_admitted_in_a_condition_are_hurt(text: str, figure: int) -> None:
    assert [(c, m) for c, m, _ in _claimants(text)] == [("wounded", figure)]


@pytest.mark.parametrize(
    "text",
    [
        "The Otters have captured nine of their last 12 road games.",
        "The team won seven of its past 10 matches.",
    ],
)
def test_a_record_of_games_counts_no_one(text: str) -> None:
    assert _claimants(text) == []


def test_reinforcements_sent_are_deployed() -> None:
    text = "The governor said 450 police reinforcements would be sent to the coast."
    assert [(c, m) for c, m, _ in _claimants(text)] == [("deployed", 450)]
