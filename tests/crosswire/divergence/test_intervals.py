"""Qualifier intervals: the table, and properties that must hold for any figure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.divergence.intervals import (
    describe,
    disjoint,
    exceeds,
    interval_of,
    relative_difference,
    stated_value,
)
from crosswire.divergence.model import Interval
from crosswire.divergence.settings import QualifierBands

BANDS = QualifierBands()
QUALIFIERS = ("exact", "approximately", "almost", "at_least", "more_than", "at_most", "fewer_than")


@pytest.mark.parametrize(
    ("qualifier", "low", "high", "expected"),
    [
        ("exact", 30, 30, Interval(30, 30)),
        ("approximately", 30, 30, Interval(27, 33)),
        ("approximately", 11000, 11000, Interval(9900, 12100)),
        ("almost", 10000, None, Interval(9000, 10000, hi_open=True)),
        ("at_least", 30, None, Interval(30, None)),
        ("more_than", 120, None, Interval(120, None, lo_open=True)),
        ("at_most", None, 60, Interval(0, 60)),
        ("fewer_than", None, 20, Interval(0, 20, hi_open=True)),
        ("range", 10000, 12000, Interval(10000, 12000)),
    ],
    ids=lambda v: str(v),
)
def test_qualifier_table(qualifier: str, low: float, high: float, expected: Interval) -> None:
    assert interval_of(qualifier, low, high, BANDS) == expected


def test_unspecified_has_no_interval_and_no_value() -> None:
    assert interval_of("unspecified", None, None, BANDS) is None
    assert stated_value("unspecified", None, None) is None


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (("more_than", 120, None), ("approximately", 80, 80), True),
        (("range", 10000, 12000), ("approximately", 11000, 11000), False),
        (("approximately", 30, 30), ("at_least", 30, None), False),
        (("more_than", 10000, None), ("almost", None, 10000), True),
        (("at_least", 42, None), ("exact", 57, 57), False),
        (("exact", 42, 42), ("exact", 38, 38), True),
        (("fewer_than", None, 20), ("exact", 20, 20), True),
        (("at_most", None, 20), ("exact", 20, 20), False),
    ],
)
def test_disjoint_cases(a: tuple, b: tuple, apart: bool) -> None:
    first, second = interval_of(*a, BANDS), interval_of(*b, BANDS)
    assert first is not None and second is not None
    assert disjoint(first, second) is apart


def test_a_part_only_conflicts_when_it_exceeds_the_whole() -> None:
    whole = interval_of("approximately", 30, 30, BANDS)
    assert whole is not None
    assert not exceeds(Interval(12, 12), whole)
    assert exceeds(Interval(40, 40), whole)
    assert not exceeds(Interval(40, 40), Interval(30, None))


def test_describe_and_difference() -> None:
    assert describe(Interval(27, 33)) == "27–33"
    assert describe(Interval(30, None)) == "≥ 30"
    assert describe(Interval(0, 20, hi_open=True)) == "< 20"
    assert relative_difference(42, 57) == pytest.approx(15 / 57)
    assert relative_difference(0, 0) == 0.0


figures = st.integers(min_value=1, max_value=2_000_000)
qualifiers = st.sampled_from(QUALIFIERS)


def _interval(qualifier: str, number: int) -> Interval:
    low = None if qualifier in ("almost", "at_most", "fewer_than") else number
    high = (
        number
        if qualifier in ("exact", "approximately", "almost", "at_most", "fewer_than")
        else None
    )
    made = interval_of(qualifier, low, high, BANDS)
    assert made is not None
    return made


@given(qualifiers, figures)
def test_a_claim_never_conflicts_with_itself_or_its_copy(qualifier: str, number: int) -> None:
    assert not disjoint(_interval(qualifier, number), _interval(qualifier, number))


@given(qualifiers, figures, qualifiers, figures)
def test_disjoint_is_symmetric(q1: str, n1: int, q2: str, n2: int) -> None:
    a, b = _interval(q1, n1), _interval(q2, n2)
    assert disjoint(a, b) == disjoint(b, a)


@given(figures, st.floats(min_value=-0.1, max_value=0.1))
def test_approximate_figures_agree_within_tolerance(number: int, shift: float) -> None:
    other = round(number * (1 + shift))
    assert not disjoint(_interval("approximately", number), _interval("exact", other))


@given(figures, figures, figures)
def test_a_range_agrees_with_every_point_inside_it(a: int, b: int, c: int) -> None:
    low, point, high = sorted((a, b, c))
    made = interval_of("range", low, high, BANDS)
    assert made is not None
    assert not disjoint(made, _interval("exact", point))
    assert made.contains(point)


@given(qualifiers, figures)
def test_the_stated_figure_lies_in_or_at_the_edge_of_its_interval(
    qualifier: str, number: int
) -> None:
    made = _interval(qualifier, number)
    assert made.lo <= number and (made.hi is None or number <= made.hi)
