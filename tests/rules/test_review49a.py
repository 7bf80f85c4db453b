"""Readings review49a fixed. Every sentence is the reviewer's own, with invented names.

Attributions: whoever sets a count of the held again states it ("Police raised the number of
arrests to 61"), not the raids that moved it.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (c.category, c.min if c.min is not None else c.max, c.claimant)
        for c in analyze(text).claims
    ]


def _statements(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.rule) for a in analyze(text).attributions if a.kind == "statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police raised the number of arrests to 61 on Sunday.", [("Police", "AT14")]),
        (
            "The interior ministry on Monday revised the number of people detained to 140.",
            [("The interior ministry", "AT14")],
        ),
        ("Prosecutors lowered the number of detainees to 12.", [("Prosecutors", "AT14")]),
        # counter-examples: raids or arrests that move the count speak for no one, and a count
        # of things set again is no cue
        ("The overnight raids raised the number of arrests to 61.", []),
        ("Two more arrests on Monday raised the number of people detained to 61.", []),
        ("Police raised the number of patrols to 61 on Sunday.", []),
    ],
)
def test_a_count_of_the_held_set_again(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


def test_the_setter_of_a_count_of_the_held_claims_it() -> None:
    text = "Police raised the number of arrests to 61 on Sunday."
    assert _claims(text) == [("arrested", 61, "Police")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twenty-three workers were taken to hospital, nine of them to intensive care.",
            [("wounded", 23, None), ("wounded", 9, None)],
        ),
        (
            "A fire at a depot in Orsk injured 23 workers, who were taken to hospital, nine of"
            " them to intensive care.",
            [("wounded", 23, None), ("wounded", 9, None)],
        ),
        (
            "Fourteen people were hurt in the crash, three of them taken to the burns unit.",
            [("wounded", 14, None), ("wounded", 3, None)],
        ),
        (
            "Eleven soldiers were wounded, four of whom were flown to intensive care in Tarnet.",
            [("wounded", 11, None), ("wounded", 4, None)],
        ),
        # counter-examples: patients moved within a hospital and staff posted to a ward are
        # no hurt, nor is a part of them
        ("Staff moved 30 patients out of the flooded wing, nine of them to intensive care.", []),
        ("Forty nurses were hired this year, nine of them to intensive care.", []),
    ],
)
def test_a_part_of_the_hurt_sent_to_intensive_care(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


def _rules(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.category, c.min, c.rule) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven people were taken to hospital, two with crushed legs.",
            [("wounded", 11, "CB01"), ("wounded", 2, "CB45")],
        ),
        (
            "A bus overturned near Tarnet, injuring 14 people, two with crushed legs.",
            [("wounded", 14, "CB02"), ("wounded", 2, "CB45")],
        ),
        (
            "Nine climbers were hurt in the avalanche, three with broken bones.",
            [("wounded", 9, "CB01"), ("wounded", 3, "CB45")],
        ),
        # counter-examples: after a count of no hurt, or with no hurt named, no part of the hurt
        (
            "Eleven people were taken to hospital, two with their children.",
            [("wounded", 11, "CB01")],
        ),
        (
            "Police detained 14 men, two with knives.",
            [("arrested", 14, "CB02"), ("arrested", 2, "CB04")],
        ),
    ],
)
def test_a_part_of_the_hurt_told_by_its_hurt_alone(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Surgeons at Tarnet General operated on 11 people after the blast.",
            [("wounded", 11, "CB122")],
        ),
        (
            "Doctors at the district hospital operated on 14 of the injured overnight.",
            [("wounded", 14, "CB122")],
        ),
        (
            "After the shooting, surgeons operated on nine people, the hospital said.",
            [("wounded", 9, "CB122")],
        ),
        # counter-examples: a surgeon's career, or surgery with no incident told
        ("Dr Ana Vela has operated on 4,000 patients in her career.", []),
        ("In a 30-year career, Dr Ivo Marr has treated 9,000 patients.", []),
        ("Visiting surgeons operated on 40 children with cleft palates this week.", []),
        ("The team operated on 40 dogs after the flood.", []),
    ],
)
def test_those_operated_on_after_an_incident(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crash injured 30 people, with four of the injured flown by helicopter to the"
            " capital.",
            [("wounded", 30, "CB02"), ("wounded", 4, "CB43")],
        ),
        (
            "The crash injured 30 people, four of the injured taken by ambulance to Tarnet.",
            [("wounded", 30, "CB02"), ("wounded", 4, "CB43")],
        ),
        (
            "Thirty people were hurt, four of them flown by helicopter to the capital.",
            [("wounded", 30, "CB01"), ("wounded", 4, "CB45")],
        ),
        (
            "Thirty people were hurt, of whom four were flown to the capital.",
            [("wounded", 30, "CB01"), ("wounded", 4, "CB45")],
        ),
        # counter-examples: the dead or troops flown somewhere are no hurt, nor are animals
        ("Nine soldiers were killed, four of them flown home to Tarnet.", [("killed", 9, "CB01")]),
        ("Nine soldiers were killed, of whom four were flown to Tarnet.", [("killed", 9, "CB01")]),
        (
            "Forty troops were deployed, 12 of them flown by helicopter to the border.",
            [("deployed", 40, "CB01")],
        ),
        ("Two of the wounded horses taken to the vet were put down.", []),
    ],
)
def test_a_part_of_the_hurt_flown_on_for_care(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _rules(text) == expected


_LONG_CLAUSE = (
    " on Tuesday when a gallery collapsed at the Marl colliery in the hills north of the"
    " provincial capital after days of heavy rain"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Three miners were killed{_LONG_CLAUSE}, and a fourth died later in hospital.",
            [("killed", 3, "CB01"), ("killed", 1, "CB82")],
        ),
        (
            f"Two miners were killed{_LONG_CLAUSE}; a third was badly hurt.",
            [("killed", 2, "CB01"), ("wounded", 1, "CB82")],
        ),
        # counter-examples: another count between, a fraction, no ", and" before the ordinal
        (
            f"Two miners were killed{_LONG_CLAUSE}, where 40 police were posted, and a third was"
            " hurt.",
            [("killed", 2, "CB01"), ("deployed", 40, "CB01")],
        ),
        (
            f"Two miners were killed{_LONG_CLAUSE}, and a third of the village was flooded.",
            [("killed", 2, "CB01")],
        ),
        (
            f"Two miners were killed{_LONG_CLAUSE} and a third was hurt.",
            [("killed", 2, "CB01")],
        ),
    ],
)
def test_one_more_by_its_ordinal_past_a_long_clause(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said 40 more soldiers had left for Brenna on Monday.",
            [("deployed", 40, "CB01")],
        ),
        ("Some 3,000 troops left for the front on Sunday.", [("deployed", 3000, "CB01")]),
        ("About 200 soldiers left for the town after the attack.", [("deployed", 200, "CB01")]),
        # counter-examples: leave, people at large, and the dead who had set out
        ("Forty soldiers left for home on leave.", []),
        ("Two hundred soldiers left for the holidays.", []),
        ("Forty workers left for Brenna on Monday.", []),
        (
            "The 40 soldiers who left for Brenna on Monday were killed in an ambush.",
            [("killed", 40, "CB01")],
        ),
    ],
)
def test_troops_that_left_for_a_place(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _rules(text) == expected
