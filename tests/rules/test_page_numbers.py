"""A web page's photo counter or video time run into the copy is no part of a source."""

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
