"""review47b: a company's "Inc." before a new sentence, "eliminated" troops that are no
enemy's, and an answer put off that is no press answer."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Four workers were injured at a depot owned by Brantley Logistics Corp. "
            "Officials said the fire began in a loading bay.",
            "Officials",
        ),
        (
            "Three drivers were hurt, said a spokeswoman for Tallis Freight Inc. "
            "The drivers were taken to hospital.",
            "a spokeswoman for Tallis Freight Inc",
        ),
        (
            "Seven miners were killed, according to Rowan Mining Corp. "
            "The company did not say how.",
            "Rowan Mining Corp",
        ),
    ],
)
def test_a_company_word_before_a_new_sentence_ends_it(text: str, source: str) -> None:
    sources = [a.source for a in analyze(text).attributions]
    assert sources[0] == source


@pytest.mark.parametrize(
    "text",
    [
        "The reform eliminated 400 soldiers from the payroll.",
        "The budget cuts eliminated 3,000 troops and 200 officers.",
        "Three of the soldiers were eliminated from the competition.",
    ],
)
def test_troops_eliminated_are_killed_only_as_an_enemy(text: str) -> None:
    assert [c for c in analyze(text).claims if c.category == "killed"] == []


@pytest.mark.parametrize(
    "text",
    [
        "She said the team would respond later in the match.",
        "The rebels said they would respond in due course to any attack.",
        "The army said its troops would respond later if attacked.",
    ],
)
def test_a_response_put_off_that_is_no_answer_is_no_silence(text: str) -> None:
    assert [a.kind for a in analyze(text).attributions] == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of the two soldiers were not returned, the army said.",
        "Three hostages were not returned.",
        "Six of the seized fishing boats were not returned, officials said.",
    ],
)
def test_things_not_returned_are_no_silence(text: str) -> None:
    assert [a for a in analyze(text).attributions if a.kind == "non_response"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The statistics office has not issued an updated estimate of growth.",
        "The company has not issued revised figures for its quarterly sales.",
    ],
)
def test_a_business_figure_not_issued_is_no_silence(text: str) -> None:
    assert [a for a in analyze(text).attributions if a.kind == "non_response"] == []
