"""review51a's sentences: gaps the lead left open in the fifty-first session, closed on invented
text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.category, c.min, c.rule) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Seven people died when the ferry capsized, the coastguard said on Tuesday, raising "
            "its count of deaths from five.",
            ("killed", 5),
        ),
        (
            "Eleven miners died in the blast, the company said, raising the number of dead "
            "from eight.",
            ("killed", 8),
        ),
        (
            "Twenty pilgrims were hurt in the crush, the shrine's guards said, raising their "
            "tally of injuries from 14.",
            ("wounded", 14),
        ),
        (
            "Two porters died and 19 climbers were hurt in the avalanche, the park said on "
            "Sunday, raising its count of deaths from one.",
            ("killed", 1),
        ),
    ],
    ids=["count-of-deaths", "number-of-dead", "tally-of-injuries", "the-named-kind"],
)
def test_a_count_of_the_dead_or_hurt_raised_from_past_its_claimant(
    text: str, earlier: tuple[str, float]
) -> None:
    assert (*earlier, "CB124") in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The choir said on Friday it was raising money from donors in Velmar.",
        "Officials in Tarn said the toll had climbed overnight.",
        "The old ferryman rose from his chair when 12 riders came in.",
        "A loaf in Osk cost 62 cents, the bakers said, up from 47 cents a year earlier.",
        "Police arrested 14 people, the ministry said, raising its count of deaths from four.",
    ],
    ids=["money-from-donors", "no-from", "from-his-chair", "cents", "no-count-of-the-dead"],
)
def test_no_earlier_toll_in_other_changes(text: str) -> None:
    assert not any(rule == "CB124" for _, _, rule in _claims(text))
