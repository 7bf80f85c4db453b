"""Readings the seventeenth session's lead added: a toll set again with "it" as the object
("officials revised it down to 38"), in the toll's own sentence (CB106) or the next (CB83),
and "the injury toll" as a count of the hurt. Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll climbed to 41 overnight, but by morning officials had revised it down to 38.",
            [("killed", 41), ("killed", 38)],
        ),
        (
            "The death toll stood at 12 on Monday, and the governor put it at 15 on Tuesday.",
            [("killed", 12), ("killed", 15)],
        ),
        (
            "The toll from the blast was 30; the ministry later corrected it to 28.",
            [("killed", 30), ("killed", 28)],
        ),
        (
            "The death toll climbed to 41 overnight. By morning officials had revised it down"
            " to 38.",
            [("killed", 41), ("killed", 38)],
        ),
        (
            "The injury toll stood at 60 on Monday, and officials raised it to 75 on Tuesday.",
            [("wounded", 60), ("wounded", 75)],
        ),
    ],
)
def test_a_toll_set_again_by_it(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a measure of something else
        "The toll rose to 41, and the bank raised it to 5 percent.",
        "The death toll was put at 30. The council has since raised it to 12 percent.",
        # "it" before the toll it would stand for
        "Officials put it at 40 before the toll of 12 dead was known.",
    ],
)
def test_it_set_to_a_figure_that_is_no_toll(text: str) -> None:
    claims = _claims(text)
    assert ("killed", 15) not in claims
    assert ("killed", 5) not in claims and ("killed", 40) not in claims
    assert ("killed", 12) in claims or ("killed", 30) in claims or ("killed", 41) in claims


def test_the_injury_toll_counts_the_hurt() -> None:
    assert _claims("The injury toll rose to 60, and the death toll to 12.") == [
        ("wounded", 60),
        ("killed", 12),
    ]
    assert _claims("The death toll rose to 60.") == [("killed", 60)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll rose to 12 on Monday and climbed to 15 on Tuesday.",
            [("killed", 12), ("killed", 15)],
        ),
        ("The number of dead rose to 12 and then to 15.", [("killed", 12), ("killed", 15)]),
        ("The death toll rose to 12, while unemployment climbed to 15 percent.", [("killed", 12)]),
        ("The death toll rose to 12 and the river rose to 15 feet.", [("killed", 12)]),
    ],
)
def test_a_toll_told_in_turn(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


def _silences(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Neither the army nor the rebels could be reached for comment.",
            "Neither the army nor the rebels",
        ),
        ("No one at the embassy could be reached for comment.", "No one at the embassy"),
    ],
)
def test_no_one_could_be_reached_is_a_silence(text: str, source: str) -> None:
    assert _silences(text) == [source]


def test_one_who_could_be_reached_is_no_silence() -> None:
    assert _silences("The minister could be reached for comment at her office on Monday.") == []


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Two other teenagers were treated for stab wounds and released.", 2),
        ("Four fans were treated for head injuries after the crush.", 4),
        ("Three guards were treated for knife wounds at the scene.", 3),
    ],
)
def test_care_for_a_named_wound_is_a_wound(text: str, wounded: int) -> None:
    assert _claims(text) == [("wounded", wounded)]


def test_care_for_no_wound_is_no_wound() -> None:
    assert _claims("Two fans were treated for head lice at the camp.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The monitor said 27 fighters on both sides were killed.",
        "27 soldiers from both armies were killed in the clashes.",
        "27 fighters on each side were killed.",
    ],
)
def test_a_quantifier_in_the_groups_phrase_is_no_auxiliary(text: str) -> None:
    assert _claims(text) == [("killed", 27)]


def test_a_quantifier_after_the_group_is_an_auxiliary() -> None:
    assert _claims("12 soldiers were all killed.") == [("killed", 12)]
    assert _claims("Both of the 12 soldiers on patrol were unhurt.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rising prices hurt millions of families this winter.",
        "The scandal hurt two candidates in the race.",
        "The tariffs have hurt 4,000 farmers in the region, the union said.",
        "The downturn has badly hurt 300 small firms.",
    ],
)
def test_a_thing_that_hurts_purses_wounds_no_one(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "wounded"),
    [("The blast hurt 12 people.", 12), ("The air strike hurt 12 people.", 12)],
)
def test_an_event_that_hurts_people_wounds_them(text: str, wounded: int) -> None:
    assert _claims(text) == [("wounded", wounded)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast left 12 dead and wounded 30.", [("killed", 12), ("wounded", 30)]),
        ("The attack left 5 dead and injured at least 20.", [("killed", 5), ("wounded", 20)]),
        ("Gunmen shot three men dead and wounded four others.", [("killed", 3), ("wounded", 4)]),
        # the compound stays one where no object follows, or after the verb "killed"
        ("Five dead and injured in the raid.", [("killed_or_wounded", 5)]),
        ("Rebels killed and wounded 12 soldiers.", [("killed_or_wounded", 12)]),
    ],
)
def test_dead_and_a_verb_of_wounding_with_its_object(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The aides were killed in the ambush, witnesses said.", "aides"),
        ("Other mourners were also injured when the second bomb went off.", "Other mourners"),
    ],
)
def test_the_plural_of_a_person_noun_names_people(text: str, group: str) -> None:
    assert [c.group for c in analyze(text).claims] == [group]


def test_a_unit_named_in_capitals_is_no_harm() -> None:
    text = "Witnesses should call the Eastgate Shooting detectives on the tip line."
    assert not analyze(text).claims


@pytest.mark.parametrize(
    "text",
    [
        "He was charged with the attempted murder of two police officers.",
        "The war has seen the attempted murder of presidential candidates.",
        "The failed assassination of the senator shocked the capital.",
    ],
)
def test_a_killing_only_tried_is_no_death(text: str) -> None:
    assert not analyze(text).claims


def test_a_killing_done_is_a_death() -> None:
    assert _claims("He was charged with the murder of two police officers.") == [("killed", 2)]


def test_it_set_after_a_count_in_its_sentence_is_a_rival_toll() -> None:
    # the 45th session reads the "it" a setter puts at a figure after a count of the dead in
    # the same sentence as that count (the seventeenth read no toll without a toll noun)
    claims = _claims("Twelve people were killed, police said, but the hospital put it at 15.")
    assert ("killed", 15) in claims
