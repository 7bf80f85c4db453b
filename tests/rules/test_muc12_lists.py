"""MUC-4 round 12 (issue 9): lists of victims with a single person inside, and the other
constructions of translated insurgency wire copy this round reads. All text is our own
fictional writing."""

from __future__ import annotations

import pytest

from rules import analyze


def counts(text: str) -> list[tuple[str, float | None]]:
    return sorted((c.category, c.min) for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four farmers, a nurse and two teachers were hurt in the shelling.",
            [("wounded", 1), ("wounded", 2), ("wounded", 4)],
        ),
        (
            "TWO SOLDIERS, A NURSE AND FOUR CIVILIANS WERE KILLED IN THE AMBUSH.",
            [("killed", 1), ("killed", 2), ("killed", 4)],
        ),
        (
            "Four farmers, a nurse, his young son and two teachers were hurt.",
            [("wounded", 1), ("wounded", 1), ("wounded", 2), ("wounded", 4)],
        ),
        # the single is no person: nothing joins the first count to the cue
        ("Four farmers, a tractor and two trucks were hit.", []),
        (
            "Four houses, a school and two churches were destroyed and three people were hurt.",
            [("wounded", 3)],
        ),
    ],
)
def test_a_single_person_inside_a_list_of_counts(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "GUNMEN KILLED COLONEL IVAN TOLLAN, HIS DRIVER AND THREE BODYGUARDS.",
        "Gunmen killed Major Ivo Sarn, a guard and three escorts on the bridge.",
    ],
)
def test_a_count_after_a_name_and_a_single_person(text: str) -> None:
    # The named victim and the count; the single between them is not read yet (a known gap).
    found = counts(text)
    assert ("killed", 1) in found
    assert ("killed", 3) in found


