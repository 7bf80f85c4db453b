"""Wounded counts of US local crime news (rules-gva20): a person after "and" who shares the
verb of a toll told with "are"/"is" or "found" ("Two men are dead and another hospitalized",
"deputies found a clerk dead and another badly hurt": CB72); a headline's present "suffers" with
a wound ("Teen suffers gunshot wound"); a single person after "and" who heads a clause of
its own when an age in digits stands before the noun ("... and a 40-year-old suspect is being
sought" is no victim). Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import key_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men are dead and another hospitalized after a fight outside a bar.", (2, 1)),
        ("One woman is dead and another wounded after gunfire on Elm Street.", (1, 1)),
        ("Deputies found a welder dead and another wounded inside the shed.", (1, 1)),
        ("Police found two hikers dead and another badly hurt below the ridge.", (2, 1)),
    ],
    ids=["are-dead", "is-dead", "found", "found-degree"],
)
def test_another_hurt_after_a_present_or_found_toll(
    text: str, expected: tuple[float, float]
) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another who acted, or a thing: no victim
        ("Rangers found a poacher dead and another arrested at the camp.", (1, 0)),
        ("Two men are dead and another charged with their murders.", (2, 0)),
        ("Officers found the car abandoned and another damaged.", (0, 0)),
    ],
    ids=["arrested", "charged", "thing"],
)
def test_another_without_harm(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teen suffers gunshot wound in overnight shooting", (0, 1)),
        ("15-year-old suffers accidental gunshot wound at cousin's home", (0, 1)),
        ("Clerk suffers non-life threatening injuries in store robbery", (0, 1)),
        ("A hunter suffered an accidental gunshot wound to the thigh on Saturday.", (0, 1)),
    ],
    ids=["teen", "age-accidental", "non-life", "past-accidental"],
)
def test_suffers_a_wound(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a fatal wound is no wounding; a player's injury is no casualty
        "Hunter suffers fatal gunshot wound in tree stand accident",
        "Striker suffers knee injury in derby defeat",
        # a chronic condition, not a wound
        "The town suffers from a shortage of doctors, the mayor said.",
    ],
    ids=["fatal", "sport", "chronic"],
)
def test_suffers_without_a_wound(text: str) -> None:
    assert key_figures(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A gunman opened fire at a diner, killing three people and wounding two others,"
            " and a 35-year-old suspect is still at large, the sheriff said.",
            (3, 2),
        ),
        (
            "Two clerks were wounded in the robbery and a 19-year-old man was arrested an"
            " hour later.",
            (0, 2),
        ),
    ],
    ids=["sought", "arrested"],
)
def test_age_in_digits_heads_its_own_clause(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


def test_age_in_digits_coordinated_victim() -> None:
    # no verb of its own after the person: a second object of the same verb
    found = analyze("The gunman wounded two clerks and a 60-year-old customer.").claims
    assert sum(c.min or 0 for c in found if c.category == "wounded") == 3
