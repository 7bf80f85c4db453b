"""review50d's sentences: gaps the lead left open in the fiftieth session, closed on invented
text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police deployed 800 officers, along with 250 volunteer stewards.", 250),
        ("Police deployed 600 officers and 140 stewards for the parade.", 140),
        ("The club deployed 120 stewards around the stadium.", 120),
    ],
    ids=["along-with", "and-stewards", "club-deployed"],
)
def test_stewards_sent_to_an_event_are_deployed(text: str, count: int) -> None:
    assert ("deployed", count) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Organisers said 250 stewards were paid.",
        "The airline's stewards were praised by the passengers.",
        "The carrier laid off 250 stewards.",
    ],
    ids=["paid", "airline", "laid-off"],
)
def test_stewards_not_sent_are_no_deployment(text: str) -> None:
    assert _claims(text) == []


def test_stewards_on_duty_at_their_ground_stay_no_deployment() -> None:
    assert _claims("About 300 stewards were on duty at the stadium.") == []


def _silences(text: str) -> list[str | None]:
    return [a.source for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "The front's message was silent on whether the two pilots were unharmed.",
            "The front's message",
        ),
        ("Its message did not say whether any of the crew had been hurt.", "Its message"),
        ("The message did not say whether the surveyors were still alive.", "The message"),
    ],
    ids=["possessive-silent-on", "its-did-not-say", "the-did-not-say"],
)
def test_a_partys_message_told_again_is_silent(text: str, party: str) -> None:
    assert _silences(text) == [party]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Messages left with the council were not returned.", ["the council"]),
        ("A message left for the harbour master was not returned.", ["the harbour master"]),
        ("The message was not returned.", []),
        ("Her message went unanswered.", []),
    ],
    ids=["messages-left-with", "message-left-for", "bare-message", "her-message"],
)
def test_a_reporters_message_stays_an_attempt(text: str, expected: list[str]) -> None:
    assert _silences(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A minibus overturned near Tarn on Sunday. Nine passengers had been treated.", 9),
        ("A tanker and a van collided on the coast road. Eleven people had been treated.", 11),
        ("Two trams crashed outside Varn station. Fourteen passengers had been treated.", 14),
    ],
    ids=["overturned", "collided", "crashed"],
)
def test_care_after_a_vehicles_crash_in_the_lead_is_hurt(text: str, count: int) -> None:
    assert ("wounded", count) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks crashed on Monday. Nine delegates had been treated.",
        "The market crashed on Monday. Nine traders had been treated.",
        "The court overturned the verdict. Nine jurors had been treated.",
        "The coach crashed out of the cup at Varn. Two players had been treated.",
    ],
    ids=["talks", "market", "court", "coach-out"],
)
def test_care_after_a_figurative_crash_is_no_hurt(text: str) -> None:
    assert _claims(text) == []


def _statements(text: str) -> list[str | None]:
    return [a.source for a in analyze(text).attributions if a.kind == "statement"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"We lost the whole herd," said a farmer after the floods.', "a farmer"),
        ('"We will rebuild the quay," said the mayor before the vote.', "the mayor"),
        ('"The water came at night," said Ana Vell after the storm.', "Ana Vell"),
    ],
    ids=["a-farmer-after", "the-mayor-before", "named-after"],
)
def test_an_inverted_speaker_before_an_occasion_speaks(text: str, source: str) -> None:
    assert _statements(text) == [source]


def test_an_inverted_speaker_before_an_occasion_claims() -> None:
    text = "Four fishermen drowned, said the harbour master after the search."
    claims = analyze(text).claims
    assert [(c.category, c.min, c.claimant) for c in claims] == [
        ("killed", 4, "the harbour master")
    ]
    assert _statements(text) == ["the harbour master"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("He said the army after the war disbanded its units.", "He"),
        ("She said after the meeting that the plan was dead.", "She"),
        ('"We lost the whole herd," said a farmer.', "a farmer"),
    ],
    ids=["said-a-clause", "said-after-that", "no-occasion"],
)
def test_a_subject_before_said_keeps_its_statement(text: str, source: str) -> None:
    assert _statements(text) == [source]


def _killed(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.min, c.claimant) for c in analyze(text).claims if c.category == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry gave a toll of 31, but nurses disputed it, putting it at 58.",
            [(31, "The ministry"), (58, "nurses")],
        ),
        (
            "The port authority gave a death toll of 9, but divers at the pier disputed it,"
            " putting it at 14.",
            [(9, "The port authority"), (14, "divers at the pier")],
        ),
        (
            "The army gave a toll of 18; the rebels rejected it, putting it at 60.",
            [(18, "The army"), (60, "the rebels")],
        ),
    ],
    ids=["but-disputed", "but-disputed-placed", "semicolon-rejected"],
)
def test_a_rival_sets_a_toll_bound_already(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council gave a toll of 31 and put it at the top of the agenda.",
            [(31, "The council")],
        ),
        (
            "The toll of 12 was disputed, and the mayor put it at 30 minutes of debate.",
            [(12, "the mayor")],
        ),
        ("The ministry gave a toll of 31 and put it at 12 other regions.", [(31, "The ministry")]),
    ],
    ids=["agenda", "minutes", "no-rival"],
)
def test_a_toll_bound_with_no_rival_is_not_set_again(
    text: str, expected: list[tuple[float | None, str | None]]
) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Flood water swept through Varn on Monday."
            " Another 120 were staying with friends or relatives.",
            120,
        ),
        (
            "A fire gutted the Orne estate."
            " About 300 residents spent Tuesday night at the showground.",
            300,
        ),
        ("About 240 villagers spent a second night at the fairground after the floods.", 240),
    ],
    ids=["staying-with-relatives", "night-at-showground", "night-at-fairground"],
)
def test_people_away_from_home_after_a_disaster_are_displaced(text: str, count: int) -> None:
    assert ("displaced", count) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two students were staying with relatives in Kell.",
        "About 300 fans spent the night at the sports ground before the final.",
        "Some 40 riders spent the night at the showground before the county fair.",
    ],
    ids=["students", "fans", "riders"],
)
def test_people_away_from_home_with_no_disaster_are_no_claim(text: str) -> None:
    assert _claims(text) == []
