"""Review 21 of rules-muc11: a year told about another noun is no span of a toll, a plural
marked "other" is new people, wounds that killed or followed a killing, and a second verb after
a vague count. Every sentence here is invented (people and places too)."""

from __future__ import annotations

import pytest

from tests.support.claims import casualties, toll_casualties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year in a relative clause on another noun: the toll is this news
        ("A bomb killed 14 people at a school that had been closed since 2019.", [("killed", 14)]),
        ("A blast killed nine shoppers at a market that has stood since 1920.", [("killed", 9)]),
        (
            "Six people died on Friday in a village that has been fought over since 2004.",
            [("killed", 6)],
        ),
        (
            "Five guards were killed in a town that had been spared during eight years of war.",
            [("killed", 5)],
        ),
        # the day of the news stands between the toll and the war
        ("Fourteen soldiers were killed on Friday in the seven-year war.", [("killed", 14)]),
        (
            "Rebels killed 11 police officers yesterday in the decade-long insurgency.",
            [("killed", 11)],
        ),
        # still dropped: the span is the toll's own
        ("Over the past six years, 31 village heads were shot dead.", []),
        ("Some 900 police officers died in the seven-year rebellion.", []),
        ("Rebels have killed 8,200 villagers since 2004.", []),
        ("Friday's blast, the worst since 2004, killed 14 people.", [("killed", 14)]),
    ],
)
def test_span_of_years(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert toll_casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural marked as others is new people, not the counted group again
        (
            "Two police officers were killed in Dorn. Later, other police officers were killed"
            " in Kessel.",
            [("killed", 2), ("killed", None)],
        ),
        (
            "Six monks were killed in Dorn on Monday. The remaining monks were wounded on"
            " Tuesday, and additional monks were killed in Kessel.",
            [("killed", 6), ("wounded", None), ("killed", None)],
        ),
        # "the monks" still points back at the six
        (
            "Six monks were killed on Monday. The monks were murdered in the chapel.",
            [("killed", 6)],
        ),
        (
            "Four nurses were killed in Orme. Those nurses had worked there for years.",
            [("killed", 4)],
        ),
    ],
)
def test_plural_named_again(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wounds of a killing are how they died
        ("The gunman shot two guards dead, inflicting multiple gunshot wounds.", [("killed", 2)]),
        (
            "The attacker stabbed two men to death, inflicting multiple stab wounds.",
            [("killed", 2)],
        ),
        # wounds told as fatal after them: not "wounded"
        (
            "The attacker stabbed two men, inflicting wounds from which both later died.",
            [("killed_or_wounded", 2)],
        ),
        (
            "A man stabbed three porters, causing injuries that proved fatal.",
            [("killed_or_wounded", 3)],
        ),
        # still wounded
        ("A man stabbed three guards, inflicting serious injuries.", [("wounded", 3)]),
        ("Gunmen shot three guards, leaving them seriously wounded.", [("wounded", 3)]),
    ],
)
def test_wounds_left(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and wounded civilians" after a vague count is a second verb, not killed civilians
        ("The bomb killed several soldiers and wounded civilians.", [("killed", None)]),
        ("Rebels killed villagers and injured farmers near Orme.", [("killed", None)]),
        # still listed
        ("Gunmen killed several soldiers and civilians near Kessel.", [("killed", None)] * 2),
        (
            "Rebels killed the villagers and the wounded soldiers.",
            [("killed", None), ("killed", None)],
        ),
    ],
)
def test_second_verb_after_plural(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert casualties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record or an anniversary a few words on, and a new place told of, are no total
        ("Nine people were killed in the first attack on the city in six years.", [("killed", 9)]),
        (
            "Seven mourners died as the village marked ten years since the war began in 2015.",
            [("killed", 7)],
        ),
        ("A bomb killed 12 people in a city under curfew since 2019.", [("killed", 12)]),
        ("Eleven miners died in a pit operating since 1998.", [("killed", 11)]),
        # still totals
        (
            "More than 6,000 people have been killed in a separatist insurgency since 2004.",
            [],
        ),
        ("Some 700 police officers died in a seven-year rebellion.", []),
    ],
)
def test_span_of_years_more(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert toll_casualties(text) == expected
