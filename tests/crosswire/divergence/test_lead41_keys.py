"""Key figures read from sentences the forty-first session's work touched. Every sentence is
invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.roundups import AGGREGATE

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of hours in another clause is no round-up of several incidents
        (
            "An air strike on a camp near Qasr Elm killed 34 people on Wednesday, the charity "
            "that runs it said. Its director said 52 other people had been wounded and that "
            "its clinic had run out of dressings within two hours.",
            (34, 52),
        ),
        # the hurt an event sent to hospital
        (
            "A chlorine leak at a plant in Selvar killed nine people on Friday and sent more "
            "than 600 residents to hospital, the state health department said.",
            (9, 600),
        ),
    ],
    ids=["clinic-hours", "sent-to-hospital"],
)
def test_key_figures_of_the_session(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "aggregate"),
    [
        ("Nine people were shot in under 20 hours across the city, police said.", True),
        ("Six were hurt within three hours on Saturday.", True),
        ("52 had been wounded and its clinic had run out of dressings within two hours.", False),
    ],
)
def test_a_span_of_hours_is_a_round_up_only_of_the_hurt(text: str, aggregate: bool) -> None:
    assert bool(AGGREGATE.search(text)) is aggregate
