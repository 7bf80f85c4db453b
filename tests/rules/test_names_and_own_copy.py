"""Words that look like a reporting verb or its speaker but are not: a capitalised place name
after a lower-case word ("fled Tell Hamra"), and the outlet's own earlier copy in a
correction ("A previous version of this story said"). Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _statements(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions if a.kind == "statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Villagers said hundreds of families had fled Tell Karsa overnight.",
            [("Villagers", "said")],
        ),
        ("The army said it had retaken Tell Varn on Monday.", [("The army", "said")]),
        # a headline in title case keeps its verb: the word before is capitalised too
        ("Police Say Three Killed In Orme Crash", [("Police", "Say")]),
    ],
)
def test_a_capitalised_verb_after_a_lower_case_word_is_a_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Correction: A previous version of this story said the Orme bridge opened in 1962.",
        "An earlier version of this article said the mayor had resigned.",
    ],
)
def test_the_outlets_own_earlier_copy_is_no_source(text: str) -> None:
    assert _statements(text) == []


def test_a_version_of_someone_elses_report_still_speaks() -> None:
    text = "A version of the report seen by the Dalsk Courier said 40 people had died."
    assert [s for s, _ in _statements(text)] == [
        "A version of the report seen by the Dalsk Courier"
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a title-case headline's second verb after "and" keeps its capital
        ("Orme Mayor Urges Calm and Says Toll Will Rise", "Says"),
        # a verb in capitals for emphasis is still the verb
        ("police SAID three people were killed in the Dalsk blast.", "SAID"),
    ],
)
def test_a_capitalised_verb_that_is_still_the_verb(text: str, cue: str) -> None:
    assert [c for _, c in _statements(text)] == [cue]


def test_a_version_of_another_bodys_report_speaks() -> None:
    text = "A leaked version of the report said 40 people died in the Kessa camp."
    assert [s for s, _ in _statements(text)] == ["A leaked version of the report"]


@pytest.mark.parametrize(
    "text",
    [
        "The cause of death was confirmed by a post-mortem examination in Dalsk.",
        "The two deaths were confirmed by DNA tests on Friday.",
    ],
)
def test_a_test_that_confirms_is_no_speaker(text: str) -> None:
    assert _statements(text) == []


def test_a_document_that_speaks_keeps_its_source() -> None:
    assert _statements("The ministry's analysis said 40 people died in Orme.") == [
        ("The ministry's analysis", "said")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Dalsk disputed the toll.", [("Police in Dalsk", "disputed")]),
        (
            "The government rejected the findings of the Orme inquiry.",
            [("The government", "rejected")],
        ),
        # "claims" after a verb is its object, no second statement
        (
            "The army rejected claims that 40 civilians were killed in Tavel.",
            [("The army", "rejected")],
        ),
        ("The army denied claims that 40 civilians were killed.", [("The army", "denied")]),
        # an adjective is no verb
        ("The clashes broke out in the disputed border region of Varn.", []),
    ],
)
def test_an_answer_to_a_claim_is_a_statement(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


def test_a_ruling_that_rejects_is_no_statement() -> None:
    assert (
        _statements("The appeals court in Dalsk rejected the owner's bid to reopen the mill.") == []
    )
