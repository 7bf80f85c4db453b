"""Plurals listed after a vague count that is a killing verb's object share its cue.

Every sentence here is invented (people and places too).
"""

from __future__ import annotations

import pytest

from tests.support.claims import casualties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gunmen killed several soldiers and civilians near Kessel.",
            [("killed", None), ("killed", None)],
            id="several-x-and-y",
        ),
        pytest.param(
            "Prosecutors tied the cartel to the killing of several drivers, soldiers and"
            " policemen.",
            [("killed", None), ("killed", None), ("killed", None)],
            id="killing-of-several-x-y-and-z",
        ),
        pytest.param(
            "Gunmen killed several soldiers and fled toward Orme.",
            [("killed", None)],
            id="a-verb-after-and",
        ),
        pytest.param(
            "Gunmen killed several soldiers and two civilians.",
            [("killed", None), ("killed", 2)],
            id="a-counted-second-group",
        ),
    ],
)
def test_listed_after_vague_count(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert casualties(text) == expected
