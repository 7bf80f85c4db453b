"""Key figures of the readings review52e mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures

_LEAD = (
    "A furnace exploded at a glassworks in Dunmere on Monday, killing eight workers and"
    " injuring 25, the company said."
)
_CANNERY = (
    "A gas tank burst at a cannery in Olvar on Thursday, killing six workers and injuring 19,"
    " the owners said."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later, larger count of the dead that says it holds those who died since: the update
        (
            f"{_LEAD} The Health Department said late on Tuesday that 10 workers were dead,"
            " among them two men who later died of their burns, and that 23 remained in"
            " hospital.",
            (10, 23),
        ),
        (
            f"{_CANNERY} The regional labour office said on Friday that eight workers had died,"
            " including two who died in hospital overnight.",
            (8, 19),
        ),
        (
            f"{_CANNERY} Police said on Friday that seven workers had died, including one who"
            " later died of his injuries.",
            (7, 19),
        ),
        (
            "A bus overturned near Sallow on Sunday, killing nine passengers, police said. The"
            " transport ministry said on Monday that 11 people had died, among them two who"
            " died in hospital.",
            (11, 0),
        ),
        # counter-examples: a rival's higher figure, a part, a larger count whose part died at
        # the scene or is told by who they were
        (f"{_LEAD} The workers' union put the dead at 14.", (8, 25)),
        (f"{_LEAD} Three of the dead were women.", (8, 25)),
        (f"{_CANNERY} The union said 11 workers had died, including two apprentices.", (6, 19)),
        (
            f"{_CANNERY} The union said 11 workers had died, including two who died at the scene.",
            (6, 19),
        ),
        (f"{_CANNERY} Four of the dead were women, including two who died in hospital.", (6, 19)),
    ],
    ids=[
        "later-of-burns",
        "in-hospital-overnight",
        "later-of-injuries",
        "among-them",
        "rival-figure",
        "part",
        "part-by-who",
        "died-at-the-scene",
        "part-died-in-hospital",
    ],
)
def test_a_count_that_holds_the_dead_since_is_the_update(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected


_FERRY = "A ferry capsized off Marrow Point on Thursday, killing seven people."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those taken to hospital less the one of them whose death the next sentence's toll
        # tells; and "bringing the dead to eight" is the toll as it now stands
        (
            f"{_FERRY} Forty of those brought ashore were taken to hospital, the coastguard"
            " said. One of them died on Friday, bringing the dead to eight.",
            (8, 39),
        ),
        (
            "A roof fell in at a market in Vell on Monday, killing four traders. Twenty-two"
            " shoppers were treated in hospital. One of them died on Tuesday, raising the death"
            " toll to five, police said.",
            (5, 21),
        ),
        (
            "Three officers were injured in the blast. One of them later died, bringing the toll"
            " to two.",
            (2, 2),
        ),
        (f"{_FERRY} A crewman died on Friday, bringing the dead to eight.", (8, 0)),
        # counter-examples: a death that is none of the hurt; "them" of another count; the
        # dead brought somewhere, no toll
        (
            f"{_FERRY} Forty of those brought ashore were taken to hospital. A crewman died on"
            " Friday, bringing the dead to eight.",
            (8, 40),
        ),
        (
            f"{_FERRY} Forty of those brought ashore were taken to hospital. Three officers were"
            " hurt. One of them died on Friday, bringing the dead to eight.",
            (8, 40),
        ),
        (
            f"{_FERRY} Rescuers recovered three bodies on Friday, bringing the dead to the"
            " mortuary in Kell.",
            (7, 0),
        ),
    ],
    ids=[
        "brought-ashore",
        "treated-in-hospital",
        "officers",
        "bringing-the-dead",
        "none-of-the-hurt",
        "them-of-another-count",
        "dead-to-the-mortuary",
    ],
)
def test_the_hurt_less_one_of_them_whose_death_raised_the_toll(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected
