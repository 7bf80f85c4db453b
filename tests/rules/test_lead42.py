"""Readings the forty-second session's lead added. Every sentence is invented.

Claims: a toll set by a verb and then the hurt's own value in the same frame ("put the dead
at 8 and the wounded at 23") gives the hurt their figure, not the dead a second one.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The county put the number of dead at 8 and the wounded at 23 by evening.",
            [("killed", 8), ("wounded", 23)],
        ),
        (
            "Medics estimated the toll at 31 dead, with the injured at about 70.",
            [("killed", 31), ("wounded", 70)],
        ),
        # no verb that sets a figure: the hurt at three hospitals are not a count
        ("Nurses moved the injured at 3 hospitals to new wards.", []),
        ("They took the wounded at 6 p.m. to the clinic.", []),
    ],
    ids=["put-at-and", "estimated-with", "no-set-verb", "a-time"],
)
def test_the_hurt_at_a_figure_set_beside_the_dead(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected
