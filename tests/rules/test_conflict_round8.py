"""Conflict and disaster wire copy, round 8 of the conflict rules (issue 9): what a careful
reader of short wire paragraphs of our own found wrong. All text is our own fictional
writing."""

from __future__ import annotations

import pytest

from rules import analyze


def tolls(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dead included three farmers and a teacher, a district official said.",
            [("killed", 3, "farmers"), ("killed", 1, "teacher")],
        ),
        (
            "Among the dead were five guards, a nurse and a driver.",
            [("killed", 5, "guards"), ("killed", 1, "nurse"), ("killed", 1, "driver")],
        ),
        (
            "Those killed included six recruits and a medic.",
            [("killed", 6, "recruits"), ("killed", 1, "medic")],
        ),
        (
            "The wounded included four nurses and a driver.",
            [("wounded", 4, "nurses"), ("wounded", 1, "driver")],
        ),
    ],
    ids=["dead-included", "among-the-dead-three", "those-killed", "wounded-included"],
)
def test_a_count_and_a_single_person_listed_after_the_dead(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to nine after a farmer died in hospital.",
        "The dead numbered 14, including a nurse.",
        "Among the dead were 12 fishermen, a coast guard officer said.",
    ],
    ids=["toll-rose", "numbered", "speaker"],
)
def test_a_single_person_after_a_stated_toll_is_still_no_extra_victim(text: str) -> None:
    assert len(analyze(text).claims) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 48 miners on the shift, 39 were brought to the surface and nine remain"
            " trapped.",
            [("missing", 9, None)],
        ),
        (
            "Eleven climbers were airlifted off the ridge and two others remain missing.",
            [("missing", 2, "others")],
        ),
    ],
    ids=["brought-up", "airlifted"],
)
def test_a_figure_with_a_verb_of_its_own_takes_no_cue_after_and(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of 120 people on board, 95 survived and the rest are feared dead.", []),
        ("Six climbers survived and four others were killed.", [("killed", 4, "others")]),
        ("Two guards escaped and three were killed.", [("killed", 3, None)]),
    ],
    ids=["survived", "survived-coordinated", "escaped"],
)
def test_survivors_take_no_later_cue(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people who survived the first blast were hurt.", [("wounded", 9, "people")]),
        (
            "Five villagers who had escaped the flood were killed by the landslide.",
            [("killed", 5, "villagers")],
        ),
        (
            "Five soldiers and two medics were killed and 13 were wounded.",
            [("killed", 5, "soldiers"), ("killed", 2, "medics"), ("wounded", 13, None)],
        ),
    ],
    ids=["relative-survived", "relative-escaped", "plain-coordination"],
)
def test_counter_examples_keep_their_cue(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two bodies were pulled from the rubble on Sunday.", [("killed", 2, None)]),
        ("Five bodies were airlifted from the gorge.", [("killed", 5, None)]),
        ("Four injured hikers were pulled from the rubble.", [("rescued", 4, "injured hikers")]),
    ],
    ids=["bodies-pulled", "bodies-airlifted", "adjective-still-gives-way"],
)
def test_bodies_are_the_dead_whatever_is_done_with_them(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gas leak left seven workers with burns.", [("wounded", 7, "workers")]),
        (
            "The tanker fire left two drivers dead and three others with severe burns.",
            [("killed", 2, "drivers"), ("wounded", 3, "others")],
        ),
        ("FIVE MINERS SUFFERED SERIOUS BURNS IN THE BLAST.", [("wounded", 5, "MINERS")]),
        ("Three senators met with Burns on Monday.", []),
    ],
    ids=["with-burns", "dead-and-burns", "capitals", "surname"],
)
def test_burns_are_injuries(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 2,200 people were moved to higher ground.", [("evacuated", 2200, "people")]),
        (
            "Some 900 residents were relocated to safer areas as the dam filled.",
            [("evacuated", 900, "residents")],
        ),
        ("Around 450 villagers were moved to safety.", [("evacuated", 450, "villagers")]),
        ("Two toddlers were taken to safety by a neighbour.", []),
    ],
    ids=["higher-ground", "safer-areas", "moved-to-safety", "taken-is-a-rescue"],
)
def test_people_moved_to_higher_ground_are_evacuated(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Nineteen of our fighters were martyred," the group said.', [("killed", 19, "fighters")]),
        ("SIX COMRADES WERE MARTYRED IN THE RAID.", [("killed", 6, "COMRADES")]),
        ("A martyred poet was remembered at the rally.", []),
    ],
    ids=["quoted", "capitals", "adjective"],
)
def test_martyred_is_killed(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three porters were killed on Friday and eight more on Saturday, the guide said.",
            [("killed", 3, "porters"), ("killed", 8, None)],
        ),
        (
            "Six herdsmen died near the well and four others at the river crossing.",
            [("killed", 6, "herdsmen"), ("killed", 4, "others")],
        ),
        (
            "NINE RECRUITS WERE WOUNDED AT THE CAMP AND 14 IN THE TOWN.",
            [("wounded", 9, "RECRUITS"), ("wounded", 14, None)],
        ),
    ],
    ids=["more", "others", "capitals"],
)
def test_a_gapped_clause_shares_the_verb_before_it(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three porters were killed on Friday and eight were freed on Saturday.",
            [("killed", 3, "porters"), ("rescued", 8, None)],
        ),
        (
            "Three porters were killed on Friday and eight stayed in camp.",
            [("killed", 3, "porters")],
        ),
        ("Two porters were killed in the pass and 20 tents ruined.", [("killed", 2, "porters")]),
    ],
    ids=["own-verb", "own-clause", "things"],
)
def test_a_clause_with_its_own_verb_or_no_phrase_is_no_gap(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Injured in the rockfall, three climbers were winched off the face.",
            [("wounded", 3, "climbers")],
        ),
        (
            "Kidnapped from a bus near Orsk, 16 students were held for a week.",
            [("kidnapped", 16, "students")],
        ),
        (
            "Trapped by the snow, about 70 hikers sheltered in a hut.",
            [("missing", 70, "hikers")],
        ),
        ("Damaged by the quake, 300 homes will be demolished.", []),
        ("Wounded in the raid, the colonel said four guards were flown out.", []),
    ],
    ids=["injured", "kidnapped", "trapped", "things", "not-the-subject"],
)
def test_an_opening_participle_tells_the_fate_of_its_subject(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


def test_a_part_of_the_injured_keeps_its_qualifier() -> None:
    claims = analyze("At least 18 of the injured were flown to the capital.").claims
    assert [(c.category, c.min, c.max, c.qualifier) for c in claims] == [
        ("wounded", 18, None, "at_least")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ambush, claimed by a rebel faction, killed seven guards.",
        "The bombing, claimed by separatists, wounded 22 people at the depot.",
    ],
    ids=["ambush", "bombing"],
)
def test_an_act_claimed_by_a_group_is_no_speaker(text: str) -> None:
    found = analyze(text)
    assert not found.attributions
    assert all(c.claimant is None for c in found.claims)


