"""Killed counts of US local crime news (rules-gva19): a named victim whose surname holds a
second capital ("Kyle McBride", "Andre DeLong", "Mary O'Keefe"), which CB12 read as no name
word. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.crosswire.divergence.factory import key_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyle McBride was shot and killed outside a gas station on Friday.", (1, 0)),
        ("Deputy Rona MacAllister was fatally shot during a traffic stop.", (1, 0)),
        ("Andre DeLong, 19, died at a hospital after the shooting.", (1, 0)),
        ("Officer Tim LaPointe was wounded in the exchange of gunfire.", (0, 1)),
        ("Mary O'Keefe was pronounced dead at the scene, police said.", (1, 0)),
        ("Jamal Van DerBeck was killed in the crossfire, his family said.", (1, 0)),
    ],
    ids=["mc", "mac-rank", "de-age", "la-wounded", "o-apostrophe", "particle"],
)
def test_name_with_an_inner_capital(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an acronym is no name word: a body, not a person
        "The NYPD was criticised after the raid.",
        "The local NAACP chapter was hurt by the split, members said.",
        # a name with an inner capital but no casualty
        "Kyle McBride was named the new coach on Friday.",
    ],
    ids=["acronym", "acronym-hurt", "no-casualty"],
)
def test_inner_capital_without_a_victim(text: str) -> None:
    assert key_figures(text) == (0, 0)
