"""Text out of what feeds really pass: HTML fragments, entities, soft hyphens.

``clean`` returns the text the rules read and, when it differs from the input, a map from
each of its characters back to an offset in the input, so that every finding still points
into the text as given. Linear in the input: one regex pass, no backtracking on unclosed
tags (a tag is at most ``_TAG_MAX`` characters; an unclosed ``<script`` or comment drops
the rest).
"""

from __future__ import annotations

import html
import re
from array import array

#: Characters that are no part of the words they sit in: soft hyphen, zero-width space,
#: zero-width non-joiner and joiner, word joiner.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060"
_TAG_MAX = 2000
#: Tags that end a block of text: their place becomes a line break, so sentences split.
_BLOCKS = frozenset(
    """p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table blockquote section article header
    footer figcaption dt dd pre hr title""".split()
)
_TOKEN = re.compile(
    rf"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9]*)\b[^<>]{{0,{_TAG_MAX}}}>"
    r"|<!--"
    r"|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    rf"|[{_INVISIBLE}]",
    re.DOTALL,
)
_LOOKS_LIKE_HTML = re.compile(r"<(?:[A-Za-z][A-Za-z0-9]*\b[^<>]*|/[A-Za-z][A-Za-z0-9]*\s*)>")
_SKIPPED = ("script", "style")


class Origins:
    """Where each character of a cleaned text came from: its start and end in the input."""

    def __init__(self) -> None:
        # Machine integers, 8 bytes a character: a megabyte of markup costs 16 MB, not 100.
        self.starts = array("q")
        self.ends = array("q")

    def add(self, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)

    def keep(self, start: int, end: int) -> None:
        self.starts.extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))

    def span(self, start: int, end: int, size: int) -> tuple[int, int]:
        """The input offsets of the cleaned span ``start:end`` (``size``: the input's length)."""
        if start >= len(self.starts):
            return size, size
        first = self.starts[start]
        return first, (self.ends[end - 1] if end > start else first)


def clean(text: str) -> tuple[str, Origins | None]:
    """The text to analyse and, if it differs from ``text``, where each character came from.

    >>> cleaned, origins = clean("<p>At least <b>12</b> died &amp; more.</p>")
    >>> cleaned
    '\\nAt least 12 died & more.\\n'
    >>> origins.span(cleaned.index("12"), cleaned.index("12") + 2, 43)
    (15, 17)
    >>> origins.span(cleaned.index("&"), cleaned.index("&") + 1, 43)
    (27, 32)
    >>> clean("plain text")
    ('plain text', None)
    """
    markup = _LOOKS_LIKE_HTML.search(text) is not None
    if not markup and "&" not in text and not any(c in text for c in _INVISIBLE):
        return text, None
    parts: list[str] = []
    origins = Origins()
    position = 0
    for match in _TOKEN.finditer(text):
        start = match.start()
        if start < position:
            continue  # inside a skipped script or style block
        token = match.group()
        if token[0] == "<" and not markup:
            continue
        _keep(parts, origins, text, position, start)
        position = match.end()
        if token[0] == "&":
            decoded = html.unescape(token)
            if len(decoded) == 1:
                parts.append(decoded)
                origins.add(start, position)
            else:
                _keep(parts, origins, text, start, position)  # unknown entity: as written
        elif token == "<!--":
            closing = text.find("-->", position)
            position = len(text) if closing == -1 else closing + 3
        elif token[0] == "<":
            name = (match.group("name") or "").lower()
            if name in _SKIPPED and not match.group("close"):
                closing = text.lower().find(f"</{name}", position)
                position = len(text) if closing == -1 else closing
            elif name in _BLOCKS:
                parts.append("\n")
                origins.add(start, position)
    _keep(parts, origins, text, position, len(text))
    cleaned = "".join(parts)
    return cleaned, origins


def _keep(parts: list[str], origins: Origins, text: str, start: int, end: int) -> None:
    if start < end:
        parts.append(text[start:end])
        origins.keep(start, end)
