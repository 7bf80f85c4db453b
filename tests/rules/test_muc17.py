"""MUC-4 round 17: constructions of translated insurgency wire copy this round reads. All
text is our own fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def periods(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.min, c.period) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebel front has caused the deaths of 9,000 people over its 12-year history.",
            [(9000, "over its 12-year history")],
        ),
        (
            "The guerrillas have killed 40 mayors during their two-decade campaign.",
            [(40, "during their two-decade campaign")],
        ),
        (
            "The movement has killed 300 police officers in its 15 years of existence.",
            [(300, "in its 15 years")],
        ),
        (
            "Two decades of civil war have claimed 70,000 lives.",
            [(70000, "Two decades of civil war have")],
        ),
        ("Years of fighting have killed 4,000 soldiers.", [(4000, "Years of fighting have")]),
        # the years are no subject of the toll's verb: the news itself
        ("Years of planning ended when the gunmen killed four guards.", [(4, None)]),
        (
            "Years of war have left the town poor, and on Monday gunmen killed six farmers.",
            [(6, None)],
        ),
        ("The bomb killed 12 people in its second year of use.", [(12, None)]),
    ],
)
def test_a_toll_over_a_groups_whole_life_is_a_running_total(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert periods(text) == expected


def victims(text: str) -> list[tuple[str, float | None, str]]:
    return sorted((c.category, c.min, c.figure_text) for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen killed Tomas Brel; Ivo Sarn was wounded.",
            [("killed", 1, "Tomas Brel"), ("wounded", 1, "Ivo Sarn")],
        ),
        (
            "YOU ASKED WHO HAD MURDERED FATHER IVO SARN; RADIO KESSEL WILL TELL YOU.",
            [("killed", 1, "FATHER IVO SARN")],
        ),
        # a list by semicolons goes on
        (
            "Gunmen killed Tomas Brel; Ivo Sarn; and Ana Ruiz.",
            [("killed", 1, "Ana Ruiz"), ("killed", 1, "Ivo Sarn"), ("killed", 1, "Tomas Brel")],
        ),
    ],
)
def test_a_name_with_its_own_verb_after_a_semicolon_opens_a_clause(
    text: str, expected: list[tuple[str, float | None, str]]
) -> None:
    assert victims(text) == expected


def ones(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of his bodyguards was killed in the ambush.", [("killed", 1, "bodyguards")]),
        ("ONE OF THE MAYOR'S GUARDS WAS KILLED.", [("killed", 1, "GUARDS")]),
        ("The judge survived, but one of the drivers was shot dead.", [("killed", 1, "drivers")]),
        # a death of any kind, a possessor's animals, a plural part (the figure rules')
        ("One of his sons died in 1990.", []),
        ("One of his horses was killed.", []),
        ("The army said 41 of its soldiers had been killed.", [("killed", 41, "soldiers")]),
    ],
)
def test_one_of_a_possessors_people_killed_in_the_passive(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert ones(text) == expected


def fates(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels killed two of the hostages.", [("killed", 2, "hostages")]),
        ("The kidnappers released three of the hostages.", [("rescued", 3, "hostages")]),
        ("Troops killed at least three of the prisoners.", [("killed", 3, "prisoners")]),
        # the passive after the whole, as before
        ("Five of the hostages were killed in the raid.", [("killed", 5, "hostages")]),
        # no fate: a verb that is no cue
        ("Police questioned two of the hostages.", []),
        ("The rebels held two of the hostages in a cave.", []),
    ],
)
def test_a_verb_of_fate_before_a_part_of_the_held(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert fates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven hostages were released on Monday.", [("rescued", 7, "hostages")]),
        ("The 20 kidnapped farmers have been released.", [("rescued", 20, "kidnapped farmers")]),
        ("The rebels released 14 hostages.", [("rescued", 14, "hostages")]),
        # a participle with its agent between the captives and their passive
        ("Seven hostages kept by the gang were released.", [("rescued", 7, "hostages kept")]),
        # a count before "released" that is not its passive looks past it
        ("Nine other people (names not released) were injured.", [("wounded", 9, "other people")]),
        # no captives in the sentence: a hospital's or a court's release
        ("Five people were released from hospital.", []),
        ("Two suspects were released on bail.", []),
    ],
)
def test_captives_released_in_the_passive_are_freed(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert fates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels fired on a bus, killing its driver and 6 passengers.",
            [("killed", 1, "driver"), ("killed", 6, "passengers")],
        ),
        ("Rebels downed the helicopter, killing its pilot.", [("killed", 1, "pilot")]),
        # no person after "its"
        ("The flood killed its engine.", []),
    ],
)
def test_its_person_is_one_victim(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert fates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed one of the guards outside the bank.", [("killed", 1, "guards")]),
        ("Troops killed one of the kidnappers.", [("killed", 1, "kidnappers")]),
        ("Rebels kidnapped one of the engineers.", [("kidnapped", 1, "engineers")]),
        ("The army killed one of the rebel leaders.", [("killed", 1, "rebel leaders")]),
        (
            "The kidnappers killed one of the hostages and wounded two others.",
            [("killed", 1, "hostages"), ("wounded", 2, "others")],
        ),
        # no people after "one of", or no verb of harm right before it
        ("The flood killed one of the engines.", []),
        ("Police questioned one of the guards.", []),
    ],
)
def test_one_of_a_group_as_the_object_of_a_verb(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert fates(text) == expected
