"""Readings the twenty-eighth session's lead added. Every sentence is invented.

Claims: a running total brought to its figure after a count ("Nine more bodies were
recovered, bringing the total to 40", ", for a total of 35"), "the figure was N" after a
count, further deaths among the hurt ("Two more of the injured died"), a state's comma
series ("left 22 dead in Kestan, nine in Varl").

Attributions: a "confirmed" of a state is no speaker's verb ("the number of people confirmed
dead"); the outlet that carries a statement ("In a statement carried by X, the group said")
is its via.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.category, c.min, c.max) for c in analyze(text).claims]


def _sourced(text: str) -> list[tuple[str, str | None]]:
    return [(a.source, a.via) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine more bodies were recovered overnight, bringing the total to 40.",
            [("killed", 9, 9), ("killed", 40, 40)],
        ),
        (
            "Two more people died in hospital, taking the total to 31.",
            [("killed", 2, 2), ("killed", 31, 31)],
        ),
        (
            "Police arrested 14 more demonstrators on Sunday, bringing the total since March"
            " to 320.",
            [("arrested", 14, 14), ("arrested", 320, 320)],
        ),
        ("Three more of the injured died on Monday.", [("killed", 3, 3)]),
        (
            "The storm left 22 dead in Kestan, nine in Varl and at least four in Dunmore, for a"
            " total of 35.",
            [("killed", 22, 22), ("killed", 9, 9), ("killed", 4, None), ("killed", 35, 35)],
        ),
        (
            "Seven protesters were shot dead in the capital and two more in the port city of"
            " Verna.",
            [("killed", 7, 7), ("killed", 2, 2)],
        ),
        # a noun's comma series stays a breakdown
        ("There were 38 casualties in Orsk, 20 in Vela.", [("killed_or_wounded", 38, 38)]),
        (
            "Officials said 30 people were missing, though residents said the real number"
            " could be 50.",
            [("missing", 30, 30), ("missing", 50, 50)],
        ),
        (
            "The army reported 14 dead, while the rebels said the true figure was over 60.",
            [("killed", 14, 14), ("killed", 60, None)],
        ),
        # "the number of" names its own thing
        (
            "Four people were killed and the number of homes destroyed was 300.",
            [("killed", 4, 4)],
        ),
        # no count before the total: nothing to take its category from
        ("The club signed two more players, bringing the total to 14.", []),
        ("Nine people were killed, bringing the total cost to 40 million.", [("killed", 9, 9)]),
    ],
)
def test_running_totals_and_further_deaths(
    text: str, expected: list[tuple[str, float, float]]
) -> None:
    assert _claims(text) == expected


def test_a_confirmed_state_is_no_speaker() -> None:
    text = "The number of people confirmed dead rose to 40 on Monday."
    assert _sourced(text) == []
    assert [(c.category, c.min, c.claimant) for c in analyze(text).claims] == [("killed", 40, None)]
    assert _sourced("Officials confirmed 40 deaths.") == [("Officials", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a statement carried by the Horizon Monitoring Service, the group said it had"
            " killed 60 soldiers.",
            [("the group", "the Horizon Monitoring Service")],
        ),
        (
            "The insurgents claimed, in a video posted by the Nadir news agency, to have"
            " killed 60 soldiers.",
            [("The insurgents", "the Nadir news agency")],
        ),
        (
            "The front said in a statement published by Radio Tamsa on Monday that it had"
            " shot down a drone.",
            [("The front", "Radio Tamsa")],
        ),
        # the speaker's own channel relays nothing
        (
            "The group said in a statement carried by its Telegram channel that 60 soldiers"
            " had been killed.",
            [("The group", None)],
        ),
        (
            "In a video released by the group, the commander said the town had fallen.",
            [("the commander", None)],
        ),
    ],
)
def test_the_outlet_that_carries_a_statement_is_its_via(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _sourced(text) == expected


def test_a_carried_statement_gives_its_claim_the_via() -> None:
    text = (
        "In a statement published by the Sawt news agency, the militants said they had"
        " killed 45 troops."
    )
    (claim,) = analyze(text).claims
    assert (claim.category, claim.min, claim.claimant, claim.via) == (
        "killed",
        45,
        "the militants",
        "the Sawt news agency",
    )
