"""review51e's sentences: gaps the lead left open in the fifty-first session, closed on invented
text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


_CARE = " Eleven workers had been admitted, the county hospital said."


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Two lorries collided on the ring road near Vessby.", [("wounded", 11, "workers")]),
        ("A mine shaft collapsed at the Orrin colliery.", [("wounded", 11, "workers")]),
        ("A boiler blew up at the Denham paper mill.", [("wounded", 11, "workers")]),
        ("A gas cylinder blew up in a kitchen in Tolm.", [("wounded", 11, "workers")]),
        # counter-examples: figurative collapses, rows, tempers and ideas
        ("Talks collapsed in Vessby on Monday.", []),
        ("The row blew up at the Denham council.", []),
        ("She blew up at reporters in Tolm.", []),
        ("Two ideas collided at the Vessby summit.", []),
    ],
    ids=["lorries", "shaft", "boiler", "cylinder", "talks", "row", "temper", "ideas"],
)
def test_a_lead_names_more_incidents(lead: str, expected: list[tuple[str, int, str]]) -> None:
    assert _claims(lead + _CARE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the river burst its banks, 300 families had left their homes.",
            [("displaced", 300, "families")],
        ),
        (
            "Once the canal had burst its banks near Orrin, 85 households had left their homes.",
            [("displaced", 85, "households")],
        ),
        (
            "After the streams burst their banks, 140 families had left their homes.",
            [("displaced", 140, "families")],
        ),
        # counter-examples: a budget's or a party's banks are a figure of speech
        ("After the budget burst its banks, 300 families had left their homes.", []),
        ("When the party burst its banks, 60 guests had left their homes.", []),
    ],
    ids=["river", "canal", "streams", "budget", "party"],
)
def test_a_river_bursting_its_banks_is_a_disaster(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _claims(text) == expected


def _said(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.kind) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        (
            "Two sailors reported dead were found alive on Sunday.",
            [("rescued", 2, "sailors")],
            [],
        ),
        (
            "Three fishermen reported missing were found alive off Kell.",
            [("rescued", 3, "fishermen")],
            [],
        ),
        (
            "Four hikers declared dead were found alive near the Tarn ridge.",
            [("rescued", 4, "hikers")],
            [],
        ),
        (
            "Three fishermen reported missing were found dead near Kell.",
            [("killed", 3, "fishermen")],
            [],
        ),
        # counter-examples: a report with its object stays a statement
        (
            "Two sailors reported the fire to the harbour master.",
            [],
            [("Two sailors", "statement")],
        ),
        ("Residents reported dead fish in the Orrin river.", [], [("Residents", "statement")]),
    ],
    ids=["dead-alive", "missing-alive", "declared", "missing-dead", "the-fire", "fish"],
)
def test_a_state_told_with_no_who_is_a_clause(
    text: str, expected: list[tuple[str, int, str]], said: list[tuple[str, str]]
) -> None:
    assert (_claims(text), _said(text)) == (expected, said)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four of the 12 engineers abducted from the site were released on Monday.",
            [("rescued", 4, None), ("kidnapped", 12, "engineers")],
        ),
        (
            "Three of the 40 pupils kidnapped from the school were released overnight.",
            [("rescued", 3, None), ("kidnapped", 40, "pupils")],
        ),
        (
            "Five of the 17 hostages were released on Thursday.",
            [("rescued", 5, None), ("kidnapped", 17, "hostages")],
        ),
        # counter-examples: suspects let go on bail, the captors themselves, patients sent home
        ("Four of the 12 suspects were released on bail.", []),
        ("Four of the 12 kidnappers were released on Monday.", []),
        ("Four of the 12 engineers were released from hospital.", []),
    ],
    ids=["abducted", "kidnapped", "hostages", "bail", "kidnappers", "hospital"],
)
def test_a_part_of_captives_released_is_rescued(
    text: str, expected: list[tuple[str, int | None, str | None]]
) -> None:
    assert _claims(text) == expected
