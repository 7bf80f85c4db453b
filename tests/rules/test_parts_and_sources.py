"""A part told as "N of them <people>" after a count of those hit (CB81), and unnamed people
as sources ("village elders said", "three of its deputies said"). All text is our own."""

from __future__ import annotations

import pytest

from rules import analyze


def claims(text: str) -> list[tuple[str, float | None, str | None, str]]:
    return [(c.category, c.min, c.group, c.rule) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shelling killed 26 villagers, seven of them teenagers, the clinic said.",
            [("killed", 26, "villagers", "CB02"), ("killed", 7, "teenagers", "CB81")],
        ),
        (
            "SHELLING WOUNDED 40 VILLAGERS, TWELVE OF THEM WOMEN.",
            [("wounded", 40, "VILLAGERS", "CB02"), ("wounded", 12, "WOMEN", "CB81")],
        ),
    ],
    ids=["killed", "wounded-capitals"],
)
def test_part_of_them(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Eleven people were hurt, two of them seriously.",
        "The storm destroyed 40 homes, 12 of them schools.",
        "Police arrested nine men, four of them teenagers.",
        # a part as large as the whole is no part
        "Five people died, five of them climbers.",
    ],
)
def test_no_part_of_them(text: str) -> None:
    assert not [c for c in claims(text) if c[3] == "CB81"]


@pytest.mark.parametrize(
    ("text", "anonymous"),
    [
        ("Village elders said the ferry had sunk at dawn.", True),
        ("Three of its deputies said they would oppose the budget.", True),
        ("Some of the crane workers said the cranes had stopped.", True),
        # unnamed people by whose they are (the blind halves' convention, fortieth session)
        ("Their lawyers said the ruling would be appealed.", True),
        ("Halas and his deputies said the talks were over.", False),
        ("Port Authority spokesman Ivo Brandt said the ferry had sunk.", False),
    ],
)
def test_unnamed_people_as_sources(text: str, anonymous: bool) -> None:
    (attribution,) = analyze(text).attributions
    assert attribution.anonymous is anonymous


def test_a_part_of_the_dead_names_its_people() -> None:
    assert claims("Three of the dead were nurses, the clinic said.") == [
        ("killed", 3, "nurses", "CB43")
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The ministry put the death toll from Sunday's raid on the depot at nine guards.", 9),
        ("Officials estimated the toll from the floods in the valley at 230.", 230),
    ],
)
def test_a_toll_set_at_a_figure_after_a_phrase(text: str, figure: int) -> None:
    result = analyze(text)
    assert [(c.category, c.min) for c in result.claims] == [("killed", figure)]
    assert [a.source for a in result.attributions] in (["The ministry"], ["Officials"])
