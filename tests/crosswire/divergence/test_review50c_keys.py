"""review50c's key figures: the hurt of a sentence of their own, after the toll's, of whom a
later sentence tells some died. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from tests.crosswire.divergence.factory import key_figures


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "A bus overturned near Pelt on Sunday, killing one woman. Thirty-one passengers "
            "were injured. Two of the injured have since died.",
            (3, 29),
        ),
        (
            "A bus overturned near Pelt on Sunday, killing one woman and injuring 31 "
            "passengers. Two of the injured have since died.",
            (3, 29),
        ),
        (
            "A boiler exploded at a school in Harn, killing a janitor. Fourteen pupils were "
            "hurt. One of the injured died on Tuesday.",
            (2, 13),
        ),
    ],
    ids=["next-sentence", "same-sentence-two-died", "one-died"],
)
def test_the_hurt_who_died_later_add_to_the_toll(text: str, keys: tuple[float, float]) -> None:
    assert key_figures(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "A bus overturned near Pelt on Sunday, killing one woman. Thirty-one passengers "
            "were injured. Two of the injured were discharged on Monday.",
            (1, 31),
        ),
        (
            "A gunman killed two men in Orle last week. On Sunday a bus overturned near Pelt. "
            "Thirty-one passengers were injured. Two of the injured have since died.",
            (2, 29),
        ),
        (
            "A bus overturned near Pelt on Sunday, killing one woman. Thirty-one passengers "
            "were injured. Two of the injured have since died, raising the toll to three.",
            (3, 29),
        ),
    ],
    ids=["discharged", "another-event-before", "toll-told"],
)
def test_no_later_death_or_another_event_keeps_the_toll(
    text: str, keys: tuple[float, float]
) -> None:
    assert key_figures(text) == keys
