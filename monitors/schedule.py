"""When to poll a feed next: adaptive to its publishing rhythm, polite to server hints.

Pure functions of the feed's recent publication times and the hints a server gave (RSS ttl,
Cache-Control max-age, Retry-After), plus a bounded backoff that counts failures fractionally
so a feed that times out now and then is not paused like one that returns 404 every time.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from monitors.model import ErrorKind

RECENT_ITEMS = 20
DEFAULT_DELAY = timedelta(hours=1)
CLOCK_SKEW = timedelta(hours=1)
SOFT_FAILURE_WEIGHT = 0.5
HARD_FAILURE_WEIGHT = 1.0
FIRST_RETRY = timedelta(minutes=10)
MAX_BACKOFF = timedelta(hours=24)
MAX_RETRY_AFTER = timedelta(days=7)


def next_poll_delay(
    published: Sequence[datetime],
    *,
    now: datetime,
    configured: timedelta | None = None,
    ttl: timedelta | None = None,
    max_age: timedelta | None = None,
    retry_after: timedelta | None = None,
    minimum: timedelta = timedelta(minutes=5),
    maximum: timedelta = timedelta(hours=24),
) -> timedelta:
    """Delay until the next poll after a successful one.

    Without a configured interval: half the median gap between the recent items, stretched
    when the feed has been quiet for much longer than usual, kept within [minimum, maximum].
    Never sooner than ttl or max-age (each capped at ``maximum``) nor than Retry-After.

    >>> now = datetime(2026, 3, 3, 12, tzinfo=UTC)
    >>> hourly = [now - timedelta(hours=h) for h in range(6)]
    >>> next_poll_delay(hourly, now=now)
    datetime.timedelta(seconds=1800)
    >>> next_poll_delay(hourly, now=now, ttl=timedelta(hours=2))
    datetime.timedelta(seconds=7200)
    """
    if configured is not None and configured > timedelta(0):
        delay = configured
    else:
        delay = min(max(_adaptive(published, now=now), minimum), maximum)
    for hint in (ttl, max_age):
        if hint is not None and hint > delay:
            delay = min(hint, max(maximum, delay))
    if retry_after is not None and retry_after > delay:
        delay = min(retry_after, MAX_RETRY_AFTER)
    return delay


def _adaptive(published: Sequence[datetime], *, now: datetime) -> timedelta:
    latest_allowed = now + CLOCK_SKEW
    times = sorted(
        {_aware(when) for when in published if _aware(when) <= latest_allowed}, reverse=True
    )[:RECENT_ITEMS]
    if len(times) < 2:
        if times:
            return max(DEFAULT_DELAY, (now - times[0]) / 4)
        return DEFAULT_DELAY
    gaps = [(newer - older).total_seconds() for newer, older in itertools.pairwise(times)]
    typical = timedelta(seconds=statistics.median(gaps))
    delay = typical / 2
    quiet = now - times[0]
    if quiet > typical * 4:
        delay = max(delay, quiet / 4)
    return delay


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class FailureOutcome:
    """After a failed poll: the new failure count, how long to wait, and whether to pause."""

    failures: float
    delay: timedelta
    paused: bool


def after_failure(
    failures: float,
    kind: ErrorKind,
    *,
    retry_after: timedelta | None = None,
    pause_after: float = 10.0,
) -> FailureOutcome:
    """Count a failure (soft 0.5, hard 1) and back off exponentially, bounded at a day.

    >>> after_failure(0, "hard")
    FailureOutcome(failures=1.0, delay=datetime.timedelta(seconds=600), paused=False)
    >>> after_failure(9, "hard").paused
    True
    """
    weight = SOFT_FAILURE_WEIGHT if kind == "soft" else HARD_FAILURE_WEIGHT
    count = max(0.0, failures) + weight
    exponent = min(count - 1.0, 20.0)
    delay = min(FIRST_RETRY * (2.0**exponent), MAX_BACKOFF)
    if retry_after is not None and retry_after > delay:
        delay = min(retry_after, MAX_RETRY_AFTER)
    return FailureOutcome(failures=count, delay=delay, paused=count >= pause_after)


#: First wait before re-reading an article page that could not be read, doubled each time.
FULLTEXT_FIRST_RETRY = timedelta(minutes=10)
FULLTEXT_MAX_WAIT = timedelta(hours=12)
#: Reads of an article page before its full text is given up (the feed text stays).
FULLTEXT_MAX_ATTEMPTS = 6


def fulltext_retry_delay(attempts: int) -> timedelta | None:
    """How long to wait after ``attempts`` failed reads of a page; None once it is given up.

    >>> [fulltext_retry_delay(n) for n in (1, 2)]
    [datetime.timedelta(seconds=600), datetime.timedelta(seconds=1200)]
    >>> fulltext_retry_delay(FULLTEXT_MAX_ATTEMPTS) is None
    True
    """
    if attempts >= FULLTEXT_MAX_ATTEMPTS:
        return None
    return min(FULLTEXT_FIRST_RETRY * (1 << max(0, attempts - 1)), FULLTEXT_MAX_WAIT)
