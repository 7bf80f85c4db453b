"""Read the HTTP headers that tell a poller when to come back (Retry-After, Cache-Control)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

MAX_HINT = timedelta(days=7)


def parse_retry_after(value: str | None, *, now: datetime) -> timedelta | None:
    """Retry-After as a delay from ``now``: delta-seconds or an HTTP date; None if unusable.

    >>> now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    >>> parse_retry_after("120", now=now)
    datetime.timedelta(seconds=120)
    >>> parse_retry_after("Sun, 01 Mar 2026 12:05:00 GMT", now=now)
    datetime.timedelta(seconds=300)
    >>> parse_retry_after("soon", now=now) is None
    True
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return min(timedelta(seconds=int(text[:9])), MAX_HINT)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(when - now, timedelta(0)), MAX_HINT)


def parse_max_age(value: str | None) -> timedelta | None:
    """Cache-Control max-age as a timedelta; None when absent, invalid, or no-store/no-cache.

    >>> parse_max_age("public, max-age=600")
    datetime.timedelta(seconds=600)
    >>> parse_max_age("no-cache, max-age=600") is None
    True
    """
    if not value:
        return None
    max_age: timedelta | None = None
    for directive in value.split(","):
        name, _, argument = directive.strip().partition("=")
        name = name.strip().lower()
        if name in ("no-cache", "no-store"):
            return None
        if name == "max-age":
            seconds = argument.strip().strip('"')
            if not (seconds.isascii() and seconds.isdigit()):
                return None
            max_age = min(timedelta(seconds=int(seconds[:9])), MAX_HINT)
    return max_age
