"""review32's findings on the rule work of the seventeenth session (gva17, muc17). Every
sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the hostages were released from hospital on Tuesday.", []),
        ("The four former captives were released from the hospital late on Friday.", []),
        ("One of the kidnapped nurses was released from intensive care.", []),
        # near misses: captives let go, as before
        ("Two of the hostages were released on Tuesday.", [("rescued", 2)]),
        ("The kidnappers released three of the hostages.", [("rescued", 3)]),
    ],
    ids=["part-from-hospital", "the-hospital", "intensive-care", "part-freed", "verb-part"],
)
def test_released_from_hospital_is_no_captive_freed(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected
