"""Readings the eighteenth session's lead added. Every sentence is invented.

A figure set again by someone who revises it names its claimant: "The ministry raised the
death toll to 52", "officials revised it down to 38", "put it at 38" (AT14, AT08).
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claimed(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.claimant) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The interior ministry raised the death toll to 52 on Monday evening.",
            [("killed", 52, "The interior ministry")],
        ),
        (
            "By Thursday the coastguard had lowered its estimate of the missing to 20.",
            [("missing", 20, "the coastguard")],
        ),
        (
            "Health officials revised the overall toll down to 38 after a recount at the"
            " district morgue.",
            [("killed", 38, "Health officials")],
        ),
        (
            "The death toll from the mudslide was 30; the disaster agency later corrected it"
            " to 28.",
            [("killed", 30, "the disaster agency"), ("killed", 28, "the disaster agency")],
        ),
    ],
)
def test_a_revised_figure_names_who_revised_it(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _claimed(text) == expected


def test_put_it_at_names_its_claimant_in_the_next_sentence() -> None:
    text = "The death toll rose to 41 on Sunday. Provincial officials later put it at 38."
    assert _claimed(text)[-1] == ("killed", 38, "Provincial officials")


@pytest.mark.parametrize(
    "text",
    [
        "The governor put it at the top of the agenda for the spring session.",
        "The council raised it to a vote on Tuesday after a long debate.",
        "The mayor raised it at 9 a.m. on Monday with the harbour board.",
        "The bakery raised its price to five dollars a loaf.",
    ],
)
def test_no_statement_when_no_figure_is_set(text: str) -> None:
    assert [a.rule for a in analyze(text).attributions] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "bodies" as organisations are no dead
        ("Three regulatory bodies had objected to the takeover of the port.", []),
        ("The sport's two governing bodies met in Lausanne on Friday.", []),
        ("Divers recovered two bodies from the flooded quarry.", [("killed", 2)]),
        # a toll's figure before its count noun (CB108)
        (
            "Tuesday's raid brought to 19 the number of civilians killed since the truce"
            " collapsed.",
            [("killed", 19)],
        ),
        # "brought in with injuries" tells of the hurt
        ("Surgeons said 14 people had been brought in with bullet wounds.", [("wounded", 14)]),
        # an inverted "among" clause keeps its figure from the next clause's cue
        (
            "Among the passengers were eight children, and 12 people were treated for burns.",
            [("wounded", 12)],
        ),
        # "being" and "still" between a part and its verb (CB18)
        (
            "Five of the survivors were still being treated at the island clinic.",
            [("wounded", 5)],
        ),
        # "found ... alive" with its object between (CB54)
        ("Cavers said they had found seven more students alive.", [("rescued", 7)]),
        # five words between "taken" and "prisoner"
        (
            "The militia said it had taken at least 30 police officers prisoner.",
            [("captured", 30)],
        ),
        # "by" after a passive cue names the agent
        ("The airline said it would not be taken hostage by one union's demands.", []),
        # the number of a name is no count between a figure and its verb
        ("Four welders at Dock 7 were injured when a crane fell.", [("wounded", 4)]),
    ],
)
def test_claims_read_in_the_eighteenth_session(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == expected


def test_a_running_tally_is_no_key_figure() -> None:
    from crosswire.divergence.background import RUNNING_TALLY

    claims = analyze(
        "A gunman killed two men on Elm Street, bringing to 31 the number of people killed in"
        " the city this month."
    ).claims
    assert [(c.rule, c.min) for c in claims if c.rule == RUNNING_TALLY] == [("CB108", 31)]


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Crowds estimated at 12,000 filled the square.", []),
        ("Police estimated at least 2,000 people took part.", ["AT01"]),
        ("The navy gave no figure for its own losses.", ["AT05"]),
        ("The coastguard did not say why the patrol boat was late.", ["AT05"]),
        ("The donation gave no details away.", []),
        # a place adverb between the speaker and the verb
        ("A nurse there said the ward had run out of beds.", ["AT01"]),
        ("Fishermen here say the catch has halved.", ["AT01"]),
    ],
)
def test_attributions_read_in_the_eighteenth_session(text: str, rules: list[str]) -> None:
    assert [a.rule for a in analyze(text).attributions] == rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's name set off after a role is no listed victim (CB30)
        (
            "Among the injured was Tove Lind, a cameraman for Radio Orsk, who was hit by a"
            " stone, his producer, Ada Brell, said.",
            [("wounded", 1, "Tove Lind")],
        ),
        # the person's name after a body named with "the" (CB12), hurt in a limb
        (
            "A driver for the Orsk Ferry Company, Ivo Salm, was shot in the arm on Friday.",
            [("wounded", 1, "Ivo Salm")],
        ),
        ("Lida Marr, 41, was shot in the hand outside her shop.", [("wounded", 1, "Lida Marr")]),
    ],
)
def test_named_victims_read_in_the_eighteenth_session(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(c.category, c.min, c.figure_text) for c in analyze(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a non-response coordinated after another verb keeps the clause's subject
        ("The governor toured the camp but declined to say how many had died.", "The governor"),
        ("The minister praised the crews and declined to comment.", "The minister"),
        # an introductory phrase is no subject of a coordinated verb
        (
            "After the vote, the senator thanked her staff and said the count was fair.",
            "the senator",
        ),
        ("As is the custom, the court gave no reasons and did not say how it voted.", "the court"),
    ],
)
def test_the_subject_of_a_coordinated_verb(text: str, source: str | None) -> None:
    sources = [a.source for a in analyze(text).attributions]
    assert sources == ([source] if source else [])
