"""Key figures the thirtieth session's lead mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the enemy a communique names as "terrorists" are its claim of their losses, no part
        # of the toll of its own side told in the same sentence
        (
            "Seven soldiers and 12 terrorists were killed in clashes in the north, the Joint "
            "Command said in a communique on Monday.",
            (7, 0),
        ),
        # ... and fighters counted by the army's division beside its own dead
        (
            "The Ninth Division said three soldiers were killed and four were wounded, and that "
            "six guerrillas were killed in the counterattack.",
            (3, 4),
        ),
        # a neutral count of both sides stays the sum
        (
            "Seven soldiers and 12 rebels were killed in clashes in the north on Monday.",
            (19, 0),
        ),
        # one side's fighters alone are that side's toll
        ("Twelve terrorists were killed in an army raid, the Joint Command said.", (12, 0)),
        # a non-state claimant's own dead stay in its toll (review30a)
        (
            "Three soldiers and 12 insurgents were killed in the clash, a rebel spokesman said.",
            (15, 0),
        ),
        (
            "The Martyrs Brigade said 12 of its fighters and two soldiers were killed.",
            (14, 0),
        ),
        # witnesses' count of bandits is a toll (review30a)
        (
            "Twelve villagers, two soldiers and six bandits were killed in the raid, residents "
            "said.",
            (20, 0),
        ),
        # the enemy left out, another side told apart is added (review30a)
        (
            "Three soldiers and 40 terrorists were killed, the army said. Residents said 20 "
            "civilians were also killed.",
            (23, 0),
        ),
        ("Four civilians and 12 terrorists were killed, the army said.", (4, 0)),
        # a force named by a name may be a non-state side's (review30b)
        ("Twelve soldiers and 30 fighters were killed, the Arakan Army said.", (42, 0)),
        (
            "Three soldiers and 12 militants were killed in the clash, an al-Shabaab spokesman "
            "said.",
            (15, 0),
        ),
        # "others" hurt beside another side's dead are that side's; a part of a count is no
        # side of its own
        (
            "Fourteen soldiers were wounded, four of them seriously. Three villagers died when "
            "shells hit their houses, and seven others were wounded.",
            (3, 21),
        ),
        ("Two soldiers were killed and three others were wounded in the ambush.", (2, 3)),
        # a past disaster's dead "since" its year are background
        (
            "A bushfire destroyed 30 homes near Orme on Tuesday. Two firefighters were hurt. "
            "It is the worst fire in the region since the 2011 Orme Valley fires, in which nine "
            "people died.",
            (0, 2),
        ),
    ],
    ids=[
        "branded-enemy",
        "division-fighters",
        "neutral-both-sides",
        "branded-alone",
        "non-state-claimant",
        "non-state-brigade",
        "witnesses-bandits",
        "other-side-added",
        "civilians-beside-branded",
        "named-force",
        "named-spokesman",
        "others-of-another-side",
        "others-of-the-same-side",
        "since-a-past-year",
    ],
)
def test_key_figures(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
