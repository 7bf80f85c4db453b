"""review32's findings on the rule work of the seventeenth session (gva17, muc17). Every
sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the hostages were released from hospital on Tuesday.", []),
        ("The four former captives were released from the hospital late on Friday.", []),
        ("One of the kidnapped nurses was released from intensive care.", []),
        # near misses: captives let go, as before
        ("Two of the hostages were released on Tuesday.", [("rescued", 2)]),
        ("The kidnappers released three of the hostages.", [("rescued", 3)]),
    ],
    ids=["part-from-hospital", "the-hospital", "intensive-care", "part-freed", "verb-part"],
)
def test_released_from_hospital_is_no_captive_freed(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A video of the two hostages was released on Monday.", [("kidnapped", 2)]),
        ("Photos of the 12 abducted workers were released by the army.", [("kidnapped", 12)]),
        ("The names of the three hostages were not released.", [("kidnapped", 3)]),
        # near misses: the captives' own passive, whole or part
        ("The 12 hostages were released on Monday.", [("rescued", 12)]),
        ("All of the nine hostages were released unharmed.", [("rescued", 9)]),
    ],
    ids=["video-of", "photos-of", "names-of", "own-passive", "all-of"],
)
def test_a_count_after_a_noun_and_of_is_not_the_released(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the kidnappers were released from custody.", []),
        ("Three of the gunmen were released on bail after the kidnapping.", []),
        ("Police later released two of the hijackers.", []),
        # near misses: the captives let go, also with their captors named
        ("The kidnappers released two hostages.", [("rescued", 2)]),
        ("Seven hostages held by the gunmen were released on Monday.", [("rescued", 7)]),
    ],
    ids=["kidnappers", "gunmen-bail", "hijackers", "captors-free", "held-by-gunmen"],
)
def test_captors_let_go_are_no_captives_freed(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def _named(text: str) -> list[tuple[str, str]]:
    return sorted((c.category, c.figure_text) for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen killed Tomas Brel; Ivo Sarn and Ana Pol were wounded.",
            [("killed", "Tomas Brel"), ("wounded", "Ana Pol"), ("wounded", "Ivo Sarn")],
        ),
        (
            "The blast killed Tomas Brel and Ivo Sarn; Ana Pol and Eva Kos were hurt.",
            [
                ("killed", "Ivo Sarn"),
                ("killed", "Tomas Brel"),
                ("wounded", "Ana Pol"),
                ("wounded", "Eva Kos"),
            ],
        ),
        # near miss: names joined before the verb with no semicolon
        (
            "Ana Ruiz and Tomas Brel were killed in the blast.",
            [("killed", "Ana Ruiz"), ("killed", "Tomas Brel")],
        ),
    ],
    ids=["one-then-two", "two-then-two", "joined"],
)
def test_names_after_a_semicolon_with_their_own_verb_are_a_new_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _named(text) == expected
