"""How far a source phrase reaches: appositives, unnamed sources' descriptions, idioms."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(a.source, a.cue, a.kind) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The former aide, now a lobbyist, insisted in an interview that he did nothing wrong.",
            "The former aide, now a lobbyist",
        ),
        (
            "Her opponent, state Sen. Marco Lind, has called the plan a giveaway and says he "
            "would repeal it.",
            "Her opponent, state Sen. Marco Lind",
        ),
    ],
)
def test_an_appositive_opening_with_a_lower_case_word_is_kept(text: str, source: str) -> None:
    assert [s for s, _, _ in _found(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to two people briefed on the plan, the vote was put off until March.",
            "two people briefed on the plan",
        ),
        (
            "The vote was put off until March, according to a source involved in the talks.",
            "a source involved in the talks",
        ),
        (
            "The suspect was known to police, according to law enforcement officials.",
            "law enforcement officials",
        ),
    ],
)
def test_an_unnamed_sources_description_stays_whole(text: str, source: str) -> None:
    assert [(s, c.lower(), k) for s, c, k in _found(text)] == [
        (source, "according to", "statement")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The launch went ahead according to plan.",
        "The count went according to the new plan.",
        "The vote was held according to the rules of the chamber.",
    ],
)
def test_according_to_a_plan_or_the_rules_names_no_source(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "It was not clear whether the governor would sign the bill, and her office did "
            "not say.",
            "her office",
        ),
        ("Asked how many guards were on duty, the warden did not say.", "the warden"),
    ],
)
def test_a_clause_that_ends_on_did_not_say_is_a_non_response(text: str, source: str) -> None:
    assert (source, "did not say", "non_response") in _found(text)


def test_did_not_say_before_what_was_said_is_not_a_non_response() -> None:
    assert not [
        k for _, _, k in _found("He did not say that he would resign.") if k == "non_response"
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The embassy said nothing about the arrests.", "non_response"),
        ("Asked about the strike, the minister said nothing.", "non_response"),
        ("Officials said nothing was found in the car.", "statement"),
    ],
)
def test_said_nothing_is_a_silence_unless_a_clause_follows(text: str, kind: str) -> None:
    assert [k for _, _, k in _found(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The director testified that the agency lost track of the grants.", ["testified"]),
        ("The director testified for two hours on Tuesday.", []),
        ("Brandt conceded that the count was wrong.", ["conceded"]),
        ("Brandt conceded defeat on Tuesday night.", []),
    ],
)
def test_verbs_that_report_only_before_that(text: str, found: list[str]) -> None:
    assert [c for _, c, _ in _found(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The senator later walked back her remarks, telling CNN that she misspoke.", True),
        ("The coach hugged the players, telling them they had earned it.", True),
        ("The boy ran home, telling his mother about the dog.", False),
    ],
)
def test_telling_someone_that_reports_words(text: str, found: bool) -> None:
    assert bool(_found(text)) is found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The ministry and the army said the bridge was held.", "The ministry and the army"),
        (
            "But the company and its lawyers said the claim was false.",
            "the company and its lawyers",
        ),
        # the first noun is the object of another verb: only the second is the subject
        ("He met the minister and the army said the bridge was held.", "the army"),
        ("The two men said the pier had flooded.", "The two men"),
        # a guarded reply is a statement all the same; a hypothetical one is not
        ("The spokesman would only say that the pier had flooded.", "The spokesman"),
        ("The spokesman would say only that the pier had flooded.", "The spokesman"),
        (
            "The toll was disputed by opposition lawmakers, who said it was higher.",
            "opposition lawmakers",
        ),
        (
            "A senior official in the ministry, who asked not to be named, said so.",
            "A senior official in the ministry",
        ),
    ],
)
def test_the_subject_phrase_reaches_its_first_word(text: str, source: str) -> None:
    assert [s for s, _, _ in _found(text)] == [source]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The governor has remained silent on the allegations.",
            [("The governor", "non_response")],
        ),
        (
            "Messages left with the mayor's office were not returned.",
            [("the mayor's office", "non_response")],
        ),
        ("Messages were not returned.", []),
        ("Messages left at his home were not returned.", []),
        (
            "Messages left with a spokesman for the army were not returned.",
            [("a spokesman for the army", "non_response")],
        ),
        (
            "Neither the embassy nor the ministry responded to requests for comment.",
            [("Neither the embassy nor the ministry", "non_response")],
        ),
        ("The ministry responded to requests for comment with a statement.", []),
        ("The crowd remained silent on the steps of the court.", []),
        ("The guns stayed silent on the front line for a week.", []),
        ("Critics would say the pier had flooded.", []),
    ],
)
def test_silences_name_the_party_that_kept_silent(text: str, found: list[tuple[str, str]]) -> None:
    assert [(s, k) for s, _, k in _found(text)] == found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Two men were killed, said Chief Ana Holt at a briefing.", "Chief Ana Holt"),
        ("Two men were killed, said the police chief at the scene.", "the police chief"),
        ('"It was awful," said Ida Roth at Monday\'s news conference.', "Ida Roth"),
        ('"We will rebuild," said Mayor Lin Ostrow at a vigil on Sunday.', "Mayor Lin Ostrow"),
        # Counter-examples: "at" placing where the speaker works or stands.
        ("Two men were hurt, said a nurse at the clinic.", "a nurse at the clinic"),
        ('"It was quiet," said officials at the port.', "officials at the port"),
        ('"It was fine," said the ambassador at the time.', "the ambassador at the time"),
    ],
)
def test_an_occasion_after_an_inverted_speaker_is_not_part_of_the_source(
    text: str, source: str
) -> None:
    assert [s for s, _, _ in _found(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Two fishermen near the weir said the water rose within minutes.",
            "Two fishermen near the weir",
        ),
        ("Farmers near Velk told reporters the river rose overnight.", "Farmers near Velk"),
        (
            "Ada Quill, a fellow at the Centre for Near East Studies, said the talks stalled.",
            "Ada Quill, a fellow at the Centre for Near East Studies",
        ),
    ],
)
def test_near_places_a_source_and_a_capitalised_preposition_stays_in_a_name(
    text: str, source: str
) -> None:
    assert [s for s, _, _ in _found(text)] == [source]
