"""The singular patterns, tried only where RE2 finds their opening, match as ``finditer`` does."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules.claims.figures import _matches
from rules.claims.patterns import SINGULAR, SINGULAR_ADJECTIVE, SINGULAR_OBJECT

PATTERNS = (SINGULAR, SINGULAR_ADJECTIVE, SINGULAR_OBJECT)

#: Words and separators the three patterns turn on, mixed with ones they do not; the
#: separators include the ASCII whitespace that Python's ``\s`` reads and RE2's lacks.
PIECES = st.sampled_from(
    [
        *"a an An one ONE his her their A-one 19-year-old 3-month-old 1234-year-old".split(),
        *"man woman girl farmer was is has been died dies remains found lying dead".split(),
        *"injured wounded hurt killed missing shot stabbed rescued among of 25 aged".split(),
        *"who whose identified as Ann Roe's ban tone".split(),
        *(" ", "  ", "\t", "\n", "\x0b", "\x0c", "\x1c", "\x1f", ", ", ",", ".", "-", "'"),
    ]
)


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@pytest.mark.parametrize("pattern", PATTERNS, ids=["singular", "adjective", "object"])
@given(pieces=st.lists(PIECES, max_size=30), glue=st.sampled_from([" ", "", "\x0b"]))
def test_matches_equal_finditer(pattern: re.Pattern[str], pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    assert _spans(_matches(pattern, text)) == _spans(pattern.finditer(text))


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed and a woman was hurt.",
        "One\x0bfarmer died, and his\x1cson was found dead.",
        "Police said an elderly woman lying dead was found by a 19-year-old neighbour found dead.",
        "Un hombre murió; a man was killed.",  # not ASCII: the plain scan
    ],
)
def test_matches_equal_finditer_on_sentences(text: str) -> None:
    for pattern in PATTERNS:
        assert _spans(_matches(pattern, text)) == _spans(pattern.finditer(text))
