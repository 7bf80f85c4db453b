"""Readings the forty-ninth session's lead added. Every sentence is invented.

Claims: "raising the death toll from 12 to 14" after a comma is a change (14), not the range
12-14; an old toll raised "from eight" is no count of a later cue ("and up to 10 people
were still unaccounted for"). Attributions: a clause before "raising the toll to" is no
source; a line's owner is the party of "the owner's phone was switched off"; "waved
reporters away", "brushed past journalists", "not the right moment to comment" and "the
figure was still being compiled" are refusals; an office that "did not pick up his phone".
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min if c.min is not None else c.max) for c in analyze(text).claims]


def _silences(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions if a.kind == "non_response"]


def _sources(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions if a.kind == "statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rain continued, raising the death toll from 12 to 14.",
            [("killed", 12), ("killed", 14)],
        ),
        (
            "Two more people died overnight, raising the toll from 12 to 14, officials said.",
            [("killed", 2), ("killed", 12), ("killed", 14)],
        ),
        (
            "Divers recovered three more bodies on Friday, raising the toll from eight, and up to"
            " 10 people were still unaccounted for, the police chief said.",
            [("killed", 3), ("killed", 8), ("missing", 10)],
        ),
        # no toll moved: a range of hours stays no count
        ("The trip took from 10 to 12 hours.", []),
    ],
)
def test_toll_changed_after_a_participle(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A nurse died at the clinic overnight, raising the toll to 15.", []),
        ("The rain continued, raising the death toll to 14.", []),
        ("Two people died overnight, raising the toll to 14, officials said.", ["officials"]),
        ("The ministry, raising the death toll to 14, blamed the rain.", ["The ministry"]),
    ],
)
def test_a_clause_before_raising_is_no_source(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The owner's mobile phone was switched off all day.", ["The owner"]),
        ("The owner's telephone rang unanswered on Monday.", ["The owner"]),
        ("Ivo Brandt's phone was switched off when reporters called on Monday.", ["Ivo Brandt"]),
        # a private phone, or no phone at all
        ("Her daughter's phone was switched off when the family tried to call her.", []),
        ("The victim's phone rang unanswered all night.", []),
        ("The lights in the ward were turned off at ten.", []),
        ("The governor waved reporters away as he left the building.", ["The governor"]),
        ("The police chief brushed past journalists outside the station.", ["The police chief"]),
        ("The coach waved away the trainers and walked on.", []),
        (
            'The airline said this was "not the right moment" to comment on why the ferry sank.',
            ["The airline"],
        ),
        ("She said this was not the right moment to buy a house.", []),
        (
            "Asked how many had died, a health department spokeswoman said the figure was"
            ' "still being compiled".',
            ["a health department spokeswoman"],
        ),
        ("The ministry said the final toll had yet to be established.", ["The ministry"]),
        ("The council said the list of winners was still being compiled.", []),
        (
            "The district superintendent did not pick up his phone all week.",
            ["The district superintendent"],
        ),
        ("Her son did not pick up his phone that night, his mother said.", []),
    ],
)
def test_refusals_of_the_forty_ninth_session(text: str, expected: list[str]) -> None:
    assert _silences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A tenement collapsed in Orvo on Monday. At the district hospital, 12 of those rescued"
            " had been admitted, three of them with burns, a nurse said.",
            [("wounded", 12), ("wounded", 3)],
        ),
        (
            "An earthquake struck Orvo on Monday. At the district hospital, 12 people had been"
            " admitted, a nurse said.",
            [("wounded", 12)],
        ),
        ("At the district hospital, 12 new nurses had been admitted to the training course.", []),
        (
            "In all, 140 people were brought ashore alive, among them 12 crew members, the"
            " captain said.",
            [("rescued", 140), ("rescued", 12)],
        ),
        ("The fishermen brought ashore alive a shark of 300 kilograms.", []),
    ],
)
def test_admitted_at_a_hospital_and_brought_ashore_alive(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "anonymous"),
    [
        ("A farmer in Orvo said his two sons had been shot.", True),
        ("A ministry epidemiologist said the true toll was higher.", True),
        ("A guard on duty in the east wing said the riot began at dawn.", True),
        ("One woman told reporters she had lost her home.", True),
        ("A man, Ivo Brandt, said he saw the smoke.", False),
        ("A neighbour named Ruth Harter said she heard shots.", False),
        ("A local hospital said it had treated 12 people.", False),
    ],
)
def test_an_unnamed_person_by_a_role_is_anonymous(text: str, anonymous: bool) -> None:
    found = [a for a in analyze(text).attributions if a.kind == "statement"]
    assert [a.anonymous for a in found] == [anonymous]
