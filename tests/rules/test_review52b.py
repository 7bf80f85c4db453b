"""review52b's sentences: rescues, missing people, displacement and deployment the lead left
open in the fifty-first session, closed on invented text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    """The category, lower figure and group of each claim the rules find in ``text``."""
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fishing crew hauled the three of us out of the sea.", [("rescued", 3, None)]),
        ("Villagers dug the two of them out of the mud.", [("rescued", 2, None)]),
        ("Divers pulled the five of them from the river.", [("rescued", 5, None)]),
        (
            "Firefighters carried the two of them out of the burning barn.",
            [("rescued", 2, None)],
        ),
        ("Villagers dug out three boys from the mud.", [("rescued", 3, "boys")]),
        # a whole told by its pronoun counts its people; a part of it does not
        ("The two of us were injured in the crash.", [("wounded", 2, "us")]),
        # counter-examples: an outing, a bare part, crews at work, the dead
        ("The three of us went out for dinner after the match.", []),
        ("My uncle took the four of them out to the zoo.", []),
        ("One of us was hurt.", []),
        ("Many of us were injured.", []),
        (
            "About 150 volunteers dug through the rubble overnight.",
            [("deployed", 150, "volunteers")],
        ),
        ("Volunteers dug the four of them out of the mud, all dead.", []),
        ("Volunteers dug out 12 bodies from the mud.", [("killed", 12, None)]),
        ("Villagers dug three wells.", []),
    ],
    ids=[
        "hauled-us",
        "dug-them",
        "pulled-them",
        "carried-them",
        "dug-out",
        "whole-us-hurt",
        "dinner",
        "zoo",
        "one-of-us",
        "many-of-us",
        "dug-through",
        "all-dead",
        "bodies",
        "wells",
    ],
)
def test_the_n_of_us_pulled_out(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least six shepherds who went into the hills on Tuesday have not come home, a"
            " council official said.",
            [("missing", 6, "at_least", "shepherds")],
        ),
        (
            "Three divers who set out at noon have not come back.",
            [("missing", 3, "exact", "divers")],
        ),
        (
            "Two fishermen have not come back yet, the harbour master said.",
            [("missing", 2, "exact", "fishermen")],
        ),
        (
            "Four climbers who left the hut on Sunday have not come back and a search has begun.",
            [("missing", 4, "exact", "climbers")],
        ),
        # counter-examples: a habit, a return, people who fled or were moved out
        ("Her two sons have not come home for Easter in years.", []),
        ("Pupils who went on the outing have come home.", []),
        ("Most of the 4,000 evacuees have not come home.", []),
        (
            "About 300 families who fled the floods have not come back.",
            [("displaced", 300, "approximately", "families")],
        ),
    ],
    ids=["at-least", "come-back", "yet", "and-clause", "easter", "came-home", "evacuees", "fled"],
)
def test_not_come_home_is_missing(
    text: str, expected: list[tuple[str, float, str, str | None]]
) -> None:
    found = [(c.category, c.min, c.qualifier, c.group) for c in analyze(text).claims]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inquiry asked about the 40 people missing from the first passenger list.", []),
        ("Officials could not explain why 12 sailors were missing from the ship's crew list.", []),
        ("Three patients were missing from the hospital's records.", []),
        ("Some 200 voters were missing from the electoral register.", []),
        # counter-examples: people gone from a place
        ("Forty people are missing from the village.", [("missing", 40, "people")]),
        ("Twelve sailors are missing from the ship.", [("missing", 12, "sailors")]),
        ("Five children were missing from the school.", [("missing", 5, "children")]),
    ],
    ids=["passenger-list", "crew-list", "records", "register", "village", "ship", "school"],
)
def test_missing_from_a_list_is_no_loss(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crew of 90 slept in tents for most of the filming.", []),
        ("The cast and crew of 60 slept in tents during the shoot.", []),
        ("Forty scouts slept in tents by the lake.", []),
        # counter-examples: the homeless of a disaster, or of homes lost before
        ("Sixty families slept in tents after the flood.", [("displaced", 60, "families")]),
        (
            "The quake destroyed 400 houses. About 1,500 people slept in tents on Sunday.",
            [("displaced", 1500, "people")],
        ),
        (
            "About 9,000 people were sleeping in schools and churches.",
            [("displaced", 9000, "people")],
        ),
    ],
    ids=["film-crew", "cast-and-crew", "scouts", "flood", "quake-before", "schools"],
)
def test_a_crew_on_location_is_not_displaced(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two creeks burst their banks and residents fled.", []),
        ("Two rivers burst their banks and villagers took shelter in the school.", []),
        ("Two lorries crashed and residents fled.", []),
        (
            "Two creeks burst their banks and 300 residents fled.",
            [("displaced", 300, "residents")],
        ),
        # counter-examples: the same people's next verb, a count of their own, a list
        ("About 300 families fled.", [("displaced", 300, "families")]),
        ("Three soldiers were killed and residents fled.", [("killed", 3, "soldiers")]),
        (
            "Two soldiers and three civilians were killed.",
            [("killed", 2, "soldiers"), ("killed", 3, "civilians")],
        ),
    ],
    ids=["creeks", "rivers-shelter", "lorries", "with-count", "families", "killed-and", "list"],
)
def test_a_clause_of_its_own_before_and(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four officers surrounded the suspect in the alley.", []),
        ("Four police officers surrounded him outside the bank.", []),
        ("Two guards encircled the armed man.", []),
        # counter-examples: a place closed in by a force
        ("About 400 soldiers surrounded the village.", [("deployed", 400, "soldiers")]),
        ("Some 250 soldiers had surrounded the barracks.", [("deployed", 250, "soldiers")]),
        (
            "Six police officers surrounded the suspect's house.",
            [("deployed", 6, "police officers")],
        ),
        (
            "About 40 officers surrounded the house where the gunman was hiding.",
            [("deployed", 40, "officers")],
        ),
    ],
    ids=["suspect", "him", "armed-man", "village", "barracks", "suspects-house", "house-where"],
)
def test_a_person_surrounded_is_no_deployment(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _claims(text) == expected
