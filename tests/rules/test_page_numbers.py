"""Where a source starts and ends: page furniture before it, the next clause after it."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Caption Close Image 1 of 3 Orme police say four people were hurt.", "Orme police"),
        (
            "Fire kills two in Vell | 01:14 Investigators say the blaze began at 3 a.m.",
            "Investigators",
        ),
        ("Two officials said the road was closed.", "Two officials"),
        ("25-year-old Ida Marr said she heard six shots.", "25-year-old Ida Marr"),
    ],
)
def test_the_source_starts_after_the_page_number(text: str, source: str) -> None:
    assert [a.source for a in analyze(text).attributions] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to investigators, the suspect, a veteran, fired 40 rounds.", "investigators"),
        (
            "The boy died on Tuesday, and according to an uncle, his organs were donated.",
            "an uncle",
        ),
        ("According to a neighbour, Ida Roth, the man left at dawn.", "a neighbour, Ida Roth"),
        (
            "According to Ida Roth, the harbour master, the ferry sank.",
            "Ida Roth, the harbour master",
        ),
    ],
)
def test_an_unnamed_source_takes_no_unnamed_appositive(text: str, source: str) -> None:
    assert [a.source for a in analyze(text).attributions if a.cue.lower() == "according to"] == [
        source
    ]
