"""Fetcher against a real loopback server: validators, errors, limits and politeness."""

from __future__ import annotations

import asyncio
import gzip
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta
from typing import TypeVar

import httpx
import pytest

from monitors.feeds import parse_feed
from monitors.fetch import Fetcher, FetchPolicy, make_client
from monitors.fetch_errors import classify_exception
from monitors.model import FetchResult
from tests.support.httpserver import LoopbackServer, RecordedRequest, Response

T = TypeVar("T")

FAST = FetchPolicy(
    user_agent="CrosswireTest/1.0 (+https://example.org/bot)",
    connect_timeout=2.0,
    read_timeout=2.0,
    per_host_delay=0.0,
    max_bytes=100_000,
    allow_networks=("127.0.0.0/8",),
)
RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>http://example.org/</link>
<item><title>Ferry service resumes</title><link>http://example.org/ferry</link></item>
</channel></rss>"""


def fetch_all(policy: FetchPolicy, work: Callable[[Fetcher], Awaitable[T]]) -> T:
    async def main() -> T:
        async with make_client(policy) as client:
            return await work(Fetcher(client, policy))

    return asyncio.run(main())


def fetch_one(policy: FetchPolicy, url: str, **kwargs: str) -> FetchResult:
    return fetch_all(policy, lambda fetcher: fetcher.fetch(url, **kwargs))


def test_ok_body_headers_and_user_agent() -> None:
    route = Response(
        200,
        {"Content-Type": "application/rss+xml", "ETag": '"v1"', "Cache-Control": "max-age=900"},
        RSS,
    )
    with LoopbackServer({"/feed": route}) as server:
        result = fetch_one(FAST, server.url("/feed"))
        seen = server.requests_for("/feed")[0]
    assert result.ok and result.status == 200
    assert result.body == RSS
    assert result.etag == '"v1"'
    assert result.content_type == "application/rss+xml"
    assert result.max_age == timedelta(seconds=900)
    assert seen.headers["user-agent"] == FAST.user_agent
    assert "application/rss+xml" in seen.headers["accept"]
    assert "if-none-match" not in seen.headers


def _conditional(request: RecordedRequest) -> Response:
    if request.headers.get("if-none-match") == '"v2"':
        return Response(304, {"ETag": '"v2"'})
    if request.headers.get("if-modified-since") == "Tue, 03 Mar 2026 10:00:00 GMT":
        return Response(304)
    return Response(200, {"ETag": '"v2"', "Last-Modified": "Tue, 03 Mar 2026 10:00:00 GMT"}, RSS)


def test_etag_gives_not_modified() -> None:
    with LoopbackServer({"/feed": _conditional}) as server:
        first = fetch_one(FAST, server.url("/feed"))
        assert first.etag == '"v2"' and first.body == RSS
        second = fetch_one(FAST, server.url("/feed"), etag=first.etag or "")
        sent = server.requests_for("/feed")[1].headers
    assert second.not_modified and second.status == 304 and second.ok
    assert second.body is None
    assert second.etag == '"v2"'
    assert sent["if-none-match"] == '"v2"'


def test_last_modified_gives_not_modified_and_keeps_validator() -> None:
    stamp = "Tue, 03 Mar 2026 10:00:00 GMT"
    with LoopbackServer({"/feed": _conditional}) as server:
        result = fetch_one(FAST, server.url("/feed"), last_modified=stamp)
        sent = server.requests_for("/feed")[0].headers
    assert result.not_modified
    assert result.last_modified == stamp
    assert sent["if-modified-since"] == stamp


def test_429_is_soft_with_retry_after_seconds() -> None:
    with LoopbackServer({"/feed": Response(429, {"Retry-After": "120"}, b"slow down")}) as server:
        result = fetch_one(FAST, server.url("/feed"))
    assert result.error == "HTTP 429 Too Many Requests"
    assert result.error_kind == "soft"
    assert result.retry_after == timedelta(seconds=120)


def test_503_retry_after_http_date() -> None:
    later = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 600))
    with LoopbackServer({"/feed": Response(503, {"Retry-After": later})}) as server:
        result = fetch_one(FAST, server.url("/feed"))
    assert result.error_kind == "soft"
    assert result.retry_after is not None
    assert timedelta(seconds=590) <= result.retry_after <= timedelta(seconds=601)


def test_500_is_soft_one_line() -> None:
    with LoopbackServer({"/feed": Response(500, {}, b"<h1>oops</h1>")}) as server:
        result = fetch_one(FAST, server.url("/feed"))
    assert result.error == "HTTP 500 Internal Server Error"
    assert result.error_kind == "soft" and result.status == 500


@pytest.mark.parametrize("status", [403, 404, 410])
def test_client_errors_are_hard(status: int) -> None:
    with LoopbackServer({"/feed": Response(status)}) as server:
        result = fetch_one(FAST, server.url("/feed"))
    assert result.error is not None and result.error.startswith(f"HTTP {status} ")
    assert result.error_kind == "hard"


def test_slow_response_times_out_softly() -> None:
    policy = replace(FAST, read_timeout=0.3)
    with LoopbackServer({"/slow": Response(200, {}, RSS, delay=1.5)}) as server:
        started = time.monotonic()
        result = fetch_one(policy, server.url("/slow"))
        took = time.monotonic() - started
    assert result.error == "read timeout after 0.3s"
    assert result.error_kind == "soft"
    assert took < 1.4


def test_oversized_streamed_body_is_aborted() -> None:
    chunk = b"<item>" + b"x" * 8192 + b"</item>"
    huge = Response(200, {"Content-Type": "application/rss+xml"}, chunk, repeat=10_000)
    with LoopbackServer({"/huge": huge}) as server:
        started = time.monotonic()
        result = fetch_one(FAST, server.url("/huge"))
        took = time.monotonic() - started
    assert result.error == f"body larger than {FAST.max_bytes} bytes"
    assert result.error_kind == "hard"
    assert result.body is None
    assert took < 3


def test_declared_oversize_is_refused_before_reading() -> None:
    body = b"y" * (FAST.max_bytes + 1)
    with LoopbackServer({"/big": Response(200, {}, body)}) as server:
        result = fetch_one(FAST, server.url("/big"))
    assert result.error == f"body larger than {FAST.max_bytes} bytes"


def test_redirect_is_followed_and_final_url_reported() -> None:
    routes = {
        "/old": Response(301, {"Location": "/new"}),
        "/new": Response(200, {"Content-Type": "application/rss+xml"}, RSS),
    }
    with LoopbackServer(routes) as server:
        result = fetch_one(FAST, server.url("/old"))
    assert result.ok and result.body == RSS
    assert result.url.endswith("/old") and result.final_url.endswith("/new")


def test_redirect_loop_is_hard_error() -> None:
    routes = {"/a": Response(302, {"Location": "/b"}), "/b": Response(302, {"Location": "/a"})}
    with LoopbackServer(routes) as server:
        result = fetch_one(FAST, server.url("/a"))
        assert server.count("/a") == 1 and server.count("/b") == 1
    assert result.error is not None and result.error.startswith("redirect loop")
    assert result.error_kind == "hard"


def test_too_many_redirects() -> None:
    routes = {f"/r{i}": Response(302, {"Location": f"/r{i + 1}"}) for i in range(10)}
    with LoopbackServer(routes) as server:
        result = fetch_one(replace(FAST, max_redirects=3), server.url("/r0"))
        assert server.count("/r4") == 0
    assert result.error == "too many redirects (more than 3)"
    assert result.error_kind == "hard"


def test_redirect_to_other_scheme_is_hard() -> None:
    with LoopbackServer({"/x": Response(302, {"Location": "file:///etc/passwd"})}) as server:
        result = fetch_one(FAST, server.url("/x"))
    assert result.error is not None and "unsupported URL scheme 'file'" in result.error
    assert result.error_kind == "hard"


@pytest.mark.parametrize("url", ["ftp://example.org/feed", "javascript:alert(1)", "no-scheme"])
def test_non_http_scheme_is_hard_without_network(url: str) -> None:
    result = fetch_one(FAST, url)
    assert result.error is not None and "unsupported URL scheme" in result.error
    assert result.error_kind == "hard"


def test_connection_refused_is_soft() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = fetch_one(FAST, f"http://127.0.0.1:{port}/feed")
    assert result.error == "connection refused"
    assert result.error_kind == "soft"


def test_dns_failure_is_classified_hard() -> None:
    cause = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    error = httpx.ConnectError("[Errno -2] Name or service not known")
    error.__cause__ = cause
    found = classify_exception(error, connect_timeout=1, read_timeout=1)
    assert found == ("DNS lookup failed (host not found)", "hard")
    again = httpx.ConnectError("temporary")
    again.__cause__ = socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
    assert classify_exception(again, connect_timeout=1, read_timeout=1)[1] == "soft"


def test_per_host_concurrency_is_limited() -> None:
    policy = replace(FAST, per_host_concurrency=2, concurrency=20)
    routes = {f"/f{i}": Response(200, {}, RSS, delay=0.15) for i in range(8)}
    with LoopbackServer(routes) as server:
        urls = [server.url(f"/f{i}") for i in range(8)]
        results = fetch_all(
            policy, lambda fetcher: asyncio.gather(*(fetcher.fetch(url) for url in urls))
        )
        peak = server.max_concurrent
    assert all(result.ok for result in results)
    assert peak == 2


def test_global_concurrency_is_limited_across_hosts() -> None:
    policy = replace(FAST, per_host_concurrency=10, concurrency=3)
    routes = {f"/f{i}": Response(200, {}, RSS, delay=0.15) for i in range(9)}
    with LoopbackServer(routes) as server:
        # 127.0.0.1 and localhost are different hosts to the fetcher, one server to us.
        urls = [server.url(f"/f{i}") for i in range(5)]
        urls += [server.url(f"/f{i}").replace("127.0.0.1", "localhost") for i in range(5, 9)]
        results = fetch_all(
            policy, lambda fetcher: asyncio.gather(*(fetcher.fetch(url) for url in urls))
        )
        peak = server.max_concurrent
    assert all(result.ok for result in results), [r.error for r in results]
    assert peak == 3


def test_politeness_delay_spaces_requests_to_one_host() -> None:
    policy = replace(FAST, per_host_concurrency=4, per_host_delay=0.2)
    routes = {f"/f{i}": Response(200, {}, RSS) for i in range(4)}
    with LoopbackServer(routes) as server:
        urls = [server.url(f"/f{i}") for i in range(4)]
        started = time.monotonic()
        fetch_all(policy, lambda fetcher: asyncio.gather(*(fetcher.fetch(url) for url in urls)))
        took = time.monotonic() - started
    assert took >= 0.6  # three gaps of 0.2 s between four requests


def test_total_timeout_bounds_a_dripping_server() -> None:
    policy = replace(FAST, read_timeout=5.0, total_timeout=0.5)
    drip = Response(200, {}, b"<rss>", delay=0.0, repeat=1)
    with LoopbackServer({"/drip": replace(drip, delay=2.0)}) as server:
        result = fetch_one(policy, server.url("/drip"))
    assert result.error == "no complete response within 0.5s"
    assert result.error_kind == "soft"


def test_gzip_body_is_decoded_and_bomb_is_bounded(server: LoopbackServer) -> None:
    small = gzip.compress(RSS)
    bomb = gzip.compress(b"<rss>" + b" " * (FAST.max_bytes * 3))
    server.routes["/gz"] = Response(200, {"Content-Encoding": "gzip"}, small)
    server.routes["/bomb"] = Response(200, {"Content-Encoding": "gzip"}, bomb)
    good = fetch_one(FAST, server.url("/gz"))
    assert good.body == RSS
    assert len(bomb) < FAST.max_bytes  # only the decoded size is over the limit
    exploded = fetch_one(FAST, server.url("/bomb"))
    assert exploded.error == f"body larger than {FAST.max_bytes} bytes"


def test_fetch_then_parse_mislabelled_charset(server: LoopbackServer) -> None:
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Río Diario</title>'
        "<item><title>Año récord: 40 °C en Sevilla</title></item></channel></rss>"
    ).encode("windows-1252")
    server.routes["/feed"] = Response(
        200, {"Content-Type": "application/rss+xml; charset=utf-8"}, body
    )
    result = fetch_one(FAST, server.url("/feed"))
    assert result.body is not None
    feed = parse_feed(result.body, url=result.final_url, content_type=result.content_type)
    assert feed.title == "Río Diario"
    assert feed.items[0].title == "Año récord: 40 °C en Sevilla"
    assert feed.bozo and feed.bozo_reason


def test_connections_are_reused_after_304_and_errors(server: LoopbackServer) -> None:
    server.routes["/feed"] = _conditional
    server.routes["/gone"] = Response(404, {"Content-Type": "text/plain"}, b"no such feed")

    async def sequence(fetcher: Fetcher) -> list[FetchResult]:
        url = server.url("/feed")
        return [
            await fetcher.fetch(url, etag='"v2"'),
            await fetcher.fetch(server.url("/gone")),
            await fetcher.fetch(url, etag='"v2"'),
        ]

    results = fetch_all(FAST, sequence)
    assert [result.status for result in results] == [304, 404, 304]
    assert len({request.client_port for request in server.requests}) == 1
