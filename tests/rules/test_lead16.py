"""Readings the sixteenth session's lead added: deaths named by the manner of the killing
with "to death" (passive and intransitive), and the first mention of one hurt picked out by a
relative clause. Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Seven mill hands were charred to death when a boiler exploded.", 7),
        ("Four porters were burnt to death in the warehouse blaze.", 4),
        ("Two trekkers froze to death on the pass overnight.", 2),
        ("Three inmates starved to death during the siege, a monitoring group said.", 3),
        ("A shepherd was gored to death by a buffalo near the river.", 1),
        ("Five villagers were bludgeoned to death by the raiders.", 5),
        ("Two newborns were mauled to death by stray dogs, officials said.", 2),
    ],
)
def test_a_death_named_by_its_manner(text: str, killed: int) -> None:
    assert ("killed", killed) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan was choked to death by red tape, the mayor complained.",
        "Critics said the bill had been starved of funds.",
        "Six miners were trapped, then freed after 40 hours.",
    ],
)
def test_a_figure_of_speech_or_a_survival_is_no_death(text: str) -> None:
    assert not any(category == "killed" for category, _ in _claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A clerk who was shot in the arm during the holdup is in stable condition.",
            ("wounded", 1),
        ),
        ("A driver who was hurt in the crash on Route 9 remains hospitalized.", ("wounded", 1)),
    ],
)
def test_the_first_mention_of_one_hurt_by_a_relative_clause(
    text: str, expected: tuple[str, int]
) -> None:
    assert expected in _claims(text)


def test_a_harm_dated_long_ago_in_the_relative_clause_is_no_toll() -> None:
    text = "A nurse who was stabbed outside the clinic in 2018 now runs a safety course."
    assert _claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Mara Quell was assassinated outside the party office.",
        "Ivo Tamsen was slain in his shop late on Saturday.",
        "Union organiser Pelle Ardo was executed by the militia, his family said.",
    ],
)
def test_a_named_victim_of_a_killing_verb(text: str) -> None:
    assert ("killed", 1) in _claims(text)


def test_a_thing_executed_by_a_named_person_is_no_death() -> None:
    assert _claims("The merger was executed by Ivo Tamsen, the bank's chief.") == []


def test_assassinated_is_no_agent_noun() -> None:
    # "assassinated" begins with "assassin", the agent noun read only in "the assassins of"
    text = "Two magistrates were assassinated outside the courthouse on Monday."
    assert ("killed", 2) in _claims(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Detectives are investigating a homicide after a man was shot to death.", "man"),
        ("It was the second time in a week a toddler was injured by a loose gun.", "toddler"),
    ],
)
def test_the_single_person_is_the_one_next_to_the_verb(text: str, group: str) -> None:
    # the article of an earlier noun ("a homicide after a man") does not reach past "after"
    # or a second article
    groups = [c.group for c in analyze(text).claims]
    assert group in groups


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Villagers clubbed three suspected cattle thieves to death, police said.", 3),
        ("A crowd stoned a man to death outside the market.", 1),
    ],
)
def test_victims_between_the_verb_and_to_death(text: str, expected: int) -> None:
    assert ("killed", expected) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The court sentenced five men to death for the bombing.",
        "Lawmakers talked the bill to death over three sessions.",
        "The fans were bored to death by the second half.",
    ],
)
def test_to_death_without_a_killing_verb_counts_no_one(text: str) -> None:
    assert not any(category == "killed" for category, _ in _claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The junta put a former minister to death in the spring.", 1),
        ("The regime put 12 dissidents to death, exiles said.", 12),
        ("Raiders killed 14 herders and drove off their cattle.", 14),
    ],
)
def test_put_to_death_and_plural_herders(text: str, expected: int) -> None:
    assert ("killed", expected) in _claims(text)


def test_murder_in_the_death_of_keeps_its_victim() -> None:
    # "murder in the death of" is no killing placed "in" somewhere: the "death of" cue stays
    text = "Prosecutors charged the landlord with murder in the death of a 54-year-old woman."
    assert ("killed", 1) in _claims(text)
