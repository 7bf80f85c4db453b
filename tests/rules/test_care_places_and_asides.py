"""Patients still in "her hospital" (a doctor's own), medical staff "in the hospital" (where
they work), and an aside of equipment that lists two kinds ("supported by 14 helicopters and
90 engines,"). Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.category, c.min, c.rule) for c in analyze(text).claims]


def test_patients_still_in_a_doctors_own_hospital_are_hurt() -> None:
    text = "Dr Ana Veld said 21 patients remained in her hospital, five of them in intensive care."
    assert _claims(text) == [("wounded", 21, "CB01"), ("wounded", 5, "CB45")]


@pytest.mark.parametrize(
    "text",
    [
        "The surgeon said four nurses in the hospital had quit over pay.",
        "Three doctors in her hospital signed the letter.",
    ],
)
def test_staff_in_a_hospital_are_not_hurt(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 900 firefighters, supported by 12 helicopters and 70 engines, were"
            " battling the Tavel blaze.",
            [("deployed", 900, "CB01")],
        ),
        (
            "Some 300 soldiers, backed by 14 helicopters and 20 tanks, were deployed to Dalsk.",
            [("deployed", 300, "CB01")],
        ),
    ],
)
def test_an_aside_of_two_kinds_of_equipment(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _claims(text) == expected
