"""One person's death is one claim, however many rules read it."""

from __future__ import annotations

from rules.analyze import analyze


def test_a_suspect_pronounced_dead_is_counted_once() -> None:
    claims = analyze("The suspect was pronounced dead at the hospital.").claims
    assert [(c.category, c.min) for c in claims] == [("killed", 1)]
