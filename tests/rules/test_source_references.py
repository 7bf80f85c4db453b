"""Who a relative pronoun, an "it" or a document stands for, and which sources are unnamed."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(a.source, a.cue, a.kind) for a in analyze(text).attributions]


def test_which_after_a_clause_hangs_on_the_nearest_noun() -> None:
    text = (
        "A clerk at the county office sent reporters to the sheriff, which did not answer "
        "calls on Sunday."
    )
    assert ("the sheriff", "did not answer", "non_response") in _found(text)


def test_which_after_a_passive_agent_is_the_agent() -> None:
    text = "The strike was confirmed by the interior ministry, which said 12 people died."
    assert ("the interior ministry", "said", "statement") in _found(text)


def test_which_after_an_appositive_subject_keeps_the_subject() -> None:
    text = "Ana Ruiz, a spokeswoman for Velk Energy, which owns the plant, said it was safe."
    assert _found(text) == [("Ana Ruiz, a spokeswoman for Velk Energy", "said", "statement")]


def test_a_name_after_a_relative_clause_is_the_source() -> None:
    text = "A trustee who lives near the school, Ida Lenz, said she would ask for lights."
    found = analyze(text).attributions
    assert [(a.source, a.anonymous) for a in found] == [("Ida Lenz", False)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ministry said 12 died. It added that the toll could rise.", "The ministry"),
        ("The army said 12 died. On Friday it had put the number of dead at nine.", "The army"),
        (
            "The ferry's owner, Blue Line Shipping, said the boat was inspected. It did not "
            "respond to questions about the crew.",
            "Blue Line Shipping",
        ),
    ],
)
def test_it_stands_for_the_body_that_spoke_before(text: str, source: str) -> None:
    assert _found(text)[-1][0] == source


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The audit found that 40 files were missing.", "The audit", "found"),
        (
            "A survey published on Monday by Orsel University showed the mayor ahead by nine.",
            "A survey published on Monday by Orsel University",
            "showed",
        ),
        (
            "A survey by the Velk Institute in June found that most voters opposed the plan.",
            "A survey by the Velk Institute in June",
            "found",
        ),
        ("The study, which the ministry paid for, found no link.", "The study", "found"),
        ("An autopsy found that the man died of a single wound.", "An autopsy", "found"),
    ],
)
def test_a_document_finds_or_shows(text: str, source: str, cue: str) -> None:
    assert _found(text) == [(source, cue, "statement")]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers found two bodies in the rubble on Sunday.",
        "Police found the stolen car near the river.",
    ],
)
def test_finding_a_thing_reports_nothing(text: str) -> None:
    assert _found(text) == []


def test_a_document_seen_by_an_outlet_is_the_via_of_its_finding() -> None:
    text = "The audit found 40 missing files, according to a copy reviewed by the Ledger."
    assert [(a.source, a.via) for a in analyze(text).attributions] == [("The audit", "the Ledger")]


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the decree gives police a free hand.",
        "One adviser said the campaign was adrift.",
        "Analysts say the bill will pass.",
        "The Orlov family said he loved the sea.",
    ],
)
def test_people_quoted_for_an_opinion_without_a_name_are_anonymous(text: str) -> None:
    assert [a.anonymous for a in analyze(text).attributions] == [True]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Detectives have not said what prompted the attack.", "non_response"),
        ("The senator did not directly address the allegations.", "non_response"),
        ("Prime Minister Ana Ruiz declared war on the gangs in 2024.", None),
        ("A clerk said the man had argued with another customer.", "statement"),
    ],
)
def test_silences_acts_and_quarrels(text: str, kind: str | None) -> None:
    kinds = [k for _, c, k in _found(text) if c != "argued"]
    assert kinds == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('Brask called the ruling "a victory for common sense" on Tuesday.', True),
        ("The mayor called for calm after the verdict.", False),
        ('A group called "Parents for Velk" organised the march.', False),
        ('The minister condemned what she called a "brazen breach" of the truce.', False),
        ("Radio hosts spent the morning taking calls from angry listeners.", False),
    ],
)
def test_called_with_a_quoted_verdict(text: str, found: bool) -> None:
    assert any(c == "called" for _, c, _ in _found(text)) is found


def test_she_takes_a_surname_named_in_full_before() -> None:
    text = (
        "Governor Ilse Marek's office is weighing a cabinet change, aides said. Marek did not "
        'comment on the reports on Monday. "We are focused on the budget," she said.'
    )
    assert analyze(text).attributions[-1].source == "Marek"


def test_he_does_not_take_a_source_the_text_calls_a_spokeswoman() -> None:
    text = (
        "Deputy Mayor Karl Brenner, 61, said the vote was a mistake. A spokeswoman, Dana Ruiz, "
        'said the city would appeal. "It is over," he said.'
    )
    assert analyze(text).attributions[-1].source == "Deputy Mayor Karl Brenner"


def test_a_pronoun_skips_a_name_of_the_other_gender() -> None:
    text = (
        "Lena Ostrova said the plan was sound. Mr. Tomas Varga said it would fail. "
        '"Trust me," she added.'
    )
    assert analyze(text).attributions[-1].source == "Lena Ostrova"


def test_a_pronoun_once_resolved_keeps_its_gender() -> None:
    text = (
        'Ivo Marek said the bridge fell. Dana Ruiz said the road was shut. "We ran," she '
        "said. He said 3 people died."
    )
    assert [a.source for a in analyze(text).attributions][-2:] == ["Dana Ruiz", "Ivo Marek"]