def test_a_description_after_a_name_is_no_list() -> None:
    assert counts("Gunmen killed Major Ivo Sarn, a retired officer.") == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SOLDIERS SHOT A MAN AT THE CHECKPOINT. HE DIED ON THE WAY TO THE CLINIC.",
            [("killed", 1), ("killed_or_wounded", 1)],
        ),
        ("SHE WAS LATER PRONOUNCED DEAD, THE POLICE SAID.", [("killed", 1)]),
        ("HE DIED AT 91 AFTER A LONG ILLNESS, HIS FAMILY SAID.", []),
        ("THE SHOOTING DIED DOWN BEFORE DAWN.", []),
        # a surname alone in capitals is not read (any capital word may stand there)
        ("ORTEGA DIED AT THE CLINIC.", []),
    ],
)
def test_a_pronoun_death_in_all_capital_copy(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed journalist Lena Vark outside her office.", [("killed", 1)]),
        ("The murder of local farmer Ivo Lant shocked the valley.", [("killed", 1)]),
        ("Gunmen killed teacher Lena Vark and her son.", [("killed", 1), ("killed", 1)]),
        # no name after the lower-case word: a plural group, not a role
        ("The killing of protesters in Ashby Park was condemned.", [("killed", None)]),
        # a determiner before the role: the friend is counted once, as the friend
        ("He was charged over the fatal shooting of his friend Ivo Lant.", [("killed", 1)]),
        # after a verb of hurt the role's word is an adjective: no victim of this sentence
        ("'We ran,' injured officer Ivo Lant says.", []),
    ],
)
def test_a_role_in_lower_case_before_a_victim_name(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole's noun, then the part's verb: the part died, and the whole is the count of
        # the hurt it came from (CB101; the key figure takes the dead off it)
        ("Two of the 12 wounded later died.", [("killed", 2), ("wounded", 12)]),
        ("Two of the 12 injured died in hospital on Monday.", [("killed", 2), ("wounded", 12)]),
        ("THREE OF THE NINE WOUNDED DIED OVERNIGHT.", [("killed", 3), ("wounded", 9)]),
        # the cue is the whole's and no other follows: the whole stays the count
        ("Two of the 12 injured were in critical condition.", [("wounded", 12)]),
        ("Two of the four shooting victims died.", [("killed", 2)]),
    ],
)
def test_a_part_of_the_hurt_who_died(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert counts(text) == expected


def kinds(text: str) -> list[tuple[str, float | None]]:
    return sorted((c.category, c.min) for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels took the mayor and three councillors hostage.",
            [("kidnapped", 1), ("kidnapped", 3)],
        ),
        (
            "GUERRILLAS TOOK A PRIEST, TWO NURSES AND THREE TEACHERS HOSTAGE.",
            [("kidnapped", 1), ("kidnapped", 2), ("kidnapped", 3)],
        ),
        (
            "The gang is holding two nurses and a doctor hostage.",
            [("kidnapped", 1), ("kidnapped", 2)],
        ),
        ("The rebels took the mayor hostage.", [("kidnapped", 1)]),
        # an item that is no person: no list of captives
        ("The rebels took the town and two villages hostage.", []),
        ("It took the police and two firefighters an hour to reach the hostages.", []),
    ],
)
def test_a_list_taken_hostage(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two of the six hostages were released unharmed on Sunday.",
            [("kidnapped", 6), ("rescued", 2)],
        ),
        ("Rebels freed three of the eleven hostages at dawn.", [("kidnapped", 11), ("rescued", 3)]),
        ("Two of the six passengers were released unharmed.", [("rescued", 2)]),
        ("Two of the six hostages are still held in the hills.", [("kidnapped", 6)]),
    ],
)
def test_the_whole_of_a_part_told_by_a_state_noun(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine people were killed: five rebels, three soldiers and a nurse.",
            [("killed", 1), ("killed", 3), ("killed", 5), ("killed", 9)],
        ),
        (
            "SEVEN BODIES WERE FOUND IN THE MARKET; FOUR GUERRILLAS, TWO SOLDIERS, AND A CIVILIAN.",
            [("killed", 1), ("killed", 2), ("killed", 4), ("killed", 7)],
        ),
        (
            "TWELVE PEOPLE WERE WOUNDED: NINE CIVILIANS AND THREE POLICEMEN.",
            [("wounded", 3), ("wounded", 9), ("wounded", 12)],
        ),
        # parts that do not add up, a clause after the colon, or no toll: no breakdown
        ("Nine people were killed: five rebels and two soldiers.", [("killed", 9)]),
        ("The army said: five rebels, three soldiers and a nurse.", []),
    ],
)
def test_a_toll_broken_down_after_a_colon(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert counts(text) == expected


def test_a_breakdown_is_a_part_of_the_toll_not_more() -> None:
    # the key figure stays the toll: the parts detail it
    from rules.claims.registry import PART_RULES

    assert "CB99" in PART_RULES


@pytest.mark.parametrize(
    "text",
    [
        "The raid in which baker Ivo Lant and Ana Kell, both of whom ran shops, were killed.",
        "THE ARMY REPORT INDICATES IVO LANT AND ANA KELL, MEMBERS OF THE VILLAGE PATROL, WERE"
        " SEIZED AND LATER MURDERED.",
        "The mayor confirmed Ivo Lant and Ana Kell were killed.",
    ],
)
def test_named_subjects_after_which_or_a_reporting_verb(text: str) -> None:
    assert counts(text) == [("killed", 1), ("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the dead was Ivo Lant, a retired judge.", [("killed", 1)]),
        ("AMONG THE WOUNDED WAS A NURSE FROM THE CLINIC.", [("wounded", 1)]),
        # the tail "two hours later" counts no people
        (
            "Among the dead was a nurse and two hours later a doctor died.",
            [("killed", 1), ("killed", 1)],
        ),
    ],
)
def test_among_the_dead_was_one_person(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AMONG THE MONKS MURDERED WAS BROTHER IVO LANT.", [("killed", 1)]),
        (
            "Among the guards killed were Tomas Brel and Ana Kell.",
            [("killed", 1), ("killed", 1)],
        ),
        ("Among the students wounded was a girl.", [("wounded", 1)]),
        ("Among the weapons seized were two rifles.", []),
    ],
)
def test_among_a_plural_and_its_participle(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three people died in the fire. They were Ivo Lant, 34, Ana Kell, 29, and Tomas Brel.",
            [("killed", 1), ("killed", 1), ("killed", 1), ("killed", 3)],
        ),
        (
            "TWO GUARDS WERE SHOT DEAD ON FRIDAY. THEY HAVE BEEN NAMED AS IVO LANT AND TOMAS BREL.",
            [("killed", 1), ("killed", 1), ("killed", 2)],
        ),
        # one name may be a possessor; no casualty told before; not a list of people
        ("Two men were shot dead on Friday. They were Ivo Lant's neighbours.", [("killed", 2)]),
        ("The scheme ran for years. They were Ivo Lant and Tomas Brel.", []),
        ("Two men were shot dead on Friday. They were taken to the morgue.", [("killed", 2)]),
    ],
)
def test_they_were_after_a_toll_lists_its_victims(
    text: str, expected: list[tuple[str, float | None]]
) -> None:
    assert counts(text) == expected


def test_among_the_injured_here_are() -> None:
    found = analyze("Among the injured here are Ivo Lant, 53; Ana Kell, 24; and Tomas Brel.").claims
    assert [(c.category, c.figure_text) for c in found if c.rule == "CB30"] == [
        ("wounded", "Ivo Lant"),
        ("wounded", "Ana Kell"),
        ("wounded", "Tomas Brel"),
    ]
    assert counts("Among the dead so far are Ivo Lant and Ana Kell.") == [
        ("killed", 1),
        ("killed", 1),
    ]


def test_relatives_with_honorifics_of_two_genders_are_two_victims() -> None:
    assert counts("Gunmen killed Mr Ruiz and Mrs Ruiz at their farm.") == [
        ("killed", 1),
        ("killed", 1),
    ]
    # the same person named again with the same honorific stays one claim
    text = "Gunmen killed Mr Ivo Ruiz. Police said Mr Ruiz was killed instantly."
    assert counts(text) == [("killed", 1)]


def test_an_inverted_list_after_killed_were_is_not_a_role_and_name() -> None:
    text = "Killed were waitress Hana Lutz, 44; Ole Brand, 30, a bakery driver; and Mia Sorn, 8."
    claims = analyze(text).claims
    assert [c.rule for c in claims].count("CB14") == 0
    assert sum(c.min or 0 for c in claims if c.category == "killed") == 3
