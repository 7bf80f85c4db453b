"""Wounded told by hospital care, parts of the saved, a season's injuries, ordinal tolls."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five passengers were treated and discharged, the ambulance service said.", 5),
        ("Ten people were brought to hospital after the crash.", 10),
        ("Two pupils were admitted to Kessel General Hospital.", 2),
        ("Eleven of the survivors were brought to the Ardley District Hospital.", 11),
        ("Four of those rescued were admitted to the county hospital with injuries.", 4),
    ],
)
def test_hospital_care_counts_the_wounded(text: str, expected: int) -> None:
    assert _claims(text) == [("wounded", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Six of the survivors were children.",
        "The club reached the final despite having 11 players injured over the season.",
        "Manager Ola Brandt, whose side have had nine first-team players injured since"
        " August, said his thoughts were with the supporters.",
    ],
)
def test_no_wounded_without_harm_in_this_event(text: str) -> None:
    assert _claims(text) == []


def test_players_hurt_in_an_event_are_wounded() -> None:
    assert _claims("Eleven players were injured when the team bus crashed on Saturday.") == [
        ("wounded", 11)
    ]


def test_a_patient_who_remains_admitted_is_no_speaker() -> None:
    text = (
        "Eleven survivors were taken to the district hospital, where three remain admitted,"
        " according to the health office."
    )
    assert [a.source for a in analyze(text).attributions] == ["the health office"]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A third person injured in the crash has died, police said.", 3),
        ("A second man who was shot on Friday night died on Sunday, police said.", 2),
        ("A second victim of the blast at Orme Quay has died.", 2),
    ],
)
def test_an_ordinal_toll_is_the_only_killed_claim(text: str, toll: int) -> None:
    assert _claims(text) == [("killed", toll)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two other victims were taken to Vell Valley Medical Center.", [("wounded", 2)]),
        ("Three were rushed to a trauma centre with stab wounds.", [("wounded", 3)]),
        ("Two children were taken to the clinic for vaccinations.", []),
        ("Two women in their 30s and 50s were detained near Kessel.", [("arrested", 2)]),
        (
            "The bodies of two gunmen were found beside six firearms.",
            [("killed", 2)],
        ),
    ],
)
def test_places_of_care_bodies_ages_and_weapons(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected
