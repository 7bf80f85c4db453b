"""Readings the fifty-first session's lead added. Every sentence is invented.

Claims: a part of a toll given by what befell it, with no noun of its own ("including three
who died in hospital", CB33). A count of people "of" a number of places ("900 residents of two
villages were evacuated") reaches its verb past the places' figure. "N of the bodies" before
"by" a date is a part of the dead (CB43).

Deployments: a force that "surrounded", "encircled", "sealed off" or "cordoned off" a place
(as one that "retook" it); not fans or reporters around a bus or a minister. Sailors and
marines in numbers at a search ("200 sailors were combing the bay").

Silences: "said on Tuesday evening that it would not comment" (a time or a medium before the
"that") is the body's silence, as "said it would not comment"; questions "passed" or "handed"
on to another body.

Statements: a bulletin, a report or a body that "listed" (or "lists") a number of the dead
states it, as one that "recorded" or "counted" them (AT42); a list of anything else ("listed
his reasons", "is listed on the exchange") is no statement. "The union said its own count put
the toll at 17" is one statement, the union's (no second one by "its own count", AT08).
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _statements(text: str) -> list[tuple[str, str]]:
    return [(a.source or "", a.cue) for a in analyze(text).attributions if a.kind == "statement"]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The council's monthly bulletin listed 17 deaths on the ring road.",
            "The council's monthly bulletin",
            "listed",
        ),
        ("The weekly bulletins listed nine dengue deaths.", "The weekly bulletins", "listed"),
        ("The coroner's report lists 12 deaths among the crew.", "The coroner's report", "lists"),
        ("Hospital records listed 44 injuries from the blast.", "Hospital records", "listed"),
    ],
)
def test_a_document_that_lists_the_dead_states_the_count(text: str, source: str, cue: str) -> None:
    assert (source, cue) in _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "He listed his reasons for leaving the club.",
        "The company is listed on the Varna stock exchange.",
        "The town listed 23 homicides last year.",
        "The magazine listed 10 deadly sins of the trade.",
    ],
)
def test_a_list_of_anything_else_is_no_statement(text: str) -> None:
    assert _statements(text) == []


def _silences(text: str) -> list[tuple[str, str]]:
    return [(a.source or "", a.cue) for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The harbour board said on Tuesday evening that it would not comment on the fire.",
            "The harbour board",
            "would not comment",
        ),
        (
            "The airline said in a statement that it would not comment on the crash.",
            "The airline",
            "would not comment",
        ),
        (
            "The interior ministry said it had passed all questions about the raid to the army.",
            "The interior ministry",
            "passed all questions about the raid to",
        ),
        (
            "The mill handed every query on the toll to the labour inspectors.",
            "The mill",
            "handed every query on the toll to",
        ),
    ],
)
def test_a_body_that_says_it_will_not_answer_or_passes_questions_on(
    text: str, source: str, cue: str
) -> None:
    assert _silences(text) == [(source, cue)]
    assert _statements(text) == []  # the one verb of saying carries the silence


@pytest.mark.parametrize(
    "text",
    [
        "The coach handed all questions out to the players before the quiz.",
        "The harbour board said on Tuesday that its crews had put out the fire.",
    ],
)
def test_no_silence_without_a_question_left_unanswered(text: str) -> None:
    assert _silences(text) == []


def test_a_statement_that_goes_on_past_the_silence_stays() -> None:
    text = "The board said on Monday that it would not comment, but that nine had died."
    assert _silences(text) == [("The board", "would not comment")]
    assert _statements(text) == [("The board", "said")]


def _deployed(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.min, c.group) for c in analyze(text).claims if c.category == "deployed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 350 soldiers and police officers had surrounded the depot by dawn.",
            [(350, "soldiers")],
        ),
        ("Some 120 officers sealed off the market on Sunday.", [(120, "officers")]),
        ("More than 600 troops encircled the border town.", [(600, "troops")]),
    ],
)
def test_a_force_that_closes_in_on_a_place_is_deployed(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _deployed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of fans surrounded the team bus.",
        "About 40 reporters surrounded the minister as he left.",
        "Nearly 1,000 people surrounded the police station.",
    ],
)
def test_a_crowd_around_someone_is_no_deployment(text: str) -> None:
    assert _deployed(text) == []


def _claims(text: str) -> list[tuple[str, float | None, str | None, str]]:
    return [(c.category, c.min, c.group, c.rule) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Sixteen miners died, including four who died after reaching the surface.",
            ("killed", 4, None, "CB33"),
        ),
        (
            "Eleven people were hurt, including two who were flown to the capital.",
            ("wounded", 2, None, "CB33"),
        ),
    ],
)
def test_a_part_told_by_what_befell_it(text: str, part: tuple[str, float, None, str]) -> None:
    assert part in _claims(text)


def test_a_part_of_no_casualty_count_stays_out() -> None:
    assert _claims("The storm damaged 40 homes, including 12 who lost roofs.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 700 residents of three hamlets were evacuated.", ("evacuated", 700)),
        ("At least 22 passengers of two buses were killed.", ("killed", 22)),
    ],
)
def test_people_of_counted_places_reach_their_verb(text: str, expected: tuple[str, float]) -> None:
    assert [(c.category, c.min) for c in analyze(text).claims] == [expected]


def test_a_part_of_a_whole_is_no_place() -> None:
    assert analyze("Thirty of 40 buses were destroyed.").claims == ()


def test_the_speakers_own_count_is_no_second_speaker() -> None:
    assert _statements("The union said its own count put the toll at 17.") == [
        ("The union", "said")
    ]
    assert ("doctors", "put the toll at") in _statements(
        "The union said doctors put the toll at 17."
    )


def test_a_navy_search_party_is_deployed() -> None:
    assert _deployed("About 300 sailors were still combing the strait, the navy said.") == [
        (300, "sailors")
    ]
    assert _deployed("Five sailors were combing their hair.") == []


def test_a_part_of_the_bodies_before_a_date() -> None:
    assert _claims("Families had identified 14 of the bodies by Sunday evening.") == [
        ("killed", 14, None, "CB43")
    ]
