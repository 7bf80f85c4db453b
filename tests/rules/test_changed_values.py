"""A figure stated as a change ("rose by 12 to 52", "revised from 42 to 38") is its new value.

An old value the change names ("from 42") is a claim of its own, made by the
earlier-value rule (CB124) that the product reads as background; the step
("by 12") is no claim at all.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from rules.numbers import find_figures

_EARLIER = "CB124"


def _claims(text: str) -> list[tuple[str, int | None, int | None, str]]:
    """The claims of ``text`` other than the old values of a change."""
    return [
        (c.category, c.min, c.max, c.qualifier) for c in analyze(text).claims if c.rule != _EARLIER
    ]


def _old_values(text: str) -> list[int | None]:
    return [c.min for c in analyze(text).claims if c.rule == _EARLIER]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose by 12 to 52, the coroner said.", ("killed", 52, 52, "exact")),
        ("The death toll in Varnholt rose from 30 to 42 overnight.", ("killed", 42, 42, "exact")),
        ("The health ministry revised the toll from 42 to 38.", ("killed", 38, 38, "exact")),
        ("The number of injured climbed by five to 19.", ("wounded", 19, 19, "exact")),
        ("The toll has risen by three to at least 17.", ("killed", 17, None, "at_least")),
        ("The death toll jumped from 30 to more than 40.", ("killed", 40, None, "more_than")),
        ("Police raised the death toll from two to four.", ("killed", 4, 4, "exact")),
        (
            "The number of people displaced rose by 2,000 to 14,500.",
            ("displaced", 14500, 14500, "exact"),
        ),
        # a verb of rising or falling takes its step with no "by"
        ("Deaths in the outbreak rose 12 to 52, the ministry said.", ("killed", 52, 52, "exact")),
        ("The death toll jumped nine to at least 40.", ("killed", 40, None, "at_least")),
        ("The number of dead fell 4 to 38 after a recount.", ("killed", 38, 38, "exact")),
    ],
)
def test_a_change_gives_the_new_value(text: str, expected: tuple[object, ...]) -> None:
    assert _claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("The death toll in Varnholt rose from 30 to 42 overnight.", [30]),
        ("The health ministry revised the toll from 42 to 38.", [42]),
        ("Police raised the death toll from two to four.", [2]),
        # a step is no earlier value
        ("The death toll rose by 12 to 52, the coroner said.", []),
        ("The number of dead fell 4 to 38 after a recount.", []),
    ],
)
def test_the_old_value_of_a_change_is_an_earlier_value(text: str, old: list[int]) -> None:
    assert _old_values(text) == old


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no verb of change: the same words are a range
        ("From 10 to 12 people were killed in the raid.", ("killed", 10, 12, "range")),
        ("Between 10 and 12 people were killed in the raid.", ("killed", 10, 12, "range")),
        # "from <day> to <day>" says whose toll it is, not an old value
        ("The death toll from Monday to Wednesday rose to 40.", ("killed", 40, 40, "exact")),
        # "rose to 12 to 15": the new value itself is a range
        ("The toll rose to 12 to 15 people on Monday.", ("killed", 12, 15, "range")),
    ],
)
def test_without_a_change_the_words_keep_their_reading(
    text: str, expected: tuple[object, ...]
) -> None:
    assert _claims(text) == [expected]


def test_the_step_and_the_old_value_are_no_figures() -> None:
    text = "Turnout rose by 12 to 52 percent; the toll fell from 42 to 38."
    assert [(f.figure.min, text[f.start : f.end]) for f in find_figures(text)] == [(38, "38")]
