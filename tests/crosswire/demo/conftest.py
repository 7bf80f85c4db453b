"""Module-wide fixtures for the demo's tests: one served demo site and one HTTP client."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from crosswire.demo import DemoSite, serve_demo
from tests.crosswire.demo.served import outlet_text


@pytest.fixture(scope="module")
def site() -> Iterator[DemoSite]:
    with serve_demo() as demo:
        yield demo


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5) as http:
        yield http


@pytest.fixture(scope="module")
def served_text(site: DemoSite, client: httpx.Client) -> dict[str, str]:
    return {outlet.key: outlet_text(site, client, outlet.key) for outlet in site.outlets}
