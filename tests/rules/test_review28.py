"""Review 28 of the fifteenth lead session's readings: counts after a noun's "of the" still
share the cue after them (only a whole fronted at a clause's start is no coordinated count);
trucks, lorries and boats "of" goods seized or held are no captives. Every sentence is
invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _figures(text: str, category: str) -> list[float | None]:
    return [c.min for c in analyze(text).claims if c.category == category]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Families of the 8 miners and two rescuers killed in the flood met the minister.", [8, 2]),
        ("The army named the 6 soldiers and 1 interpreter killed near the pass.", [6, 1]),
        ("Police released the names of the 4 men and 3 women killed in the pileup.", [4, 3]),
    ],
)
def test_counts_after_a_nouns_of_the_share_the_cue(text: str, killed: list[int]) -> None:
    assert _figures(text, "killed") == killed


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Of the 22 hikers on the trail, nine were treated for burns.", [9]),
        ("Doctors said that of the 16 climbers, five were hurt.", [5]),
    ],
)
def test_a_whole_fronted_at_a_clause_start_is_still_no_count(text: str, wounded: list[int]) -> None:
    assert _figures(text, "wounded") == wounded


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized 14 trucks of food aid on the coast road.",
        "The gang held 9 lorries of humanitarian aid at a checkpoint for a week.",
    ],
)
def test_vehicles_of_goods_are_no_captives(text: str) -> None:
    assert not _figures(text, "kidnapped")


def test_crew_members_of_a_ship_are_still_captives() -> None:
    text = "Pirates seized 19 crew members of a cargo ship off the cape."
    assert _figures(text, "kidnapped") == [19]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Five of the 19 people hurt in the fire that killed 3 were firefighters.", [19]),
        ("Two of the 11 injured in the collapse, which left 4 dead, were guests.", [11]),
    ],
)
def test_a_death_in_a_clause_on_the_event_leaves_the_hurt_whole(
    text: str, wounded: list[int]
) -> None:
    assert _figures(text, "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "kidnapped"),
    [
        ("The bandits who seized 14 traders on the highway asked for a ransom.", [14]),
        ("Pirates that snatched 6 fishermen last month freed them on Friday.", [6]),
    ],
)
def test_captors_in_a_relative_clause_still_seize(text: str, kidnapped: list[int]) -> None:
    assert _figures(text, "kidnapped") == kidnapped


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Landslides kill 7 and injure 15 in hill villages", [15]),
        ("Militants kill 4 guards and wound 9 in prison raid", [9]),
    ],
)
def test_a_headline_second_verb_after_and(text: str, wounded: list[int]) -> None:
    assert _figures(text, "wounded") == wounded


def test_an_intent_to_kill_and_wound_is_still_no_claim() -> None:
    assert not analyze("Militants threaten to kill 3 and injure 10 more villagers").claims


@pytest.mark.parametrize(
    "text",
    [
        "Fourteen gang members were seized by police in the port raid.",
        "Six insurgents were seized by soldiers at a checkpoint.",
        "Officials said 5 bandits were snatched in the sweep.",
    ],
)
def test_captors_taken_in_a_passive_are_no_kidnapping(text: str) -> None:
    assert not _figures(text, "kidnapped")


def test_people_seized_after_a_clause_on_the_captors_are_kidnapped() -> None:
    text = "Bandits blocked the road and 6 traders were seized."
    assert _figures(text, "kidnapped") == [6]


@pytest.mark.parametrize(
    "text",
    [
        "Seven cyclists were hurt in the crash, two of whom admitted to riding too fast.",
        "Five guards were injured, three of whom were being treated as suspects.",
    ],
)
def test_an_admission_or_a_treatment_as_something_is_no_part_in_care(text: str) -> None:
    assert [c.rule for c in analyze(text).claims] == ["CB01"]


@pytest.mark.parametrize(
    ("text", "kidnapped"),
    [
        ("Gunmen seized 5 foreign nationals from a construction camp.", [5]),
        ("Bandits snatched 3 expatriates on the airport road.", [3]),
    ],
)
def test_people_named_by_citizenship_are_people(text: str, kidnapped: list[int]) -> None:
    assert _figures(text, "kidnapped") == kidnapped
