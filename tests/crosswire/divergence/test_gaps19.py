"""Helper gaps19 (seventeenth lead session): a group named with "including" is a part of the
count only as a whole word, not inside a possessive or a longer word. Every sentence is
invented."""

from __future__ import annotations

import pytest

from tests.crosswire.divergence.factory import key_figures


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Medics said 12 people were hurt at the match, including two stewards' children. "
            "Three stewards were also hurt in the crush.",
            15,
        ),
        (
            "Medics said 12 people were hurt at the match, including two managers. "
            "Three men were also hurt in the crush.",
            15,
        ),
        # near miss: the stewards named as a part are the same people told again
        (
            "Medics said 12 people were hurt at the match, including two stewards. "
            "Three stewards were also hurt in the crush.",
            12,
        ),
    ],
    ids=["possessive", "longer-word", "named-part"],
)
def test_a_named_part_is_a_whole_word(text: str, wounded: float) -> None:
    assert key_figures(text)[1] == wounded
