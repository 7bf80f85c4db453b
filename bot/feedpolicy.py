"""Can a feed URL given in a chat be fetched? The network policy's pre-flight check.

Until ``monitors.netpolicy`` (the hardening issue) lands, this local check refuses the same
things: non-http(s) URLs and hosts that resolve to loopback, private, link-local (cloud
metadata), multicast, reserved or unspecified addresses. Swap ``check_feed_url``'s body for
``monitors.netpolicy.check_url(url, policy)`` then; callers only see ``FeedRefused``.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

RESOLVE_TIMEOUT = 10.0


class FeedRefused(ValueError):
    """The URL may not be fetched; the message is the one-line reason."""


def _blocked(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    for kind, flag in (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("private", address.is_private),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("unspecified", address.is_unspecified),
    ):
        if flag:
            return kind
    return None


async def check_feed_url(url: str, *, allow_private: bool = False) -> None:
    """Raise ``FeedRefused`` unless ``url`` is http(s) and its host is a public address."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        raise FeedRefused(f"not an http(s) URL: {url[:200]}")
    if allow_private:
        return
    host = parts.hostname
    try:
        infos = await asyncio.wait_for(
            asyncio.get_running_loop().getaddrinfo(
                host, parts.port or 443, type=socket.SOCK_STREAM
            ),
            RESOLVE_TIMEOUT,
        )
    except TimeoutError:
        raise FeedRefused(f"cannot resolve {host}: no answer in {RESOLVE_TIMEOUT:g} s") from None
    except OSError as exc:
        raise FeedRefused(f"cannot resolve {host}: {exc.strerror or exc}") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        kind = _blocked(address)
        if kind is not None:
            raise FeedRefused(f"{host} resolves to a {kind} address ({address}); refused")
