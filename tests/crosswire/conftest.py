"""Fixtures for the core's tests: a migrated store and a loopback server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crosswire.db import Store
from tests.support.httpserver import LoopbackServer


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A migrated SQLite store in a temporary file."""
    with Store.open(f"sqlite:///{tmp_path / 'crosswire.db'}") as opened:
        yield opened


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A real HTTP server on 127.0.0.1 whose routes a test fills in."""
    with LoopbackServer() as running:
        yield running
