"""The source of a reporting verb coordinated with an earlier verb of the same subject."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _said(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The union's president, Ray Olsen, called the offer an insult and said members "
            "would vote on a strike next week.",
            "The union's president, Ray Olsen",
        ),
        (
            'The union\'s president, Ray Olsen, called the offer "an insult" and said members '
            "would vote on a strike next week.",
            "The union's president, Ray Olsen",
        ),
        (
            "Mara Lind, 52, a nurse from Velk, signed the petition and said she would march.",
            "Mara Lind, 52, a nurse from Velk",
        ),
        (
            "Even the ministry, usually quick to deny such reports, checked the count and said "
            "it was accurate.",
            "the ministry",
        ),
    ],
)
def test_an_appositive_subject_is_kept_whole_for_the_second_verb(text: str, source: str) -> None:
    assert (source, "said") in _said(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Councillor Ida Renk, speaking outside the hall, rejected the plan and said it "
            "would cost too much.",
            "Councillor Ida Renk",
        ),
        (
            "The governor, like her predecessor, vetoed the bill and said it was unfunded.",
            "The governor",
        ),
        (
            "Olsen, who has led the union since 2019, rejected the offer and said a strike "
            "was likely.",
            "Olsen",
        ),
    ],
)
def test_asides_and_relative_clauses_stay_out_of_the_source(text: str, source: str) -> None:
    assert (source, "said") in _said(text)


def test_a_verb_after_then_takes_the_first_verbs_subject() -> None:
    text = "The police chief met the families on Sunday, then said the inquiry was moving fast."
    assert _said(text) == [("The police chief", "said")]


def test_a_participle_after_an_appositive_subject_keeps_the_name() -> None:
    text = "The agency's director, Paula Reyes, defended the ruling, saying the law left no choice."
    assert _said(text) == [("The agency's director, Paula Reyes", "saying")]


def test_a_participle_after_a_named_relative_keeps_the_name() -> None:
    text = "Tomas Varga, the boy's uncle, shared a photo on Sunday, saying the family was grateful."
    assert _said(text) == [("Tomas Varga, the boy's uncle", "saying")]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The ministry released a statement saying the border would reopen.",
            "The ministry",
            "released a statement saying",
        ),
        (
            "The mayor's office sent a brief letter to residents warning that the water was "
            "unsafe.",
            "The mayor's office",
            "sent a brief letter to residents warning",
        ),
    ],
)
def test_a_message_put_out_carries_its_senders_words(text: str, source: str, cue: str) -> None:
    assert _said(text) == [(source, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "A statement saying the border would reopen was read on the radio.",
        "She was holding a letter saying she owed 300 crowns.",
        "The club issued new tickets, saying nothing about the price.",
    ],
)
def test_a_message_without_its_sender_names_no_source(text: str) -> None:
    assert not [s for s, c in _said(text) if "statement" in c or "letter" in c]
