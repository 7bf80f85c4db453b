"""Readings review49b mended, each with counter-examples that stay. Every sentence is
invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _said(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.source) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day after an unreturned message still ends the silence's clause
        (
            "E-mails to the office were not returned on Friday.",
            [("non_response", "the office")],
        ),
        (
            "Calls to the harbour board were not returned Tuesday.",
            [("non_response", "the harbour board")],
        ),
        (
            "Messages left for the mayor were not returned on Sunday, and the council met.",
            [("non_response", "the mayor")],
        ),
        # counter-examples: things given back, no party named, and a clause that goes on
        ("The remains of the two sailors were not returned on Friday.", []),
        ("Calls were not returned on Friday.", []),
        ("Calls to the ministry were not returned on Friday to the families who waited.", []),
    ],
)
def test_an_unreturned_message_on_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office whose task is to tell, silent after a clause joined by "and"
        (
            "The fire gutted the depot and investigators have not yet released a description of"
            " the suspect.",
            [("non_response", "investigators")],
        ),
        (
            "The man was pulled from the river and the coroner did not say how he died.",
            [("non_response", "the coroner")],
        ),
        # counter-examples: a text and an event, which no one asks
        ("The fire gutted the depot and the report did not give a breakdown.", []),
        ("The storm passed and the rulebook does not say what happens next.", []),
    ],
)
def test_an_office_silent_after_and(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "hung up" after a question put in its sentence
        ("Asked about the fine, the mayor hung up.", [("non_response", "the mayor")]),
        ("Reached by phone on Monday, Ana Fell hung up.", [("non_response", "Ana Fell")]),
        (
            "When asked about the lease, the landlord hung up; the tenants left.",
            [("non_response", "the landlord")],
        ),
        # counter-examples: no question put, and a coat hung up
        ("The mayor hung up.", []),
        ("She listened for a minute and hung up.", []),
        ("Asked about the fine, the mayor hung up his coat.", []),
    ],
)
def test_hung_up_after_a_question(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party that left to avoid the press, or walked off from its questions
        (
            "The minister slipped out by a back door to avoid the press.",
            [("non_response", "The minister")],
        ),
        (
            "The coach left through a side exit to avoid the waiting cameras.",
            [("non_response", "The coach")],
        ),
        (
            "The minister walked away from reporters without answering questions.",
            [("non_response", "The minister")],
        ),
        (
            "The warden walked quickly away without answering reporters' questions.",
            [("non_response", "The warden")],
        ),
        # counter-examples: the press of a crowd, fans avoided, traffic avoided
        ("She slipped out early to avoid the press of the crowd.", []),
        ("The band slipped out by a back door to avoid the fans.", []),
        ("Drivers left early to avoid the traffic.", []),
    ],
)
def test_left_to_avoid_the_press(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle's reported clause with no "that": a subject and its auxiliary
        (
            "The colonel added a second, saying the first had been lost.",
            [("statement", "The colonel")],
        ),
        ("The farmer waved, saying his cattle were safe.", [("statement", "The farmer")]),
        # counter-examples: no words reported, an object described, and an object alone
        ("The driver fled, telling no one.", []),
        ("The colonel left, thanking the staff who had helped.", []),
        ("The colonel bowed, saying the words of the prayer.", []),
    ],
)
def test_a_participle_clause_without_that(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning joined by "and" to the same speaker's statement is one statement
        (
            "The mayor said the bridge would reopen and warned that traffic would be slow.",
            [("statement", "The mayor")],
        ),
        (
            "Ana Velt, the harbour chief, said the ferry was safe and warned that storms"
            " were coming.",
            [("statement", "Ana Velt, the harbour chief")],
        ),
        # counter-examples: another speaker warns, and a participle after "said" stays apart
        (
            "The mayor said the bridge would reopen and residents warned that traffic would"
            " be slow.",
            [("statement", "The mayor"), ("statement", "residents")],
        ),
        (
            "The mayor said the bridge would reopen, and the engineer warned that traffic"
            " would be slow.",
            [("statement", "The mayor"), ("statement", "the engineer")],
        ),
        (
            "The mayor said the bridge would reopen, adding that traffic would be slow.",
            [("statement", "The mayor"), ("statement", "The mayor")],
        ),
    ],
)
def test_said_and_warned_is_one_statement(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge then "and said", and a relative "which said" on the source of "according
        # to": one statement each
        (
            "The union accused the company of lying and said it would strike on Monday.",
            [("statement", "The union")],
        ),
        (
            "According to the Orvan Relief Agency, which said its staff were safe, the road"
            " was cut.",
            [("statement", "the Orvan Relief Agency")],
        ),
        # counter-examples: another speaker after the charge, and a second speaker later
        (
            "The union accused the company of lying and the company said it would sue.",
            [("statement", "The union"), ("statement", "the company")],
        ),
        (
            "The road was cut, according to the Orvan Relief Agency, and the mayor said the"
            " camp was full.",
            [("statement", "the Orvan Relief Agency"), ("statement", "the mayor")],
        ),
    ],
)
def test_accused_and_said_and_according_which_said(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _said(text) == expected


def test_the_charge_and_said_keeps_the_claimant() -> None:
    text = "The ministry accused rebels of shelling the town and said five people were killed."
    found = analyze(text)
    assert [(c.category, c.min, c.claimant) for c in found.claims] == [
        ("killed", 5, "The ministry")
    ]
    assert [a.source for a in found.attributions] == ["The ministry"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum pledged or promised is the pledging party's statement
        ("The governor pledged 5,000 pesos to each family.", [("statement", "The governor")]),
        ("The bank promised $2 million for the rebuilding.", [("statement", "The bank")]),
        (
            "The Tolvan Mining Company pledged 40,000 vorns in aid on Monday.",
            [("statement", "The Tolvan Mining Company")],
        ),
        # counter-examples: people pledged, a pledge to act, help with no sum, and "promised
        # that" stays AT01's
        ("The alliance pledged 300 troops to the mission.", []),
        ("The mayor pledged to rebuild the school.", []),
        ("The council pledged support for the families.", []),
        (
            "The governor promised that each family would get help.",
            [("statement", "The governor")],
        ),
    ],
)
def test_a_sum_pledged(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The governor promised that each family would get help.",
        "The governor pledged that each family would be paid.",
    ],
)
def test_promised_or_pledged_that_is_at01(text: str) -> None:
    assert [a.rule for a in analyze(text).attributions] == ["AT01"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text of words or figures read out is its reader's statement
        ("The registrar read out the figures on Tuesday.", [("statement", "The registrar")]),
        (
            "At the briefing, the health minister read out the latest figures.",
            [("statement", "the health minister")],
        ),
        ("The colonel read out a short statement.", [("statement", "The colonel")]),
        # counter-examples: a poem and a list of winners read out
        ("The girl read out a poem at the vigil.", []),
        ("The teacher read out the names of the winners.", []),
    ],
)
def test_figures_read_out(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's belief about a toll or a harm is its account
        ("The agency believes the toll will rise.", [("statement", "The agency")]),
        ("The ministry believes 40 people were killed.", [("statement", "The ministry")]),
        # counter-examples: a body's belief of anything else, residents' belief, and a belief
        # inside a relative clause
        ("The office believes the plan will work.", []),
        ("The company believes sales will rise.", []),
        ("Many residents believe the toll is higher.", []),
        ("Officers arrested the man the agency believes killed two people.", []),
    ],
)
def test_a_body_believes_a_toll(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected
