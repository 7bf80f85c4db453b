"""Telegram-safe HTML pieces shared by alerts and digests: escaping, bounded text, splitting.

Telegram accepts a small HTML subset and at most 4,096 characters per message. Everything
from outside (outlet names, claimants, sentences, URLs) goes through ``esc``/``link``; messages
are built as lines whose tags open and close on the same line, so ``split_lines`` can cut
between lines and never inside a tag.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

TELEGRAM_LIMIT = 4096
#: Longest piece of outside text (a sentence, a name) put into one line.
MAX_PIECE = 600


def esc(text: object, limit: int = MAX_PIECE) -> str:
    """Outside text, bounded and escaped for Telegram HTML (one line).

    >>> esc('<b>"A&B"</b>\\nsaid')
    '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; said'
    """
    flat = " ".join(str(text).split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return html.escape(flat, quote=True)


def link(label: object, url: object) -> str:
    """A link when ``url`` is http(s), else just the escaped label.

    >>> link("Harbour Post", "https://harbour.example/a?x=1&y=2")
    '<a href="https://harbour.example/a?x=1&amp;y=2">Harbour Post</a>'
    >>> link("Harbour Post", "javascript:alert(1)")
    'Harbour Post'
    """
    target = str(url or "")
    if not target.startswith(("http://", "https://")) or len(target) > 2048:
        return esc(label)
    return f'<a href="{html.escape(target, quote=True)}">{esc(label)}</a>'


def split_lines(lines: Iterable[str], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Join lines into messages of at most ``limit`` characters, cutting only between lines.

    Lengths are counted on the HTML source, which is never shorter than what Telegram counts.
    A single line longer than the limit (which callers avoid by bounding pieces) is cut as
    plain text so that no tag is ever broken.

    >>> [len(m) for m in split_lines(["a" * 60] * 3, limit=130)]
    [121, 60]
    """
    messages: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        if len(line) > limit:
            line = esc(html.unescape(_strip_tags(line)), limit - 10)
        extra = len(line) + (1 if current else 0)
        if current and size + extra > limit:
            messages.append("\n".join(current))
            current, size = [], 0
            extra = len(line)
        current.append(line)
        size += extra
    if current and any(part.strip() for part in current):
        messages.append("\n".join(current))
    return messages


def _strip_tags(line: str) -> str:
    out: list[str] = []
    inside = False
    for char in line:
        if char == "<":
            inside = True
        elif char == ">" and inside:
            inside = False
        elif not inside:
            out.append(char)
    return "".join(out)
