"""review51a's key figures: a toll's new value kept beside the earlier value told with it.
Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from tests.crosswire.divergence.factory import key_figures


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Seven people died when the ferry capsized, the coastguard said on Tuesday, raising "
            "its count of deaths from five.",
            (7, 0),
        ),
        (
            "Twenty pilgrims were hurt in the crush, the shrine's guards said, raising their "
            "tally of injuries from 14.",
            (0, 20),
        ),
        (
            "Wardens said the toll had climbed from 31 the evening before after divers found "
            "two more bodies in the lake.",
            (33, 0),
        ),
        (
            "The death toll has risen from 9 as crews lifted four more bodies out of the silt, "
            "the mayor of Druve said.",
            (13, 0),
        ),
    ],
    ids=["count-of-deaths", "tally-of-injuries", "climbed-from-then-more", "risen-as-more"],
)
def test_the_new_toll_is_the_key(text: str, keys: tuple[float, float]) -> None:
    assert key_figures(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Wardens in Holm said the toll had climbed from 31 on Sunday.", (0, 0)),
        (
            "Two more people died in hospital, lowering the toll from 12, officials in Brisk said.",
            (2, 0),
        ),
    ],
    ids=["no-more-dead", "lowered"],
)
def test_no_dead_added_keeps_the_key(text: str, keys: tuple[float, float]) -> None:
    assert key_figures(text) == keys
