"""Review of the forty-seventh session's rules (review47a): the near misses its new readings
took. Every sentence is invented.

Claims: a side "eliminated" from a contest is no enemy killed; a force "kept" must be in a
place (not "in court", "in its rugby squad", "in the hands of the rebels"); players sent off
and tenants evicted are not "ordered out" evacuees, nor families moved out of their flats for
works; doctors flown to a conference are not deployed; students who "remain admitted" are
enrolled, not hurt.
Attributions: a source who "would not give their names" keeps their own name (anonymity), not
a silence; a team that "admitted 3 mistakes" speaks.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min if c.min is not None else c.max) for c in analyze(text).claims]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.source) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    "text",
    [
        "The Raiders were eliminated from playoff contention on Sunday.",
        "The Raiders were eliminated after a 27-20 loss to Denver.",
        "Three Tory rebels were eliminated in the first round of the leadership ballot.",
        "Two rebels were eliminated from the cabinet in the reshuffle.",
        "The Bandits, who were eliminated in the quarter-finals, flew home on Monday.",
        "All four attackers were eliminated from the squad before the World Cup.",
    ],
)
def test_a_side_eliminated_from_a_contest_is_no_death(text: str) -> None:
    assert _claims(text) == []


def test_armed_enemies_eliminated_in_a_fight_stay_killed() -> None:
    text = "Six militants were eliminated in the gunfight, the police chief said."
    assert _claims(text) == [("killed", 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said it had 40 soldiers in the hands of the rebels.", []),
        ("The army had 12 soldiers in court on Monday over the killing.", []),
        ("The regiment has 40 soldiers in its rugby squad.", []),
        ("The brigade had 30 soldiers in quarantine after the outbreak.", []),
        (
            "The unit had 14 soldiers in the building when the rocket hit, and 6 were killed.",
            [("killed", 6)],
        ),
        (
            "The regiment had 50 soldiers in action that day, and 9 were wounded.",
            [("deployed", 50), ("wounded", 9)],
        ),
        # a kept force counted "at least" is kept all the same
        ("Russia has at least 10,000 troops near the border.", [("deployed", 10000)]),
        ("Germany has 1,700 soldiers in Lithuania, the ministry said.", [("deployed", 1700)]),
    ],
)
def test_a_force_is_kept_in_a_place(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two players were ordered out by the referee.", []),
        ("Five players were ordered out on the final day of training.", []),
        ("Six squatters were ordered out of the flats by a court.", []),
        (
            "About 1,500 people were ordered out overnight as the river burst its banks.",
            [("evacuated", 1500)],
        ),
    ],
)
def test_players_and_tenants_ordered_out_are_not_evacuated(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the 47th session's "flats", "towers", "estates" (test_lead33 keeps the first)
        ("Landlords moved 40 families from the flats to renovate them.", []),
        ("The council moved 300 families out of the estate to rebuild it.", []),
        (
            "Firefighters moved 80 residents out of the tower as the blaze spread.",
            [("evacuated", 80)],
        ),
    ],
)
def test_families_moved_out_for_works_are_rehoused(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airline flew 12 doctors to a conference in Vienna.", []),
        ("The club flew in 14 doctors for the annual medical checks.", []),
        (
            "The charity flew 40 doctors to a refugee camp for a week of surgery.",
            [("deployed", 40)],
        ),
    ],
)
def test_doctors_flown_to_a_meeting_are_not_deployed(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the fire at the campus, the college said all 1,200 students remain admitted"
            " for the autumn term.",
            [],
        ),
        ("The bombing damaged the school, but its 400 pupils remain admitted, the head said.", []),
        (
            "The blast injured 12 workers. Four remain admitted at the district hospital.",
            [("wounded", 12), ("wounded", 4)],
        ),
    ],
)
def test_students_still_admitted_are_enrolled(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents, who would not give their names, said the army had shot three men.",
            [("statement", "Residents")],
        ),
        (
            "Witnesses who would not give their names said gunmen killed four people.",
            [("statement", "Witnesses")],
        ),
        (
            "Officials would not give their names but confirmed that 9 soldiers were killed.",
            [("statement", "Officials")],
        ),
        # an office keeping the dead's names is silent on them
        (
            "The commander said six had died, but he would not give their names yet.",
            [("statement", "The commander"), ("non_response", "The commander")],
        ),
    ],
)
def test_a_source_keeping_its_own_name_is_no_silence(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The team admitted 3 mistakes in the final, the coach said.",
            [("statement", "The team"), ("statement", "the coach")],
        ),
        (
            "The legal team admitted 4 breaches of the code, the tribunal heard.",
            [("statement", "The legal team"), ("statement", "the tribunal")],
        ),
        ("Our team admitted 2 goals in the first half.", [("statement", "Our team")]),
        # a care unit's intake stays no speaker
        (
            "The burns unit has admitted 14 patients since the blast, a doctor said.",
            [("statement", "a doctor")],
        ),
    ],
)
def test_a_team_admitting_things_speaks(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
