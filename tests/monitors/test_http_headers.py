"""Retry-After and Cache-Control parsing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitors.http_headers import parse_max_age, parse_retry_after

NOW = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("0", timedelta(0), id="zero"),
        pytest.param(" 90 ", timedelta(seconds=90), id="spaces"),
        pytest.param("Tue, 03 Mar 2026 12:30:00 GMT", timedelta(minutes=30), id="http-date"),
        pytest.param("Tue, 03 Mar 2026 11:00:00 GMT", timedelta(0), id="date-in-past"),
        pytest.param("99999999999", timedelta(days=7), id="capped"),
        pytest.param("-5", None, id="negative"),
        pytest.param("1.5", None, id="fraction"),
        pytest.param("²", None, id="unicode-digit"),
        pytest.param("tomorrow", None, id="words"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="absent"),
    ],
)
def test_retry_after(value: str | None, expected: timedelta | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("max-age=300", timedelta(minutes=5), id="plain"),
        pytest.param("public, MAX-AGE=60, must-revalidate", timedelta(minutes=1), id="mixed"),
        pytest.param('max-age="120"', timedelta(minutes=2), id="quoted"),
        pytest.param("s-maxage=600", None, id="shared-only"),
        pytest.param("no-store", None, id="no-store"),
        pytest.param("max-age=60, no-cache", None, id="no-cache"),
        pytest.param("max-age=abc", None, id="garbage"),
        pytest.param(None, None, id="absent"),
    ],
)
def test_max_age(value: str | None, expected: timedelta | None) -> None:
    assert parse_max_age(value) == expected
