"""AT20's quotation-mark pattern, written mark-first for speed, finds what the plain reading
finds: a double quote unless a digit or an apostrophe before it makes it an inch mark."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from rules.speech.at20 import _MARK

#: The pattern as first written: look back before the mark at every position.
PLAIN = re.compile(r'(?<![0-9\'])"|(?<=[0-9\'])"(?![ \t]*[a-z0-9])')

PIECES = st.sampled_from(['"', "'", "6", "12", "a", "Z", "pipe", " ", "  ", "\t", "\n", ",", "."])


@given(st.lists(PIECES, max_size=24))
def test_marks_equal_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in _MARK.finditer(text)] == [m.span() for m in PLAIN.finditer(text)]


def test_inch_marks_are_no_quotes() -> None:
    text = 'He is 6\'2" and quick, with a 12" pipe: "We won," she said.'
    assert [m.start() for m in _MARK.finditer(text)] == [text.index('"W'), text.index('," ') + 1]
