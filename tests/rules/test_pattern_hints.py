"""Cheap word tests before two case-insensitive patterns answer as the patterns do: the
figurative-harm test of CB36, CB75 and CB79, and the "as of"/"by" time of a claim."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rules.casualties import _AS_OF_HINT
from rules.claims.patterns import AS_OF, FIGURATIVE_HARM, figurative_harm

PIECES = st.sampled_from(
    [
        *"politically POLITICALLY Emotionally financially electorally ally their his her".split(),
        *"careers career chances chance reputation reputations pride Pride wounded hurt".split(),
        *"as AS of at by BY Monday noon 10 pm Jan 5 the a least victims were killed".split(),
        *("\u017f", "reputation\u017f", "pr\u0130de", "\u212a", " ", "  ", "\t", "\n", ",", "."),
    ]
)


@given(st.lists(PIECES, max_size=14), st.sampled_from([" ", "", "\n"]))
def test_figurative_harm_equals_its_pattern(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    assert figurative_harm(text, text.lower()) == (FIGURATIVE_HARM.search(text) is not None)


@given(st.lists(PIECES, max_size=14), st.sampled_from([" ", "", "\n"]))
def test_as_of_hint_misses_no_time(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces)
    if text.isascii() and AS_OF.search(text) is not None:
        assert _AS_OF_HINT.search(text.lower()) is not None, text


def test_examples() -> None:
    assert figurative_harm("The mayor was hurt politically.", "the mayor was hurt politically.")
    assert not figurative_harm("Two were hurt.", "two were hurt.")
    text = "Twelve were killed as of Monday."
    assert AS_OF.search(text) and _AS_OF_HINT.search(text.lower())
