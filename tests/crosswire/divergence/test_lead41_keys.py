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
            "Shelling of a school near Varnok killed 21 people on Monday, the aid group "
            "running it said. Its head said 38 others were hurt and that the group's "
            "clinic ran short of bandages within three hours.",
            (21, 38),
        ),
        # the hurt an event sent to hospital
        (
            "An ammonia leak at a dairy in Bresk killed six people on Sunday and sent more "
            "than 300 villagers to hospital, the county health office said.",
            (6, 300),
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
        ("Within 12 hours, nine people were shot across the city.", True),
        ("Five homicides in 36 hours have shaken the town.", True),
        ("Six people died, and the river rose two metres in 12 hours.", False),
        ("38 were hurt and the group's clinic ran short of bandages within three hours.", False),
    ],
)
def test_a_span_of_hours_is_a_round_up_only_of_the_hurt(text: str, aggregate: bool) -> None:
    assert bool(AGGREGATE.search(text)) is aggregate
