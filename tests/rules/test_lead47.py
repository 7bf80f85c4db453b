"""Readings the forty-seventh session's lead added. Every sentence is invented.

Claims: medical staff and engineers carried or sent to a disaster are deployed ("had flown
14 doctors and nurses to the valley"), never when a judge "ordered" them or a hospital
"moved" them; a witness's own ("they killed my two brothers") are counted; an army's
"eliminated 11 militants" is a death of armed enemies only.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min if c.min is not None else c.max) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The charity has flown 14 surgeons and nurses into Parvola on an army plane.",
            [("deployed", 14)],
        ),
        (
            "The province flew in 40 medics and 12 divers after the dam burst.",
            [("deployed", 40), ("deployed", 12)],
        ),
        (
            "The utility said it had sent 120 engineers from its other plants to restore power.",
            [("deployed", 120)],
        ),
        (
            "Police moved nearly 1,200 residents out of the flats as the tower leaned.",
            [("evacuated", 1200)],
        ),
        # a judge's order and a hospital's rota send no one
        ("The judge ordered 12 doctors to repay the fees.", []),
        ("The clinic moved 40 nurses to its new wing in May.", []),
    ],
)
def test_staff_carried_to_a_disaster_are_deployed(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"They killed my two brothers at the well," said Odun Farrah.', [("killed", 2)]),
        ("The shelling wounded our three neighbours, she said.", [("wounded", 3)]),
    ],
)
def test_a_witness_s_own_are_counted(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The army said its soldiers had "eliminated 11 militants" near the pass.',
            [("killed", 11)],
        ),
        ("Nine insurgents were eliminated in the raid, the police said.", [("killed", 9)]),
        (
            "Its drones had eliminated at least 30 enemy servicemen, the ministry said.",
            [("killed", 30)],
        ),
        ("Karst United eliminated two former champions on the way to the final.", []),
        ("The merger eliminated 300 jobs at the plant.", []),
        ("Two teams were eliminated in the first round.", []),
    ],
)
def test_armed_enemies_eliminated_are_killed(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 9,000 residents were ordered out of their homes as the fire crossed the ridge.",
            [("evacuated", 9000)],
        ),
        (
            "About 4,000 of the valley's 7,000 villagers were ordered out by the governor.",
            [("evacuated", 4000)],
        ),
        ("Two reporters were ordered out of the country on Friday.", []),
    ],
)
def test_people_ordered_out_are_evacuated(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twelve people were hurt when the lorry overturned. Nine went home on Monday, and three"
            " remain admitted.",
            [("wounded", 12), ("wounded", 3)],
        ),
        ("The board said forty students remain admitted despite the fee rise.", []),
        ("The minister still admitted that two projects had failed.", []),
    ],
)
def test_patients_still_admitted_are_hurt(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ostland has about 1,800 troops in the mission, officials said.", [("deployed", 1800)]),
        # the force kept is no part of the dead a gapped count would make it
        (
            "Ostland had 4,000 soldiers in Varga, and 12 soldiers were killed there last year.",
            [("deployed", 4000), ("killed", 12)],
        ),
        # a unit's people at a scene keep their care cue
        ("The battalion had 12 soldiers in hospital after the blast.", [("wounded", 12)]),
        ("The firm has 300 staff in Dublin.", []),
        ("The agency said it had sent 12 epidemiologists to the district.", [("deployed", 12)]),
    ],
)
def test_a_force_kept_in_a_place_is_deployed(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def test_dying_a_thousand_deaths_is_an_idiom() -> None:
    text = '"I died a thousand deaths at my first audition, aged 19," the singer said.'
    assert _claims(text) == []


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.source) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The commander said six had died, but he would not give their names yet.",
            [("non_response", "The commander")],
        ),
        (
            "Varel Coaches, which runs the route, did not pick up on Friday: its depot was shut and"
            " both its numbers rang unanswered.",
            [("non_response", "Varel Coaches")],
        ),
        (
            "The coach firm did not pick up when reporters called.",
            [("non_response", "The coach firm")],
        ),
        (
            "The warden walked back inside without taking questions.",
            [("non_response", "The warden")],
        ),
        (
            "The governor's office left a list of emailed questions on the raid unanswered.",
            [("non_response", "The governor's office")],
        ),
        # a phone left ringing in private life, and a phrasal verb
        ("Her brother did not pick up.", []),
        ("The board did not pick up on the warning signs.", []),
    ],
)
def test_new_silences(text: str, expected: list[tuple[str, str]]) -> None:
    assert [k for k in _kinds(text) if k[0] == "non_response"] == expected


def test_a_care_team_admitting_patients_is_no_speaker() -> None:
    text = "Dr Lena Marsh told reporters that her team had admitted 61 patients since Monday."
    assert [a.cue for a in analyze(text).attributions] == ["told"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board put early crop losses at 2.1 billion dalars.", [("statement", "The board")]),
        (
            "A boatmen's union put the number still at sea at about 35.",
            [("statement", "A boatmen's union")],
        ),
    ],
)
def test_a_figure_put_at_a_value_is_stated(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


def test_crop_losses_are_no_casualties() -> None:
    assert _claims("The board put early crop losses at 2.1 billion dalars.") == []


def test_people_moved_to_storm_shelters_are_evacuated() -> None:
    text = "About 80,000 people had been moved to 900 storm shelters before the cyclone hit."
    assert _claims(text) == [("evacuated", 80000)]


def test_a_teller_s_aside_inside_among_the_wounded() -> None:
    claims = analyze("Among the injured, the hospital said, were 14 women.").claims
    assert [(c.category, c.min, c.group, c.claimant) for c in claims] == [
        ("wounded", 14, "women", "the hospital")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill's owner, Brannock Textiles Corp., did not respond to calls.",
            [("non_response", "The mill's owner, Brannock Textiles Corp.")],
        ),
        ("Vessel Freight Ltd. said two crewmen had died.", [("statement", "Vessel Freight Ltd.")]),
    ],
)
def test_a_company_s_abbreviation_keeps_its_speaker(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry has not issued an updated toll since Friday.",
            [("non_response", "The ministry")],
        ),
        ("She hung up the phone and went to bed.", []),
        ("He hung up his boots after the season.", []),
    ],
)
def test_an_updated_toll_withheld_and_phones_put_down(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [k for k in _kinds(text) if k[0] == "non_response"] == expected


def test_a_part_of_counts_joined_under_one_cue() -> None:
    text = (
        "Eight prisoners and three wardens were hurt in the riot, five of them with gunshot wounds."
    )
    assert _claims(text) == [("wounded", 8), ("wounded", 3), ("wounded", 5)]


def test_an_answer_put_off_is_a_silence() -> None:
    text = 'The ministry, asked about its troops, said it would "communicate in due course".'
    assert _kinds(text) == [("non_response", "The ministry")]
    assert _kinds("The company said it would respond in due course.") == [
        ("non_response", "The company")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fishermen had not returned by nightfall.", []),
        ("The two hikers were not returned to their families until Friday.", []),
        ("The mayor had not returned calls by Friday.", [("non_response", "The mayor")]),
        (
            "A lawyer for the owners did not return two calls.",
            [("non_response", "A lawyer for the owners")],
        ),
        (
            "Messages left with the governor's office were not returned.",
            [("non_response", "the governor's office")],
        ),
    ],
)
def test_returned_calls_not_people(text: str, expected: list[tuple[str, str]]) -> None:
    assert [k for k in _kinds(text) if k[0] == "non_response"] == expected


def test_trawlers_are_no_missing_people() -> None:
    text = "Nine trawlers with the missing crewmen aboard were still out at sea, the navy said."
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Gunmen have kidnapped at least 37 oil and construction workers this year.",
            "oil and construction workers",
        ),
        ("The ministry sent 60 doctors and nurses to the valley.", "doctors"),
        ("The blast killed 12 soldiers and three civilians.", "soldiers"),
    ],
)
def test_two_people_nouns_joined_by_and_are_one_group(text: str, group: str) -> None:
    assert analyze(text).claims[0].group == group
