"""Readings the twentieth session's lead added. Every sentence is invented.

A toll adjective's people ("the number of dead inmates", "the number of abducted students")
are the claim's group, not words that stop the binding; a count's members may follow where
the counted were ("all 68 people on board, 64 passengers and four crew,") or stand between
spaced dashes; a toll of the taken ("the number of abducted") is a kidnapped claim.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor put the number of dead fishermen at 19.", [("killed", 19, "fishermen")]),
        ("The number of injured pilgrims rose to 212.", [("wounded", 212, "pilgrims")]),
        (
            "Elders put the number of abducted schoolgirls at 96.",
            [("kidnapped", 96, "schoolgirls")],
        ),
        ("The number of kidnapped rose to 40 overnight.", [("kidnapped", 40, None)]),
        # near misses: no people after the adjective, or things, not people
        ("The number of dead rose to 40.", [("killed", 40, None)]),
        ("Officials put the number of damaged houses at 300.", []),
    ],
)
def test_a_toll_adjective_counts_the_people_after_it(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "All 52 people on board, 48 passengers and four crew, died when the ferry sank.",
            [("killed", 52, "people"), ("killed", 48, "passengers"), ("killed", 4, "crew")],
        ),
        (
            "Seven people - five miners and two rescuers - died in the second blast.",
            [("killed", 7, "people"), ("killed", 5, "miners"), ("killed", 2, "rescuers")],
        ),
        # near miss: "on board" before no list is just where they were
        ("Nine people on board the bus were hurt.", [("wounded", 9, "people")]),
    ],
)
def test_members_after_where_the_counted_were_or_between_dashes(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count after a year and a comma, or after a full date
        ("In 2017, 12 porters were killed on the same pass.", [("killed", 12)]),
        ("On June 4, 2016, 9 people died in a similar fire.", [("killed", 9)]),
        # a toll "at" its figure before a part of the day is the toll, not the hour
        ("The toll stood at 7 on Monday morning.", [("killed", 7)]),
        ("About 9 Tuesday night, three teens were hurt.", [("wounded", 3)]),
        # hospital English: the admitted, the critical part, the blinded
        ("Thirty-one others remain confined in hospitals.", [("wounded", 31)]),
        (
            "Fourteen people were hospitalised, of whom two are critical.",
            [("wounded", 14), ("wounded", 2)],
        ),
        ("At least five drinkers have lost their sight.", [("wounded", 5)]),
        # the saved from a mountain, and their hurt part
        (
            "Eight trekkers were winched off the ridge, three of them with broken ankles.",
            [("rescued", 8), ("wounded", 3)],
        ),
        ("Forty skiers cut off by the storm were brought down safely.", [("rescued", 40)]),
        ("Guards recaptured 11 of the escaped convicts.", [("arrested", 11)]),
        # near misses
        ("The two horses finished in a dead heat.", []),
        ("The charity received 300 applications for the grants.", []),
    ],
)
def test_shapes_of_crush_crash_and_poisoning_reports(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven crew members were kidnapped off the coast and later released.",
            [("kidnapped", 11), ("rescued", 11)],
        ),
        (
            "Three climbers were dug out alive and taken to hospital.",
            [("rescued", 3), ("wounded", 3)],
        ),
        # the killed part of the badly hurt, the hurt part of a count of the injured
        (
            "By night two of the critically injured had succumbed.",
            [("killed", 2)],
        ),
        (
            "Among the injured were nine warders, four of them with stab wounds.",
            [("wounded", 9), ("wounded", 4)],
        ),
        ("No one has been charged or arrested, police said.", [("arrested", 0)]),
        # the first fate told in a relative clause before the predicate
        (
            "Four drivers who had been held hostage by the gang were freed at dawn.",
            [("rescued", 4), ("kidnapped", 4)],
        ),
        ("Two convicts and a jailer were killed.", [("killed", 2), ("killed", 1)]),
        # near miss: a second subject takes the second verb
        (
            "Six hostages were held for a week and two were freed on Monday.",
            [("kidnapped", 6), ("rescued", 2)],
        ),
    ],
)
def test_second_fates_and_parts(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence adverb is no part of the source
        (
            "Separately, the harbour master said two boats sank.",
            [("statement", "the harbour master")],
        ),
        ("Elsewhere, residents said the road was closed.", [("statement", "residents")]),
        # "a later inquiry by X" is one source
        (
            "Nine people died, according to a later inquiry by the port authority.",
            [("statement", "a later inquiry by the port authority")],
        ),
        # a reporter's "could not reach X" is X's silence; teams that "had not yet reached"
        # a place are no one's silence
        (
            "The Tribune could not reach the ministry for comment.",
            [("non_response", "the ministry")],
        ),
        ("Rescue crews had not yet reached the upper villages.", []),
    ],
)
def test_sources_and_silences(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.kind, a.source) for a in analyze(text).attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # care after harm, not care for an illness or a hospital's yearly work
        ("Eleven people were receiving treatment for burns.", [("wounded", 11)]),
        ("Two residents are receiving treatment for cancer.", []),
        # a toll set again with "it", its figure followed by a time of day
        (
            "Officials put the toll at 14 but revised it down to 12 in the evening.",
            [("killed", 14), ("killed", 12)],
        ),
        # animals are no people
        ("Wardens shot three lions near the camp.", []),
    ],
)
def test_care_revisions_and_animals(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


def test_an_election_campaigns_tally_is_a_running_total() -> None:
    claims = analyze(
        "Across the country, 29 candidates have been killed in the current electoral process."
    ).claims
    assert [(c.category, c.min, c.period) for c in claims] == [
        ("killed", 29, "in the current electoral process")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police have detained 31 people, up from 19 on Monday.",
            [("arrested", 31), ("arrested", 19)],
        ),
        (
            "At least 12 climbers have died on the peak this year, compared with seven last year.",
            [("killed", 12), ("killed", 7)],
        ),
        # near miss: a count of killings, not of the killed
        ("The city has logged 40 homicides this year, up from 32 in 2024.", [("killed", 40)]),
    ],
)
def test_the_earlier_value_a_count_is_compared_with(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


def test_no_one_dead_yet_is_literal_in_a_scene_of_harm() -> None:
    text = "The mayor said no one in the village is dead yet, but nine people are missing."
    assert [(c.category, c.min) for c in analyze(text).claims] == [("killed", 0), ("missing", 9)]


def test_per_hospital_figures_that_share_one_verb() -> None:
    text = (
        "The Royal Infirmary received 12 patients, the City Hospital eight and the Central "
        "Clinic five, a spokesman said."
    )
    assert [(c.category, c.min) for c in analyze(text).claims] == [
        ("wounded", 12),
        ("wounded", 8),
        ("wounded", 5),
    ]
    # near miss: a list that is no hospital's
    text = "The hospital received 12 patients, the school 300 pupils."
    assert [(c.category, c.min) for c in analyze(text).claims] == [("wounded", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 300 students were admitted to the university this year.", []),
        ("Police arrested the ferry's captain and three deckhands.", [("arrested", 3)]),
        ("Several of the help pages were dead links.", []),
    ],
)
def test_admitted_elsewhere_objects_after_a_possessive_and_dead_links(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


def test_an_ordinal_death_with_the_one_named_between() -> None:
    claims = analyze("A second miner, aged 40, died in hospital on Sunday.").claims
    assert [(c.category, c.min, c.rule) for c in claims] == [("killed", 2, "CB21")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A herder was on Monday lynched by a mob near the market.", [("killed", 1)]),
        ("Fourteen pupils were on Friday night abducted from a school.", [("kidnapped", 14)]),
    ],
)
def test_a_day_between_the_auxiliary_and_its_participle(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected
