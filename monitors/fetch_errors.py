"""Fetch failures in words: one line naming what went wrong, and whether to retry soon.

``classify_exception`` sorts what httpx, the socket layer and the network policy raise into
*soft* failures (timeouts, refused or reset connections: retry at the next poll) and *hard*
ones (refused addresses, unknown hosts, bad certificates or URLs: the source is broken).
"""

from __future__ import annotations

import socket
import ssl
from http import HTTPStatus

import httpx

from monitors.model import ErrorKind
from monitors.netpolicy import AddressRefused


def status_line(status: int) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Unknown Status"
    return f"HTTP {status} {phrase}"


def seconds(value: float) -> str:
    return f"{value:g}s"


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def classify_exception(
    exc: BaseException, *, connect_timeout: float, read_timeout: float
) -> tuple[str, ErrorKind]:
    """One-line message and soft/hard kind for an exception raised while fetching."""
    chain = _causes(exc)
    refused = next((cause for cause in chain if isinstance(cause, AddressRefused)), None)
    if refused is not None:
        return one_line(str(refused)), "hard"
    if isinstance(exc, httpx.ConnectTimeout):
        return f"connect timeout after {seconds(connect_timeout)}", "soft"
    if isinstance(exc, httpx.ReadTimeout):
        return f"read timeout after {seconds(read_timeout)}", "soft"
    if isinstance(exc, httpx.WriteTimeout):
        return f"write timeout after {seconds(read_timeout)}", "soft"
    if isinstance(exc, httpx.PoolTimeout):
        return "timed out waiting for a free connection", "soft"
    for cause in chain:
        if isinstance(cause, socket.gaierror):
            if cause.errno == socket.EAI_AGAIN:
                return "DNS lookup failed temporarily", "soft"
            return "DNS lookup failed (host not found)", "hard"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused", "soft"
        if isinstance(cause, ConnectionResetError):
            return "connection reset by peer", "soft"
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS certificate rejected: {one_line(cause.verify_message)}", "hard"
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return f"invalid URL: {one_line(str(exc))}", "hard"
    if isinstance(exc, httpx.DecodingError):
        return f"could not decode body: {one_line(str(exc))}", "hard"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects", "hard"
    if isinstance(exc, httpx.ConnectError):
        text = one_line(str(exc))
        lowered = text.lower()
        if "name or service not known" in lowered or "nodename nor servname" in lowered:
            return "DNS lookup failed (host not found)", "hard"
        if "refused" in lowered:
            return "connection refused", "soft"
        return f"connection failed: {text}", "soft"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"connection closed by server: {one_line(str(exc))}", "soft"
    if isinstance(exc, httpx.ReadError | httpx.WriteError | httpx.NetworkError):
        return f"connection error: {one_line(str(exc)) or type(exc).__name__}", "soft"
    if isinstance(exc, httpx.ProtocolError):
        return f"protocol error: {one_line(str(exc))}", "soft"
    if isinstance(exc, OSError):
        return f"network error: {one_line(str(exc)) or type(exc).__name__}", "soft"
    return f"unexpected {type(exc).__name__}: {one_line(str(exc))}", "hard"


def one_line(text: str, limit: int = 200) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
