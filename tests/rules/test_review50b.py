"""Readings review50b added in the fiftieth session. Every sentence is invented.

Attributions: a party that "told reporters nothing about" a thing is silent on it, while
"told reporters nothing had changed" stays a statement; the "It" of a non-response is the one
body the sentence before names, even as an object, unless that sentence holds a statement;
a promise of figures not kept by the clause's end ("promised ... but had sent none") is a
non-response, a promise kept or a promise of aid is none; "A spokesman for Mayor Ola Renk
said it would not comment" is the spokesman's silence, never the mayor's, an "it" being no
person; a silence after ", then" ("read a statement, then walked away without answering
questions") is the first clause's subject's.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.source) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour master told reporters nothing about the collision.",
            [("non_response", "The harbour master")],
        ),
        (
            "Asked about the dam, the engineer told journalists almost nothing.",
            [("non_response", "the engineer")],
        ),
        (
            "The Brenn Valley sheriff told relatives nothing on Monday about the search.",
            [("non_response", "The Brenn Valley sheriff")],
        ),
        # counter-examples: what was told is a clause, a report
        (
            "The harbour master told reporters nothing had been found in the hold.",
            [("statement", "The harbour master")],
        ),
        (
            "The engineer told journalists nothing about the cracks suggested a collapse.",
            [("statement", "The engineer")],
        ),
        ("The warden said nothing was missing.", [("statement", "The warden")]),
    ],
)
def test_told_reporters_nothing(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reporters put questions to the Sarn Valley Dairy Company about the leak. It gave no"
            " answer.",
            [("non_response", "the Sarn Valley Dairy Company")],
        ),
        (
            "The Kessel Port Authority was asked on Monday why the crane fell. It did not reply.",
            [("non_response", "The Kessel Port Authority")],
        ),
        (
            "The Orlen Shipping Board said the channel was closed. Reporters then emailed the"
            " Varga Ferry Company about the fire. It has not responded.",
            [
                ("statement", "The Orlen Shipping Board"),
                ("non_response", "the Varga Ferry Company"),
            ],
        ),
        # counter-examples: the sentence before holds a statement, names two bodies or none
        (
            "Ida Brenn of the Sarn Valley Trust said the fund had closed. It did not respond to"
            " further questions.",
            [("statement", "Ida Brenn of the Sarn Valley Trust"), ("non_response", "It")],
        ),
        (
            "A spokeswoman for Mayor Ola Renk said it would rebuild the pier. It did not respond"
            " to requests for comment.",
            [("statement", "A spokeswoman for Mayor Ola Renk"), ("non_response", "It")],
        ),
        (
            "Divers searched between the Varga Ferry Company dock and the Kessel Port Authority"
            " pier. It did not reply.",
            [("non_response", "It")],
        ),
        ("The Orme Hospital treated 12 people. It was not clear how many had died.", []),
    ],
)
def test_silent_it_after_a_body_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The interior ministry promised a casualty list by Monday but had sent none by"
            " Wednesday.",
            [("non_response", "The interior ministry")],
        ),
        (
            "The district coroner pledged to publish the names of the victims, but has still not"
            " released them.",
            [("non_response", "The district coroner")],
        ),
        (
            "The navy promised an updated toll within hours but has yet to give one.",
            [("non_response", "The navy")],
        ),
        # counter-examples: the promise kept, or a promise of aid, not of an answer
        ("The interior ministry promised a casualty list by Monday and sent it on Sunday.", []),
        ("The interior ministry promised a casualty list by Monday but sent it on Tuesday.", []),
        ("The interior ministry promised blankets by Monday but had sent none by Wednesday.", []),
    ],
)
def test_promised_figures_not_given(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A spokesman for Mayor Ola Renk said it would not comment on the pier.",
            [("non_response", "A spokesman for Mayor Ola Renk")],
        ),
        (
            "A spokeswoman for Sheriff Dana Vell said it had no comment on the arrest.",
            [("non_response", "A spokeswoman for Sheriff Dana Vell")],
        ),
        # counter-examples: a body spoken for is the "it", whatever its name holds
        (
            "A spokesman for the Mayor's Office said it would not comment on the pier.",
            [
                ("statement", "A spokesman for the Mayor's Office"),
                ("non_response", "the Mayor's Office"),
            ],
        ),
        (
            "A spokeswoman for the Kessel Nurses Union said it would not comment.",
            [
                ("statement", "A spokeswoman for the Kessel Nurses Union"),
                ("non_response", "the Kessel Nurses Union"),
            ],
        ),
    ],
)
def test_it_spoken_for_no_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port director read a short statement, then walked away without answering"
            " questions.",
            [("non_response", "The port director")],
        ),
        (
            "Governor Tomas Vell visited the shelter, then declined to comment on the toll.",
            [("non_response", "Governor Tomas Vell")],
        ),
        (
            "The harbour master walked away without answering questions.",
            [("non_response", "The harbour master")],
        ),
        # counter-examples: "then" inside an opening clause, and a walk that refuses no question
        (
            "Asked about the toll, then about the dam, the port director declined to comment.",
            [("non_response", "the port director")],
        ),
        ("The port director read a short statement, then walked away towards the pier.", []),
    ],
)
def test_silence_after_then(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected
