"""A figure quoted on its own: 'reported "at least six" injured', 'were holding "at least 10"
hostages'. Reporters quote a side's exact words for the number alone; the quotation marks are
no break between the figure and its people or its cue, so they read as spaces (same length,
so every offset stays). A capitalised number inside a sentence is a title or a name, not a
side's figure ('the film "Twelve"', 'the novel "Seven"'). General English news usage; the
examples are our own.

>>> unquoted_figures('The army reported "at least five" soldiers injured.')
'The army reported  at least five  soldiers injured.'
>>> unquoted_figures('He said "we lost five" of them.')
'He said "we lost five" of them.'
>>> unquoted_figures('The film "Twelve" killed it at the box office.')
'The film "Twelve" killed it at the box office.'
"""

from __future__ import annotations

import re

from rules.numbers import parse_figure

#: A quotation of at most five words, opened after a space and closed before a space and a word.
_QUOTED = re.compile(
    r'(?<![^\s(])["\u201c](?P<inner>[\w,.\u2013-]+(?:\s+[\w,.\u2013-]+){0,4})["\u201d](?=\s+\w)'
)


def unquoted_figures(text: str) -> str:
    """``text`` with the quotation marks around a quoted figure alone turned into spaces."""
    if '"' not in text and "\u201c" not in text:
        return text
    return _QUOTED.sub(_unquote, text)


def _unquote(match: re.Match[str]) -> str:
    inner = match.group("inner")
    if _titled(inner) and not _opens_sentence(match.string, match.start()):
        return match.group()  # 'the film "Twelve" killed it': a title
    return f" {inner} " if parse_figure(inner) is not None else match.group()


def _titled(inner: str) -> bool:
    """Whether the quoted words are capitalised as a title ("Twelve", "Seven Days"), not upper-case
    wire copy ("AT LEAST SIX")."""
    return inner[:1].isupper() and not inner.isupper()


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation at ``start`` opens the sentence or a clause after a colon."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:("
