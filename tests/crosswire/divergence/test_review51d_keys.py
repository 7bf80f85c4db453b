"""Key figures of the readings review51d mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll changed from an old value told with its time: the new value is the key
        (
            "A ferry sank off Pella on Friday. The death toll has risen from 31 overnight to 33,"
            " the coastguard said.",
            (33, 0),
        ),
        (
            "Floods swept through Kessa on Monday, killing 12 people. The toll rose from 12 on"
            " Tuesday to 17.",
            (17, 0),
        ),
        # counter-example: no new value, the old one alone is no key
        ("A ferry sank off Pella on Friday. The toll rose from 31 overnight to a record.", (0, 0)),
    ],
    ids=["overnight", "on-a-weekday", "to-a-record"],
)
def test_a_timed_old_value_gives_way_to_the_new(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
