"""Killed and hurt counts of US local crime news (rules-gva12): a headline's "fatally shoots",
a headline's "self" beside its count, and the whole a part is picked from before a relative
clause ("one of two officers who were shot has died"). Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import headed_killed, key_figures


def _found(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.category, c.min, c.figure_text) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmhand fatally shoots 2 at Orme Creek ranch", [("killed", 2, "2")]),
        ("Ex-tenant fatally stabs 3 in Pell Street rooming house", [("killed", 3, "3")]),
        (
            "Guard fatally shoots 3 co-workers, self at Vantor depot",
            [("killed", 3, "3"), ("killed", 1, "self")],
        ),
        ("Retiree fatally shoots himself in Orme Creek", [("killed", 1, "himself")]),
    ],
    ids=["shoots-a-count", "stabs-a-count", "count-and-self", "himself"],
)
def test_a_headline_fatally_shoots(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected


def test_a_headline_self_is_counted_once() -> None:
    # "self" in the headline's own count is him: his suicide told again adds no one
    title = "Guard fatally shoots 3 co-workers, self at Vantor depot"
    text = "Deputies said the guard shot three co-workers in a loading bay and then himself."
    assert headed_killed(title, text) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of two deputies who were shot on Tuesday has died, the sheriff said.", (1, 1)),
        ("One of the three students who were shot at the bus stop died on Sunday.", (1, 2)),
        # every one of them: the main verb is theirs
        ("Both of the two guards who were shot have died.", (2, 0)),
        ("Two men who were shot outside the bar have died.", (2, 0)),
    ],
    ids=["one-of-two", "one-of-the-three", "both-of", "no-part"],
)
def test_a_part_before_a_relative_clause(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 9 Tuesday night, three teenagers were wounded near the skate park.", [3]),
        ("Two brothers were shot at 11 Friday night on Hale Avenue.", [2]),
        ("The alarm sounded just after six Sunday morning, and a guard was hurt.", [1]),
        # a count followed by a time stays a count
        ("Gunmen killed 10 Saturday night in a village near the border.", [10]),
        ("Rebels killed about 12 Sunday morning in a raid on the camp.", [12]),
    ],
    ids=["about-nine", "at-eleven", "just-after-six", "count-then-time", "about-a-count"],
)
def test_a_clock_hour_before_a_part_of_the_day(text: str, expected: list[float]) -> None:
    assert [value for _, value, _ in _found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the others shot beside the dead all lived: a smaller wounded count is a part of them
        (
            "A man died and nine others were shot when a gunman fired into the diner. Police "
            "said six were treated in hospital and released on Sunday.",
            (1, 9),
        ),
        (
            "Two guards were killed and five other people were shot at the depot. Three of the "
            "wounded were flown to Orme General.",
            (2, 5),
        ),
        # others beside one person who lived are no count beside the dead
        (
            "A woman was shot dead in the lobby. A guard was wounded and two others were shot "
            "outside. Four people were hurt in all.",
            (1, 4),
        ),
    ],
    ids=["others-beside-a-death", "other-people-beside-two", "others-in-another-sentence"],
)
def test_others_shot_beside_the_dead_are_the_wounded(
    text: str, expected: tuple[float, float]
) -> None:
    assert key_figures(text) == expected
