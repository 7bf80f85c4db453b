"""A rival figure put on the same count in one sentence keeps its own claimant."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None, str, str | None]]:
    return [(c.category, c.min, c.qualifier, c.claimant) for c in analyze(text).claims]


def test_a_rival_figure_counts_what_the_first_one_counts() -> None:
    text = (
        "The landslide killed at least 14 villagers, the governor said, while relief workers"
        " put the figure at 30."
    )
    assert _claims(text) == [
        ("killed", 14, "at_least", "the governor"),
        ("killed", 30, "exact", "relief workers"),
    ]


def test_a_figure_put_on_nothing_counts_nothing() -> None:
    assert _claims("Relief workers put the figure at 30.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The storm killed 3 people and cost $12 million; insurers put the figure at $20 million.",
        "Two people died and 300 mourners came to the vigil, and organisers put the figure at 500.",
        "Ten people died, and insurers estimated the figure at 1.2 billion.",
        "Ten people died, and the city put the figure at 30 for the whole year.",
    ],
)
def test_a_figure_put_on_something_else_is_no_rival(text: str) -> None:
    assert [c for c in analyze(text).claims if c.rule == "CB28"] == []


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        (
            "The defence ministry said 14 soldiers were killed at the Tarvel crossing. The"
            " rebels, in a statement, put the figure at 40.",
            ("killed", 40, "exact", "The rebels"),
        ),
        (
            "Police said six people were hurt in the crush. Stewards at the ground placed the"
            " number at more than a dozen.",
            ("wounded", 12, "more_than", "Stewards at the ground"),
        ),
    ],
)
def test_a_rival_figure_in_the_next_sentence_counts_the_toll_before_it(
    text: str, rival: tuple[str, int, str, str]
) -> None:
    assert _claims(text)[-1] == rival


@pytest.mark.parametrize(
    "text",
    [
        # two sentences apart, with a sentence of something else between
        "Six people were hurt. The match was abandoned. Stewards put the figure at 12.",
        # killed and wounded both told before: which is meant is unknown
        "The blast killed four people and wounded 20. Doctors put the figure at 31.",
    ],
)
def test_no_rival_without_one_toll_right_before(text: str) -> None:
    assert all(c.rule != "CB76" for c in analyze(text).claims)
