"""Telegram's HTML subset, checked the way the Bot API checks ``parse_mode=HTML`` text.

Only these tags are accepted (https://core.telegram.org/bots/api#html-style): b, strong, i, em,
u, ins, s, strike, del, span class="tg-spoiler", tg-spoiler, a href, code, pre, blockquote,
tg-emoji; only the entities &lt; &gt; &amp; &quot; and numeric ones. Anything else is the
``can't parse entities`` error the real server returns, with its byte offset.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

ALLOWED_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    }
)
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_NAMED = frozenset({"lt", "gt", "amp", "quot"})


class EntityError(ValueError):
    """The text is not valid Telegram HTML; the message is the server's description."""


class _Checker(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.stack: list[str] = []
        self.text: list[str] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        lines = self.source.split("\n")
        chars = sum(len(part) + 1 for part in lines[: line - 1]) + column
        return len(self.source[:chars].encode("utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise EntityError(f'Unsupported start tag "{tag}" at byte offset {self._offset()}')
        if tag == "a" and not dict(attrs).get("href"):
            raise EntityError(f"Can't parse entities: missing href at byte offset {self._offset()}")
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise EntityError(f'Unsupported start tag "{tag}/" at byte offset {self._offset()}')

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise EntityError(
                f'Unmatched end tag at byte offset {self._offset()}, expected "</'
                f'{self.stack[-1] if self.stack else ""}>", found "</{tag}>"'
            )
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data:
            raise EntityError(f"Unexpected character '<' at byte offset {self._offset()}")
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in _NAMED:
            raise EntityError(f'Unsupported HTML entity "&{name};" at byte offset {self._offset()}')
        self.text.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.text.append(html.unescape(f"&#{name};"))


def visible_text(source: str) -> str:
    """The text a user sees (tags removed, entities decoded); raises ``EntityError``."""
    checker = _Checker(source)
    try:
        checker.feed(source)
        checker.close()
    except AssertionError as exc:  # HTMLParser's own complaint about broken markup
        raise EntityError(f"Can't parse entities: {exc}") from None
    if checker.stack:
        raise EntityError(f'Can\'t find end tag corresponding to start tag "{checker.stack[-1]}"')
    raw = checker.rawdata if hasattr(checker, "rawdata") else ""
    if raw:
        raise EntityError(f"Unexpected end of text at byte offset {len(source.encode('utf-8'))}")
    return "".join(checker.text)


def utf16_length(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2
