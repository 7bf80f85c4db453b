"""Polite, bounded HTTP GETs of feeds and pages that report problems instead of raising.

One :class:`Fetcher` per run shares one ``httpx.AsyncClient``. It sends conditional requests,
follows a bounded number of redirects itself (to spot loops and non-HTTP targets), streams the
body through a bounded decoder that stops once the DECODED size passes ``max_bytes`` (whatever
chain of Content-Encodings the server claims), connects only to addresses the network policy
allows (:mod:`monitors.netpolicy`, checked at connect time for every hop), limits concurrency
per host and overall, spaces requests to one host by ``per_host_delay``, and sorts failures
into soft (retry soon) and hard (broken).
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from monitors.decoding import BodyTooLarge, BoundedDecoder, DecodingFailed
from monitors.fetch_errors import classify_exception, seconds, status_line
from monitors.http_headers import parse_max_age, parse_retry_after
from monitors.model import ErrorKind, FetchResult
from monitors.netpolicy import GuardedTransport, NetworkPolicy

logger = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
DEFAULT_USER_AGENT = "Crosswire/0.1 (+https://github.com/crosswire/crosswire; media monitoring)"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_DRAIN_LIMIT = 65_536


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How politely and how far to fetch; ``total_timeout`` bounds one request end to end."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_redirects: int = 5
    max_bytes: int = 5_000_000
    per_host_concurrency: int = 2
    per_host_delay: float = 1.0
    concurrency: int = 50
    total_timeout: float = 60.0
    allow_networks: tuple[str, ...] = ()  # CIDRs exempt from the network policy


def make_client(policy: FetchPolicy) -> httpx.AsyncClient:
    """The one shared client of a run: honest User-Agent, timeouts, pool limits, no redirects,
    and a transport that connects only to addresses the network policy allows."""
    timeout = httpx.Timeout(
        connect=policy.connect_timeout,
        read=policy.read_timeout,
        write=policy.read_timeout,
        pool=policy.connect_timeout + policy.read_timeout,
    )
    limits = httpx.Limits(
        max_connections=policy.concurrency,
        max_keepalive_connections=policy.concurrency,
        keepalive_expiry=30.0,
    )
    network = NetworkPolicy.allowing(policy.allow_networks)
    return httpx.AsyncClient(
        headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate, br"},
        timeout=timeout,
        transport=GuardedTransport(network, limits),
        follow_redirects=False,
        trust_env=False,
    )


class FetchFailed(Exception):
    """Internal: a fetch failed with a one-line message and a kind."""

    def __init__(self, message: str, kind: ErrorKind, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.kind: ErrorKind = kind
        self.status = status


@dataclass(frozen=True, slots=True)
class _Hop:
    status: int
    headers: httpx.Headers
    body: bytes | None


class _HostGate:
    """Per-host semaphore plus a schedule of earliest start times spaced by a delay."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.semaphore = asyncio.Semaphore(max(1, concurrency))
        self.delay = max(0.0, delay)
        self.next_start = 0.0

    def reserve_wait(self) -> float:
        """Seconds to wait before this request may start; books the next slot."""
        now = time.monotonic()
        start = max(now, self.next_start)
        self.next_start = start + self.delay
        return start - now


