"""Parse RSS, Atom, RDF and JSON Feed bodies into plain-text items, without ever raising.

feedparser handles the XML formats; it is given the bytes in a file object (so it never opens
a URL or a local path) with HTML sanitising and relative-URI resolution off, because we turn
HTML into plain text ourselves and those passes cost most of its time (see
docs/PERFORMANCE.md). JSON Feed is read with the json module.
"""

from __future__ import annotations

import calendar
import io
import json
import logging
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin

import feedparser

from monitors.charset import bom_encoding, declared_encoding, detect_encoding
from monitors.html_text import html_to_text, tidy_text
from monitors.model import FeedItem, ParsedFeed

logger = logging.getLogger(__name__)

FAST_OPTIONS: Mapping[str, bool] = {"sanitize_html": False, "resolve_relative_uris": False}
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_MAX_TTL = timedelta(days=7)
_DOCTYPE_WINDOW = 65_536
_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.DOTALL | re.IGNORECASE)
_SY_PERIODS = {
    "hourly": timedelta(hours=1),
    "daily": timedelta(days=1),
    "weekly": timedelta(weeks=1),
    "monthly": timedelta(days=30),
    "yearly": timedelta(days=365),
}


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse a feed body; problems come back in ``error``/``bozo_reason``, never as exceptions."""
    try:
        if not body or not body.strip():
            return ParsedFeed(format="unknown", title=None, link=None, error="empty body")
        if _looks_like_json(body, content_type):
            return _parse_json_feed(body, url=url)
        return _parse_xml_feed(body, url=url, content_type=content_type)
    except Exception as exc:  # the contract: a bad body is a result, not a crash
        logger.warning("feed parser failed on %s", url, exc_info=True)
        return ParsedFeed(
            format="unknown", title=None, link=None, error=f"could not parse feed: {_reason(exc)}"
        )


def _looks_like_json(body: bytes, content_type: str | None) -> bool:
    head = body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return True
    return bool(content_type and "json" in content_type.lower() and not head.startswith(b"<"))


def _parse_xml_feed(body: bytes, *, url: str, content_type: str | None) -> ParsedFeed:
    # Without a Content-Type feedparser flags every body as bozo; application/xml makes it
    # trust the XML declaration, which is what a missing header should mean. No
    # Content-Location: with a base URI feedparser joins URIs at every element (a third of its
    # time); we resolve item and channel links against ``url`` ourselves instead.
    headers = {"content-type": content_type or "application/xml"}
    body, guess = _undeclared_as_utf8(body, content_type)
    if guess is not None:
        logger.info("feed %s declares no charset and is not UTF-8; read as %s", url, guess)
        headers["content-type"] = headers["content-type"].split(";")[0] + "; charset=utf-8"
    parsed = feedparser.parse(
        io.BytesIO(_without_entity_declarations(body)), response_headers=headers, **FAST_OPTIONS
    )
    version = parsed.get("version") or ""
    entries = parsed.get("entries") or []
    bozo = bool(parsed.get("bozo"))
    reason = _reason(parsed.get("bozo_exception")) if bozo else None
    if bozo and not reason:
        reason = "feed is not well-formed"
    if not version and not entries:
        if _looks_like_html(body):
            error = "not a feed (got HTML page)"
        else:
            error = "not a feed (no RSS, Atom or RDF root element)"
            if reason:
                error += f": {reason}"
        return ParsedFeed(
            format="unknown", title=None, link=None, bozo=bozo, bozo_reason=reason, error=error
        )
    channel = parsed.get("feed") or {}
    items = tuple(_xml_item(entry, base=url) for entry in entries)
    return ParsedFeed(
        format=version or "unknown",
        title=_text_of(channel, "title") or None,
        link=_absolute(channel.get("link"), url),
        items=items,
        bozo=bozo,
        bozo_reason=reason,
        ttl=_ttl(channel),
        charset_guess=guess,
    )


def _undeclared_as_utf8(body: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """A body with no BOM, no declared charset and invalid UTF-8 is detected (feedparser would
    read it as windows-1252) and re-encoded as UTF-8; returns the body and the guess, if any."""
    if bom_encoding(body) or declared_encoding(body, content_type):
        return body, None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        guess = detect_encoding(body)
        if guess is not None:
            return body.decode(guess, errors="replace").encode("utf-8"), guess
    return body, None


def _without_entity_declarations(body: bytes) -> bytes:
    """Drop a DOCTYPE that declares entities: nested ones expand a 500-byte feed into seconds
    of parser callbacks ("billion laughs"). Undeclared references then stay as literal text."""
    head = body[:_DOCTYPE_WINDOW]
    if b"<!ENTITY" not in head and b"<!entity" not in head:
        return body
    return _DOCTYPE_SUBSET.sub(b"", head, count=1) + body[_DOCTYPE_WINDOW:]


def _looks_like_html(body: bytes) -> bool:
    head = body[:4096].lower()
    return b"<html" in head or b"<!doctype html" in head or b"<body" in head


def _xml_item(entry: dict[str, Any], *, base: str) -> FeedItem:
    guid = _str_or_none(entry.get("id"))
    link = _absolute(entry.get("link"), base)
    if link is None and guid and guid.startswith(("http://", "https://")):
        link = guid
    contents = entry.get("content") or []
    content_parts = [_detail_text(part) for part in contents if isinstance(part, Mapping)]
    return FeedItem(
        guid=guid,
        url=link,
        title=_text_of(entry, "title"),
        summary=_text_of(entry, "summary"),
        content="\n\n".join(part for part in content_parts if part),
        published=_struct_time(
            entry.get("published_parsed")
            or entry.get("created_parsed")
            or dict.get(entry, "updated_parsed")
        ),
        # dict.get: feedparser's own get() falls back to published_parsed (with a warning).
        updated=_struct_time(dict.get(entry, "updated_parsed")),
        author=_str_or_none(entry.get("author")),
    )


def _text_of(container: Mapping[str, Any], key: str) -> str:
    value = container.get(key)
    if not isinstance(value, str) or not value:
        return ""
    detail = container.get(f"{key}_detail")
    kind = detail.get("type") if isinstance(detail, Mapping) else None
    return html_to_text(value) if kind in _HTML_TYPES else tidy_text(value)


def _detail_text(detail: Mapping[str, Any]) -> str:
    value = detail.get("value")
    if not isinstance(value, str):
        return ""
    return html_to_text(value) if detail.get("type") in _HTML_TYPES else tidy_text(value)


def _struct_time(value: Any) -> datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _ttl(channel: Mapping[str, Any]) -> timedelta | None:
    minutes = str(channel.get("ttl") or "").strip()
    if (minutes.isascii() and minutes.isdigit()) and int(minutes[:6]) > 0:
        return min(timedelta(minutes=int(minutes[:6])), _MAX_TTL)
    period = _SY_PERIODS.get(str(channel.get("sy_updateperiod") or "").strip().lower())
    if period is None:
        return None
    frequency = str(channel.get("sy_updatefrequency") or "1").strip()
    times = (
        int(frequency[:6])
        if (frequency.isascii() and frequency.isdigit()) and int(frequency[:6]) > 0
        else 1
    )
    return min(period / times, _MAX_TTL)


def _parse_json_feed(body: bytes, *, url: str) -> ParsedFeed:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        return ParsedFeed(
            format="json", title=None, link=None, error=f"invalid JSON: {_reason(exc)}"
        )
    if not isinstance(data, dict):
        return ParsedFeed(
            format="json", title=None, link=None, error="not a feed (JSON not an object)"
        )
    version = data.get("version")
    raw_items = data.get("items")
    problems: list[str] = []
    if isinstance(version, str) and version.startswith("https://jsonfeed.org/version/"):
        format_name = "json" + version.rsplit("/", 1)[-1].replace(".", "")
    elif isinstance(raw_items, list):
        format_name = "json"
        problems.append("missing JSON Feed version")
    else:
        return ParsedFeed(
            format="json",
            title=None,
            link=None,
            error="not a feed (JSON without a JSON Feed version)",
        )
    if not isinstance(raw_items, list):
        problems.append("items is not a list")
        raw_items = []
    items = []
    skipped = 0
    for raw in raw_items:
        if isinstance(raw, dict):
            items.append(_json_item(raw, base=url))
        else:
            skipped += 1
    if skipped:
        problems.append(f"skipped {skipped} malformed items")
    return ParsedFeed(
        format=format_name,
        title=tidy_text(_str(data.get("title"))) or None,
        link=_absolute(data.get("home_page_url"), url),
        items=tuple(items),
        bozo=bool(problems),
        bozo_reason="; ".join(problems) or None,
    )


def _json_item(raw: Mapping[str, Any], *, base: str) -> FeedItem:
    guid = _str_or_none(raw.get("id"))
    link = _absolute(raw.get("url"), base) or _absolute(raw.get("external_url"), base)
    if link is None and guid and guid.startswith(("http://", "https://")):
        link = guid
    content_html = _str(raw.get("content_html"))
    content = (
        html_to_text(content_html) if content_html else tidy_text(_str(raw.get("content_text")))
    )
    return FeedItem(
        guid=guid,
        url=link,
        title=tidy_text(_str(raw.get("title"))),
        summary=tidy_text(_str(raw.get("summary"))),
        content=content,
        published=_iso_date(raw.get("date_published")) or _iso_date(raw.get("date_modified")),
        updated=_iso_date(raw.get("date_modified")),
        author=_json_author(raw),
    )


def _json_author(raw: Mapping[str, Any]) -> str | None:
    authors = raw.get("authors")
    candidates = authors if isinstance(authors, list) else [raw.get("author")]
    names = [_str(author.get("name")).strip() for author in candidates if isinstance(author, dict)]
    names = [name for name in names if name]
    return ", ".join(names) or None


def _iso_date(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _str_or_none(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    return None


def _absolute(link: Any, base: str) -> str | None:
    if not isinstance(link, str) or not link.strip():
        return None
    text = str(link).strip()
    if text.startswith(("http://", "https://")):
        return text
    try:
        return urljoin(base, text)
    except ValueError:
        return None


def _reason(exc: object) -> str:
    if exc is None:
        return ""
    if isinstance(exc, BaseException):
        text = " ".join(str(exc).split())
        name = type(exc).__name__
        line = f"{name}: {text}" if text else name
    else:
        line = " ".join(str(exc).split())
    return line if len(line) <= 200 else line[:199] + "…"
