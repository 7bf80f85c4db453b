"""Casualty and displacement words in their everyday senses give no claim (review 9)."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Forty scouts spent two nights in tents during the jamboree.",
        "About 200 shoppers spent the night in their cars outside the store before the sale.",
        "Some 3,000 pilgrims spent the night in the open near the shrine.",
        "The club freed three players from their contracts.",
        "The painter Ivo Sarn has died, aged 84, his gallery said.",
        "Two players remain in captivity of their contracts until June.",
    ],
)
def test_no_claim(text: str) -> None:
    assert not analyze(text).claims


def test_a_court_release_is_no_rescue_but_captives_freed_are() -> None:
    assert [
        c.category for c in analyze("The court freed 12 protesters held last week.").claims
    ] != ["rescued"]
    # the freed part, and the whole held before (CB98, MUC-4 round 12)
    claims = analyze("The gang freed six of the 40 hostages on Sunday.").claims
    assert sorted((c.category, c.min) for c in claims) == [("kidnapped", 40), ("rescued", 6)]


def test_nights_outdoors_after_a_disaster_are_displacement() -> None:
    text = "More than 900 people spent the night outdoors after the quake, afraid to go home."
    (claim,) = analyze(text).claims
    assert (claim.category, claim.min) == ("displaced", 900)


def test_a_road_toll_is_no_death_toll_and_a_declared_act_keeps_its_speaker() -> None:
    assert not analyze("The bridge toll was raised in 2019. It has since risen to 12.").claims
    (claim,) = analyze(
        "The premier declared a state of emergency, saying 12 people had died."
    ).claims
    assert (claim.category, claim.min, claim.claimant) == ("killed", 12, "The premier")


def test_an_ordinal_after_things_or_suspects_counts_no_one_and_a_zone_time_ends_nothing() -> None:
    claims = analyze("Two suspects were arrested and a third was freed after questioning.").claims
    assert [c.category for c in claims] == ["arrested"]
    (claim,) = analyze("Two people were killed at 10 a.m. Velk time, police said.").claims
    assert (claim.min, claim.claimant) == (2, "police")


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Weld shot a 3-under-par 69 on Saturday to take a two-stroke lead.",
        "The defending champion carded a 77 and missed the cut by a stroke.",
        "The veteran, who shot 74 and 80 over two wet rounds, went home early.",
        "Mira Holt shot two under par on the back nine to lead by a stroke.",
    ],
)
def test_a_golf_score_is_no_count_of_people_shot(text: str) -> None:
    assert not analyze(text).claims


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        ("Militiamen shot 70 in a second round of raids on the camps.", "killed_or_wounded", 70),
        ("Bandits killed 3 over the weekend near the greens of a country club.", "killed", 3),
    ],
)
def test_a_round_of_attacks_or_over_the_weekend_is_no_golf(
    text: str, category: str, count: int
) -> None:
    (claim,) = analyze(text).claims
    assert (claim.category, claim.min) == (category, count)


def test_a_count_after_shot_with_people_stays_a_count() -> None:
    (shot,) = analyze("Guards shot 62 prisoners during the riot, the inquiry found.").claims
    assert (shot.category, shot.min) == ("killed_or_wounded", 62)
