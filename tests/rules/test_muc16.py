"""MUC-4 round 16: constructions of translated insurgency wire copy this round reads. All
text is our own fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def victims(text: str) -> list[tuple[str, float | None, str]]:
    return sorted((c.category, c.min, c.figure_text) for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "THE UNIONS CONDEMNED THE MURDER IN ORSK OF DOCK LEADERS TOMAS BREL AND ANA RUIZ.",
            [("killed", 1, "ANA RUIZ"), ("killed", 1, "DOCK LEADERS TOMAS BREL")],
        ),
        (
            "The assassination in Port Kessel of Senator Ana Ruiz shocked the capital.",
            [("killed", 1, "Senator Ana Ruiz")],
        ),
        ("The massacre in Orsk of 30 farmers was denied by the army.", [("killed", 30, "30")]),
        # a relative or partitive "of", or a compound preposition, is no victim's "of"
        ("There were 40 deaths in Kessel of which 12 were children.", [("killed", 40, "40")]),
        ("The massacre in Orsk of which the bishop spoke left 30 dead.", [("killed", 30, "30")]),
        ("A killing in memory of the victims of the war was staged.", []),
        ("The killing in front of the church of a priest was filmed.", []),
    ],
)
def test_a_place_between_the_killing_and_its_victims(
    text: str, expected: list[tuple[str, float | None, str]]
) -> None:
    assert victims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GUNMEN KILLED TOMAS BREL, THE LEADER OF THE FARMERS PARTY (FP), AND DOCK LEADER"
            " IVO SARN.",
            [("killed", 1, "DOCK LEADER IVO SARN"), ("killed", 1, "TOMAS BREL")],
        ),
        # a clause after the name is no description
        (
            "GUNMEN KILLED TOMAS BREL, WOUNDED TWO OF HIS GUARDS, AND ESCAPED IN A RED CAR.",
            [("killed", 1, "TOMAS BREL"), ("wounded", 2, "TWO")],
        ),
        # known gap: a description without its article ("Tomas Brel, leader of the Farmers
        # Party, and ...") stops the list; read, it also counted recalled deaths on MUC-4 train
        # and an unkeyed one on dev (sixteenth session)
        (
            "Gunmen killed Tomas Brel, head of the port workers, and union leader Ana Ruiz.",
            [("killed", 1, "Tomas Brel")],
        ),
    ],
)
def test_a_description_with_an_initialism_between_named_victims(
    text: str, expected: list[tuple[str, float | None, str]]
) -> None:
    assert victims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "THE PARTY MOURNED THE MURDER OF LABOR LEADER TOMAS BREL AND HIS COMPANION.",
            [("killed", 1, "HIS"), ("killed", 1, "LABOR LEADER TOMAS BREL")],
        ),
        ("A comrade was killed in the ambush near the river.", [("killed", 1, "A")]),
    ],
)
def test_one_who_goes_with_another_is_a_person(
    text: str, expected: list[tuple[str, float | None, str]]
) -> None:
    assert victims(text) == expected


def taken(text: str) -> list[tuple[str, float | None]]:
    return sorted((c.category, c.min) for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive "seized" that names no captor: people taken
        ("Nine aid workers were seized on Monday near the border.", [("kidnapped", 9)]),
        ("Four teachers were seized from their school in the hills.", [("kidnapped", 4)]),
        ("Police said six engineers were seized on the road to Orsk.", [("kidnapped", 6)]),
        ("Gunmen stopped the bus and seven nurses were seized.", [("kidnapped", 7)]),
        # fighters, the accused, soldiers or things seized are no kidnapping
        ("Fourteen rebels were seized in the hills.", []),
        ("Nine suspects were seized on Monday.", []),
        ("Two soldiers were seized near the border.", []),
        ("Three rifles were seized in the raid.", []),
        # by police: an arrest, no kidnapping (gaps18)
        ("Nine aid workers were seized by the police.", [("arrested", 9)]),
        # a force that seizes people captures them
        ("Troops seized 14 rebels after a clash in the hills.", [("captured", 14)]),
        ("THE ARMY SEIZED 12 GUERRILLAS NEAR THE RIVER.", [("captured", 12)]),
        ("Soldiers seized 12 boxes of ammunition.", []),
        ("Troops seized 40 vehicles at the border.", []),
        ("Rebels seized 14 soldiers in an ambush.", [("kidnapped", 14)]),
    ],
)
def test_people_seized_with_no_captor_named_or_by_a_force(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert taken(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GUNMEN KILLED TOMAS BREL, IVO SARN, AND ODO KARSK, AS WELL AS ANA RUIZ.",
            [
                ("killed", 1, "ANA RUIZ"),
                ("killed", 1, "IVO SARN"),
                ("killed", 1, "ODO KARSK"),
                ("killed", 1, "TOMAS BREL"),
            ],
        ),
        (
            "Gunmen killed Tomas Brel and Ivo Sarn, as well as Odo Karsk.",
            [("killed", 1, "Ivo Sarn"), ("killed", 1, "Odo Karsk"), ("killed", 1, "Tomas Brel")],
        ),
        (
            "Gunmen killed Tomas Brel, as well as two guards.",
            [("killed", 1, "Tomas Brel"), ("killed", 2, "two")],
        ),
    ],
)
def test_as_well_as_joins_one_more_victim(
    text: str, expected: list[tuple[str, float | None, str]]
) -> None:
    assert victims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the capitalised words after "of", "for" or "from" are a body, not the victim
        (
            "FRENCH REPORTER TOMAS BREL OF A PARIS WEEKLY WAS KILLED ON MONDAY.",
            [("killed", 1, "FRENCH REPORTER TOMAS BREL")],
        ),
        (
            "French reporter Tomas Brel of the Paris Weekly was killed on Monday.",
            [("killed", 1, "Tomas Brel")],
        ),
        # one person before it is counted by the rules of "a ..." (CB74)
        ("AN OFFICER FROM THE ORSK BATTALION WAS KILLED IN THE AMBUSH.", [("killed", 1, "AN")]),
        # known gap: with "died" no rule reads that person (the body was read as a name before)
        ("AN OFFICER FROM THE ORSK BATTALION DIED IN THE AMBUSH.", []),
        (
            "A GUARD WORKING FOR THE ORSK SHIPPING COMPANY WAS KILLED IN THE ATTACK.",
            [("killed", 1, "A")],
        ),
        # a title's name after a body's name stays the victim
        (
            "THE PRESIDENT OF THE SUPREME COURT OF JUSTICE TOMAS BREL DIED ON 28 MAY.",
            [("killed", 1, "JUSTICE TOMAS BREL")],
        ),
    ],
)
def test_a_named_victim_before_the_body_it_belongs_to(
    text: str, expected: list[tuple[str, float | None, str]]
) -> None:
    assert victims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blame laid for a named person's death makes it a killing
        ("THEY BLAME THE ARMY FOR IVO SARN'S DEATH.", [("killed", 1, "IVO SARN")]),
        (
            "The rebels claimed responsibility for Judge Ana Ruiz's death.",
            [("killed", 1, "Judge Ana Ruiz")],
        ),
        # a natural death stays none
        ("The founder Odo Karsk's death at 97 saddened the town.", []),
    ],
)
def test_blame_for_a_named_death(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert victims(text) == expected
