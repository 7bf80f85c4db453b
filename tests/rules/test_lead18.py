"""Readings the eighteenth session's lead added. Every sentence is invented.

A figure set again by someone who revises it names its claimant: "The ministry raised the
death toll to 52", "officials revised it down to 38", "put it at 38" (AT14, AT08).
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claimed(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.claimant) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The interior ministry raised the death toll to 52 on Monday evening.",
            [("killed", 52, "The interior ministry")],
        ),
        (
            "By Thursday the coastguard had lowered its estimate of the missing to 20.",
            [("missing", 20, "the coastguard")],
        ),
        (
            "Health officials revised the overall toll down to 38 after a recount at the"
            " district morgue.",
            [("killed", 38, "Health officials")],
        ),
        (
            "The death toll from the mudslide was 30; the disaster agency later corrected it"
            " to 28.",
            [("killed", 30, "the disaster agency"), ("killed", 28, "the disaster agency")],
        ),
    ],
)
def test_a_revised_figure_names_who_revised_it(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _claimed(text) == expected


def test_put_it_at_names_its_claimant_in_the_next_sentence() -> None:
    text = "The death toll rose to 41 on Sunday. Provincial officials later put it at 38."
    assert _claimed(text)[-1] == ("killed", 38, "Provincial officials")


@pytest.mark.parametrize(
    "text",
    [
        "The governor put it at the top of the agenda for the spring session.",
        "The council raised it to a vote on Tuesday after a long debate.",
        "The mayor raised it at 9 a.m. on Monday with the harbour board.",
        "The bakery raised its price to five dollars a loaf.",
    ],
)
def test_no_statement_when_no_figure_is_set(text: str) -> None:
    assert [a.rule for a in analyze(text).attributions] == []
