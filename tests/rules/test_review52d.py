"""Readings the fifty-second session's review helper (review52d) added. Every sentence is
invented.

Anonymity told by a reason in a relative clause after the source: a name kept "out of the
report", "only if her name was left out", staff "barred from talking to the press", a source
who "might be moved to a far post for talking to reporters" (one statement, the source's, not
a second one for the reason). A name kept "on the ballot", or a move "abroad for treatment",
marks nothing.

Sources: a present participle after the noun of an appositive ("Ivo Marten, 33, a nurse
travelling with her sons") opens a reduced relative clause and is cut from the source as a
relative clause is, in a subject before its verb (an inverted source after "said" keeps it:
the real-news gate annotates it whole). Kept: an appositive's place ("a building
manager in Velk"), a noun in "-ing" ("head of training at"), people told by a participle with
no comma ("Villagers fleeing the fighting said").

A time phrase that opens a clause with no comma ("Late on Sunday it revised the figure,
saying") is no subject: the subject of "saying" is the one after it, a body's "it" (told by
the body named before) or a real subject ("Late on Sunday the coast guard revised ...").

One speaker, two verbs: a toll put after "said" ("said ..., and put the number of dead at
37") and an "asked" joined to a statement ("said ... and asked residents to give blood") are
the one statement, "said". Two speakers in one sentence stay two.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _statements(text: str) -> list[tuple[str, str, bool]]:
    return [
        (a.source or "", a.cue, a.anonymous)
        for a in analyze(text).attributions
        if a.kind == "statement"
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The senior midwife at the clinic, who agreed to an interview only if her name was "
            "withheld, as midwives there are forbidden to speak with journalists, said the "
            "generator failed.",
            "The senior midwife at the clinic",
        ),
        (
            "The night porter, who kept his name out of the paper for fear of being sacked, "
            "said four people were hurt.",
            "The night porter",
        ),
        (
            "The deputy clerk at the land registry, who said he might be transferred to a "
            "distant district for speaking to journalists, said the files were burned.",
            "The deputy clerk at the land registry",
        ),
        (
            "The head cook, who spoke to us since cooks at the canteen are barred from "
            "talking to reporters, said the gas line leaked.",
            "The head cook",
        ),
        (
            "A ferry mechanic, who said the depot may well be closing and he would be "
            "reassigned to Tolm for talking with the media, said the pumps failed.",
            "A ferry mechanic",
        ),
    ],
)
def test_a_reason_for_anonymity_after_the_source_marks_it_unnamed(text: str, source: str) -> None:
    assert _statements(text) == [(source, "said", True)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The head cook, who kept his name on the ballot, said the river rose.", "The head cook"),
        ("Dario Vela, who kept his name out of the story, said the river rose.", "Dario Vela"),
        ("The warden, who was barred from the hearing, said the river rose.", "The warden"),
    ],
)
def test_a_name_kept_elsewhere_marks_nothing(text: str, source: str) -> None:
    assert _statements(text) == [(source, "said", False)]


def test_a_move_abroad_for_treatment_is_no_reason() -> None:
    text = "The mayor's driver, who said he might be sent abroad for surgery, said the road shut."
    assert {s[2] for s in _statements(text)} == {False}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Passenger Ivo Marten, 33, a nurse travelling with her sons, said the bus swerved.",
            "Passenger Ivo Marten, 33, a nurse",
        ),
        (
            "Odile Brenn, a baker living above the shop, said the wall fell in.",
            "Odile Brenn, a baker",
        ),
        (
            "Stefan Lusk, 61, a retired pilot returning from the market, told reporters the "
            "bridge shook.",
            "Stefan Lusk, 61, a retired pilot",
        ),
    ],
)
def test_a_participle_in_an_appositive_is_cut_from_the_source(text: str, source: str) -> None:
    assert [s for s, _, _ in _statements(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ana Ruiz, a building manager in Velk, said the wall fell in.",
            "Ana Ruiz, a building manager in Velk",
        ),
        (
            "Ana Ruiz, head of training at the academy, said the wall fell in.",
            "Ana Ruiz, head of training at the academy",
        ),
        ("Villagers fleeing the fighting said the wall fell in.", "Villagers fleeing the fighting"),
        ("The fire chief, Ana Ruiz, said the wall fell in.", "The fire chief, Ana Ruiz"),
    ],
)
def test_an_appositive_with_no_participle_stays_whole(text: str, source: str) -> None:
    assert [s for s, _, _ in _statements(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Orme Ferry Company said 30 people were on board. Late on Tuesday it raised "
            "the count, saying nine more passengers were missing.",
            "The Orme Ferry Company",
        ),
        (
            "The Velk Port Authority put the toll at 8. Early on Sunday it revised the figure, "
            "saying 11 people had drowned.",
            "The Velk Port Authority",
        ),
        (
            "The Velk Port Authority put the toll at 8. Late on Sunday the coast guard revised "
            "the figure, saying 11 people had drowned.",
            "the coast guard",
        ),
        (
            "Late on Sunday Velk Port Authority revised the figure, saying 11 people had drowned.",
            "Velk Port Authority",
        ),
    ],
)
def test_a_time_phrase_before_the_subject_is_no_source(text: str, source: str) -> None:
    assert _statements(text)[-1][:2] == (source, "saying")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("On Friday Ana Ruiz said 11 people had drowned.", [("Ana Ruiz", "said", False)]),
        ("The storm hit Velk. Late on Sunday it rained again, saying nothing.", []),
    ],
)
def test_a_time_phrase_gives_no_speaker_of_its_own(
    text: str, found: list[tuple[str, str, bool]]
) -> None:
    assert _statements(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "The governor, Ilse Varn, said the list missed two hamlets, and put the number of "
        "dead at 37.",
        "The harbour board said its divers had reached the hull and put the toll at 14.",
        "Doctors at the Orme clinic said they had run out of oxygen and asked residents to "
        "give blood.",
        "Volunteers said the shelter was full and asked people to stay home.",
        "The warden said the dam would hold and asked whether the sluices had been opened.",
    ],
)
def test_a_second_verb_of_one_speaker_is_the_same_statement(text: str) -> None:
    assert [(cue, kind) for _, cue, kind in _sources_cues(text)] == [("said", "statement")]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "The governor said the list missed two hamlets, and the mayor put the number of "
            "dead at 37.",
            ["The governor", "the mayor"],
        ),
        (
            "Doctors said they had run out of oxygen and the mayor asked residents to give blood.",
            ["Doctors", "the mayor"],
        ),
        ("Police asked anyone who saw the crash to call them.", ["Police"]),
    ],
)
def test_two_speakers_in_one_sentence_stay_two(text: str, sources: list[str]) -> None:
    assert [source for source, _, _ in _sources_cues(text)] == sources


def _sources_cues(text: str) -> list[tuple[str, str, str]]:
    return [(a.source or "", a.cue, a.kind) for a in analyze(text).attributions]
