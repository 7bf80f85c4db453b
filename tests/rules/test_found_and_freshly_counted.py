"""Counts of people found alive, never found, taken again or still in care, and counts dated
"fresh" or "new". Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import key_figures

Claim = tuple[str, int | None, str | None]


def _claims(text: str) -> list[Claim]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "fresh" and "new" date a count; they are not its people
        (
            "The ministry reported 11 fresh deaths from the outbreak in Dalsk on Tuesday.",
            [("killed", 11, None)],
        ),
        (
            "Officials confirmed three new deaths overnight in the Brell valley.",
            [("killed", 3, None)],
        ),
        (
            "Five new recruits were wounded in the attack on the Orme depot.",
            [("wounded", 5, "recruits")],
        ),
        # a capital keeps it: the people are named by it
        ("Three New Yorkers were killed in the crash near Tavel.", [("killed", 3, "New Yorkers")]),
    ],
)
def test_a_count_dated_fresh_or_new_has_no_such_group(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven crew members were rescued off Kessa Point, but three were never found.",
            [("rescued", 11, "crew members"), ("missing", 3, None)],
        ),
        (
            "Two fishermen have yet to be found, the Varnholt coastguard said.",
            [("missing", 2, "fishermen")],
        ),
        (
            "Four passengers have not yet been found after the boat capsized on Lake Orme.",
            [("missing", 4, "passengers")],
        ),
    ],
)
def test_people_not_found_are_missing(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # wanted people not found are at large, not missing
        "Two suspects were last seen driving north on the Tavel road.",
        "The three gunmen have yet to be found, police in Dalsk said.",
        "Two attackers were never found.",
    ],
)
def test_perpetrators_not_found_are_not_missing(text: str) -> None:
    assert [c for c in analyze(text).claims if c.category == "missing"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Coastguard boats pulled 23 survivors out of the sea after the Kessa ferry sank.",
            [("rescued", 23, "survivors")],
        ),
        (
            "Navy divers recovered 14 survivors from the capsized hull overnight.",
            [("rescued", 14, "survivors")],
        ),
    ],
)
def test_survivors_taken_out_are_rescued(text: str, expected: list[Claim]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Investigators interviewed 23 survivors from the ferry.",
        "Police pulled two suspects from the car on Orme Street.",
    ],
)
def test_survivors_not_taken_out_are_no_rescue(text: str) -> None:
    assert [c for c in analyze(text).claims if c.category == "rescued"] == []


def test_escapees_taken_again_are_arrested() -> None:
    text = "Police said two of the escaped inmates had been rearrested by Sunday."
    assert [(c.category, c.min) for c in analyze(text).claims] == [("arrested", 2)]
    text = "Officers re-arrested three of the men in Tavel on Friday."
    assert [(c.category, c.min) for c in analyze(text).claims] == [("arrested", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part of the hurt still in care, after a count of the hurt
        (
            "The Orme clinic treated 90 people, of whom 12 remain in intensive care.",
            [("wounded", 90), ("wounded", 12)],
        ),
        (
            "Forty people were hurt in the crush, of whom 12 remain in hospital.",
            [("wounded", 40), ("wounded", 12)],
        ),
    ],
)
def test_the_part_in_care_after_of_whom(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


def test_a_headcount_in_care_is_no_part_of_itself() -> None:
    # the care verb after "of whom" is the part's own: no part of a count of the hurt
    text = "The 40 passengers, of whom 12 were hospitalized, had boarded at Orme."
    assert [c for c in analyze(text).claims if c.rule == "CB45"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Four of the miners remain in the intensive care unit at Orme General.",
        "Three were still in the burns unit on Friday, the hospital said.",
    ],
)
def test_a_care_unit_is_a_state_of_the_hurt(text: str) -> None:
    assert [c.category for c in analyze(text).claims] == ["wounded"]


def test_the_part_of_them_in_care_is_no_second_count() -> None:
    # "of them" reaches back past a long place phrase to the count it is part of
    text = (
        "Nineteen cleaners were taken to hospital in Dalsk and to two small private"
        " clinics after the boiler blast, and three of them were still in the intensive care"
        " unit on Friday."
    )
    assert [(c.min, c.rule) for c in analyze(text).claims] == [(19, "CB01"), (3, "CB45")]
    assert key_figures(text) == (0, 19)
