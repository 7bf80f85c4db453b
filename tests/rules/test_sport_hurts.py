"""A player's injury is no casualty: a wounding verb whose subject is a tackle, a foul or a
body part (``rules.sport_hurts``). Sentences are the project's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


@pytest.mark.parametrize(
    "text",
    [
        "The late tackle injured Tomas Brel, the club's captain.",
        "Hamstring injures 2 Orme strikers before derby",
        "A groin strain again hurt Ida Venn in the second set.",
        "A reckless foul injured Orme winger Ivo Lant in the first half.",
    ],
)
def test_a_sports_injury_is_no_casualty(text: str) -> None:
    assert analyze(text).claims == ()


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("The blast injured Tomas Brel, the club's captain.", 1),
        ("Boiler blast injures 4 at Orme laundry", 4),
        ("A collision on the Orme bypass injured two drivers.", 2),
    ],
)
def test_a_blast_or_a_road_collision_still_wounds(text: str, wounded: int) -> None:
    claims = analyze(text).claims
    assert [(c.category, c.min) for c in claims] == [("wounded", wounded)]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Velk Rovers have had 14 first-team players out with injuries this season.", None),
        ("Her squad, thinned by eight injuries so far this season, won 3-1 on Sunday.", None),
        ("The pile-up on the ring road caused 14 injuries this morning.", 14),
        ("The stampede caused 31 injuries, the fire service said.", 31),
    ],
)
def test_injuries_of_a_season_are_no_casualty(text: str, wounded: int | None) -> None:
    claims = [c.min for c in analyze(text).claims if c.category == "wounded"]
    assert claims == ([] if wounded is None else [wounded])
