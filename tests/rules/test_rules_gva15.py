"""Killed and hurt counts of US local crime news (rules-gva15): a count whose members are listed
between commas with their ages ("three others, two men, ages 27 and 31, and a woman, 46,") is
counted once. Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import key_figures

_AGES_AND = "One man died and three others, two men, ages 27 and 31, and a woman, 46, were hurt."


def _found(text: str) -> list[tuple[str, float | None, str, str]]:
    return [(c.category, c.min, c.figure_text, c.rule) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_AGES_AND, (1, 3)),
        (
            "A clerk died; three others, two men, aged 19 and 24, and a woman, 41, are being "
            "treated for their injuries.",
            (1, 3),
        ),
        ("A boy died and three others, two men and a woman, 46, were wounded.", (1, 3)),
        ("Three people, two men, both 19, and a woman, were wounded on Pell Street.", (0, 3)),
        ("Four teenagers, three boys, ages 14 to 16, and a girl, 15, were shot.", (0, 4)),
        ("Five people, three men, all in their 20s, and two women, were wounded.", (0, 5)),
    ],
    ids=["ages-and", "aged-semicolon", "last-aged", "both", "ages-to", "in-their-20s"],
)
def test_members_with_ages_are_parts(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


def test_the_listed_count_is_a_part() -> None:
    found = _found(_AGES_AND)
    assert ("wounded", 2, "two", "CB31") in found
    assert ("wounded", 3, "three", "CB04") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone number after a count is no age of the group
        ("Police said two men, 20 and 22, were shot.", (0, 2)),
        ("Ann Roe, 34, and Ed Roe, 2, were killed.", (2, 0)),
        ("Three men were wounded, ages 20, 22 and 25, and a fourth was killed.", (1, 3)),
    ],
    ids=["bare-ages", "names-with-ages", "ages-after-verb"],
)
def test_other_ages_unchanged(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 20-year-old man, Ivo Marsh of Orme Creek, was shot and died at a hospital.", (1, 0)),
        ("A woman, 33-year-old Ana Ruiz, has died.", (1, 0)),
        ("The teen has died from his wounds, police said.", (1, 0)),
        ("The victim had died before deputies reached the Pell Street depot.", (1, 0)),
        (
            "A clerk was taken to Orme General Hospital, where she was treated before being "
            "pronounced dead.",
            (1, 0),
        ),
        ("A man was taken to Orme General Hospital but was pronounced dead on arrival.", (1, 0)),
    ],
    ids=["name-of-town", "age-name", "has-died", "had-died", "before-being", "but-was"],
)
def test_one_person(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Neither officer was injured.",
        "No deputy was hurt in the exchange of fire.",
        "The officer had shot the man twice.",
        "The officer was praised by the mayor.",
        # a definite person with "was" is a re-mention (the casualty cases' convention)
        "The victim was killed near the Pell Street bus depot.",
    ],
    ids=["neither", "no", "active", "no-cue", "definite-was"],
)
def test_no_one(text: str) -> None:
    assert key_figures(text) == (0, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two other boys survived but were also hit and injured by gunfire.", (0, 2)),
        ("Three passengers lived, but were badly hurt.", (0, 3)),
        ("Ten guests survived but the rest were killed.", (0, 0)),
        ("Two passengers survived but were injured and 30 others were killed.", (30, 2)),
    ],
    ids=["survived-but-were", "lived-but", "rest-killed", "others-killed"],
)
def test_survived_but_hurt(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were shot on Pell Street on Friday. One of them has since died.", (1, 1)),
        (
            "Two teens were shot in the robbery. Police said one of the victims has since died.",
            (1, 1),
        ),
        ("A gunman opened fire on two deputies, killing one and wounding the other.", (1, 1)),
        ("The driver shot two guards, killing one and critically wounding the other.", (1, 1)),
        ("The storm killed one horse and injured the other.", (0, 0)),
        ("The gunman killed one guard and wounded the other two.", (1, 2)),
    ],
    ids=["since-died", "said-since-died", "the-other", "adverb-the-other", "horse", "other-two"],
)
def test_one_of_a_pair(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Girl accidentally shot in leg at Orme campsite", [("killed_or_wounded", 1, "Girl")]),
        ("Teen Critically Injured In Pell Road Crash", [("wounded", 1, "Teen")]),
        ("Man accidentally shot, killed best friend", []),
        ("Man shot, killed near Orme bar", [("killed_or_wounded", 1, "Man")]),
    ],
    ids=["accidentally", "critically-title-case", "second-verb-object", "second-verb-place"],
)
def test_headline_bare_person_with_adverb(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    found = [(c[0], c[1], c[2]) for c in _found(text) if c[0] != "arrested"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three people were found dead in a house on Elm Street. All three suffered gunshot "
            "wounds to the upper body, the coroner said.",
            (3, 0),
        ),
        ("A man and his two sons were killed. All three had gunshot wounds.", (3, 0)),
        ("Two people were killed. All four victims suffered gunshot wounds.", (2, 4)),
        (
            "Two guards were killed and two clerks were hurt. Both suffered cuts and bruises.",
            (2, 2),
        ),
    ],
    ids=["all-three", "family", "other-size", "both-of-the-hurt"],
)
def test_the_dead_told_by_their_wounds(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected
