"""Fixtures for monitors tests: a loopback HTTP server per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.httpserver import LoopbackServer


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A started loopback server with no routes; tests add to ``server.routes``."""
    with LoopbackServer() as running:
        yield running
