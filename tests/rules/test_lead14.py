"""Readings the fourteenth session's lead fixed outside the claim tables: a victim's age after
"was pronounced dead" is no toll, while the noun "the dead" still takes one. Every sentence is
invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _killed(text: str) -> list[float | None]:
    return [c.min for c in analyze(text).claims if c.category == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "The cyclist, who was pronounced dead at the hospital, was 23.",
        "The woman, who was found dead on the landing, was 61, neighbours said.",
    ],
)
def test_an_age_after_dead_said_of_a_person_is_no_toll(text: str) -> None:
    assert not [n for n in _killed(text) if n is not None and n > 1]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The dead numbered 27, the governor said.", 27),
        ("Among the dead were 14 pilgrims.", 14),
    ],
)
def test_the_noun_of_the_dead_still_takes_its_toll(text: str, killed: int) -> None:
    assert killed in _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Crash Kills Man On Route 9", [1]),
        ("Driver kills man, woman at Orme crossing", [1, 1]),
        ("Man fatally shoots wife and son at farm", [1, 1]),
        ("Storm Kills Power To 3,000 Homes", []),
        ("Driver kills man, dog in crash", [1]),
    ],
)
def test_a_headlines_bare_persons(text: str, killed: list[int]) -> None:
    assert _killed(text) == killed


def test_a_related_story_line_gives_no_claim() -> None:
    text = (
        "Two men were shot on Dale Street late Sunday, police said. One of them died.\n\n"
        "RELATED: 6 killed in warehouse fire on the east side\n\n"
        "► Read more: Three teens hurt in bus crash\n\n"
        "No arrests have been made."
    )
    found = [(c.category, c.min) for c in analyze(text).claims]
    assert ("killed", 6) not in found and ("wounded", 3) not in found
    assert ("killed", 1) in found
