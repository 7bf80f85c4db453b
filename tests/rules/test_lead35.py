"""Readings the thirty-fifth session's lead added. Every sentence is invented.

Attributions: refusals in more words ("sidestepped a question", "gave no answer", "kept
silent on whether", "would not put a figure on"), a subject "asked whether ..." in an aside
is no speaker, and a reporting verb inside an unnamed source's reason for anonymity is no
statement of its own.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _attributions(text: str) -> list[tuple[str, str, str, bool]]:
    return [(a.kind, a.source, a.cue, a.anonymous) for a in analyze(text).attributions]


def _nr(source: str, cue: str) -> list[tuple[str, str, str, bool]]:
    return [("non_response", source, cue, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The water board let the question sit unanswered for a week.",
            _nr("The water board", "let the question sit unanswered"),
        ),
        ("The autopsy let the question sit unanswered.", []),
        (
            "The stadium trust turned away every question about ticket sales.",
            _nr("The stadium trust", "turned away every question"),
        ),
        ("The club turned away 200 fans at the gate.", []),
        (
            "The mill owner has given no account of whether the boiler was inspected.",
            _nr("The mill owner", "given no account"),
        ),
        (
            "The ferry company sent back no reply to questions about the manifest.",
            _nr("The ferry company", "sent back no reply"),
        ),
        (
            "The governor sidestepped a question about the levees.",
            _nr("The governor", "sidestepped a question"),
        ),
        ("Police have not named any of the dead.", _nr("Police", "have not named any of the dead")),
        (
            "The refinery's owners kept silent on whether the valve had failed.",
            _nr("The refinery's owners", "kept silent"),
        ),
        (
            "The ministry remained tight-lipped about its losses.",
            _nr("The ministry", "remained tight-lipped"),
        ),
        (
            "A spokeswoman for the port would not put a figure on the damage.",
            _nr("A spokeswoman for the port", "would not put a figure"),
        ),
        (
            "The school board would not say on Friday whether the gate had been locked.",
            _nr("The school board", "would not say on Friday"),
        ),
    ],
)
def test_more_refusals(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party asked is in an aside; it says nothing by being asked
        (
            "The Interior Ministry, asked whether its police had fired first, declined to comment.",
            _nr("The Interior Ministry", "declined to comment"),
        ),
        (
            "The mayor, asked about the levees, said the city would rebuild them.",
            [("statement", "The mayor", "said", False)],
        ),
        # a question asked is still a statement
        (
            "The mayor asked whether the levees would hold.",
            [("statement", "The mayor", "asked", False)],
        ),
    ],
)
def test_asked_in_an_aside(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _attributions(text) == expected


def test_a_reason_for_anonymity_holds_no_statement() -> None:
    text = (
        "Two port officials, who would speak only if they were not named because the harbour "
        "master alone announces casualty figures, said at least nine dockers had been killed."
    )
    found = analyze(text)
    assert _attributions(text) == [
        ("statement", "Two port officials", "said", True),
    ]
    assert [(c.category, c.min, c.claimant) for c in found.claims] == [
        ("killed", 9, "Two port officials")
    ]


def test_a_named_speaker_keeps_the_statement_in_his_clause() -> None:
    text = (
        "Mayor Ilse Darrow, who said on Monday that the dam was safe, said on Tuesday that "
        "it had cracked."
    )
    assert [a.cue for a in analyze(text).attributions] == ["said", "said"]


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heat illness in hospital is a heat wave's hurt; a runner's is not
        (
            "Hospitals have admitted 2,140 people with heat-related illness since the start "
            "of the month, the ministry said.",
            [("wounded", 2140, "people")],
        ),
        (
            "Clinics took in 95 heatstroke patients on Sunday.",
            [("wounded", 95, "heatstroke patients")],
        ),
        ("Medics at the marathon treated 40 runners for heat exhaustion.", []),
        ("Two players were taken to hospital with heat exhaustion after the match.", []),
        # an age of a part of the dead, not a count
        ("Most of the dead were over 80 and had lived alone.", []),
        ("Nearly all of the injured were under 12.", []),
        ("The dead were over 300, the mayor said.", [("killed", 300, None)]),
    ],
)
def test_heat_illness_and_ages(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure of one's own given is a statement; with ", saying" the participle tells it
        ("The rebels gave a much higher figure.", [("statement", "The rebels", "gave", False)]),
        (
            "The ambulance service gave a lower toll, saying 11 people had died.",
            [("statement", "The ambulance service", "saying", False)],
        ),
        ("The donors gave a figure of speech its due.", []),
        # boasting that, in a medium between the verb and "that"
        (
            "The militia boasted in a video posted online that its men had taken the hill.",
            [("statement", "The militia", "boasted", False)],
        ),
        ("The club boasted a record crowd.", []),
        (
            "The governor promised in a letter that the bridge would reopen.",
            [("statement", "The governor", "promised", False)],
        ),
        # an appositive with a reduced relative clause; the outlet relays the station
        (
            "Radio Kest, a station run by the rebels, said the bridge had fallen.",
            [("statement", "Radio Kest, a station run by the rebels", "said", False)],
        ),
    ],
)
def test_figures_given_boasts_and_appositives(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert _attributions(text) == expected


def test_an_outlet_with_an_appositive_relays_its_source() -> None:
    text = (
        "The Varna Herald, a weekly printed in the capital, reported that 12 people had died, "
        "citing the district council."
    )
    [found] = analyze(text).attributions
    assert (found.source, found.via) == ("the district council", "The Varna Herald")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second review's sentences: no question was put, or a text has no voice
        ("Varna made no reply after the break and lost 3-0.", []),
        ("Kowal gave no answer to the serve and lost in straight sets.", []),
        ("The manual provides no explanation for the warning light.", []),
        ("The autopsy has not identified the victims.", []),
        ("Rebel claims in a video that surfaced on Sunday could not be verified.", []),
        ("The sculptor gave the figure a new head.", []),
        ("The trainer gave the toll booth a wide berth.", []),
        (
            "The ministry made no reply to repeated requests for comment.",
            _nr("The ministry", "made no reply"),
        ),
        (
            "The port authority did not answer calls on Sunday.",
            _nr("The port authority", "did not answer"),
        ),
        # an appositive closes the subject: the question is hers
        (
            "The mayor of Varna, Ilse Darrow, asked whether the levees would hold.",
            [("statement", "The mayor of Varna, Ilse Darrow", "asked", False)],
        ),
        # a reason with no terms of anonymity keeps its statement
        (
            "A resident, who left because police said the dam would break, said 20 died.",
            [("statement", "police", "said", False), ("statement", "A resident", "said", True)],
        ),
        # boasts on a channel or to an audience; quips after their quote
        (
            "The militia boasted on Telegram that its fighters had taken the hill.",
            [("statement", "The militia", "boasted", False)],
        ),
        (
            "The commander bragged to reporters that his men had taken the hill.",
            [("statement", "The commander", "bragged", False)],
        ),
        ('"We will win," the mayor joked.', [("statement", "the mayor", "joked", False)]),
        (
            '"They fired at anything," said a woman who asked not to be named.',
            [("statement", "a woman", "said", True)],
        ),
        (
            "Radio Kest, a station set up in 2019 by the rebels, said the bridge fell.",
            [("statement", "Radio Kest, a station set up in 2019 by the rebels", "said", False)],
        ),
    ],
)
def test_review35b(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first review's sentences: sport's heat illness, ages and periods of statistics
        ("Medics treated 40 runners for heat exhaustion.", []),
        ("The stadium clinic treated 30 heatstroke patients during the match.", []),
        ("Hospitals admitted 14 people with heatstroke after the fun run in Velk.", []),
        (
            "Hospitals admitted 150 people with heatstroke, the race-relations office said.",
            [("wounded", 150, "people")],
        ),
        ("Three of the dead were over 80.", [("killed", 3, None)]),
        ("The hospital admitted 12,400 patients in 2024.", []),
        ("Hospitals admitted 2,140 people with heatstroke between 2015 and 2020.", []),
        ("The hospital admitted 2,140 people with flu symptoms last week.", []),
    ],
)
def test_review35a(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause between the party and its unanswered questions
        (
            "The Interior Ministry, which runs the prisons, had left written questions "
            "unanswered by Friday.",
            _nr("The Interior Ministry", "left written questions unanswered"),
        ),
        ("The autopsy, which took a week, left questions unanswered.", []),
    ],
)
def test_left_unanswered_after_a_relative_clause(
    text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    assert _attributions(text) == expected
