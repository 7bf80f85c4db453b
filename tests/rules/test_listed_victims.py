"""Listed single victims (CB30-CB32) and parts after "including" (CB33): every claim of the
sentence, in order, so that a miscounted or extra person fails. All text is our own."""

from __future__ import annotations

import pytest

from rules.casualties import find_claims
from rules.text import Document


def claims(text: str) -> list[tuple[str, float | None, str | None, str, str]]:
    return [
        (c.category, c.min, c.group, c.figure_text, c.rule) for c in find_claims(Document(text), ())
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dead were identified as Ana Ruiz, 34, a teacher, Tomas Brel and Ida Venn.",
            [
                ("killed", 1, None, "Ana Ruiz", "CB30"),
                ("killed", 1, None, "Tomas Brel", "CB30"),
                ("killed", 1, None, "Ida Venn", "CB30"),
            ],
        ),
        (
            "AMONG THE INJURED ARE TOMAS BREL, 53; ANA RUIZ, 24; AND AN UNNAMED TAXI DRIVER.",
            [
                ("wounded", 1, None, "TOMAS BREL", "CB30"),
                ("wounded", 1, None, "ANA RUIZ", "CB30"),
                ("wounded", 1, "UNNAMED TAXI DRIVER", "AN", "CB30"),
            ],
        ),
        (
            "Soldiers shot dead two reporters, Ana Ruiz and Tomas Brel, near Kessel.",
            [
                ("killed", 2, "reporters", "two", "CB02"),
                ("killed", 1, None, "Ana Ruiz", "CB31"),
                ("killed", 1, None, "Tomas Brel", "CB31"),
            ],
        ),
        (
            "Four people died, including union leader Ana Ruiz and two children.",
            [
                ("killed", 4, "people", "Four", "CB01"),
                ("killed", 1, None, "union leader Ana Ruiz", "CB33"),
                ("killed", 2, "children", "two", "CB33"),
            ],
        ),
        (
            "Twelve were wounded, including Ana Ruiz, the mayor of Kessel.",
            [
                ("wounded", 12, None, "Twelve", "CB01"),
                ("wounded", 1, None, "Ana Ruiz", "CB33"),
            ],
        ),
    ],
    ids=["identified-as", "among-the-injured", "apposed-names", "including-mixed", "description"],
)
def test_listed_people_count_one_each(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # three counted, two named: the names are not the whole list
        "Gunmen killed three reporters, Ana Ruiz and Tomas Brel among them.",
        # the list is the subject of a verb of its own
        "Two people died: Ana Ruiz and Tomas Brel were not among them.",
        # those listed were arrested, not hit
        "Two men were arrested after the shooting: Tomas Brel and Ida Venn.",
        # a capitalised modifier is no name
        "All three of those injured are Kessel State University students.",
    ],
)
def test_no_one_is_listed(text: str) -> None:
    assert [c for c in claims(text) if c[4] in ("CB30", "CB31", "CB32", "CB33")] == []


def test_a_part_is_no_larger_than_its_whole() -> None:
    assert claims("Two people were hurt, including 30 volunteers.") == [
        ("wounded", 2, "people", "Two", "CB01")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police are astounded at the killing of a policeman and his 2-year-old son.",
            [
                ("killed", 1, "policeman", "a", "CB34"),
                ("killed", 1, "2-year-old son", "his", "CB34"),
            ],
        ),
        (
            "Unions condemned the murder of a councilman in Kessel.",
            [("killed", 1, "councilman", "a", "CB34")],
        ),
        ("The death of a dream is hard to bear.", []),
        ("Police are investigating the murder of the mayor's driver.", []),
    ],
    ids=["and-his-son", "councilman", "no-person", "the-not-a"],
)
def test_a_person_after_murder_of(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three civilians, two women and a man, also died in the shelling.",
            [
                ("killed", 3, "civilians", "Three", "CB35"),
                ("killed", 2, "women", "two", "CB31"),
                ("killed", 1, "man", "a", "CB31"),
            ],
        ),
        (
            "Two of his guards, Ana Ruiz and Tomas Brel, who were in the car, were killed.",
            [
                ("killed", 2, "guards", "Two", "CB35"),
                ("killed", 1, None, "Ana Ruiz", "CB31"),
                ("killed", 1, None, "Tomas Brel", "CB31"),
            ],
        ),
        # the list does not add up to the count: nothing is bound across it
        ("Five people, two women and a man, were killed.", []),
    ],
    ids=["counted-members", "named-members", "no-sum"],
)
def test_members_between_commas(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TOMAS BREL, 20 YEARS OLD, AND ANA RUIZ, 21, WERE MURDERED ON FRIDAY.",
            [
                ("killed", 1, None, "TOMAS BREL", "CB36"),
                ("killed", 1, None, "ANA RUIZ", "CB36"),
            ],
        ),
        (
            "Police said Mayor Ana Ruiz, a teacher, and her driver were killed.",
            [
                ("killed", 1, None, "Mayor Ana Ruiz", "CB36"),
                ("killed", 1, "driver", "her", "CB36"),
            ],
        ),
        ("Tomas Brel, 20 years old, and Ana Ruiz, 21, were married on Friday.", []),
    ],
    ids=["ages", "description", "not-a-casualty"],
)
def test_listed_subjects(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one person, described and then named
        "Officers found that a woman, 20-year-old Ana Ruiz, had been shot.",
        "Her son, Tomas Brel, had been shot once.",
        # a count and its members are no list of subjects
        "Five people, two women and a man, were killed.",
    ],
)
def test_an_apposition_is_one_person(text: str) -> None:
    assert [c for c in claims(text) if c[4] == "CB36"] == []


def test_a_list_that_goes_on_is_no_apposition() -> None:
    text = "He is charged in the deaths of two of his grandparents, his sister and her son."
    assert [c for c in claims(text) if c[4] == "CB31"] == []
