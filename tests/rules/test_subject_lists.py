"""Single people listed as the subject of a plural casualty verb (CB79), and names in
all-capital copy that stop at a verb of dying or a closing bracket: every casualty claim of
the sentence, in order, so that a missed, doubled or extra person fails. All text is our
own."""

from __future__ import annotations

import pytest

from rules.casualties import find_claims
from rules.claims.upper_names import in_upper_name
from rules.text import Document

_CASUALTY = ("killed", "wounded", "killed_or_wounded")


def claims(text: str) -> list[tuple[str, float | None, str | None, str, str]]:
    return [
        (c.category, c.min, c.group, c.figure_text, c.rule)
        for c in find_claims(Document(text), ())
        if c.category in _CASUALTY
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A night watchman, a postal clerk and farmer Ana Ruiz were killed near Orsk.",
            [
                ("killed", 1, "night watchman", "A", "CB79"),
                ("killed", 1, "postal clerk", "a", "CB79"),
                ("killed", 1, None, "farmer Ana Ruiz", "CB79"),
            ],
        ),
        (
            "After a bus driver, a nurse and teacher Ivo Lant were shot dead, the town closed.",
            [
                ("killed", 1, "bus driver", "a", "CB79"),
                ("killed", 1, "nurse", "a", "CB79"),
                ("killed", 1, None, "teacher Ivo Lant", "CB79"),
            ],
        ),
        (
            "Her brother, Emil; Tomas Brel, the ferry's owner; and guard Ida Venn were wounded.",
            [
                ("wounded", 1, "brother", "Her", "CB79"),
                # CB36 reads a name with a description; CB79 the rest of the list
                ("wounded", 1, None, "Tomas Brel", "CB36"),
                ("wounded", 1, None, "guard Ida Venn", "CB36"),
            ],
        ),
        (
            "Ana Ruiz, who ran the bakery on the square, and her nephew Emil Kron were killed.",
            [
                ("killed", 1, None, "Ana Ruiz", "CB79"),
                ("killed", 1, None, "Emil Kron", "CB79"),
            ],
        ),
        (
            # the count is the count rules'; the two people with "a" are one each
            "Since June, a retired banker, a baker and at least six drivers have been murdered.",
            [
                ("killed", 1, "retired banker", "a", "CB79"),
                ("killed", 1, "baker", "a", "CB07"),
                ("killed", 6, "drivers", "at least six", "CB01"),
            ],
        ),
    ],
    ids=["mixed", "after-subordinator", "semicolons", "relative-and-relation", "with-a-count"],
)
def test_listed_subjects(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A night watchman, a postal clerk and farmer Ana Ruiz were questioned.",
        # people told of before, with "the"
        "The night watchman and the postal clerk had been murdered.",
        # a count detailed between commas: no single victim of its own
        "Six villagers, five men and a boy, were killed.",
        # the list is the object of an active verb
        "Rebels seized a night watchman, a clerk and a cook, who were later killed.",
    ],
)
def test_no_listed_subjects(text: str) -> None:
    assert not [c for c in claims(text) if c[4] == "CB79"]


def test_no_name_across_a_verb_of_dying() -> None:
    assert claims("FOUR DOCKERS DIED AND NEARLY 20 WERE HURT WHEN THE CRANE FELL.") == [
        ("killed", 4, "DOCKERS", "FOUR", "CB01"),
        ("wounded", None, None, "NEARLY 20", "CB01"),  # "nearly 20": at most 20
    ]


def test_a_closing_bracket_ends_a_name_in_capitals() -> None:
    assert in_upper_name("QUAY")
    assert not in_upper_name("QUAY)")
    assert not in_upper_name("DIED")