class Fetcher:
    """Fetches URLs through a shared client under per-host and global limits."""

    def __init__(self, client: httpx.AsyncClient, policy: FetchPolicy) -> None:
        self._client = client
        self._policy = policy
        self._global = asyncio.Semaphore(max(1, policy.concurrency))
        self._hosts: dict[str, _HostGate] = {}

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = FEED_ACCEPT,
    ) -> FetchResult:
        """GET ``url`` (conditionally when validators are given); never raises for I/O problems."""
        started = time.monotonic()
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        seen: set[str] = set()
        status: int | None = None
        try:
            for _ in range(self._policy.max_redirects + 1):
                _check_url(current)
                seen.add(current)
                hop = await self._get_once(current, headers)
                status = hop.status
                if hop.status in _REDIRECTS:
                    location = hop.headers.get("location")
                    if not location:
                        raise FetchFailed(
                            f"HTTP {hop.status} redirect without Location", "hard", hop.status
                        )
                    target = urljoin(current, location.strip())
                    if target in seen:
                        raise FetchFailed(f"redirect loop at {target}", "hard", hop.status)
                    current = target
                    continue
                return self._result(url, current, hop, etag, last_modified, started)
            raise FetchFailed(
                f"too many redirects (more than {self._policy.max_redirects})", "hard", status
            )
        except FetchFailed as failure:
            return FetchResult(
                url=url,
                final_url=current,
                status=failure.status,
                error=failure.message,
                error_kind=failure.kind,
                elapsed=time.monotonic() - started,
            )

    def _result(
        self,
        url: str,
        final_url: str,
        hop: _Hop,
        etag: str | None,
        last_modified: str | None,
        started: float,
    ) -> FetchResult:
        now = datetime.now(UTC)
        headers = hop.headers
        retry_after = parse_retry_after(headers.get("retry-after"), now=now)
        max_age = parse_max_age(headers.get("cache-control"))
        elapsed = time.monotonic() - started
        if hop.status == 304:
            return FetchResult(
                url=url,
                final_url=final_url,
                status=304,
                etag=headers.get("etag") or etag,
                last_modified=headers.get("last-modified") or last_modified,
                not_modified=True,
                max_age=max_age,
                elapsed=elapsed,
            )
        if 200 <= hop.status < 300:
            return FetchResult(
                url=url,
                final_url=final_url,
                status=hop.status,
                body=hop.body,
                content_type=headers.get("content-type"),
                etag=headers.get("etag"),
                last_modified=headers.get("last-modified"),
                max_age=max_age,
                retry_after=retry_after,
                elapsed=elapsed,
            )
        kind: ErrorKind = "soft" if hop.status == 429 or hop.status >= 500 else "hard"
        return FetchResult(
            url=url,
            final_url=final_url,
            status=hop.status,
            content_type=headers.get("content-type"),
            retry_after=retry_after,
            error=status_line(hop.status),
            error_kind=kind,
            elapsed=elapsed,
        )

    def _gate(self, host: str) -> _HostGate:
        gate = self._hosts.get(host)
        if gate is None:
            gate = _HostGate(self._policy.per_host_concurrency, self._policy.per_host_delay)
            self._hosts[host] = gate
        return gate

    async def _get_once(self, url: str, headers: dict[str, str]) -> _Hop:
        host = (urlsplit(url).hostname or "").lower()
        gate = self._gate(host)
        async with gate.semaphore:
            wait = gate.reserve_wait()
            if wait > 0:
                await asyncio.sleep(wait)
            async with self._global:
                try:
                    async with asyncio.timeout(self._policy.total_timeout):
                        return await self._stream(url, headers)
                except TimeoutError:
                    raise FetchFailed(
                        f"no complete response within {seconds(self._policy.total_timeout)}",
                        "soft",
                    ) from None
                except FetchFailed:
                    raise
                except Exception as exc:  # the edge: every transport problem becomes a result
                    message, kind = classify_exception(
                        exc,
                        connect_timeout=self._policy.connect_timeout,
                        read_timeout=self._policy.read_timeout,
                    )
                    if kind == "hard" and message.startswith("unexpected"):
                        logger.warning("unexpected error fetching %s", url, exc_info=True)
                    raise FetchFailed(message, kind) from None

    async def _stream(self, url: str, headers: dict[str, str]) -> _Hop:
        limit = self._policy.max_bytes
        async with self._client.stream("GET", url, headers=headers) as response:
            status = response.status_code
            if status in _REDIRECTS or status == 304 or not 200 <= status < 300:
                await _drain_small(response)
                return _Hop(status, response.headers, None)
            declared = response.headers.get("content-length", "")
            if (declared.isascii() and declared.isdigit()) and int(declared) > limit:
                raise FetchFailed(f"body larger than {limit} bytes", "hard", status)
            try:
                body = await _read_bounded(response, limit)
            except BodyTooLarge as exc:
                raise FetchFailed(str(exc), "hard", status) from None
            except DecodingFailed as exc:
                raise FetchFailed(f"could not decode body: {exc}", "hard", status) from None
            return _Hop(status, response.headers, body)


async def _read_bounded(response: httpx.Response, limit: int) -> bytes:
    """The decoded body, read raw and decoded here so that neither the bytes on the wire nor
    the decoded bytes ever pass ``limit`` (httpx's own decoding inflates whole chunks)."""
    decoder = BoundedDecoder(response.headers.get("content-encoding"), limit=limit)
    chunks: list[bytes] = []
    received = 0
    async for raw in response.aiter_raw():
        received += len(raw)
        if received > limit:
            raise BodyTooLarge(f"body larger than {limit} bytes")
        chunks.append(decoder.feed(raw))
    chunks.append(decoder.flush())
    return b"".join(chunks)


async def _drain_small(response: httpx.Response) -> None:
    """Read a short body (304s, redirects, error pages) so the connection can be reused.

    Read raw and thrown away, never decoded: a small compressed body can inflate enormously."""
    declared = response.headers.get("content-length")
    if response.status_code == 304 or (
        declared is not None
        and declared.isascii()
        and declared.isdigit()
        and int(declared) <= _DRAIN_LIMIT
    ):
        drained = 0
        async for raw in response.aiter_raw():
            drained += len(raw)
            if drained > _DRAIN_LIMIT:
                break


def _check_url(url: str) -> None:
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise FetchFailed(f"invalid URL: {exc}", "hard") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = scheme or "none"
        raise FetchFailed(f"unsupported URL scheme {shown!r} (only http and https)", "hard")
    if not parts.hostname:
        raise FetchFailed(f"invalid URL without a host: {url}", "hard")


__all__ = [
    "FEED_ACCEPT",
    "PAGE_ACCEPT",
    "FetchPolicy",
    "Fetcher",
    "make_client",
]
