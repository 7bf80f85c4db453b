"""The network policy: blocked ranges, the allow-list, and checks on the address connected to."""

from __future__ import annotations

import asyncio
from ipaddress import IPv4Address, IPv6Address, ip_address
from pathlib import Path

import httpx
import pytest

from crosswire.config import validate_config
from crosswire.db import Store
from crosswire.pipeline import poll_once
from monitors.fetch import Fetcher, FetchPolicy, make_client
from monitors.model import FetchResult
from monitors.netpolicy import (
    AddressRefused,
    GuardedTransport,
    NetworkPolicy,
    check_addresses,
    check_url,
    refusal,
)
from tests.crosswire.newsroom import FAST_HTTP
from tests.support.httpserver import LoopbackServer, Response

HINT = "(http.allow_networks to allow)"
OPEN = FetchPolicy(per_host_delay=0.0, connect_timeout=2.0, read_timeout=2.0)


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        pytest.param("127.0.0.1", "a loopback", id="loopback"),
        pytest.param("127.255.0.9", "a loopback", id="loopback-other"),
        pytest.param("10.0.0.5", "a private", id="private-10"),
        pytest.param("172.20.1.1", "a private", id="private-172"),
        pytest.param("192.168.1.1", "a private", id="private-192"),
        pytest.param("169.254.169.254", "a link-local", id="metadata"),
        pytest.param("100.64.0.1", "a carrier-grade NAT", id="cgnat"),
        pytest.param("224.0.0.251", "a multicast", id="multicast"),
        pytest.param("0.0.0.0", "an unspecified", id="unspecified"),
        pytest.param("240.1.2.3", "a reserved", id="reserved"),
        pytest.param("255.255.255.255", "a reserved", id="broadcast"),
        pytest.param("::1", "a loopback", id="v6-loopback"),
        pytest.param("::", "an unspecified", id="v6-unspecified"),
        pytest.param("fd12:3456::1", "an unique-local (private)", id="v6-ula"),
        pytest.param("fe80::1", "a link-local", id="v6-link-local"),
        pytest.param("ff02::1", "a multicast", id="v6-multicast"),
        pytest.param("2001:db8::1", "a reserved (documentation)", id="v6-doc"),
        pytest.param("::7f00:1", "a reserved (IPv4-compatible)", id="v4-compatible"),
        pytest.param("4000::1", "a reserved", id="v6-unassigned"),
    ],
)
def test_blocked_addresses_say_what_they_are(address: str, kind: str) -> None:
    assert refusal(ip_address(address), NetworkPolicy()) == f"{address} is {kind} address"


@pytest.mark.parametrize(
    ("address", "inner", "kind"),
    [
        pytest.param("::ffff:127.0.0.1", "127.0.0.1", "loopback", id="v4-mapped"),
        pytest.param("::ffff:10.1.2.3", "10.1.2.3", "private", id="v4-mapped-private"),
        pytest.param("64:ff9b::a9fe:a9fe", "169.254.169.254", "link-local", id="nat64"),
        pytest.param("2002:7f00:1::1", "127.0.0.1", "loopback", id="6to4"),
    ],
)
def test_ipv4_embedded_in_ipv6_is_judged_by_the_ipv4(address: str, inner: str, kind: str) -> None:
    reason = refusal(ip_address(address), NetworkPolicy())
    assert reason is not None and reason.endswith(f"embeds {inner}, a {kind} address")


@pytest.mark.parametrize(
    "address", ["93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1"]
)
def test_public_addresses_pass(address: str) -> None:
    assert refusal(ip_address(address), NetworkPolicy()) is None


def test_allow_list_exempts_its_networks_only() -> None:
    policy = NetworkPolicy.allowing(["127.0.0.1/32", "fd00::/8"])
    assert refusal(IPv4Address("127.0.0.1"), policy) is None
    assert refusal(IPv6Address("::ffff:127.0.0.1"), policy) is None
    assert refusal(IPv6Address("fd00::5"), policy) is None
    assert refusal(IPv4Address("127.0.0.2"), policy) == "127.0.0.2 is a loopback address"
    with pytest.raises(ValueError):
        NetworkPolicy.allowing(["not-a-network"])


def test_a_name_with_any_blocked_address_is_refused() -> None:
    # A rebinding resolver answers with a public and a private address: refuse both.
    addresses = [ip_address("93.184.215.14"), ip_address("10.0.0.5")]
    with pytest.raises(AddressRefused) as refused:
        check_addresses("feeds.example", addresses, NetworkPolicy())
    assert str(refused.value) == (
        f"refused: feeds.example resolves to 10.0.0.5, a private address {HINT}"
    )


def fetch(policy: FetchPolicy, url: str) -> FetchResult:
    async def main() -> FetchResult:
        async with make_client(policy) as client:
            return await Fetcher(client, policy).fetch(url)

    return asyncio.run(main())


def test_loopback_is_refused_by_default_before_any_request() -> None:
    with LoopbackServer({"/feed": Response(200, {}, b"<rss/>")}) as server:
        result = fetch(OPEN, server.url("/feed"))
        assert server.count("/feed") == 0
    assert result.error == f"refused: 127.0.0.1 is a loopback address {HINT}"
    assert result.error_kind == "hard" and result.body is None


def test_ipv4_mapped_literal_is_refused() -> None:
    result = fetch(OPEN, "http://[::ffff:127.0.0.1]:9/feed")
    assert result.error == (
        f"refused: ::ffff:127.0.0.1 embeds 127.0.0.1, a loopback address {HINT}"
    )


