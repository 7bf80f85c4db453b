"""Conflict, disaster and displacement wire copy, round 9 of the conflict rules (issue 9):
what a careful reader of short wire paragraphs of our own found wrong. All text is our own
fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def tolls(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five soldiers who were guarding a bridge over the Morva river were killed when "
            "insurgents attacked their post before dawn, the army said.",
            [("killed", 5, "soldiers")],
        ),
        (
            "SIX PEOPLE WHO WERE TRAVELLING ON THE BUS DIED AND 11 WERE INJURED WHEN IT WAS "
            "HIT BY A ROCKET.",
            [("killed", 6, "PEOPLE"), ("wounded", 11, None)],
        ),
        (
            "Four guards who were on duty at the gate and two visitors were killed.",
            [("killed", 4, "guards"), ("killed", 2, "visitors")],
        ),
        (
            "About 40 families that had built homes on the river bank below the old dam were "
            "evacuated on Sunday.",
            [("evacuated", 40, "families")],
        ),
        (
            "Four peasants who had been abducted by the rebels last week were found dead near "
            "the river.",
            [("killed", 4, "peasants")],
        ),
        (
            "Six fishermen who had been missing since the storm on Sunday were found alive.",
            [("rescued", 6, "fishermen")],
        ),
    ],
    ids=[
        "long-clause",
        "capitals-died",
        "joined-second-subject",
        "families-evacuated",
        "clause-cue-then-fate",
        "missing-then-found",
    ],
)
def test_a_count_keeps_its_predicate_across_a_long_relative_clause(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the clause's subject is another's: the count reported, it was not hurt
        "Three witnesses who told reporters that the convoy had come under fire were questioned.",
        # an agent: the count did the killing
        "Two gunmen who had hidden in the hills for a week killed a farmer.",
        # a noun of injury inside the clause is no predicate
        "Officers found two women who were suffering from minor injuries at the scene.",
    ],
    ids=["reported", "agent", "injury-noun"],
)
def test_a_relative_clause_does_not_lend_its_count_a_wrong_predicate(text: str) -> None:
    assert all(c.rule != "CB94" for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the injured were two boys.", [("wounded", 2, "boys")]),
        (
            "AMONG THE INJURED ARE TWO GIRLS WHO WERE NEAR THE GATE.",
            [("wounded", 2, "GIRLS")],
        ),
        ("Those killed included 12 students.", [("killed", 12, "students")]),
        (
            "Among those injured were at least five firefighters, the city said.",
            [("wounded", 5, "firefighters")],
        ),
    ],
    ids=["among-the-injured", "capitals", "those-killed-included", "at-least"],
)
def test_one_count_after_the_group_of_those_hit(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert tolls(text) == expected


def test_a_count_among_the_hurt_is_a_part_of_a_stated_toll() -> None:
    claims = analyze("Nine people were hurt in the blast. Among the injured were two boys.").claims
    assert [(c.category, c.min) for c in claims] == [("wounded", 9), ("wounded", 2)]


@pytest.mark.parametrize(
    "text",
    ["The injured were 12 to 15 years old.", "The dead were at the front of the bus."],
    ids=["ages", "place"],
)
def test_no_count_of_people_after_the_group_of_those_hit(text: str) -> None:
    assert not analyze(text).claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Authorities said 6,500 people from 1,300 households had been moved to evacuation "
            "centres.",
            [("evacuated", 6500, "people"), ("evacuated", 1300, "households")],
        ),
        (
            "About 4,000 people in 800 households have been displaced by the floods.",
            [("displaced", 4000, "people"), ("displaced", 800, "households")],
        ),
        (
            # both counts (review 27), as the households' count told with "people in"
            "Some 1,300 households, or about 6,500 people, have been displaced.",
            [("displaced", 1300, "households"), ("displaced", 6500, "people")],
        ),
    ],
    ids=["from-households", "in-households", "or-about"],
)
def test_people_counted_beside_their_households(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The village has 600 people in 120 households.", "A census counted 90 people in 20 homes."],
    ids=["census", "homes"],
)
def test_people_and_households_with_no_displacement_are_no_claim(text: str) -> None:
    assert not analyze(text).claims


@pytest.mark.parametrize(
    ("text", "source", "claimant"),
    [
        (
            "The army said 12 rebels died in the clashes, while the rebels put their losses "
            "at three.",
            "the rebels",
            "the rebels",
        ),
        ("The army put the rebel toll at 40.", "The army", "The army"),
        ("The militia put its own casualties at nine.", "The militia", "The militia"),
    ],
    ids=["rival-losses", "enemy-toll", "own-casualties"],
)
def test_a_side_that_puts_its_losses_at_a_figure_states_it(
    text: str, source: str, claimant: str
) -> None:
    result = analyze(text)
    assert source in [a.source for a in result.attributions]
    assert result.claims[-1].claimant == claimant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of people displaced by the conflict has climbed to 45,000, the agency "
            "said.",
            [("displaced", 45000, None)],
        ),
        ("The number of people killed by the floods has risen to 40.", [("killed", 40, "people")]),
    ],
    ids=["displaced-by", "killed-by"],
)
def test_a_toll_keeps_its_figure_across_a_phrase_of_its_cause(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


def test_the_rest_of_a_whole_is_not_the_whole() -> None:
    text = (
        "Eight passengers were pulled from the wreckage alive. The rest of the 20 on board "
        "are presumed dead."
    )
    assert all(c.min != 20 for c in analyze(text).claims)


def test_people_brought_out_alive_are_rescued() -> None:
    text = "Nine miners were brought out alive on Friday. Four more were brought out alive today."
    assert tolls(text) == [("rescued", 9, "miners"), ("rescued", 4, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels claimed to have killed 25 government soldiers, a figure the army denied, "
        "saying only four soldiers had been wounded.",
        "The rebels said 25 soldiers died, but the army denied it, saying four soldiers had "
        "been wounded.",
    ],
    ids=["figure-denied", "but-denied"],
)
def test_a_rival_toll_after_a_participle_of_saying_is_that_speakers(text: str) -> None:
    claimants = {c.category: c.claimant for c in analyze(text).claims}
    assert claimants == {"killed": "The rebels", "wounded": "the army"}


def test_an_appositive_count_of_people_after_households_is_displaced() -> None:
    text = "More than 600 families, about 3,000 people, were left homeless by the fire."
    assert tolls(text) == [("displaced", 600, "families"), ("displaced", 3000, "people")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to the governor, 12 people were killed.", "the governor"),
        (
            "According to Ahmed Ali, the district governor, 12 people were killed.",
            "Ahmed Ali, the district governor",
        ),
        (
            "ACCORDING TO THE POLICE, THE ATTACKERS, WHO WERE ARMED, KILLED TWO GUARDS.",
            "THE POLICE",
        ),
    ],
    ids=["governor", "appositive", "subject-with-relative-clause"],
)
def test_the_source_of_according_to_is_no_victim_and_no_subject(text: str, source: str) -> None:
    result = analyze(text)
    assert [a.source for a in result.attributions] == [source]
    assert len(result.claims) == 1
    assert result.claims[0].claimant == source


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber killed himself and 16 others at a checkpoint.",
        "The bomber killed himself and 16 other people.",
    ],
    ids=["others", "other-people"],
)
def test_a_bomber_who_killed_himself_and_others_counts_both(text: str) -> None:
    assert sorted(c.min or 0 for c in analyze(text).claims if c.category == "killed") == [1, 16]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the wounded soldiers later died in hospital.", [("killed", 2, None)]),
        ("TWO OF THE WOUNDED SOLDIERS LATER DIED IN HOSPITAL.", [("killed", 2, None)]),
        ("CORPORAL IVO SARN LATER DIED IN HOSPITAL.", [("killed", 1, None)]),
    ],
    ids=["wounded-soldiers", "capitals", "capitals-name-later"],
)
def test_the_hurt_who_later_died(text: str, expected: list[tuple[str, float, None]]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of soldiers killed in the attack rose to seven.", ("killed", 7)),
        ("THE NUMBER OF SOLDIERS KILLED IN THE AMBUSH HAS RISEN TO 12.", ("killed", 12)),
        ("Officials put the number of soldiers in the region at 10,000.", ("deployed", 10000)),
    ],
    ids=["soldiers-killed", "capitals", "troops-still-deployed"],
)
def test_the_number_of_people_killed_is_a_death_toll(
    text: str, expected: tuple[str, float]
) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine people died on Saturday, 14 on Sunday and a further six on Monday.",
            [("killed", 9), ("killed", 14), ("killed", 6)],
        ),
        (
            "Three soldiers died in the north, two in the east and one in the south.",
            [("killed", 3), ("killed", 2), ("killed", 1)],
        ),
        ("Three soldiers died in 2019, 2020 and 2021.", [("killed", 3)]),
        ("Five people were killed on Monday, 11 of them children.", [("killed", 5)]),
    ],
    ids=["days", "places", "years", "part"],
)
def test_a_series_of_gapped_clauses_shares_the_verb(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hospital officials said 23 people had been admitted with injuries.", [("wounded", 23)]),
        ("Nine people were admitted to hospital with burns.", [("wounded", 9)]),
        ("Twelve people were admitted to hospital with food poisoning.", []),
    ],
    ids=["injuries", "burns", "illness"],
)
def test_people_admitted_with_wounds_are_wounded(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


def test_people_sheltering_with_host_families_are_displaced() -> None:
    """Not "staying with host families": exchange students do that too (review 17)."""
    text = (
        "Nearly 90,000 people are living in makeshift camps after the earthquake, and another "
        "40,000 are sheltering with host families."
    )
    assert [(c.category, c.min) for c in analyze(text).claims] == [
        ("displaced", None),
        ("displaced", 40000),
    ]


def test_an_adverb_of_place_is_no_group() -> None:
    text = '"We have 40 dead here and many more under the rubble," a rescue worker said.'
    assert tolls(text) == [("killed", 40, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Eighty rats that were given the compound died within a week.",
        "Four servers that were installed last year died in the outage.",
        "About 3,000 students are staying with host families this term.",
        "Those hurt include 9,000 growers who sold their crop early.",
    ],
)
def test_no_people_or_no_harm_gives_no_claim(text: str) -> None:
    assert analyze(text).claims == ()


def test_a_report_verb_is_no_part_of_a_group() -> None:
    found = analyze("Two surveys find that 40 patients died within days.").claims
    assert [(c.category, c.min, c.group) for c in found] == [("killed", 40, "patients")]


def test_a_named_appositive_of_an_opening_according_to_stays_in_the_source() -> None:
    text = "According to the fire chief, Ida Roth, who saw the wreck, 12 sailors drowned."
    assert [c.claimant for c in analyze(text).claims] == ["the fire chief, Ida Roth"]
