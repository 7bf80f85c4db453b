"""Listed single victims (CB30-CB32), parts after "including" (CB33) or in brackets (CB50):
every claim of the sentence, in order, so that a miscounted or extra person fails. All text
is our own."""

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
            "AMONG THE INJURED ARE TOMAS BREL, 61; ANA RUIZ, 37; AND A YOUNG BUS DRIVER.",
            [
                ("wounded", 1, None, "TOMAS BREL", "CB30"),
                ("wounded", 1, None, "ANA RUIZ", "CB30"),
                ("wounded", 1, "YOUNG BUS DRIVER", "A", "CB30"),
            ],
        ),
        (
            "Gunmen shot dead two lawyers, Ana Ruiz and Tomas Brel, near Kessel.",
            [
                ("killed", 2, "lawyers", "two", "CB02"),
                ("killed", 1, None, "Ana Ruiz", "CB31"),
                ("killed", 1, None, "Tomas Brel", "CB31"),
            ],
        ),
        (
            "Four people died, including farmer Ana Ruiz and two children.",
            [
                ("killed", 4, "people", "Four", "CB01"),
                ("killed", 1, None, "farmer Ana Ruiz", "CB33"),
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
        (
            "Nine people (five soldiers and four civilians) were wounded in the shelling.",
            [
                ("wounded", 9, "people", "Nine", "CB01"),
                ("wounded", 5, "soldiers", "five", "CB50"),
                ("wounded", 4, "civilians", "four", "CB50"),
            ],
        ),
        (
            "THE BLAST KILLED SIX PEOPLE (TWO GUARDS, A NURSE AND THREE DRIVERS).",
            [
                ("killed", 6, "PEOPLE", "SIX", "CB02"),
                ("killed", 2, "GUARDS", "TWO", "CB50"),
                ("killed", 1, "NURSE", "A", "CB50"),
                ("killed", 3, "DRIVERS", "THREE", "CB50"),
            ],
        ),
    ],
    ids=[
        "identified-as",
        "among-the-injured",
        "apposed-names",
        "including-mixed",
        "description",
        "bracketed-groups",
        "bracketed-capitals",
    ],
)
def test_listed_people_count_one_each(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # three counted, two named: the names are not the whole list
        "Gunmen shot dead three lawyers, Ana Ruiz and Tomas Brel among them.",
        # the list is the subject of a verb of its own
        "Two people died: Ana Ruiz and Tomas Brel were not among them.",
        # those listed were arrested, not hit
        "Two men were arrested after the shooting: Tomas Brel and Ida Venn.",
        # a capitalised modifier is no name
        "Both of the injured are Kessel Valley College students.",
        # brackets that do not add up to the count, or after no casualty count
        "Six people (two guards and a nurse) were killed in the blast.",
        "Six people (two guards and four nurses) were detained at the gate.",
        "The clinic treated six people (two guards and four nurses) for smoke.",
    ],
)
def test_no_one_is_listed(text: str) -> None:
    listed = ("CB30", "CB31", "CB32", "CB33", "CB50")
    assert [c for c in claims(text) if c[4] in listed] == []


def test_a_part_is_no_larger_than_its_whole() -> None:
    assert claims("Two people were hurt, including 30 volunteers.") == [
        ("wounded", 2, "people", "Two", "CB01")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Villagers mourned the killing of a farmer and his teenage daughter.",
            [
                ("killed", 1, "farmer", "a", "CB25"),
                ("killed", 1, "teenage daughter", "his", "CB25"),
            ],
        ),
        (
            "Residents condemned the murder of a shopkeeper in Kessel.",
            [("killed", 1, "shopkeeper", "a", "CB25")],
        ),
        (
            "The murder of Senator Ana Ruiz and a judge shocked the country.",
            [
                ("killed", 1, None, "Senator Ana Ruiz", "CB14"),
                ("killed", 1, "judge", "a", "CB25"),
            ],
        ),
        ("The death of a dream is hard to bear.", []),
        (
            "Police are investigating the murder of the mayor's driver.",
            [("killed", 1, "driver", "the mayor's", "CB25")],
        ),
        (
            "Deputies are looking into the killing of her cousin.",
            [("killed", 1, "cousin", "her", "CB25")],
        ),
        ("Police are investigating the death of the victim.", []),
        # no one named after "of": the count after the possessor is the dead (CB02)
        (
            "Mourners marked the deaths of the family's two children.",
            [("killed", 2, "children", "two", "CB02")],
        ),
    ],
    ids=[
        "and-his-daughter",
        "shopkeeper",
        "name-and-a-judge",
        "no-person",
        "possessive-noun",
        "possessive-pronoun",
        "bare-the",
        "possessive-before-a-count",
    ],
)
def test_a_person_after_murder_of(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four villagers, three men and a boy, were killed in the raid.",
            [
                ("killed", 4, "villagers", "Four", "CB35"),
                ("killed", 3, "men", "three", "CB31"),
                ("killed", 1, "boy", "a", "CB31"),
            ],
        ),
        (
            "Two of the sailors, Ana Ruiz and Tomas Brel, who had stayed on deck, were killed.",
            [
                ("killed", 2, "sailors", "Two", "CB35"),
                ("killed", 1, None, "Ana Ruiz", "CB31"),
                ("killed", 1, None, "Tomas Brel", "CB31"),
            ],
        ),
        # the list does not add up to the count: nothing is bound across it
        ("Five villagers, three men and a boy, were killed.", []),
    ],
    ids=["counted-members", "named-members", "no-sum"],
)
def test_members_between_commas(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TOMAS BREL, 57 YEARS OLD, AND ANA RUIZ, 48, WERE STABBED TO DEATH IN ORSK.",
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
        ("Tomas Brel, 57 years old, and Ana Ruiz, 48, were married in Orsk.", []),
    ],
    ids=["ages", "description", "not-a-casualty"],
)
def test_listed_subjects(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one person, described and then named
        "Paramedics said that a man, 45-year-old Tomas Brel, had been stabbed.",
        "His brother, Tomas Brel, had been stabbed twice.",
        # a count and its members are no list of subjects
        "Five villagers, three men and a boy, were killed.",
    ],
)
def test_an_apposition_is_one_person(text: str) -> None:
    assert [c for c in claims(text) if c[4] == "CB36"] == []


def test_a_list_that_goes_on_is_no_apposition() -> None:
    text = "She faces charges over the deaths of two neighbours, her uncle and his wife."
    assert [c for c in claims(text) if c[4] == "CB31"] == []
