"""From a stated figure to the interval of values it allows, and how two intervals relate.

The qualifier table (``QualifierBands`` in settings, documented in docs/DIVERGENCE.md):

| qualifier      | interval                 | stated value     |
|----------------|--------------------------|------------------|
| exact N        | [N, N]                   | N                |
| approximately N| [⌊N(1-a)⌋, ⌈N(1+a)⌉]     | N                |
| almost N       | [⌊N(1-b)⌋, N)            | N                |
| at_least N     | [N, ∞)                   | N                |
| more_than N    | (N, ∞)                   | N                |
| at_most N      | [0, N]                   | N                |
| fewer_than N   | [0, N)                   | N                |
| range a–b      | [a, b]                   | (a + b) / 2      |
| unspecified    | no interval              | none             |

>>> bands = QualifierBands()
>>> interval_of("approximately", 30, 30, bands)
Interval(lo=27, hi=33, lo_open=False, hi_open=False)
>>> disjoint(interval_of("more_than", 120, None, bands),
...          interval_of("approximately", 80, 80, bands))
True
>>> disjoint(interval_of("range", 10000, 12000, bands),
...          interval_of("approximately", 11000, 11000, bands))
False
"""

from __future__ import annotations

import math
import re

from crosswire.divergence.model import Interval
from crosswire.divergence.settings import QualifierBands

#: Vague quantities ("dozens", "hundreds"): the rules give them a floor, not a count, so they
#: give way to a stated number and are never summed into one.
VAGUE = re.compile(
    r"\b(?:dozens|hundreds|thousands|scores|several|many|numerous|tens)\b", re.IGNORECASE
)


def interval_of(
    qualifier: str, low: float | None, high: float | None, bands: QualifierBands
) -> Interval | None:
    """The values a figure allows, or ``None`` when it states no number."""
    number = low if low is not None else high
    if number is None or qualifier == "unspecified":
        return None
    if qualifier == "range" and low is not None and high is not None:
        return Interval(min(low, high), max(low, high))
    if qualifier == "approximately":
        return Interval(
            _down(number * (1 - bands.approximately)), _up(number * (1 + bands.approximately))
        )
    if qualifier == "almost":
        return Interval(_down(number * (1 - bands.almost)), number, hi_open=True)
    if qualifier == "at_least":
        return Interval(number, None)
    if qualifier == "more_than":
        return Interval(number, None, lo_open=True)
    if qualifier == "at_most":
        return Interval(0, number)
    if qualifier == "fewer_than":
        return Interval(0, number, hi_open=True)
    spread = number * bands.exact
    return Interval(_down(number - spread), _up(number + spread))


def _down(value: float) -> int:
    """Round a bound down to whole people, ignoring float noise (27.000000001 is 27)."""
    return math.floor(round(value, 6))


def _up(value: float) -> int:
    return math.ceil(round(value, 6))


def stated_value(qualifier: str, low: float | None, high: float | None) -> float | None:
    """The one number the text puts forward: a range's midpoint, else the number given."""
    if qualifier == "unspecified":
        return None
    if qualifier == "range" and low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high


def disjoint(a: Interval, b: Interval) -> bool:
    """True when no value satisfies both intervals."""
    return _below(a, b) or _below(b, a)


def _below(a: Interval, b: Interval) -> bool:
    """Everything ``a`` allows lies below everything ``b`` allows."""
    if a.hi is None:
        return False
    if a.hi < b.lo:
        return True
    return a.hi == b.lo and (a.hi_open or b.lo_open)


def exceeds(part: Interval, whole: Interval) -> bool:
    """A part's count (killed) that must be more than its whole allows (killed or wounded).

    "12 killed" never contradicts "30 killed or wounded"; "40 killed" does.
    """
    if whole.hi is None:
        return False
    return part.lo > whole.hi or (part.lo == whole.hi and (part.lo_open or whole.hi_open))


def whole_counts(interval: Interval) -> tuple[float, float | None]:
    """The whole numbers an interval allows, as closed bounds: "more than 40" is (41, None),
    the same count as "at least 41"."""
    low = _down(interval.lo) + 1 if interval.lo_open else _up(interval.lo)
    if interval.hi is None:
        return (low, None)
    high = _up(interval.hi) - 1 if interval.hi_open else _down(interval.hi)
    return (low, high)


def relative_difference(a: float, b: float) -> float:
    """|a - b| relative to the larger of the two (0 when both are 0)."""
    larger = max(abs(a), abs(b))
    return abs(a - b) / larger if larger else 0.0


def describe(interval: Interval) -> str:
    """A short human form: "27–33", "≥ 30", "> 120", "< 10"."""
    lo, hi = _number(interval.lo), None if interval.hi is None else _number(interval.hi)
    if hi is None:
        return f"> {lo}" if interval.lo_open else f"≥ {lo}"
    if interval.lo == 0 and not interval.lo_open:
        return f"< {hi}" if interval.hi_open else f"≤ {hi}"
    if lo == hi:
        return lo
    return f"{lo}–{hi}"


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"
