"""Turn an HTML fragment from a feed into plain text with paragraph breaks kept.

Feeds carry HTML in titles, summaries and content. We parse it with lxml, drop scripts, styles
and other non-text, put a blank line between block elements, unescape entities and collapse
runs of spaces, so downstream rules see clean sentences.
"""

from __future__ import annotations

import html
import re
import threading
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

_DROP = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head"}
)
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "nav",
        "blockquote", "pre", "ul", "ol", "dl", "li", "dt", "dd", "table", "tr", "thead",
        "tbody", "tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
        "hr", "address", "details", "summary", "form", "fieldset",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_MARKUP_HINT = re.compile(r"<[A-Za-z!/?]|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")
_TAG = re.compile(r"<[^>]*>")
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_PARAGRAPH = "\x00"  # a marker no text contains after parsing


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: blocks become paragraphs separated by a blank line.

    >>> html_to_text("<p>Five &amp; six<br>were hurt.</p><script>x()</script><p>Later  more.</p>")
    'Five & six\\nwere hurt.\\n\\nLater more.'
    >>> html_to_text("Plain text,   no markup")
    'Plain text, no markup'
    """
    if not fragment:
        return ""
    if not _MARKUP_HINT.search(fragment):
        return tidy_text(fragment)
    try:
        root = etree.fromstring(f"<div>{fragment}</div>", _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is not None:
        pieces: list[str] = []
        _walk(root, pieces)
        text = tidy_text("".join(pieces))
        if text:
            return text
    # lxml gave nothing (unparseable, or nesting deeper than libxml2 keeps): strip tags crudely.
    without_code = _SCRIPT_OR_STYLE.sub(" ", fragment)
    return tidy_text(html.unescape(_TAG.sub(" ", without_code)))


def _walk(element: Any, pieces: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    name = tag.lower().rpartition("}")[2]
    if name in _DROP or not tag:
        # Comments and processing instructions have no text of their own, but their tail counts.
        if element.tail:
            pieces.append(element.tail.replace("\n", " "))
        return
    block = name in _BLOCKS
    if block:
        pieces.append(_PARAGRAPH)
    elif name == "br":
        pieces.append("\n")
    elif name in _CELLS:
        pieces.append(" ")
    if element.text:
        pieces.append(element.text.replace("\n", " "))
    for child in element:
        _walk(child, pieces)
    if block:
        pieces.append(_PARAGRAPH)
    elif name in ("img",) and element.get("alt"):
        pieces.append(f" {element.get('alt')} ")
    if element.tail:
        pieces.append(element.tail.replace("\n", " "))


def tidy_text(text: str) -> str:
    """Collapse runs of spaces, drop blank lines inside paragraphs, keep paragraph breaks."""
    if "\u200b" in text:
        text = text.replace("\u200b", "")
    if "\n" in text:
        text = _BLANK_LINE.sub(_PARAGRAPH, text)
    paragraphs: list[str] = []
    for block in text.split(_PARAGRAPH):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            paragraphs.append(joined)
    return "\n\n".join(paragraphs)


_local = threading.local()


def _parser() -> Any:
    """One lxml HTML parser per thread (parsers are not thread-safe); no network, no comments."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
        _local.parser = parser
    return parser
