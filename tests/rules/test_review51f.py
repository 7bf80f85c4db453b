"""review51f's sentences: non-responses the lead left open in the fifty-first session, closed on
invented text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _silent(text: str) -> list[str]:
    """The parties the rules find silent in ``text``."""
    return [a.source for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neither the bakery nor its manager could be reached on Wednesday.",
            ["Neither the bakery nor its manager"],
        ),
        (
            "None of the three landlords could be reached by telephone.",
            ["None of the three landlords"],
        ),
        (
            "The kiln was shut last week, and neither the pottery nor its owner could be reached"
            " on Monday.",
            ["neither the pottery nor its owner"],
        ),
        (
            "The ferry was late, but neither the port board nor the ferry company would comment.",
            ["neither the port board nor the ferry company"],
        ),
        (
            "Neither the clinic nor its director could be reached for comment.",
            ["Neither the clinic nor its director"],
        ),
        # counter-examples: nothing reached is a party
        ("No settlement could be reached on Thursday.", []),
        ("The ridge could be reached in three hours.", []),
        ("The kiln was shut last week, and no deal could be reached on Monday.", []),
    ],
    ids=[
        "day",
        "none-of",
        "and-neither",
        "but-neither",
        "for-comment",
        "no-deal",
        "ridge",
        "and-no-deal",
    ],
)
def test_no_party_could_be_reached(text: str, expected: list[str]) -> None:
    assert _silent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The water company, which laid the pipes in 2018, did not pick up the phone on Friday.",
            ["The water company"],
        ),
        ("The ferry company did not pick up the phone on Monday.", ["The ferry company"]),
        (
            "The ferry company, which sold the pier in 2019, did not pick up.",
            ["The ferry company"],
        ),
        ("Ivo Brandt, the mayor, did not pick up.", ["Ivo Brandt, the mayor"]),
        # counter-examples: a person at home, no one asked, however far the clause reaches
        ("Her nephew did not pick up the phone.", []),
        ("Her nephew, who lives in Brask with his wife, did not pick up the phone on Friday.", []),
        ("After the council announced the fine, her nephew did not pick up the phone.", []),
        ("The ferry company did not pick up the pace.", []),
    ],
    ids=[
        "relative",
        "the-phone",
        "bare",
        "apposition",
        "nephew",
        "nephew-relative",
        "clause-before",
        "pace",
    ],
)
def test_a_body_did_not_pick_up_the_phone(text: str, expected: list[str]) -> None:
    assert _silent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said that question was 'for the auditors'.", ["The minister"]),
        ('The minister said that question was "for the auditors".', ["The minister"]),
        ("A spokeswoman said the matter was for the harbour police.", ["A spokeswoman"]),
        ("The spokesman said that was one for the tribunal.", ["The spokesman"]),
        # counter-examples: no question passed on, or passed on to be decided
        ("The coach said the win was one for the record books.", []),
        ("The teacher said the questions were for the pupils.", []),
        ("The mayor said the money was for the families.", []),
        ("The minister said that question was for the auditors to decide.", []),
    ],
    ids=[
        "quoted",
        "double-quoted",
        "matter",
        "one-for",
        "record-books",
        "exam",
        "money",
        "to-decide",
    ],
)
def test_a_question_passed_to_others(text: str, expected: list[str]) -> None:
    assert _silent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guild said it would speak once the crews had been told.", ["The guild"]),
        (
            "The guild said it would only talk publicly once the inquest had opened.",
            ["The guild"],
        ),
        (
            "The landlord said the agency would wait for the fire survey before saying anything"
            " about the wiring.",
            ["the agency"],
        ),
        (
            "The ferry company said it would wait until the divers had finished before commenting.",
            ["The ferry company"],
        ),
        # counter-examples: a plan with its place, a wait for something else, a speech after
        ("The mayor said she would speak at the fair once the parade ended.", []),
        ("The driver said he would wait for the ferry before leaving.", []),
        ("The widow said she would speak after the service.", []),
        ("The club said it would wait until the weekend before naming a coach.", []),
    ],
    ids=[
        "speak-once",
        "talk-once",
        "wait-before-saying",
        "wait-until",
        "fair",
        "ferry",
        "service",
        "naming",
    ],
)
def test_an_answer_put_off_until_something_happens(text: str, expected: list[str]) -> None:
    assert _silent(text) == expected
