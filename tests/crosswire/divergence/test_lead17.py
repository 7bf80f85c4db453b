"""The key figure of a toll set again with "it" for it (the seventeenth session's lead): the
figure as it now stands, the lowered one when it was lowered. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.crosswire.divergence.factory import headed_killed

_LEAD = "A gas explosion tore through a market in Orsk on Monday."


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            " The toll climbed to 41 overnight, but by morning officials had revised it"
            " down to 38.",
            38,
        ),
        (
            " The death toll climbed to 41 overnight. By morning officials had revised it"
            " down to 38.",
            38,
        ),
        (" The death toll stood at 12 on Monday, and the governor put it at 15 on Tuesday.", 15),
        (" The death toll was 12 on Monday. It has since risen to 15.", 15),
        (" The death toll climbed to 41 overnight, then fell to 38 as names were checked.", 38),
        (" The death toll rose to 12 on Monday and climbed to 15 on Tuesday.", 15),
        # no "it": the toll as it now stands, with the earlier one told after it
        (" The death toll rose to 15 on Tuesday. On Monday the toll had stood at 12.", 15),
    ],
)
def test_the_toll_set_again_is_the_key_figure(text: str, killed: float) -> None:
    assert headed_killed("Market blast in Orsk", _LEAD + text) == killed
