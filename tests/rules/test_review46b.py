"""review46b's sentences: readings of the forty-sixth session's rules checked on invented
text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


def _non_responses(text: str) -> list[str]:
    return [a.cue for a in analyze(text).attributions if a.kind == "non_response"]


def test_a_day_and_a_count_are_not_one_spaced_figure() -> None:
    assert ("killed", 15300) not in _claims("By May 15 300 people had been killed.")


def test_flew_in_a_force_of_is_deployed() -> None:
    assert _claims("The government flew in a force of 120 soldiers.") == [("deployed", 120)]
    assert _claims("Britain flew in a team of eight investigators.") == [("deployed", 8)]


@pytest.mark.parametrize(
    "text",
    [
        "The club was not in a position to give the player a new contract, the manager said.",
        "The hospital was not in a position to provide care for all of the wounded.",
        "The coach said the new signing had nothing to add to a squad already full of strikers.",
    ],
)
def test_an_act_not_done_is_no_silence(text: str) -> None:
    assert _non_responses(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it was not in a position to give a figure for the dead.",
        "A spokesman said the army had nothing further to add to its statement of Tuesday.",
        "He had nothing to add to that.",
    ],
)
def test_an_answer_withheld_is_still_a_silence(text: str) -> None:
    assert len(_non_responses(text)) == 1


def test_militiamen_remembered_are_no_recall_of_troops() -> None:
    text = "A villager recalled the militiamen, drunk and shouting, who killed nine farmers."
    assert [a.cue for a in analyze(text).attributions] == ["recalled"]
