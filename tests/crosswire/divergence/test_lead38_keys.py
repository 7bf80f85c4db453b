"""The part "N of them": the rules give it no group, the divergence model keys it apart.
Every sentence is invented."""

from __future__ import annotations

import pytest

import rules
from crosswire.divergence.load import stated_claim
from crosswire.divergence.settings import QualifierBands

from .factory import key_figures as figures
from .factory import source


def _stated(text: str) -> list[tuple[str, str | None, bool]]:
    """Category, group and whether the model keys the claim as "them" apart."""
    found = []
    for claim in rules.analyze(text).claims:
        stated = stated_claim(source("Tarn Courier"), claim.to_json(), QualifierBands())
        assert stated is not None
        found.append((stated.category, stated.group, stated.group_key == "other:them"))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven miners were hurt. Two of them were in a critical condition, a medic said.",
            [("wounded", "miners", False), ("wounded", "them", True)],
        ),
        # the figure "A NUMBER OF" holds the "of"; the case is kept as written
        (
            "THE REBELS ATTACKED THE POST, KILLING A NUMBER OF THEM, THE ARMY SAID.",
            [("killed", "THEM", True)],
        ),
        # no "of them" after the figure: the people of the sentence
        ("Two were in a critical condition, a medic said.", [("wounded", None, False)]),
    ],
    ids=["of-them", "capitals", "no-them"],
)
def test_of_them_is_keyed_apart_though_the_rules_give_no_group(
    text: str, expected: list[tuple[str, str | None, bool]]
) -> None:
    given = [None if (group or "").lower() == "them" else group for _, group, _ in expected]
    assert [c.group for c in rules.analyze(text).claims] == given
    assert _stated(text) == expected


def test_of_them_is_found_in_a_cut_excerpt() -> None:
    # a sentence longer than an excerpt: the claim's text starts inside the sentence
    padding = "a long march across the dunes and the dry river beds of the south, " * 12
    text = f"The column of 60 porters set out on {padding}and four of them were hurt on the way."
    found = [c for c in rules.analyze(text).claims if c.min == 4]
    assert found and found[0].to_json().get("text_start") is not None
    stated = stated_claim(source("Tarn Courier"), found[0].to_json(), QualifierBands())
    assert stated is not None and stated.group == "them"


def test_a_part_of_them_adds_to_others_treated_elsewhere() -> None:
    text = (
        "A mudslide buried part of the hill village of Orsk on Tuesday, killing six people, "
        "the district chief said.\n\n"
        "Rescuers dug eight people out alive. Four of them were taken to the hospital in Dael "
        "with fractures, a rescue leader said, and another 9 villagers were treated for cuts "
        "at a first-aid post."
    )
    assert figures(text) == (6, 13)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each hospital's count of a list adds up, its verb left out after the first
        (
            "A bus crashed near Orme on Monday, killing five people. Four were taken to Dunmore "
            "Royal Infirmary, seven to the Lakeside clinic and one to the burns hospital.",
            (5, 12),
        ),
        (
            "A bus crashed near Orme on Monday, killing five people. Of the injured, 14 were "
            "taken to the district hospital in Orme and 9 to the clinic in Velk, where four "
            "were critical, a doctor said.",
            (5, 23),
        ),
        # a whole told before the list stays the count
        (
            "A bus crashed near Orme on Monday, killing five people and injuring 40. Of the "
            "injured, 14 were taken to the district hospital in Orme and 9 to the clinic in "
            "Velk, a doctor said.",
            (5, 40),
        ),
        # "N of them" after a count of its own sentence is a part of it (the rule that reads
        # "had lost their sight" binds it with "them", which alone would add)
        (
            "Bootleg liquor killed 12 people in Orme this week, officials said. The health "
            "officer said 40 patients were being treated at the district hospital and that "
            "six of them had lost their sight.",
            (12, 40),
        ),
    ],
    ids=["three-hospitals", "two-hospitals", "whole-first", "them-after-a-count"],
)
def test_hospital_lists_add_and_a_part_of_them_does_not(
    text: str, expected: tuple[int, int]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review38a: "them" of other people named between is no part of the count
        (
            "A riot broke out at the jail in Orme. Four guards were wounded when the inmates "
            "broke out of their cells, and 15 of them were hurt in the crush, officials said.",
            (0, 19),
        ),
        # others joined to the count by "and" are no part of it
        (
            "Fighters stormed a barracks in Orme where 50 recruits slept, killing two officers "
            "and 12 of them, the army said.",
            (14, 0),
        ),
        # "them" the people of the clause before: a part
        (
            "A bus crashed near Orme, killing five people. Eleven people were hurt and two of "
            "them had lost a leg, a doctor said.",
            (5, 11),
        ),
        # no place of care: a morgue, a police station near a clinic
        (
            "A bus crashed near Orme, killing five people. Fourteen were taken to the hospital "
            "in Orme and 9 to the hospital morgue in Velk.",
            (5, 14),
        ),
        (
            "A bus crashed near Orme, killing five people. Fourteen were taken to the hospital "
            "in Orme and 9 to the police station near the clinic in Velk.",
            (5, 14),
        ),
    ],
    ids=["other-people", "joined", "clause-before", "morgue", "near"],
)
def test_review38a_keys(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected
