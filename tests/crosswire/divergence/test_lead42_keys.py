"""Key figures read from sentences the forty-second session's work touched. Every sentence is
invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier bulletin's hurt, less the one of them told to have died since
        (
            "MIRNA — A miner who was injured in the blast at the Kessel pit has died in "
            "hospital, bringing the toll to seven, the company said on Monday. The company "
            "had first put the toll at six dead and 22 injured after the explosion on Friday.",
            (7, 21),
        ),
        # no hurt person is said to have died: the more dead are not of the hurt
        (
            "MIRNA — Rescuers found a seventh body in the Kessel pit on Monday, the company "
            "said. The company had first put the toll at six dead and 22 injured after the "
            "explosion on Friday.",
            (7, 22),
        ),
        # an approximate count of the hurt is not reduced
        (
            "MIRNA — A miner who was injured in the blast at the Kessel pit has died in "
            "hospital, bringing the toll to seven, the company said on Monday. The company "
            "had first put the toll at six dead and about 20 injured after the explosion.",
            (7, 20),
        ),
    ],
    ids=["one-died-since", "a-body-found", "about-twenty"],
)
def test_an_earlier_bulletins_hurt_less_the_one_who_died(
    text: str, expected: tuple[int, int]
) -> None:
    assert figures(text) == expected