def test_a_person_who_claimed_still_speaks() -> None:
    found = analyze("The commander claimed that 40 rebels were killed.")
    assert [(a.source, a.cue) for a in found.attributions] == [("The commander", "claimed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three of the hostages were killed when troops stormed the farm.",
            [("killed", 3, "hostages")],
        ),
        (
            "At least 9 of the abducted were freed in a raid, the governor said.",
            [("rescued", 9, "abducted")],
        ),
        (
            "Four of the missing climbers were found alive on the glacier.",
            [("rescued", 4, "climbers")],
        ),
        (
            "Seven of the kidnapped nurses were freed on Friday.",
            [("rescued", 7, "kidnapped nurses")],
        ),
    ],
    ids=["hostages-killed", "abducted-freed", "missing-found-alive", "kidnapped-adjective"],
)
def test_a_part_of_the_held_takes_the_verb_of_its_fate(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert [t for t in tolls(text) if t[1] is not None] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Three of the hostages were Danes.",
        "Two of the captives said the guards were killed.",
        "Six of the missing boats were found sunk.",
    ],
    ids=["no-verb", "speech", "things"],
)
def test_a_part_of_the_held_without_a_fate_of_its_own_counts_no_one(text: str) -> None:
    assert [t for t in tolls(text) if t[1] is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By Friday the 14 passengers were recovering at home in Port Elna, the line said.",
            [("wounded", 14, "passengers")],
        ),
        ("Three guards were recovering from their wounds.", [("wounded", 3, "guards")]),
        ("Exports are recovering in the third quarter.", []),
        # things recover too: a group that is no people is no one hurt
        ("Analysts said 12 banks are recovering in the third quarter.", []),
        ("The museum said 4,000 paintings were moved to safety.", []),
    ],
    ids=["at-home", "from-wounds", "economy", "banks", "paintings"],
)
def test_people_recovering_from_harm_are_wounded(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected
