"""canonical_url: one spelling per article."""

from __future__ import annotations

import pytest

from monitors.urls import canonical_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("HTTP://Example.COM/a", "http://example.com/a", id="lower-scheme-host"),
        pytest.param(
            "https://example.com/News/Item", "https://example.com/News/Item", id="path-case"
        ),
        pytest.param("https://example.com", "https://example.com/", id="empty-path"),
        pytest.param("https://example.com/a#comments", "https://example.com/a", id="fragment"),
        pytest.param("http://example.com:80/a", "http://example.com/a", id="http-default-port"),
        pytest.param("https://example.com:443/a", "https://example.com/a", id="https-default-port"),
        pytest.param("https://example.com:8443/a", "https://example.com:8443/a", id="other-port"),
        pytest.param("http://example.com:443/a", "http://example.com:443/a", id="port-not-default"),
        pytest.param(
            "https://e.com/a?utm_source=tw&utm_medium=social&id=7",
            "https://e.com/a?id=7",
            id="utm",
        ),
        pytest.param("https://e.com/a?fbclid=XYZ", "https://e.com/a", id="fbclid"),
        pytest.param("https://e.com/a?gclid=1&mc_cid=2&mc_eid=3", "https://e.com/a", id="ads-mail"),
        pytest.param("https://e.com/a?UTM_Campaign=x&p=2", "https://e.com/a?p=2", id="upper-utm"),
        pytest.param("https://e.com/a?b=2&a=1&c=3", "https://e.com/a?a=1&b=2&c=3", id="sorted"),
        pytest.param(
            "https://e.com/a?q=a%20b&x=1", "https://e.com/a?q=a%20b&x=1", id="encoding-kept"
        ),
        pytest.param("https://e.com/a?", "https://e.com/a", id="empty-query"),
        pytest.param("https://e.com/a?&&id=1&", "https://e.com/a?id=1", id="empty-pairs"),
        pytest.param("https://e.com/a?flag", "https://e.com/a?flag", id="bare-param"),
        pytest.param("  https://e.com/a  ", "https://e.com/a", id="whitespace"),
        pytest.param("https://www.e.com./a", "https://www.e.com/a", id="trailing-dot-host"),
        pytest.param("https://[::1]:8080/a", "https://[::1]:8080/a", id="ipv6"),
        pytest.param("https://user@e.com/a", "https://user@e.com/a", id="userinfo"),
        pytest.param("mailto:desk@e.com", "mailto:desk@e.com", id="not-http"),
        pytest.param("not a url", "not a url", id="garbage"),
        pytest.param("https://e.com:99999/a", "https://e.com:99999/a", id="bad-port-unchanged"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_idempotent() -> None:
    once = canonical_url("HTTPS://E.com:443/x?utm_source=a&z=1&a=2#f")
    assert canonical_url(once) == once
