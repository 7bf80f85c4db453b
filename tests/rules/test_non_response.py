"""Non-responses: who did not answer, and phrases that are not non-responses."""

from __future__ import annotations

import pytest

from rules.attribution import find_attributions
from rules.text import Document


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ministry did not immediately reply.", "The ministry"),
        ("The army did not respond to a request for comment.", "The army"),
        ("Volkov did not respond to a request for comment from Reuters.", "Volkov"),
        ("A spokesman for the port authority declined to comment.",
         "A spokesman for the port authority"),
        ("The governor's office could not be reached for comment.", "The governor's office"),
        ("The company had no immediate comment.", "The company"),
        ("The Kremlin has not commented on the reports.", "The Kremlin"),
        ("The police referred questions to the prosecutor.", "The police"),
        ("The navy has not officially acknowledged the loss.", "The navy"),
        ("The ministry declined to say how many soldiers died.", "The ministry"),
        ("The mayor would not comment on the figures.", "The mayor"),
        ("Officials did not return calls seeking comment.", "Officials"),
        (
            "The Russian Defence Ministry, which didn't immediately comment, has denied it.",
            "The Russian Defence Ministry",
        ),
        ("There was no immediate comment from the army.", "the army"),
    ],
    ids=[
        "did-not-reply", "did-not-respond", "from-reuters", "declined", "not-reached",
        "no-immediate-comment", "has-not-commented", "referred-questions", "not-acknowledged",
        "declined-to-say", "would-not-comment", "did-not-return-calls", "relative-which",
        "no-comment-from",
    ],
)  # fmt: skip
def test_non_response(text: str, source: str) -> None:
    found = [a for a in find_attributions(Document(text)) if a.kind == "non_response"]
    assert [a.source for a in found] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "The committee will comment on the report next week.",
        "He commented that the figures were low.",
        "Residents responded quickly to the alarm.",
    ],
    ids=["will-comment", "commented", "responded-quickly"],
)
def test_not_a_non_response(text: str) -> None:
    assert [a for a in find_attributions(Document(text)) if a.kind == "non_response"] == []


def test_participial_aside_between_party_and_phrase() -> None:
    text = "Oskaria's defence ministry, asked about the figure, declined to comment."
    found = find_attributions(Document(text))
    assert [(a.source, a.kind) for a in found] == [("Oskaria's defence ministry", "non_response")]


def test_has_not_replied() -> None:
    found = find_attributions(Document("Ramos said the mayor has not replied to his requests."))
    assert ("the mayor", "non_response") in [(a.source, a.kind) for a in found]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The sheriff's office has not released the driver's name.", "The sheriff's office"),
        ("Deputies have not released her name until her family is told.", "Deputies"),
        ("The brigade did not release a death toll.", "The brigade"),
        ("The army does not publish its own losses.", "The army"),
        ("The ministry did not provide a death toll for the raid.", "The ministry"),
        ("The clinic was unable to say whether anyone had been hurt.", "The clinic"),
    ],
)
def test_withheld_names_figures_and_losses(text: str, source: str) -> None:
    found = [a for a in find_attributions(Document(text)) if a.kind == "non_response"]
    assert [a.source for a in found] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "The report did not give a breakdown by age.",
        "The survey does not publish its figures until May.",
        "He was unable to walk after the fall.",
        "The company has not given a date for the reopening.",
    ],
)
def test_a_text_or_a_plain_inability_is_no_silent_party(text: str) -> None:
    assert [a for a in find_attributions(Document(text)) if a.kind == "non_response"] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Neither the coroner nor the school would say how the boy died.",
            "Neither the coroner nor the school",
        ),
        ("No one at the consulate would comment on the arrests.", "No one at the consulate"),
        ("Neither airline would confirm the number of passengers.", "Neither airline"),
    ],
)
def test_no_one_would_comment_is_a_refusal(text: str, source: str) -> None:
    found = [(a.source, a.kind) for a in find_attributions(Document(text))]
    assert found == [(source, "non_response")]


@pytest.mark.parametrize(
    "text",
    [
        "The coroner would comment on the case only after the inquest.",
        "Asked whether she would comment, the judge smiled.",
        "The mayor would say only that the talks were useful.",
    ],
)
def test_a_party_that_would_comment_is_no_refusal(text: str) -> None:
    assert [a for a in find_attributions(Document(text)) if a.kind == "non_response"] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Deputies have not released the drivers' names.", "Deputies"),
        ("The bureau declined to release the footage.", "The bureau"),
        ("The school district declined to name the teacher.", "The school district"),
    ],
)
def test_withheld_names_and_records(text: str, source: str) -> None:
    found = [(a.source, a.kind) for a in find_attributions(Document(text))]
    assert found == [(source, "non_response")]


def test_a_speaker_who_would_not_identify_herself_made_a_statement() -> None:
    found = find_attributions(
        Document("A neighbour who declined to identify herself said the dogs barked all night.")
    )
    assert [(a.source, a.kind, a.anonymous) for a in found] == [("A neighbour", "statement", True)]


@pytest.mark.parametrize(
    "text",
    [
        "The magistrate declined to release the accused on bail.",
        "The club declined to release its goalkeeper before the final.",
        "The board declined to name a new chairman this year.",
        "The mayor declined to name names.",
        "Neither scan could confirm a fracture.",
        "None of the surveys could say who would win.",
        "Neither senator would say that in public.",
        "No one at the firm would say the audit was wrong, but staff did.",
        "Neither side would comment if the talks broke down, the envoy warned.",
    ],
)
def test_acts_and_reports_of_what_nobody_said_are_no_refusals(text: str) -> None:
    assert [a for a in find_attributions(Document(text)) if a.kind == "non_response"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies have not named the two drivers or said why the van was stopped.",
            [("Deputies", "non_response")],
        ),
        (
            "The ministry has not commented or said how many soldiers died.",
            [("The ministry", "non_response")],
        ),
        # "and" does not carry the negation: the second verb is a statement
        ("The mayor did not attend and said he was ill.", [("The mayor", "statement")]),
        (
            "Deputies named the two drivers and said the van was stolen.",
            [("Deputies", "statement")],
        ),
    ],
)
def test_a_negation_carries_over_or_to_the_verb_of_saying(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = find_attributions(Document(text))
    assert [(a.source, a.kind) for a in found] == expected
