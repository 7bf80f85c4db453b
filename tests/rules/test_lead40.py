"""Readings the fortieth session's lead added. Every sentence is invented.

Attributions: a clause with an irregular past tense and a count ("rescuers dug eight people
out of a mosque, the headman, ... said") is no part of the speaker; a participle
after people keeps its place in the speaker ("Relatives waiting outside the hospital"), and
unnamed people are anonymous whatever they are doing or whose they are ("A clerk sitting
outside", "His lawyers", "A party strategist"); a name between commas inside a relative clause
("who asked that just his given name, Tomas, be used") is the clause's, not the speaker. Claims: a
death toll's count noun names the dead by their role ("the number of workers killed
in the fire has risen to 15"), from a list of people, not any plural.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _sources(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions]


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of workers killed in the fire at the Relin spinning mill has risen to "
            "15, the labour ministry said.",
            [("killed", 15, "workers")],
        ),
        ("The number of pilgrims dead rose to 31 on Sunday.", [("killed", 31, "pilgrims")]),
        (
            "The number of fishermen killed on the lake this year stands at 12.",
            [("killed", 12, "fishermen")],
        ),
        # not any plural: things are not the dead
        ("The number of projects killed by the budget cuts rose to 15.", []),
    ],
    ids=["workers", "pilgrims", "fishermen", "projects"],
)
def test_a_toll_count_noun_names_the_dead_by_role(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In Kovar, one of nine hamlets reached by road on Friday, soldiers found 26 bodies "
            "and dug eight survivors out of a collapsed mosque, the headman, Ilyas Tor, told "
            "the Hill Courier.",
            "the headman, Ilyas Tor",
        ),
        (
            "Gunmen took 14 passengers from the bus, the district police chief, Rona Ise, said.",
            "the district police chief, Rona Ise",
        ),
        # a past participle after a determiner is no verb: "the lost hikers"
        (
            "The lost hikers, two students from Orme, said they had walked for 14 hours.",
            "The lost hikers, two students from Orme",
        ),
    ],
    ids=["found-dug", "took", "determiner"],
)
def test_a_clause_with_an_irregular_past_is_no_part_of_the_speaker(text: str, source: str) -> None:
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source", "anonymous"),
    [
        (
            "Relatives waiting outside the Orme district hospital said they had been told "
            "nothing since dawn.",
            "Relatives waiting outside the Orme district hospital",
            True,
        ),
        (
            "A clerk sitting outside the depot said the manager was away.",
            "A clerk sitting outside the depot",
            True,
        ),
        ("His lawyers say they have not seen the charge sheet.", "His lawyers", True),
        ("A party strategist said the slogan had failed.", "A party strategist", True),
        # the outlet's own partners are no unnamed people
        (
            "According to our partners at the Velk Courier, the car was found in a canal.",
            "our partners at the Velk Courier",
            False,
        ),
        # the place is the verb's: "Relatives gathered outside the hospital" is a clause
        ("Relatives gathered outside the hospital, the director said.", "the director", False),
    ],
    ids=["waiting-outside", "sitting-outside", "his-lawyers", "strategist", "our", "gathered"],
)
def test_unnamed_people_at_a_place_are_anonymous_speakers(
    text: str, source: str, anonymous: bool
) -> None:
    found = [(a.source, a.anonymous) for a in analyze(text).attributions]
    assert found == [(source, anonymous)]


def test_a_name_between_commas_inside_a_relative_clause_is_not_the_speaker() -> None:
    text = (
        "A harbour diver who asked that just his given name, Tomas, be used said the water "
        "under the hull was black."
    )
    assert [(a.source, a.anonymous) for a in analyze(text).attributions] == [
        ("A harbour diver", True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The district hospital was treating 18 of the rescued for hypothermia, three of "
            "them on oxygen, a nurse said.",
            [("wounded", 18, "the rescued"), ("wounded", 3, None)],
        ),
        (
            "Medics were treating at least 12 of the survivors for burns, two of them critically.",
            [("wounded", 12, "survivors"), ("wounded", 2, None)],
        ),
        ("Nine climbers were treated for frostbite.", [("wounded", 9, "climbers")]),
        # animals are no one hurt
        ("The vet was treating 12 of the dogs for hypothermia, two of them on drips.", []),
    ],
    ids=["rescued", "survivors", "frostbite", "dogs"],
)
def test_a_part_of_the_rescued_in_care_is_hurt(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fourteen inmates also needed treatment, two of them for stab wounds, the prison "
            "service said.",
            [("wounded", 14, "inmates"), ("wounded", 2, None)],
        ),
        (
            "Six of the wounded were discharged on Friday, leaving 34 under treatment.",
            [("wounded", 6, None), ("wounded", 34, None)],
        ),
        # no hurt named: an illness's care
        ("About 300 patients are under treatment for tuberculosis at the clinic.", []),
        ("The boy needed treatment for asthma.", []),
    ],
    ids=["needed", "under", "tuberculosis", "asthma"],
)
def test_care_needed_or_under_way_counts_the_hurt(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


def test_a_second_part_after_and_is_a_part_too() -> None:
    text = "The monitor said it had counted 41 deaths, 15 of them children and six of them women."
    assert _claims(text) == [
        ("killed", 41, None),
        ("killed", 15, "children"),
        ("killed", 6, "women"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review40a: the dead or hurt of a count noun by role, and more roles
        (
            "The number of workers killed or injured in the blast has risen to 40.",
            [("killed_or_wounded", 40, "workers")],
        ),
        (
            "The number of journalists killed in the war rose to 31.",
            [("killed", 31, "journalists")],
        ),
        (
            "The hospital was treating 14 of the migrants for hypothermia.",
            [("wounded", 14, "migrants")],
        ),
        ("Medics treated 21 of the rescued for hypothermia.", [("wounded", 21, "the rescued")]),
        # heat illness at a match is sport's
        ("Two players were treated for heat exhaustion at half-time.", []),
    ],
    ids=["killed-or-injured", "journalists", "migrants", "medics", "half-time"],
)
def test_review40a_readings(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "source", "anonymous"),
    [
        # review40b: a named person beside their people, a body's modifier, a firm's people
        ("Ana Ruiz and her lawyers said they would appeal.", "Ana Ruiz and her lawyers", False),
        ("A citizen monitoring group said turnout was low.", "A citizen monitoring group", False),
        ("Their contractors said the bridge was sound.", "Their contractors", False),
        # a participle with a span is no verb with an object
        (
            "A journalist held 20 days in Kavar prison, Sara Neri, said the cells were full.",
            "A journalist held 20 days in Kavar prison, Sara Neri",
            False,
        ),
        # a verb and its particle before a count is a clause, not the speaker
        (
            "Security forces shot dead 11 protesters in Garba, a local official, Musa Danjuma, "
            "told the Ledger by phone.",
            "a local official, Musa Danjuma",
            False,
        ),
        # people's own participle before its object, and a past participle of what befell them
        (
            "Villagers fleeing the fighting said soldiers had burned their homes.",
            "Villagers fleeing the fighting",
            True,
        ),
        (
            "A man injured in the attack said he heard two blasts.",
            "A man injured in the attack",
            True,
        ),
    ],
    ids=[
        "named-and-her",
        "monitoring-group",
        "contractors",
        "held-days",
        "shot-dead",
        "fleeing",
        "injured-in",
    ],
)
def test_review40b_speakers(text: str, source: str, anonymous: bool) -> None:
    found = [(a.source, a.anonymous) for a in analyze(text).attributions]
    assert found == [(source, anonymous)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Witnesses, speaking by phone, said the army shelled the town.", "Witnesses"),
        ("The governor, speaking in Kano, said gunmen killed 12 villagers.", "The governor"),
        # the words before the comma are what was said: the speaker follows the verb
        ("Three men drowned, said the harbour master.", "the harbour master"),
    ],
    ids=["by-phone", "in-kano", "inverted"],
)
def test_a_clause_after_said_is_what_was_said_not_the_speaker(text: str, source: str) -> None:
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 300 police officers sealed the roads around the stadium overnight.",
            [("deployed", 300, "police officers")],
        ),
        (
            "About 900 riot police were posted across the old town.",
            [("deployed", 900, "riot police")],
        ),
        ("Rescuers said at least 25 people were still under the mud.", [("missing", 25, "people")]),
        # no people: no one missing or deployed
        ("Two cars were under the snow.", []),
        ("Workers sealed the roads with tar.", []),
    ],
    ids=["sealed", "posted-across", "under-the-mud", "cars", "tar"],
)
def test_people_deployed_or_still_under_a_collapse(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The harbour board did not pick up its phones all weekend.",
            "did not pick up its phones",
        ),
        (
            "The minister walked past the waiting reporters and into the ministry.",
            "walked past the waiting reporters",
        ),
    ],
    ids=["phones", "walked-past"],
)
def test_silences_by_phone_and_in_passing(text: str, cue: str) -> None:
    found = [(a.kind, a.cue) for a in analyze(text).attributions]
    assert found == [("non_response", cue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how a part of the dead died is no hurt of its own
        (
            "Officials put the toll at six, adding that two of them had been trampled.",
            [("killed", 6, None)],
        ),
        ("Eight people were killed and three of them had been stabbed.", [("killed", 8, "people")]),
        # a part of the hurt keeps its reading
        (
            "Twelve people were hurt and three of them were trampled.",
            [("wounded", 12, "people"), ("wounded", 3, None)],
        ),
    ],
    ids=["trampled", "stabbed", "of-the-hurt"],
)
def test_how_a_part_of_the_dead_died_is_no_hurt(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There are still 10 to 12 people we cannot find.", [("missing", 10, "people")]),
        ("Nine hikers could not be located on Sunday.", [("missing", 9, "hikers")]),
        # things not found are no one missing
        ("Police said the two rifles could not be found.", []),
    ],
    ids=["cannot-find", "could-not-be-located", "rifles"],
)
def test_people_not_found_are_missing(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # review40c: not reached, found since, a thing lacked, a son's phone
        "The two men could not be found for comment on Friday.",
        "Firefighters pulled out 12 people who were under the debris and took them to hospital.",
        "Two miners were under the rubble for four days before they were rescued.",
        "There are 2,000 families we cannot find housing for, the mayor said.",
    ],
    ids=["for-comment", "who-were-under", "for-days", "housing"],
)
def test_review40c_no_one_missing(text: str) -> None:
    assert [c.category for c in analyze(text).claims if c.category == "missing"] == []


def test_review40c_a_sons_phone_is_no_silence() -> None:
    text = "Her son did not pick up the phone, and she feared the worst."
    assert [a.kind for a in analyze(text).attributions] == []


def test_review40c_a_part_of_the_hurt_after_a_death_in_passing_stays_hurt() -> None:
    text = (
        "Fifteen people went to hospital after the blaze, which killed two, and four of "
        "them were badly burned."
    )
    assert ("wounded", 4, None) in _claims(text)
