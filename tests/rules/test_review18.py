"""Review of the wounded counts of crime news (rules-injured10): invented attacks.

Every sentence here is invented (people and places too).
"""

from __future__ import annotations

import pytest

from tests.support.claims import casualties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an illness suffered, then a death or a condition: no casualty
        pytest.param("Ivo Marsh, 72, suffered a heart attack and died on Sunday.", [], id="obit"),
        pytest.param("Ivo Marsh suffered a stroke and died at home on Sunday.", [], id="stroke"),
        pytest.param("A man suffered a cardiac arrest and died at the scene.", [], id="cardiac"),
        pytest.param(
            "His aunt suffered a stroke and is in stable condition.", [], id="stroke-condition"
        ),
        pytest.param(
            "A woman suffered a seizure and was taken to a hospital in stable condition.",
            [],
            id="seizure-condition",
        ),
        pytest.param("Marta Quell suffered a stroke and was hospitalized.", [], id="named-stroke"),
        # a wound suffered still counts
        pytest.param(
            "A man suffered a gunshot wound and is in stable condition.",
            [("wounded", 1)],
            id="wound-condition",
        ),
        pytest.param(
            "Pell Odari suffered a gunshot wound to the head and died at the scene.",
            [("killed", 1)],
            id="named-wound-died",
        ),
        pytest.param(
            "A clerk, 34, sustained serious injuries and was taken to hospital.",
            [("wounded", 1)],
            id="age-serious-injuries",
        ),
    ],
)
def test_what_was_suffered_is_a_wound(text: str, expected: list[tuple[str, int]]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two porters were injured and another was taken to a hospital, where she later died.",
            [("wounded", 2), ("killed", 1)],
            id="another-died-there",
        ),
        pytest.param(
            "Three guards were hurt and a fourth was rushed to Orme General and pronounced dead.",
            [("wounded", 3)],
            id="fourth-pronounced-dead",
        ),
        pytest.param(
            "A baker was shot and taken to a hospital, where he died.",
            [("killed", 1)],
            id="one-died-there",
        ),
    ],
)
def test_a_death_after_another_is_not_the_first_counts(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Nora Pelt sustained a serious injury in Saturday's match against Orme.",
            [],
            id="named-match",
        ),
        pytest.param(
            "A player suffered a serious injury in training on Tuesday.", [], id="training"
        ),
        pytest.param(
            "The Orme captain suffered a head injury during the first half.", [], id="first-half"
        ),
        # a casualty at or near a game stays one
        pytest.param(
            "A guard suffered a serious injury in the final moments of the raid.",
            [("wounded", 1)],
            id="final-moments",
        ),
        pytest.param(
            "A spectator suffered a serious injury in the crash after the game.",
            [("wounded", 1)],
            id="crash-after-game",
        ),
    ],
)
def test_an_injury_in_a_game_is_a_players(text: str, expected: list[tuple[str, int]]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("About 60 pupils are expected to live on campus next year.", [], id="campus"),
        pytest.param("Two hundred miners are expected to live in the new flats.", [], id="flats"),
        pytest.param("Both patients are expected to live with the disease.", [], id="with-illness"),
        pytest.param(
            "The four patients are expected to survive the outbreak, officials said.",
            [],
            id="survive-outbreak",
        ),
        # with no hurt told in the sentence, "expected to live" is not read at all (the row
        # was dropped after this review)
        pytest.param(
            "The two cashiers are expected to live, police said.",
            [],
            id="live-comma",
        ),
        pytest.param(
            "The two cashiers are expected to survive their injuries.",
            [],
            id="survive-injuries",
        ),
    ],
)
def test_expected_to_live_or_survive_alone_tells_of_no_casualty(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A deputy went to the flat with a summons for a man with gunshot wounds.",
            [],
            id="another-with",
        ),
        pytest.param("A woman went missing with a stab wound, police said.", [], id="missing"),
        pytest.param(
            "A nurse arrived at the ward with a gunshot wound victim.", [], id="wound-victim"
        ),
        pytest.param(
            "A man later went to Orme General with a gunshot wound.",
            [("wounded", 1)],
            id="went-to",
        ),
    ],
)
def test_who_came_to_care_is_the_one_with_the_wound(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A man suffered a gunshot wound that proved fatal.", [("killed", 1)], id="proved"
        ),
        pytest.param(
            "Pell Odari suffered a stab wound which proved to be fatal.",
            [("killed", 1)],
            id="named-proved-to-be",
        ),
        pytest.param(
            "A woman sustained serious injuries from which she later died.",
            [("killed", 1)],
            id="from-which",
        ),
        pytest.param(
            "A man was shot in a quarrel that proved fatal to the firm.",
            [("killed_or_wounded", 1)],
            id="fatal-to-a-thing",
        ),
    ],
)
def test_a_wound_that_proved_fatal_is_a_killing(text: str, expected: list[tuple[str, int]]) -> None:
    assert casualties(text) == expected
