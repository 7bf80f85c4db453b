"""review51d's sentences: gaps the lead left open in the fifty-first session, closed on invented
text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police found six men in the yard, two of them with gunshot wounds.",
            [("wounded", 2, None)],
        ),
        (
            "Guards stopped a lorry carrying nine men near Sotto, three of them with stab wounds.",
            [("wounded", 3, None)],
        ),
        # counter-examples: no wound told of the part, and a part of a count of the shot
        ("Police found six men in the yard, two of them with criminal records.", []),
        (
            "Gunmen shot eight villagers, five of them with gunshot wounds to the legs.",
            [("killed_or_wounded", 8, "villagers"), ("wounded", 5, None)],
        ),
    ],
    ids=["gunshot", "stab", "records", "part-of-the-shot"],
)
def test_a_part_found_with_wounds_is_hurt(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll has risen from 31 overnight to 33, the coastguard said.",
            [("killed", 31, None), ("killed", 33, None)],
        ),
        (
            "The number of dead rose from 12 on Tuesday to 17, officials in Kessa said.",
            [("killed", 12, None), ("killed", 17, None)],
        ),
        (
            "The number of injured climbed from nine the night before to 14, doctors said.",
            [("wounded", 9, None), ("wounded", 14, None)],
        ),
        # counter-examples: no new value told, and an address moved from with no toll
        ("The toll rose from 31 overnight to a record.", [("killed", 31, None)]),
        ("The bakery moved from 31 Harbour Street to 33.", []),
        ("Temperatures rose from 31 overnight to 33 by noon.", []),
    ],
    ids=["overnight", "on-a-weekday", "the-night-before", "to-a-record", "street", "heat"],
)
def test_a_toll_changed_from_a_value_told_with_its_time(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _claims(text) == expected
