"""Which network addresses Crosswire may fetch from, checked where connections are made.

Feeds, article pages, ``analyze URL`` and feeds that chat users add all come from outside, so
a URL must not reach loopback, private, link-local (cloud metadata at 169.254.169.254),
carrier-grade NAT, multicast or reserved addresses, nor their IPv6 forms and IPv4 embeddings.
The check runs on the addresses a connection really goes to: :class:`GuardedBackend` resolves
the host, refuses the connection if ANY resolved address is blocked, and connects to the
checked address itself, so DNS rebinding and redirects cannot slip past it. Networks listed in
``http.allow_networks`` (CIDRs) are allowed anyway; the demo and the tests allow 127.0.0.0/8.

>>> policy = NetworkPolicy()
>>> refusal(ip_address("10.0.0.5"), policy)
'10.0.0.5 is a private address'
>>> refusal(ip_address("::ffff:169.254.169.254"), policy)
'::ffff:169.254.169.254 embeds 169.254.169.254, a link-local address'
>>> refusal(ip_address("93.184.215.14"), policy) is None
True
>>> refusal(ip_address("127.0.0.1"), NetworkPolicy.allowing(["127.0.0.0/8"])) is None
True
"""

from __future__ import annotations

import socket
import ssl
import typing
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from ipaddress import (
    IPv4Address,
    IPv4Network,
    IPv6Address,
    IPv6Network,
    ip_address,
    ip_network,
)
from urllib.parse import urlsplit

import anyio
import httpcore
import httpx

IPAddress = IPv4Address | IPv6Address
IPNetwork = IPv4Network | IPv6Network

HINT = "(http.allow_networks to allow)"

#: Blocked IPv4 ranges and what they are (RFC 6890 special-purpose registry, in short).
BLOCKED_V4: tuple[tuple[str, str], ...] = (
    ("0.0.0.0/8", "unspecified"),
    ("10.0.0.0/8", "private"),
    ("100.64.0.0/10", "carrier-grade NAT"),
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link-local"),
    ("172.16.0.0/12", "private"),
    ("192.0.0.0/24", "reserved"),
    ("192.0.2.0/24", "reserved (documentation)"),
    ("192.88.99.0/24", "reserved (6to4 relay)"),
    ("192.168.0.0/16", "private"),
    ("198.18.0.0/15", "reserved (benchmarking)"),
    ("198.51.100.0/24", "reserved (documentation)"),
    ("203.0.113.0/24", "reserved (documentation)"),
    ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved"),
)

#: Blocked IPv6 ranges. Ranges that embed an IPv4 address are in EMBEDDING_V6 instead.
BLOCKED_V6: tuple[tuple[str, str], ...] = (
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("::/96", "reserved (IPv4-compatible)"),
    ("64:ff9b:1::/48", "reserved (local NAT64)"),
    ("100::/64", "reserved (discard)"),
    ("2001::/23", "reserved (IETF protocol assignments)"),
    ("2001:db8::/32", "reserved (documentation)"),
    ("fc00::/7", "unique-local (private)"),
    ("fe80::/10", "link-local"),
    ("fec0::/10", "site-local (private)"),
    ("ff00::/8", "multicast"),
)

#: IPv6 ranges whose addresses carry an IPv4 address, judged by that address.
EMBEDDING_V6: tuple[str, ...] = ("::ffff:0:0/96", "64:ff9b::/96", "2002::/16")

#: Everything public on the IPv6 Internet is in 2000::/3; the rest is unassigned.
GLOBAL_UNICAST_V6 = IPv6Network("2000::/3")

_BLOCKED: tuple[tuple[IPNetwork, str], ...] = tuple(
    (ip_network(cidr), kind) for cidr, kind in BLOCKED_V4 + BLOCKED_V6
)


@dataclass(frozen=True, slots=True)
class NetworkPolicy:
    """The networks allowed in spite of the blocked ranges (``http.allow_networks``)."""

    allow: tuple[IPNetwork, ...] = ()

    @classmethod
    def allowing(cls, cidrs: Iterable[str]) -> NetworkPolicy:
        """A policy from CIDR strings; raises ValueError on a malformed one."""
        return cls(tuple(ip_network(cidr.strip(), strict=False) for cidr in cidrs))

    def allows(self, address: IPAddress) -> bool:
        return any(address.version == net.version and address in net for net in self.allow)


class AddressRefused(Exception):
    """A connection would reach a blocked address; the message is the one-line reason."""


