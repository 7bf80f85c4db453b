"""review52c's sentences: silences the lead left open in the fifty-first session, closed on
invented text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _found(text: str) -> list[tuple[str, str]]:
    """The kind and source of every attribution the rules find in ``text``."""
    return [(a.kind, a.source) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill belongs to Orrin Textiles, owned by the financier Tove Lindqvist, and"
            " neither the company nor Lindqvist could be reached on Friday.",
            [("non_response", "neither the company nor Lindqvist")],
        ),
        (
            "Neither the clinic nor Dr Amsel could be reached for comment.",
            [("non_response", "Neither the clinic nor Dr Amsel")],
        ),
        (
            "Neither the bakery nor Ruiz responded to requests for comment.",
            [("non_response", "Neither the bakery nor Ruiz")],
        ),
        # counter-examples: no party, or no silence
        ("The river rose overnight, and neither road could be reached by rescuers.", []),
        ("Neither village could be reached by the convoy on Tuesday.", []),
        ("Neither the firm nor Vorster won the tender.", []),
    ],
    ids=["owned-by-then-neither", "title-name", "surname", "road", "village", "no-silence"],
)
def test_neither_a_body_nor_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry company's director left questions about the sinking for the coast guard"
            " to answer.",
            [("non_response", "The ferry company's director")],
        ),
        (
            "The airline's chief executive left questions about the landing for investigators"
            " to answer.",
            [("non_response", "The airline's chief executive")],
        ),
        (
            "Orla Benn, the club's treasurer, left all questions on the missing funds for the"
            " auditors to explain.",
            [("non_response", "Orla Benn, the club's treasurer")],
        ),
        # counter-examples: no question passed on, or no party to pass it
        ("The governor left the meeting early.", []),
        ("The chair left questions from the floor until the end.", []),
        ("The teacher left questions for the pupils to answer at home.", []),
        ("The autopsy left questions about the cause for the family to answer.", []),
    ],
    ids=["director", "chief-executive", "treasurer", "meeting", "floor", "homework", "autopsy"],
)
def test_questions_left_for_another_to_answer(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council passed all questions to a vote.", []),
        ("The parish council handed every query about the levy to a vote on Thursday.", []),
        ("The board passed all questions on the merger to a public ballot.", []),
        # counter-examples: questions passed to a party stay a silence
        (
            "The council passed all questions to the ministry.",
            [("non_response", "The council")],
        ),
        (
            "The water board passed every question about the dam to the regional office.",
            [("non_response", "The water board")],
        ),
        ("The mayor referred questions to a spokesman.", [("non_response", "The mayor")]),
    ],
    ids=["vote", "vote-on-day", "public-ballot", "ministry", "regional-office", "spokesman"],
)
def test_questions_put_to_a_vote_are_decided(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour master said he had more pressing matters when asked why the pier was"
            " shut.",
            [("non_response", "The harbour master")],
        ),
        (
            "The minister said she had better things to do when questioned about the flood wall.",
            [("non_response", "The minister")],
        ),
        (
            "Councillor Ines Moll said she had more important things to attend to, when asked"
            " about the levy.",
            [("non_response", "Councillor Ines Moll")],
        ),
        # counter-examples: priorities told, not a question brushed off
        (
            "The mayor said he had other priorities, including the budget.",
            [("statement", "The mayor")],
        ),
        (
            "The mayor said he had more pressing matters to deal with than the fountain.",
            [("statement", "The mayor")],
        ),
    ],
    ids=["pressing-matters", "better-things", "comma", "priorities", "than"],
)
def test_a_brush_off_when_asked(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A police spokeswoman said she would not stoke anger by naming the gang she suspected.",
            [("non_response", "A police spokeswoman")],
        ),
        (
            "The colonel said he would not endanger the families by giving a figure.",
            [("non_response", "The colonel")],
        ),
        (
            "The union said it would not inflame the dispute by commenting.",
            [("non_response", "The union")],
        ),
        # counter-examples: a refusal to act, not to tell
        ("The warden said he would not resign.", [("statement", "The warden")]),
        ("The governor said she would not allow the march.", [("statement", "The governor")]),
        (
            "The mayor said he would not save money by closing the shelters.",
            [("statement", "The mayor")],
        ),
    ],
    ids=["naming", "giving-a-figure", "commenting", "resign", "allow", "closing"],
)
def test_a_refusal_to_tell_with_its_reason(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The college's principal, Mara Sund, said the college would wait for the review"
            " before saying anything about the fence.",
            [("non_response", "The college's principal, Mara Sund")],
        ),
        (
            "The clinic's director said the clinic would speak once the families had been told.",
            [("non_response", "The clinic's director")],
        ),
        (
            "The mill's owner said the mill would not comment.",
            [("non_response", "The mill's owner")],
        ),
        # counter-examples: news of the body, or a body that is not the speaker's
        (
            "The college's principal, Mara Sund, said the college would reopen on Monday.",
            [("statement", "The college's principal, Mara Sund")],
        ),
        (
            "The tenant said the agency would wait for the survey before saying anything.",
            [("statement", "The tenant"), ("non_response", "the agency")],
        ),
        (
            "The principal, Mara Sund, said the college would not comment.",
            [("statement", "The principal, Mara Sund"), ("non_response", "the college")],
        ),
    ],
    ids=["wait-before-saying", "speak-once", "not-comment", "reopen", "tenant", "no-owner"],
)
def test_a_role_that_names_its_own_body_again(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
