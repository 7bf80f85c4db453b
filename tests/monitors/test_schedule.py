"""Adaptive polling delay and failure backoff: examples and properties."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitors.schedule import FailureOutcome, after_failure, next_poll_delay

NOW = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)


def every(gap: timedelta, count: int, *, ending: datetime = NOW) -> list[datetime]:
    return [ending - gap * i for i in range(count)]


def test_busy_feed_is_polled_at_half_its_gap_but_not_below_minimum() -> None:
    assert next_poll_delay(every(20 * MINUTE, 10), now=NOW) == 10 * MINUTE
    assert next_poll_delay(every(2 * MINUTE, 10), now=NOW) == 5 * MINUTE


def test_slow_feed_is_capped_at_maximum() -> None:
    assert next_poll_delay(every(timedelta(days=3), 5), now=NOW) == timedelta(hours=24)


def test_quiet_feed_backs_off() -> None:
    went_quiet = every(10 * MINUTE, 10, ending=NOW - 8 * HOUR)
    assert next_poll_delay(went_quiet, now=NOW) == 2 * HOUR


def test_no_dates_uses_default() -> None:
    assert next_poll_delay([], now=NOW) == HOUR


def test_future_dates_are_ignored() -> None:
    dates = [*every(20 * MINUTE, 10), NOW + timedelta(days=30)]
    assert next_poll_delay(dates, now=NOW) == 10 * MINUTE


def test_naive_dates_are_taken_as_utc() -> None:
    naive = [when.replace(tzinfo=None) for when in every(20 * MINUTE, 10)]
    assert next_poll_delay(naive, now=NOW) == 10 * MINUTE


def test_configured_interval_wins_over_adaptive() -> None:
    assert next_poll_delay(every(MINUTE, 10), now=NOW, configured=2 * HOUR) == 2 * HOUR


@pytest.mark.parametrize("hint", ["ttl", "max_age", "retry_after"])
def test_server_hints_are_floors(hint: str) -> None:
    kwargs = {hint: 3 * HOUR}
    assert next_poll_delay(every(20 * MINUTE, 10), now=NOW, **kwargs) == 3 * HOUR


def test_ttl_is_capped_by_maximum_but_retry_after_is_not() -> None:
    week = timedelta(days=7)
    assert next_poll_delay([], now=NOW, ttl=week) == timedelta(hours=24)
    assert next_poll_delay([], now=NOW, retry_after=timedelta(days=2)) == timedelta(days=2)


datetimes = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2026, 3, 3, 12), timezones=st.just(UTC)
)
hints = st.none() | st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10))


@settings(deadline=None)
@given(st.lists(datetimes, max_size=40), hints, hints, hints)
def test_delay_properties(
    published: list[datetime],
    ttl: timedelta | None,
    max_age: timedelta | None,
    retry_after: timedelta | None,
) -> None:
    delay = next_poll_delay(published, now=NOW, ttl=ttl, max_age=max_age, retry_after=retry_after)
    assert delay >= timedelta(minutes=5)
    if retry_after is None:
        assert delay <= timedelta(hours=24)
    else:
        assert delay >= min(retry_after, timedelta(days=7))
    for hint in (ttl, max_age):
        if hint is not None:
            assert delay >= min(hint, timedelta(hours=24))


def test_hard_failures_double_the_delay() -> None:
    first = after_failure(0, "hard")
    second = after_failure(first.failures, "hard")
    assert first == FailureOutcome(1.0, timedelta(minutes=10), False)
    assert second.delay == 2 * first.delay


def test_soft_failures_count_half() -> None:
    outcome = after_failure(0, "soft")
    assert outcome.failures == 0.5
    assert outcome.delay < after_failure(0, "hard").delay


def test_pause_after_threshold() -> None:
    failures = 0.0
    soft_attempts = 0
    while not (outcome := after_failure(failures, "soft")).paused:
        failures = outcome.failures
        soft_attempts += 1
    assert soft_attempts == 19  # the 20th soft failure reaches 10
    assert after_failure(8.0, "hard").paused is False
    assert after_failure(9.0, "hard").paused is True
    assert after_failure(1.0, "hard", pause_after=2).paused is True


def test_retry_after_lengthens_backoff() -> None:
    assert after_failure(0, "soft", retry_after=3 * HOUR).delay == 3 * HOUR


@settings(deadline=None)
@given(st.floats(min_value=0, max_value=1000), st.sampled_from(["soft", "hard"]))
def test_backoff_is_bounded_and_monotonic(failures: float, kind: str) -> None:
    outcome = after_failure(failures, kind)  # type: ignore[arg-type]
    assert timedelta(0) < outcome.delay <= timedelta(hours=24)
    assert outcome.failures > failures
    later = after_failure(outcome.failures, kind)  # type: ignore[arg-type]
    assert later.delay >= outcome.delay
