"""Review 31 of the sixteenth lead session's key figures: a later group of the hurt told by
another source is a rival count of the same people only when the count before named no
group of its own. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.crosswire.divergence.factory import key_figures


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Police said 14 officers were hurt in the riot. Medics said 6 people were also "
            "hurt as the crowd ran.",
            20,
        ),
        # near miss: a count of anyone, then anyone again from another source, is a rival
        (
            "Police said 14 people were hurt in the riot. Medics said 6 people were also "
            "hurt as the crowd ran.",
            14,
        ),
    ],
    ids=["a-group-then-people", "people-then-people"],
)
def test_people_also_hurt_beside_a_named_group_are_more_hurt(text: str, wounded: float) -> None:
    assert key_figures(text)[1] == wounded
