"""Defects review39 found in the twenty-fourth session's rules, each with its repro sentence.
Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.category, c.min, c.max) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tragedy" is disaster vocabulary, not a play's
        ("Divers recovered 12 bodies on Tuesday after the ferry tragedy.", [("killed", 12, 12)]),
        ("Fourteen bodies lay in the morgue, the worst tragedy in decades.", [("killed", 14, 14)]),
        # survivors met, not found trapped
        ("Reporters found 14 survivors in the camp who described the attack.", []),
        ("The charity reached 5,000 survivors in the region with food aid.", []),
        # a bare admission to a place that gives no care, or after a figurative lead
        ("After the flood, the victims were admitted to a shelter.", []),
        (
            "The minister faced a storm of criticism. Some 41 patients were admitted overnight.",
            [],
        ),
        # a burial beside one's family
        ("The three sisters were buried in the earth beside their parents.", []),
        ("Three miners were buried under the earth when the tunnel caved in.", [("missing", 3, 3)]),
        # a bound before a toll of one
        ("The storm caused at least one death in the north.", [("killed", 1, None)]),
    ],
)
def test_review39_claims(text: str, expected: list[tuple[str, int, int | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The victims admitted they had not seen the gunman.",
        "Patients admitted they had waited six hours to see a doctor.",
    ],
)
def test_a_confession_by_the_hurt_stays_a_statement(text: str) -> None:
    assert [a.cue for a in analyze(text).attributions] == ["admitted"]
    assert _claims(text) == []