def test_a_name_is_checked_after_resolution() -> None:
    result = fetch(OPEN, "http://localhost:9/feed")
    assert result.error is not None
    assert result.error.startswith("refused: localhost resolves to ")
    assert result.error.endswith(f"a loopback address {HINT}")


def test_redirect_to_another_loopback_address_is_refused_with_narrow_allow_list() -> None:
    narrow = FetchPolicy(
        per_host_delay=0.0, connect_timeout=2.0, read_timeout=2.0, allow_networks=("127.0.0.1/32",)
    )
    with LoopbackServer(host="127.0.0.2") as internal:
        internal.routes["/secret"] = Response(200, {}, b"<rss><channel/></rss>")
        target = internal.url("/secret")
        with LoopbackServer({"/feed": Response(302, {"Location": target})}) as public:
            result = fetch(narrow, public.url("/feed"))
            assert public.count("/feed") == 1
        assert internal.count("/secret") == 0
    assert result.error == f"refused: 127.0.0.2 is a loopback address {HINT}"
    assert result.final_url == target and result.body is None


def test_allowed_loopback_is_fetched() -> None:
    allowed = FetchPolicy(per_host_delay=0.0, allow_networks=("127.0.0.0/8",))
    with LoopbackServer({"/feed": Response(200, {}, b"<rss/>")}) as server:
        result = fetch(allowed, server.url("/feed"))
    assert result.ok and result.body == b"<rss/>"


def test_the_connection_goes_to_the_checked_address() -> None:
    """DNS rebinding: the guard resolves once per connection and connects to what it checked.

    ``feeds.example`` exists in no DNS: the first request reaching the server proves the
    connection went to the address the guard checked. The second answer (127.0.0.2, outside
    the allow-list) is refused without a connection.
    """
    answers = iter([[ip_address("127.0.0.1")], [ip_address("127.0.0.2")]])

    async def rebinding(host: str, port: int) -> list[IPv4Address | IPv6Address]:
        return next(answers)

    async def run(port: int) -> tuple[httpx.Response, str]:
        policy = NetworkPolicy.allowing(["127.0.0.1/32"])
        transport = GuardedTransport(policy, httpx.Limits(), resolver=rebinding)
        async with httpx.AsyncClient(transport=transport) as client:
            first = await client.get(f"http://feeds.example:{port}/feed")
            with pytest.raises(AddressRefused) as refused:
                await client.get(f"http://feeds.example:{port}/feed")
        return first, str(refused.value)

    closing = Response(200, {"Connection": "close"}, b"fresh")
    with LoopbackServer({"/feed": closing}) as server:
        first, reason = asyncio.run(run(server.port))
        assert server.count("/feed") == 1
        assert server.requests_for("/feed")[0].host_header.startswith("feeds.example")
    assert first.status_code == 200 and first.content == b"fresh"
    assert reason == f"refused: feeds.example resolves to 127.0.0.2, a loopback address {HINT}"


def test_check_url_is_a_preflight_for_urls_from_people() -> None:
    with pytest.raises(AddressRefused):
        asyncio.run(check_url("http://127.0.0.1/feed", NetworkPolicy()))
    asyncio.run(check_url("http://127.0.0.1/feed", NetworkPolicy.allowing(["127.0.0.0/8"])))


def test_a_poll_records_the_refusal_on_the_feed_and_stores_nothing(tmp_path: Path) -> None:
    """The issue's case: a feed redirecting to another loopback address, allow-list narrowed."""
    feed = b"<rss version='2.0'><channel><title>Inside</title><item><title>Secret</title>"
    feed += b"<link>http://127.0.0.2/x</link></item></channel></rss>"
    with LoopbackServer(host="127.0.0.2") as internal:
        internal.routes["/admin.xml"] = Response(200, {"Content-Type": "application/rss+xml"}, feed)
        with LoopbackServer() as public:
            public.routes["/feed.xml"] = Response(301, {"Location": internal.url("/admin.xml")})
            config = validate_config(
                {
                    "database": f"sqlite:///{tmp_path / 'news.db'}",
                    "outlets": [{"name": "Harbour Wire", "feeds": [public.url("/feed.xml")]}],
                    "http": {**FAST_HTTP, "allow_networks": ["127.0.0.1/32"]},
                }
            )
            with Store.open(config.database) as store:
                summary = asyncio.run(poll_once(config, store))
                stored = store.list_articles()
        assert internal.count("/admin.xml") == 0
    [report] = summary.feeds
    assert report.status == "failed" and stored == []
    assert report.reason == f"refused: 127.0.0.2 is a loopback address {HINT}"


def test_the_next_checked_address_is_tried_when_one_refuses() -> None:
    async def two_answers(host: str, port: int) -> list[IPv4Address | IPv6Address]:
        return [ip_address("127.0.0.3"), ip_address("127.0.0.1")]  # nothing listens on .3

    async def run(port: int) -> httpx.Response:
        policy = NetworkPolicy.allowing(["127.0.0.0/8"])
        transport = GuardedTransport(policy, httpx.Limits(), resolver=two_answers)
        async with httpx.AsyncClient(transport=transport, timeout=10) as client:
            return await client.get(f"http://feeds.example:{port}/feed")

    with LoopbackServer({"/feed": Response(200, {}, b"second address")}) as server:
        response = asyncio.run(run(server.port))
    assert response.content == b"second address"
