"""Known gaps mended in the seventeenth session by helper gaps19 (review31's open findings):
a person noun of conflict reports put to death by a group, the sports sense of "beaten" kept
apart from a beating to death (a number word inside "beaten"), a part coordinated past its
whole, a plural denied by "neither ... nor", a harm of an old war or year before a death (an
obituary), a complaint after violence, an adverb before a present "kill", and a second count
with its own reporting verb. Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants put two collaborators to death.", [("killed", 2)]),
        ("The rebels put 12 spies to death at dawn.", [("killed", 12)]),
        ("A mob stoned two preachers to death.", [("killed", 2)]),
        # near miss: a thing, not people
        ("The council put two proposals to death.", []),
    ],
    ids=["collaborators", "spies", "preachers", "proposals"],
)
def test_conflict_people_put_to_death(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the gang had beaten two reporters to death.", [("killed", 2)]),
        ("Two of the 12 miners and 3 guards were killed.", [("killed", 2), ("killed", 3)]),
        ("Two of the 12 miners and 3 rescuers were killed.", [("killed", 2), ("killed", 3)]),
        # near misses: a win over rivals; a part with a clause of its own
        ("Arden had beaten two rivals to reach the final.", []),
        ("Two of the 12 miners reached the shaft and 3 guards were killed.", [("killed", 3)]),
    ],
    ids=[
        "beaten-to-death",
        "part-and-count",
        "part-and-rescuers",
        "beaten-rivals",
        "part-own-verb",
    ],
)
def test_counts_after_a_word_and_a_part(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neither the driver nor his passengers were hurt.", []),
        ("Neither the pilot nor her 4 crewmen were injured.", []),
        # near misses: no denial; a "neither ... nor" of another clause
        ("The driver and his passengers were hurt.", [("wounded", None)]),
        (
            "The bus was neither insured nor inspected, and passengers were hurt.",
            [("wounded", None)],
        ),
    ],
    ids=["neither-nor", "neither-nor-figure", "and", "other-clause"],
)
def test_a_plural_denied_by_neither_nor(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A former soldier who was wounded in Vietnam died on Monday.", []),
        ("The veteran who was wounded in the Korean War died on Monday.", []),
        ("A retired sergeant who was hurt in 1983 died on Sunday.", []),
        # near misses: a recent harm; a street named for a country
        ("A soldier who was wounded in the ambush died on Monday.", [("killed", 1)]),
        ("A teen who was shot on Friday in Vietnam Street has died.", [("killed", 1)]),
    ],
    ids=["vietnam", "korean-war", "past-year", "ambush", "street"],
)
def test_a_harm_of_an_old_war_is_an_obituary(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two officers were hospitalized with chest pains after the assault.", [("wounded", 2)]),
        ("Two guards were hospitalized for breathing problems after the riot.", [("wounded", 2)]),
        # near misses: no incident; the attack is the complaint itself
        ("Two officers were hospitalized with chest pains after the meeting.", []),
        ("Two officers were hospitalized with a heart attack after the hearing.", []),
    ],
    ids=["assault", "riot", "meeting", "heart-attack"],
)
def test_a_complaint_after_violence_is_harm(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


def _periods(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.category, c.min, c.period) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overdoses now kill 300 people a day.", [("killed", 300, "a day")]),
        ("Guns still kill 40 people a week in the city.", [("killed", 40, "a week")]),
        # near miss: no figure to count
        ("Rebels now kill anyone who resists.", []),
    ],
    ids=["now", "still", "no-figure"],
)
def test_an_adverb_before_a_present_kill(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed two guards and 40 fellow workers said they heard nothing.", [2]),
        ("The blast killed 3 miners and 30 local residents reported damage to their homes.", [3]),
        # near misses: a source after the second count's noun; a source's time after its verb
        ("Rebels killed 5 soldiers and 3 civilians residents said the army fled.", [5, 3]),
        ("Rebels killed 5 soldiers and 3 civilians police said on Monday.", [5, 3]),
    ],
    ids=["said-they", "reported-damage", "source-after-noun", "source-said-on"],
)
def test_a_second_count_with_its_own_reporting_verb(text: str, expected: list[int]) -> None:
    assert [c.min for c in analyze(text).claims if c.category == "killed"] == expected
