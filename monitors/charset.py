"""Bytes to text the same way everywhere: a BOM, then valid UTF-8, then a declared charset,
then a detected guess (charset-normalizer), so an undeclared windows-1251 page or stdin is read
as Cyrillic rather than stored as mojibake. Valid UTF-8 comes before a declaration because a
stale ``<meta charset>`` is common and multi-byte UTF-8 is almost never valid by accident.
Every result says how its encoding was chosen.

>>> decode_bytes("Привет, гавань".encode("cp1251") * 4).how
'detected'
>>> decode_bytes(b'<meta charset="koi8-r"><p>\\xf0\\xd2\\xc9\\xd7\\xc5\\xd4').text[-6:]
'Привет'
>>> decode_bytes(b"\\xef\\xbb\\xbfquay").text
'quay'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Literal

from charset_normalizer import from_bytes

How = Literal["override", "bom", "declared", "utf-8", "detected", "fallback"]

#: Detection looks at this much of the input; enough for a confident guess, bounded in time.
DETECT_WINDOW = 65_536
#: Where to look for a declaration (XML prolog, HTML <meta>).
DECLARATION_WINDOW = 4_096

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?\bencoding\s*=\s*[\"']([A-Za-z0-9._:-]{1,40})")
_META_CHARSET = re.compile(
    rb"<meta\b[^>]{0,500}?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and the encoding it was read with; ``how`` says why that encoding."""

    text: str
    encoding: str
    how: How


def known_encoding(name: str | None) -> str | None:
    """The codec name Python knows ``name`` by, or None for an unknown or missing name."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None


def content_type_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if Python knows it."""
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "charset":
            return known_encoding(value)
    return None


def bom_encoding(body: bytes) -> str | None:
    """The encoding a byte-order mark announces."""
    return next((encoding for bom, encoding in _BOMS if body.startswith(bom)), None)


def declared_encoding(body: bytes, content_type: str | None = None) -> str | None:
    """A charset from the Content-Type, the XML declaration or an HTML ``<meta>``."""
    head = body[:DECLARATION_WINDOW]
    for found in (
        content_type_charset(content_type),
        _first_group(_XML_DECLARATION.search(head)),
        _first_group(_META_CHARSET.search(head)),
    ):
        if found:
            return found
    return None


def _first_group(match: re.Match[bytes] | None) -> str | None:
    return known_encoding(match.group(1).decode("ascii")) if match else None


def detect_encoding(body: bytes) -> str | None:
    """charset-normalizer's best guess for undeclared, non-UTF-8 bytes."""
    best = from_bytes(body[:DETECT_WINDOW]).best()
    return known_encoding(best.encoding) if best is not None else None


def decode_bytes(
    body: bytes, *, content_type: str | None = None, encoding: str | None = None
) -> Decoded:
    """Decode ``body``; ``encoding`` (e.g. from ``--encoding``) overrides every other clue.

    Never raises for bad bytes (they become U+FFFD); raises ValueError for an unknown
    ``encoding`` override.
    """
    if encoding is not None:
        codec = known_encoding(encoding)
        if codec is None:
            raise ValueError(f"unknown encoding {encoding!r}")
        return Decoded(body.decode(codec, errors="replace"), codec, "override")
    bom = bom_encoding(body)
    if bom is not None:
        return Decoded(body.decode(bom, errors="replace"), bom, "bom")
    try:
        return Decoded(body.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(body, content_type)
    if declared is not None and declared != "utf-8":  # a UTF-8 declaration was just disproved
        return Decoded(body.decode(declared, errors="replace"), declared, "declared")
    guess = detect_encoding(body)
    if guess is not None:
        return Decoded(body.decode(guess, errors="replace"), guess, "detected")
    return Decoded(body.decode("utf-8", errors="replace"), "utf-8", "fallback")


__all__ = [
    "Decoded",
    "bom_encoding",
    "content_type_charset",
    "declared_encoding",
    "decode_bytes",
    "detect_encoding",
    "known_encoding",
]
