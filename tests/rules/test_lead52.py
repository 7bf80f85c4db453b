"""Readings the fifty-second session's lead added. Every sentence is invented.

Statements: a denial a participle goes on from ("denied firing on the boat, saying its ships
were in port") is one statement of the body, the participle's (its figures are the body's);
after "said" the participle stays a statement of its own ("said ..., saying", "said ...,
adding that"), as PolNeAR's annotators count it.
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
            "The Vandorian navy denied firing on the trawler, saying in a note on its website "
            "that its ships had been 30 kilometres away.",
            "The Vandorian navy",
            "saying",
        ),
        (
            "The interior ministry rejected the account, saying no protester had been hurt.",
            "The interior ministry",
            "saying",
        ),
        (
            "The company denies any blame, saying the crane was inspected in March.",
            "The company",
            "saying",
        ),
    ],
)
def test_a_denial_a_participle_goes_on_from_is_one_statement(
    text: str, source: str, cue: str
) -> None:
    assert _statements(text) == [(source, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Monday its troops had withdrawn, saying the area was calm.",
        "The mayor said the bridge would reopen, adding that repairs had cost 2 million.",
    ],
)
def test_a_participle_after_said_stays_a_statement_of_its_own(text: str) -> None:
    assert len(_statements(text)) == 2


def test_a_denial_and_another_speakers_participle_stay_two() -> None:
    text = "The army denied the strike, while the rebels said 12 fighters died, saying so on radio."
    assert [source for source, _ in _statements(text)][:2] == ["The army", "the rebels"]


# Sources: an indefinite appositive of a place's kind after the place's name ("in Marvo, a
# garrison town near the border,") belongs to the place, not to the speaker named after it.


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A bomb hit the bus station in Marvo, a garrison town about 40 kilometres from the "
            "border, the town's police chief, Anton Rusk, said.",
            "the town's police chief, Anton Rusk",
        ),
        (
            "Floods cut the road to Selt, a fishing village on the delta, the district officer, "
            "Ines Kalla, said on Monday.",
            "the district officer, Ines Kalla",
        ),
    ],
)
def test_a_places_apposition_is_not_part_of_the_speaker(text: str, source: str) -> None:
    assert _statements(text) == [(source, "said")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Brek, a small town near the coast, said it would close its schools.",
            "Brek, a small town near the coast",
        ),
        (
            "Jon Berg, a farmer, a father of three, said the water rose fast.",
            "Jon Berg, a farmer, a father of three",
        ),
    ],
)
def test_appositives_of_the_speaker_stay(text: str, source: str) -> None:
    assert _statements(text) == [(source, "said")]


# Subjects: a body named by a third lower-case word after a determiner ("The head of a village
# defence group", "a city parks committee") is the whole subject of the clause a participle
# goes on from.


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The head of a village defence group gave a much higher toll, saying his men had "
            "buried 29 bodies.",
            "The head of a village defence group",
        ),
        (
            "The chair of a city parks committee resigned, saying she had been misled.",
            "The chair of a city parks committee",
        ),
    ],
)
def test_a_third_word_naming_a_body_ends_the_subject(text: str, source: str) -> None:
    assert _statements(text) == [(source, "saying")]


def test_a_third_word_naming_no_one_is_still_no_speaker() -> None:
    assert _statements("The owner of a small olive grove sold it, saying little.") == []


# AT43: a toll given in a perfect tense ("The county had given a toll of 23 dead") states it,
# as "gave a toll" does; "Given a toll of ...", "were given a burial" state nothing.


def test_a_toll_given_in_a_perfect_tense_is_a_statement() -> None:
    text = "The county had given a toll of 23 dead late on Sunday."
    assert _statements(text) == [("The county", "given")]
    claims = analyze(text).claims
    assert [(c.min, c.claimant) for c in claims] == [(23, "The county")]


@pytest.mark.parametrize(
    "text",
    [
        "Given a toll of 18 dead, the council closed the bridge.",
        "The victims were given a burial on Monday.",
        "The storm, given a toll of 18 dead, was the worst in years.",
    ],
)
def test_given_with_no_perfect_states_nothing(text: str) -> None:
    assert _statements(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The drivers' union disputed the firm's count, saying nine men had died.",
            "saying",
        ),
        ("The army blamed the rebels for the blast, saying they had mined the road.", "saying"),
    ],
)
def test_a_dispute_or_a_charge_a_participle_goes_on_from_is_one_statement(
    text: str, cue: str
) -> None:
    assert [c for _, c in _statements(text)] == [cue]


# A speaker's own earlier report inside what it says ("said the mission had confirmed seven
# deaths", "said he had warned the landlord about the boiler") is one statement, the outer one.


@pytest.mark.parametrize(
    "text",
    [
        "A monitor at the UN mission, who was not allowed to speak publicly, said the mission "
        "had confirmed at least seven deaths.",
        "A neighbour, Gunnar Holt, said he had warned the landlord about the boiler twice.",
        "The transit union said its members had reported 31 assaults since January.",
    ],
)
def test_a_speakers_own_earlier_report_is_no_second_statement(text: str) -> None:
    assert [cue for _, cue in _statements(text)] == ["said"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the police had confirmed two deaths.",
        "The mayor said the mission confirmed two deaths.",
    ],
)
def test_another_body_inside_the_reported_words_stays_a_statement(text: str) -> None:
    assert [cue for _, cue in _statements(text)] == ["said", "confirmed"]


# A denial, a dispute or an identification joined by "and" to a "said" of the same speaker
# ("denied shelling the market and said ...") is one statement, the "said"; another speaker's
# "said" after it stays its own.


@pytest.mark.parametrize(
    "text",
    [
        "The militia denied shelling the market and said its men had taken a police post.",
        "The coroner's office identified the driver as Tom Hale, 41, and said he died of "
        "gunshot wounds.",
    ],
)
def test_a_denial_joined_to_said_is_one_statement(text: str) -> None:
    assert [cue for _, cue in _statements(text)] == ["said"]


def test_another_speakers_said_after_a_denial_stays() -> None:
    text = "The ministry denied the report, and the mayor said the bodies would be flown home."
    assert [cue for _, cue in _statements(text)] == ["denied", "said"]


def test_whose_after_the_subject_a_sentence_opens_with_keeps_the_speaker() -> None:
    text = (
        "A woman from the camp's east block, whose husband still works for the council and who "
        "asked not to be named because of his job, said she had lost her son."
    )
    assert _statements(text) == [("A woman from the camp's east block", "said")]
