"""Killed and hurt counts of US local crime news (rules-gva17): one person placed before the
verb that tells the fate ("a woman at the bus stop was shot dead", "a deputy in Elm Falls was
wounded", "a man at the house, 30-year-old Ivo Marsh, was killed"), not taken for a victim when
the person is an agent ("held by his mother"), nor the place's capitals for a named victim.
Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import key_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman at the bus stop was shot dead on Friday night.", (1, 0)),
        ("A man inside the pharmacy was wounded in the robbery.", (0, 1)),
        ("A teenager in the back seat was injured, police said.", (0, 1)),
        ("A deputy in Elm Falls was wounded during a traffic stop.", (0, 1)),
        ("Police said a man at the house, 30-year-old Ivo Marsh, was killed.", (1, 0)),
        ("A girl near the school gate was killed by a stray bullet.", (1, 0)),
        # the capitals of the place are no second victim
        ("A 4-year-old boy in Kessel Ford died Tuesday after he found a loaded pistol.", (1, 0)),
    ],
    ids=["at-the", "inside", "in-the", "in-town", "named-after", "near", "town-no-name"],
)
def test_one_person_placed_before_the_verb(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man at the scene was not hurt.",
        "A spokesman at the hospital said the wounds were minor.",
        "A car at the intersection was hit by gunfire.",
    ],
    ids=["negated", "no-cue", "no-person"],
)
def test_placed_without_a_casualty(text: str) -> None:
    assert key_figures(text) == (0, 0)


def test_agent_is_no_victim() -> None:
    text = "A baby held by his mother on a porch was shot in the arm."
    groups = [c.group for c in analyze(text).claims]
    assert "mother" not in groups


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two brothers were playing cards on the porch when they were shot dead.", (2, 0)),
        (
            "A 9-year-old girl was riding her scooter when she was wounded by a stray bullet.",
            (0, 1),
        ),
        ("Three firefighters were working on the roof when they were injured.", (0, 3)),
        ("A man was pumping gas at a station on Orme Road when he was fatally shot.", (1, 0)),
        ("Four teenagers had been standing near the bus stop when they were hurt.", (0, 4)),
    ],
    ids=["shot-dead", "wounded", "deployed-then-injured", "fatally", "had-been"],
)
def test_busy_when_the_fate_came(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun names another: its number or a person in the clause
        "Two men were talking with a cashier when she was shot.",
        "A woman was driving three children to school when they were hurt.",
        # a fate of no body
        "Two men were sitting in a car when they were arrested.",
    ],
    ids=["other-person", "other-count", "arrested"],
)
def test_busy_when_another(text: str) -> None:
    claims = [c for c in analyze(text).claims if c.rule == "CB103"]
    assert claims == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the convention of "shot, one fatally": the part is killed, the rest wounded
        ("Three men suffered gunshot wounds, one of which proved fatal.", (1, 2)),
        ("Two teenagers suffered stab wounds, one of which was fatal.", (1, 1)),
        ("Five people suffered gunshot injuries, two of which proved fatal.", (2, 3)),
        # one's own wound "that proved fatal" stays the one's death
        ("A man suffered a gunshot wound which proved fatal.", (1, 0)),
        # "of which" things, not wounds: no part of the hurt
        ("The men were hurt in three crashes, one of which was fatal.", (0, 0)),
    ],
    ids=["three-one", "two-one", "injuries", "own-wound", "crashes"],
)
def test_wounds_one_of_which_proved_fatal(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the 20 tourists was injured.", (0, 1)),
        ("Officials said one of the four climbers had been seriously hurt.", (0, 1)),
        ("A van carrying 12 workers overturned. One of the 12 workers was injured.", (0, 1)),
        # the one of a hurt count told in the sentence is no more hurt
        ("Six people were wounded, and one of the six people was wounded badly.", (0, 6)),
        # the one of the victims is a person of a toll (CB47)
        ("One of the two victims was injured in the arm.", (0, 0)),
        # the one killed stays CB22's
        ("One of the 20 tourists was killed.", (1, 0)),
    ],
    ids=["tourists", "had-been", "story", "hurt-whole", "victims", "killed"],
)
def test_one_of_a_count_hurt(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected
