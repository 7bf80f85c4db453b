"""Review of the twenty-first session's readings (review37). Every sentence is invented.

What a court "heard" only where words told in evidence follow; a side "badly beaten" in a
contest; care that names no place ("treated at the scene", "on ventilators") for an illness.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.category, c.min, c.max, c.group) for c in analyze(text).claims]


def _statements(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions if a.kind == "statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # things and people a court heard: no words told
        ("The jury heard gunshots on the recording.", []),
        ("The court heard 12 witnesses on Tuesday.", []),
        ("The tribunal heard submissions from both sides on Monday.", []),
        ("The inquiry heard from 40 witnesses over six weeks.", []),
        ("The hearing heard nothing new about the fire.", []),
        # words told, with or without "that"
        ("The court heard the men were paid in cash.", [("The court", "heard")]),
        ("Magistrates heard the driver had been drinking.", [("Magistrates", "heard")]),
        ("The court heard how the two men died.", [("The court", "heard")]),
        ("THE JURY HEARD THAT THE BARRIER GAVE WAY.", [("THE JURY", "HEARD")]),
        ("The lift was faulty, Velk Crown Court heard.", [("Velk Crown Court", "heard")]),
    ],
    ids=[
        "gunshots",
        "witnesses",
        "submissions-from",
        "heard-from",
        "nothing",
        "zero-that",
        "zero-that-had",
        "how",
        "upper-case",
        "clause-end",
    ],
)
def test_a_court_heard_only_words_told(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two favourites were badly beaten in the semi-finals.", []),
        ("Two Labour candidates were badly beaten in the by-election.", []),
        ("Three sitting councillors were badly beaten at the polls.", []),
        ("The two strikers were badly beaten 5-0 at home.", []),
        ("Four rowers were badly beaten by 12 lengths.", []),
        # beatings stay beatings
        ("Two fans were badly beaten after the match.", [("wounded", 2, 2, "fans")]),
        ("Two men were badly beaten in the race riots.", [("wounded", 2, 2, "men")]),
        ("TWO GUARDS WERE SEVERELY BEATEN BY INMATES.", [("wounded", 2, 2, "GUARDS")]),
    ],
    ids=["semis", "by-election", "polls", "score", "margin", "after-match", "riots", "upper"],
)
def test_badly_beaten_in_a_contest_is_a_defeat(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve runners were treated at the scene for heat exhaustion.", []),
        ("Eight spectators were treated on site for dehydration.", []),
        ("Covid: 300 patients are on ventilators across the region.", []),
        ("The board said 12 patients remain on oxygen after the flu outbreak.", []),
        # harm named, or no illness: still the hurt
        ("Ten people were treated at the scene after the crash.", [("wounded", 10, 10, "people")]),
        (
            "Four firefighters are on oxygen after the blaze.",
            [("wounded", 4, 4, "firefighters")],
        ),
        ("Two miners remain on ventilators.", [("wounded", 2, 2, "miners")]),
    ],
    ids=["heat-exhaustion", "dehydration", "covid", "flu", "crash", "blaze", "bare"],
)
def test_care_with_no_place_for_an_illness_is_no_hurt(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gang demanded a ransom. Two samples were taken from the scene.", []),
        ("Kidnappers seized the bus. Two statements were taken from the driver.", []),
        ("Kidnappers seized the bus. THREE SWABS WERE TAKEN FROM THE SEATS.", []),
        # captives stay captives
        (
            "Kidnappers seized the bus. The 30 passengers were taken, police said.",
            [("kidnapped", 30, 30, "passengers")],
        ),
        (
            "Bandits stormed the church, and 12 worshippers were taken away.",
            [("kidnapped", 12, 12, "worshippers")],
        ),
    ],
    ids=["samples", "statements", "upper-swabs", "passengers", "worshippers"],
)
def test_things_taken_in_abduction_copy_are_no_captives(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE TWO OTHERS, WHO WERE INJURED, WERE FLOWN OUT.", [("wounded", 2, 2, "OTHERS")]),
        ("The two others, who were injured, were flown out.", [("wounded", 2, 2, "others")]),
    ],
    ids=["upper-case", "lower-case"],
)
def test_a_relative_clause_in_upper_case_wire_copy(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The film "Twelve" killed it at the box office.', []),
        ("The novel \u201cSeven\u201d killed off its hero in chapter two.", []),
        # a side's own figure, quoted alone, still binds
        ('"Dozens" were injured, police said.', [("wounded", 24, None, None)]),
        ('POLICE REPORTED "AT LEAST SIX" INJURED.', [("wounded", 6, None, None)]),
        ('The army said "30" soldiers were killed.', [("killed", 30, 30, "soldiers")]),
    ],
    ids=["film-title", "novel-title", "opening", "upper-case", "digits"],
)
def test_a_capitalised_number_in_quotes_is_a_title(
    text: str, expected: list[tuple[str, float, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four people were taken to the emergency room as a precaution.", []),
        ("Two workers were admitted to the intensive care unit with pneumonia.", []),
        ("Ten covid patients were admitted to intensive care units.", []),
        ("The newborn twins were transferred to the neonatal intensive care unit.", []),
        ("Two patients were airlifted to a specialist hospital for heart surgery.", []),
        # the wards of the hurt stay the hurt's
        ("Three children were taken to the burns ward.", [("wounded", 3, 3, "children")]),
        (
            "Two children were taken to the intensive care unit after the crash.",
            [("wounded", 2, 2, "children")],
        ),
    ],
    ids=[
        "er-precaution",
        "icu-pneumonia",
        "icu-covid",
        "neonatal",
        "heart-surgery",
        "burns",
        "icu",
    ],
)
def test_a_ward_named_without_a_hospital_is_read_for_illness(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two retailers were among the casualties of the slump.", []),
        ("Three carmakers were casualties of the price war.", []),
        # a scene of harm keeps them casualties
        (
            "Election-day riots left 12 casualties in the capital.",
            [("killed_or_wounded", 12, 12, None)],
        ),
        (
            "Two workers were among the casualties of the blast at the bankrupt factory.",
            [("killed_or_wounded", 2, 2, "workers")],
        ),
    ],
    ids=["slump", "price-war", "election-riots", "blast"],
)
def test_a_market_s_casualties_are_firms_and_riots_are_harm(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people sought medical care after eating at the restaurant.", []),
        ("Nine runners needed medical care for blisters and sunburn.", []),
        # harm named: care after it
        (
            "Twenty students needed emergency care after the bus crash.",
            [("wounded", 20, 20, "students")],
        ),
    ],
    ids=["restaurant", "blisters", "crash"],
)
def test_medical_care_sought_is_held_to_a_harm_like_medical_attention(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen kidnapped a pastor on Monday. Two decisions were taken, the church said.",
            [("kidnapped", 1, 1, "pastor")],
        ),
        (
            "Gunmen kidnapped a pastor on Monday. Three suspects were taken away by police.",
            [("kidnapped", 1, 1, "pastor")],
        ),
        (
            "Gunmen kidnapped a pastor on Monday. Three farmers were taken away by the gunmen.",
            [("kidnapped", 1, 1, "pastor"), ("kidnapped", 3, 3, "farmers")],
        ),
    ],
    ids=["decisions", "by-police", "by-gunmen"],
)
def test_decisions_and_arrests_are_no_captives_taken(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


def _silences(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The BBC could not confirm the report.", []),
        ("The Times of Velk could not confirm the figure.", []),
        ("Our correspondent could not independently confirm the account.", []),
        ("Reporters could not confirm the death toll.", []),
        # a party's own silence stays one
        ("The Ministry of Defence could not confirm the report.", ["The Ministry of Defence"]),
        ("The Post Office could not confirm the delivery.", ["The Post Office"]),
    ],
    ids=["bbc", "times-of", "correspondent", "reporters", "ministry-of", "post-office"],
)
def test_an_outlet_or_its_reporters_could_not_confirm_is_their_own_check(
    text: str, expected: list[str]
) -> None:
    assert _silences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 14 patients on life support were moved before the storm.", []),
        ("Ten candidates were trampled in the primary.", []),
        # a hurt or an incident named, or no patients: still the hurt
        (
            "Two patients remain on ventilators after the blast.",
            [("wounded", 2, 2, "patients")],
        ),
        ("Two patients were taken to the burns ward.", [("wounded", 2, 2, "patients")]),
        (
            "Dozens of people were trampled as the crowd surged.",
            [("wounded", 24, None, "people")],
        ),
    ],
    ids=["life-support", "primary", "blast", "burns-ward", "crowd"],
)
def test_patients_on_life_support_and_a_trampled_field_are_no_hurt(
    text: str, expected: list[tuple[str, float, float | None, str | None]]
) -> None:
    assert _claims(text) == expected
