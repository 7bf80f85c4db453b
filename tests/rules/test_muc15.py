"""MUC-4 round 15: constructions of translated insurgency wire copy this round reads. All
text is our own fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def counts(text: str) -> list[tuple[str, float | None]]:
    return sorted((c.category, c.min) for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fifty conscripts from two battalions were killed in the assault.", [("killed", 50)]),
        ("30 MARINES FROM 3 COMPANIES WERE WOUNDED NEAR THE PORT.", [("wounded", 30)]),
        ("Troops from two brigades killed 14 rebels.", [("killed", 14)]),
        # a place still reads as before
        ("Six officers from three police stations were wounded.", [("wounded", 6)]),
    ],
)
def test_units_after_a_count_of_people_are_no_victims(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert counts(text) == expected


def periods(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.min, c.period) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling has left 900 dead in the past month.", [(900, "in the past month")]),
        ("OVER THE LAST YEAR, 40 POLICE OFFICERS WERE KILLED.", [(40, "OVER THE LAST YEAR")]),
        ("More than 30,000 people have died in the war.", [(30000, "in the war")]),
        (
            "The 8,000 miners who have died in the struggle would be alive today.",
            [(8000, "in the struggle")],
        ),
        # the news itself: a place, a day, a past tense, a scuffle, a record
        ("Five soldiers have been killed in the conflict zone.", [(5, None)]),
        ("Three soldiers have been killed in the conflict on Tuesday.", [(3, None)]),
        ("Two soldiers were killed in the war.", [(2, None)]),
        ("Two men have died in the struggle with the guards.", [(2, None)]),
        ("It was the deadliest attack in the past year, killing 12 people.", [(12, None)]),
    ],
)
def test_a_toll_of_a_whole_war_or_a_past_month_is_a_running_total(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They murdered, in front of his family, a teacher who refused to pay.", [("killed", 1)]),
        ("GUNMEN KILLED, ACCORDING TO POLICE, A FARMER NEAR THE RIVER.", [("killed", 1)]),
        # a passive verb takes no object: the one after the aside is a speaker
        ("Two were killed, in the end, a man said.", [("killed", 2)]),
    ],
)
def test_one_person_after_an_aside_set_off_by_commas(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A grenade hit the jeep of Mayor Ivo Lant. Lant was seriously wounded.",
            [("wounded", 1)],
        ),
        (
            "TROOPS FIRED ON THE CAR OF ODO VEGA AND PIA ROA. VEGA DIED AND ROA WAS HURT.",
            [("killed", 1), ("wounded", 1)],
        ),
        (
            "THE GUNMEN ROBBED TOMAS BREL AND ANA SOL. BREL AND SOL WERE SHOT.",
            [("killed_or_wounded", 1), ("killed_or_wounded", 1)],
        ),
        # the fate of one already counted in full is one claim
        ("Mayor Ivo Lant was shot on Monday. Lant died on Tuesday.", [("killed", 1)]),
        # no earlier name ends with the word
        ("Lant was seriously wounded.", []),
        ("THE TRUCK CAME UNDER FIRE. CONVOY WAS HIT AND NOBODY WAS HURT.", [("wounded", 0)]),
    ],
)
def test_a_surname_alone_after_the_name_in_full(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Hispanic name of two surnames, named again by the first of them
        (
            "GUNMEN KILLED JORGE LUIS VARGAS SOTO ON MONDAY. VARGAS WAS MURDERED AT HIS OFFICE.",
            [("killed", 1)],
        ),
        (
            "Gunmen killed Jorge Vargas Soto on Monday. Soto was murdered at his office.",
            [("killed", 1)],
        ),
        # a given name is no surname
        ("Gunmen killed Jorge Vargas Soto. Ana Jorge was hurt.", [("killed", 1), ("wounded", 1)]),
    ],
)
def test_a_victim_named_again_by_the_first_surname_is_one_claim(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HER BROTHER, JULIO MENA RUIZ, WAS WOUNDED IN THE ATTACK.", [("wounded", 1)]),
        ("A GUARD, IVO SARN, WAS KILLED AT THE GATE.", [("killed", 1)]),
        ("His driver, Ivo Sarn, was killed.", [("killed", 1)]),
    ],
)
def test_one_person_with_the_name_set_off_by_commas_in_capitals(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert counts(text) == expected


def categories(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the captured are counted; soldiers holding the rest take no hostages
        ("Soldiers captured 18 insurgents and are holding seven others.", [("captured", 18)]),
        ("POLICE KILLED THREE ARMED REBELS AND ARE HOLDING FOUR OTHERS.", [("killed", 3)]),
        # counted captors before the verb still hold captives
        ("Three gunmen are holding 12 passengers in the bank.", [("kidnapped", 12)]),
        ("The rebels are still holding 17 passengers.", [("kidnapped", 17)]),
    ],
)
def test_a_counted_object_of_an_earlier_verb_holds_no_one(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bandits took with them two surveyors.", [("kidnapped", 2)]),
        (
            "BEFORE LEAVING THE CAMP, THE REBELS TOOK WITH THEM TWO NURSES AND A DOCTOR.",
            [("kidnapped", 2), ("kidnapped", 1)],
        ),
        # not said of captors: a family, the police
        ("Fleeing villagers took with them their three children.", []),
        ("The police took with them four suspects.", []),
        # a killing told by "took the life of" is read as before
        ("A car bomb took the life of Senator Ivo Sarn.", [("killed", 1)]),
    ],
)
def test_captors_who_took_people_with_them_kidnapped_them(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven hostages held by the gang were freed unharmed.", [("rescued", 7)]),
        ("THE 12 HOSTAGES SEIZED BY GUNMEN IN MAY HAVE BEEN FREED.", [("rescued", 12)]),
        ("Seven hostages held by the gang were killed.", [("killed", 7)]),
        # the state itself is the predicate
        ("Twelve hostages were held by the rebels.", [("kidnapped", 12)]),
    ],
)
def test_the_predicate_after_a_participle_and_its_agent_tells_the_fate(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gunmen killed a Peruvian and wounded a Chilean.",
            [("killed", 1), ("wounded", 1)],
        ),
        ("AN AMERICAN WAS WOUNDED IN THE BLAST.", [("wounded", 1)]),
        # the people's adjective before a noun is no person, nor a player
        ("The rebels shot down a Peruvian plane.", []),
        ("THE TEAM LOST 3-1 AFTER THEIR STRIKER WAS INJURED.", []),
    ],
)
def test_one_of_a_people_named_by_its_singular(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert categories(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AN EMPLOYEE OF THE NATIONAL BANK WAS KILLED.", ["AN"]),
        # the colonel set off by a long aside is not read (a gap); the province is no name
        (
            "COLONEL IVO SARN OF THE POLICE IN THE NORTHERN PROVINCE, WHO HAD BEEN THREATENED, "
            "WAS MURDERED.",
            [],
        ),
        ("POLICE CHIEF KARL ONDER WAS KILLED.", ["POLICE CHIEF KARL ONDER"]),
    ],
)
def test_a_body_or_a_place_in_capitals_is_no_named_victim(text: str, expected: list[str]) -> None:
    assert [c.figure_text for c in analyze(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A sentry was hit by three bullets near the gate of the army post.",
            [("killed_or_wounded", 1)],
        ),
        ("FOUR PEOPLE WERE STRUCK BY TWO STRAY BULLETS.", [("killed_or_wounded", 4)]),
        ("A girl was struck by a stray bullet.", [("killed_or_wounded", 1)]),
    ],
)
def test_a_count_of_rounds_stays_inside_the_cue(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert categories(text) == expected