def embedded_ipv4(address: IPv6Address) -> IPv4Address | None:
    """The IPv4 address carried by an IPv4-mapped, NAT64 (64:ff9b::/96) or 6to4 address."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in IPv6Network("64:ff9b::/96"):
        return IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _kind(address: IPAddress) -> str | None:
    for network, kind in _BLOCKED:
        if address.version == network.version and address in network:
            return kind
    if isinstance(address, IPv6Address) and address not in GLOBAL_UNICAST_V6:
        return "reserved"
    return None


def refusal(address: IPAddress, policy: NetworkPolicy) -> str | None:
    """Why ``address`` may not be connected to (without the hint), or None if it may."""
    if policy.allows(address):
        return None
    if isinstance(address, IPv6Address):
        inner = embedded_ipv4(address)
        if inner is not None:
            if policy.allows(inner):
                return None
            kind = _kind(inner)
            return None if kind is None else f"{_show(address)} embeds {inner}, {_a(kind)} address"
    kind = _kind(address)
    return None if kind is None else f"{address} is {_a(kind)} address"


def _show(address: IPAddress) -> str:
    """An address as people write it (IPv4-mapped in dotted form on every Python version)."""
    if isinstance(address, IPv6Address) and address.ipv4_mapped is not None:
        return f"::ffff:{address.ipv4_mapped}"
    return str(address)


def _a(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind


def check_addresses(host: str, addresses: Sequence[IPAddress], policy: NetworkPolicy) -> None:
    """Raise AddressRefused if any address ``host`` resolved to is blocked."""
    for address in addresses:
        reason = refusal(address, policy)
        if reason is None:
            continue
        literal = _literal(host)
        if literal is not None and literal == address:
            raise AddressRefused(f"refused: {reason} {HINT}")
        joined = reason.replace(" is ", ", ", 1).replace(" embeds ", ", which embeds ", 1)
        raise AddressRefused(f"refused: {host} resolves to {joined} {HINT}")


def _literal(host: str) -> IPAddress | None:
    try:
        return ip_address(host.strip("[]"))
    except ValueError:
        return None


async def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to for a TCP connection, in resolver order."""
    infos = await anyio.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    found: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in found:
            found.append(address)
    return found


async def check_url(url: str, policy: NetworkPolicy) -> None:
    """Raise AddressRefused if ``url``'s host resolves to a blocked address.

    A pre-flight check for places that accept URLs from people (a feed added from the chat);
    the fetch itself is checked again at connect time, so this is advice, not the guard.
    Resolution failures propagate as ``OSError``/``socket.gaierror``.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    check_addresses(host, await resolve(host, port), policy)


Resolver = Callable[[str, int], Awaitable[list[IPAddress]]]


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend, but every TCP connection goes to a checked address.

    ``resolver`` is the seam for tests (a name that resolves differently each time).
    """

    def __init__(self, policy: NetworkPolicy, resolver: Resolver = resolve) -> None:
        self._policy = policy
        self._resolve = resolver
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            with anyio.fail_after(timeout):
                addresses = await self._resolve(host, port)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"DNS lookup of {host} timed out") from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        if not addresses:
            raise httpcore.ConnectError(f"{host} resolved to no address")
        check_addresses(host, addresses, self._policy)
        # Addresses are tried in resolver order (RFC 6724); sharing the connect timeout among
        # them keeps a dead first address (say, unroutable IPv6) from using all of it.
        share = None if timeout is None else min(timeout, max(timeout / len(addresses), 2.0))
        last: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    str(address),
                    port,
                    timeout=share,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        raise last or httpcore.ConnectError(f"could not connect to {host}")

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise AddressRefused("refused: Unix sockets are not fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport whose connection pool connects only through :class:`GuardedBackend`.

    httpx does not take a network backend, so the pool it built is replaced by an equal one
    that has the guarded backend (httpx is pinned below 1.0; tests cover the seam).
    """

    def __init__(
        self, policy: NetworkPolicy, limits: httpx.Limits, resolver: Resolver = resolve
    ) -> None:
        super().__init__(limits=limits, trust_env=False)
        context: ssl.SSLContext = httpx.create_ssl_context(trust_env=False)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(policy, resolver),
        )


__all__ = [
    "HINT",
    "AddressRefused",
    "GuardedBackend",
    "GuardedTransport",
    "NetworkPolicy",
    "check_addresses",
    "check_url",
    "embedded_ipv4",
    "refusal",
    "resolve",
]
