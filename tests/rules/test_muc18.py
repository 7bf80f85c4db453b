"""MUC-4 round 18: constructions of translated insurgency wire copy this round reads. All
text is our own fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def victims(text: str) -> list[tuple[str, float | None, str | None, str]]:
    claims = analyze(text).claims
    return sorted(
        ((c.category, c.min, c.group, c.figure_text) for c in claims),
        key=lambda v: (v[0], v[3], v[2] or ""),
    )


@pytest.mark.parametrize(
    "text",
    [
        # what was done with the hurt, an adverb first: no names listed
        "THE INJURED WERE QUICKLY TAKEN TO THE TOWN HOSPITAL.",
        "THE INJURED WERE IMMEDIATELY FLOWN TO THE CAPITAL.",
    ],
)
def test_an_adverb_before_what_was_done_with_the_hit_lists_no_one(text: str) -> None:
    assert victims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dead were a baker, Ana Ruiz, and her son.",
            [("killed", 1, "baker", "a"), ("killed", 1, "son", "her")],
        ),
        (
            "Ana Ruiz, 58, and her son, Tomas Ruiz, 31, were found dead on Monday.",
            [("killed", 1, None, "Ana Ruiz"), ("killed", 1, "son", "her")],
        ),
        (
            "The protest came a month after the fatal shooting of an unarmed man, Tomas Brel, by"
            " a deputy.",
            [("killed", 1, "unarmed man", "an")],
        ),
        # a list of names alone is no apposition
        (
            "The dead were identified as Ana Ruiz, 34, and Tomas Brel, 19.",
            [("killed", 1, None, "Ana Ruiz"), ("killed", 1, None, "Tomas Brel")],
        ),
    ],
)
def test_a_name_set_off_by_commas_after_a_person_noun_is_the_same_person(
    text: str, expected: list[tuple[str, float | None, str | None, str]]
) -> None:
    assert victims(text) == expected


def fates(text: str) -> list[tuple[str, float | None, str | None]]:
    return sorted((c.category, c.min, c.group) for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TWO FARMERS WERE KIDNAPPED AND KILLED.",
            [("kidnapped", 2, "FARMERS"), ("killed", 2, "FARMERS")],
        ),
        ("Four teachers were dragged from a bus and shot dead.", [("killed", 4, "teachers")]),
        (
            "A JUDGE WAS ABDUCTED BY GUNMEN ON MONDAY AND LATER EXECUTED.",
            [("kidnapped", 1, "JUDGE"), ("killed", 1, "JUDGE")],
        ),
        # near misses: freed, not killed; things, not people; another clause's subject
        # (freed is the second fate of CB123, session 20: rescued, never killed)
        (
            "Two farmers were kidnapped and later released.",
            [("kidnapped", 2, "farmers"), ("rescued", 2, "farmers")],
        ),
        ("Two trucks were seized and later burned by the rebels.", []),
        (
            "Two farmers were kidnapped, and a guard who tried to stop it was killed.",
            [("kidnapped", 2, "farmers"), ("killed", 1, "guard")],
        ),
    ],
)
def test_people_taken_then_killed_in_one_clause(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert fates(text) == expected


_RANKS = ("SERGEANT", "CORPORAL", "AGENT", "GUARD")
_FIRST = "ODO IVO ANA PIA TOMAS LUIS PEDRO JUAN RAUL SARA ELSA MARIO NICO OTTO HUGO LEON ABEL"
_LAST = "BREL SARN RUIZ VEGA ROA KARSK LANT VALK MARR VENN ORR PELL LUND MARSH PRATT BRACK ONDER"


def test_a_long_list_of_the_named_dead_is_read_to_its_end() -> None:
    # a unit's fallen listed by name in a communique: 25 names, past the old limit of 20
    names = [
        f"{_RANKS[n % 4]} {first} {last}"
        for n, (first, last) in enumerate(
            (f, s) for f in _FIRST.split()[:5] for s in _LAST.split()[:5]
        )
    ]
    text = f"THE FOLLOWING POLICEMEN DIED IN THE ATTACK: {', '.join(names[:-1])}, AND {names[-1]}."
    claims = analyze(text).claims
    assert [c.figure_text for c in claims] == names
    assert {(c.category, c.min) for c in claims} == {("killed", 1)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "THE BOMB KILLED SIX PEOPLE, INCLUDING THE VETERAN DOCK LEADER ODO KARSK.",
            [("killed", 6, "PEOPLE", "SIX"), ("killed", 1, None, "VETERAN DOCK LEADER ODO KARSK")],
        ),
        (
            "THE BOMB KILLED SIX PEOPLE, INCLUDING THE DOCK LEADER ODO KARSK AND TWO GUARDS.",
            [
                ("killed", 1, None, "DOCK LEADER ODO KARSK"),
                ("killed", 6, "PEOPLE", "SIX"),
                ("killed", 2, "GUARDS", "TWO"),
            ],
        ),
        # near misses: a title and no name, a group
        ("THE BOMB KILLED SIX PEOPLE, INCLUDING THE PORT MAYOR.", [("killed", 6, "PEOPLE", "SIX")]),
        (
            "THE BOMB KILLED SIX PEOPLE, INCLUDING THE DOCK WORKERS.",
            [("killed", 6, "PEOPLE", "SIX")],
        ),
    ],
)
def test_a_titled_name_after_including_the_in_capitals(
    text: str, expected: list[tuple[str, float | None, str | None, str]]
) -> None:
    assert victims(text) == expected


def groups(text: str) -> list[tuple[str, str | None]]:
    return [(c.category, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE TROOPS BURNED HUTS AND MURDERED MONKS.", [("killed", "MONKS")]),
        (
            "Rebels ambushed a supply truck, killed all the drivers and took the cargo.",
            [("killed", "all the drivers")],
        ),
        ("The raiders looted the depot and executed guards.", [("killed", "guards")]),
        # near misses: an adjective after "and", and no first verb
        ("The nurses treated the sick and wounded soldiers.", []),
        ("The mayor praised the army and honored fallen soldiers.", []),
    ],
)
def test_a_second_verb_of_killing_with_a_plural_object(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "THE BISHOP DEPLORED THE MURDERS OF TEACHERS, NURSES, AND MAYORS OF THE PROVINCE.",
            [("killed", "TEACHERS"), ("killed", "NURSES"), ("killed", "MAYORS")],
        ),
        # near miss: a first object with "of" after a gerund may be generic; left alone
        ("It is not strangers killing members of our town, it is us.", []),
    ],
)
def test_the_last_listed_plural_before_its_of_phrase(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A GUARD FIRED A PISTOL AT AN ELDERLY FARMER, WOUNDING HIM IN THE ARM.",
            [("wounded", 1, "ELDERLY FARMER")],
        ),
        ("Rebels ambushed two policemen, killing them.", [("killed", 2, "policemen")]),
        # the nearest count before "them" is theirs, not the captors'
        (
            "TWO GUNMEN SEIZED THREE TEACHERS AND LATER KILLED THEM.",
            [("kidnapped", 3, "TEACHERS"), ("killed", 3, "TEACHERS")],
        ),
        # near misses: another person between, and the one who acts
        ("A man attacked his neighbor with a knife, wounding him.", []),
        ("A gunman fired into the crowd, wounding him.", []),
    ],
)
def test_a_pronoun_after_a_participle_stands_for_the_object_before(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert fates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HE IS COLONEL IVO SARN, WHOSE 12-YEAR-OLD SON WAS KILLED BY A BOMB.",
            [("killed", 1, "SON")],
        ),
        (
            "The union, whose leader was murdered on Monday, called a strike.",
            [("killed", 1, "leader")],
        ),
        # near miss: "whose" before no person
        ("The man, whose name was not released, is in custody.", []),
    ],
)
def test_one_told_by_whose_in_a_relative_clause(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert fates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A SOUND ENGINEER OF THE (KTV) RADIO NETWORK WAS ALSO KILLED.",
            [("killed", 1, "ENGINEER")],
        ),
        ("A street vendor walking past the kiosk was wounded.", [("wounded", 1, "vendor")]),
    ],
)
def test_a_modifier_before_the_noun_of_a_postmodified_person(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert fates(text) == expected
