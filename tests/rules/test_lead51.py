"""Readings the fifty-first session's lead added. Every sentence is invented.

Statements: a bulletin, a report or a body that "listed" (or "lists") a number of the dead
states it, as one that "recorded" or "counted" them (AT42); a list of anything else ("listed
his reasons", "is listed on the exchange") is no statement.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _statements(text: str) -> list[tuple[str, str]]:
    return [(a.source or "", a.cue) for a in analyze(text).attributions if a.kind == "statement"]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The council's monthly bulletin listed 17 deaths on the ring road.",
            "The council's monthly bulletin",
            "listed",
        ),
        ("The weekly bulletins listed nine dengue deaths.", "The weekly bulletins", "listed"),
        ("The coroner's report lists 12 deaths among the crew.", "The coroner's report", "lists"),
        ("Hospital records listed 44 injuries from the blast.", "Hospital records", "listed"),
    ],
)
def test_a_document_that_lists_the_dead_states_the_count(text: str, source: str, cue: str) -> None:
    assert (source, cue) in _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "He listed his reasons for leaving the club.",
        "The company is listed on the Varna stock exchange.",
        "The town listed 23 homicides last year.",
        "The magazine listed 10 deadly sins of the trade.",
    ],
)
def test_a_list_of_anything_else_is_no_statement(text: str) -> None:
    assert _statements(text) == []
