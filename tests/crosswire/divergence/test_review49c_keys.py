"""Key figures of the readings review49c mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part of the dead told by when is no key figure: the whole is
        (
            "Cholera has killed 30 people in the camps, 11 of them before they could get to a"
            " doctor.",
            (30, 0),
        ),
        # a toll's old value is background: the new one is the key
        (
            "The death toll had risen to 18 by Tuesday, from 15 the night before.",
            (18, 0),
        ),
    ],
)
def test_review49c_keys(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hurt sent on are a part of the treated, never added to them
        (
            "Medics treated 30 injured people at the scene and sent 18 of them on to the"
            " regional hospital.",
            (0, 30),
        ),
        (
            "The clinic treated 40 of the wounded and had sent nine to the provincial capital.",
            (0, 40),
        ),
    ],
)
def test_the_hurt_sent_on_are_a_part(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
