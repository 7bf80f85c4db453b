"""review52e's sentences: gaps the lead left open in the fifty-first session, closed on invented
text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _read(text: str) -> tuple[list[tuple[str, float | None, str | None, str | None]], list[str]]:
    """The claims (category, min, group, claimant) and the sources of the statements."""
    found = analyze(text)
    claims = [(c.category, c.min, c.group, c.claimant) for c in found.claims]
    return claims, [a.source for a in found.attributions if a.kind == "statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state told with no predicate after it: a claim with no speaker
        (
            "Two sailors reported dead after the storm.",
            ([("killed", 2, "sailors", None)], []),
        ),
        (
            "Three fishermen reported missing off Kell.",
            ([("missing", 3, "fishermen", None)], []),
        ),
        (
            "Two sailors reported dead, four others missing after the storm off Kell.",
            ([("killed", 2, "sailors", None), ("missing", 4, "others", None)], []),
        ),
        ("Two sailors reported dead.", ([("killed", 2, "sailors", None)], [])),
        (
            "Four climbers reported missing in the Vell range, rescuers said.",
            ([("missing", 4, "climbers", "rescuers")], ["rescuers"]),
        ),
        # counter-examples: a state word before a noun, a verb with its object, a speaker with
        # the count as the object
        ("Residents reported dead fish in the river after the spill.", ([], ["Residents"])),
        ("Two sailors reported the fire to the harbour master.", ([], ["Two sailors"])),
        (
            "The harbour master reported two sailors dead after the storm.",
            ([("killed", 2, "sailors", "The harbour master")], ["The harbour master"]),
        ),
    ],
    ids=[
        "dead-after",
        "missing-off",
        "dead-comma",
        "dead-end",
        "missing-then-speaker",
        "dead-fish",
        "the-fire",
        "object-count",
    ],
)
def test_a_state_told_with_no_predicate_has_no_speaker(
    text: str,
    expected: tuple[list[tuple[str, float, str, str | None]], list[str]],
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a determiner right after the counted people opens a phrase of its own: a relative
        # clause with no "who", a time, a source
        (
            "Gunmen killed nine workers the rebels had hired to repair the road.",
            [("killed", 9, "workers")],
        ),
        ("Gunmen killed nine workers the company had hired.", [("killed", 9, "workers")]),
        (
            "Gunmen killed four men their families had sent to the market.",
            [("killed", 4, "men")],
        ),
        (
            "Bandits kidnapped 12 engineers the ministry had sent to the dam.",
            [("kidnapped", 12, "engineers")],
        ),
        ("Floods killed 30 people the week before the vote.", [("killed", 30, "people")]),
        # counter-examples: a determiner after a preposition stays in the group
        (
            "Gunmen killed nine members of the family on Sunday.",
            [("killed", 9, "members of the family")],
        ),
        (
            "Gunmen killed nine relatives of the mayor.",
            [("killed", 9, "relatives of the mayor")],
        ),
    ],
    ids=[
        "rebels-hired",
        "company-hired",
        "families-sent",
        "ministry-sent",
        "the-week",
        "of-the",
        "of-the-mayor",
    ],
)
def test_a_determiner_after_the_group_ends_it(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(c.category, c.min, c.group) for c in analyze(text).claims] == expected
