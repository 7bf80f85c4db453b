"""The cheap test before the share pattern of ``rules.claims.fractions`` turns away only
texts where the pattern finds no share ending at the figure."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rules.claims.fractions import _SHARE_BEFORE, may_share

PIECES = st.sampled_from(
    [
        *"half of the THE Their its HIS her our those these most many some a few".split(),
        *"two-thirds one quarter about nearly more than at least of majority".split(),
        *("hi\u017f", "thoſe", "\u0130ts", " ", "  ", "\t", "\n", "\u00a0", ",", "-", "x"),
    ]
)


@given(st.lists(PIECES, max_size=12), st.sampled_from([" ", "", "\u2003"]))
def test_the_gate_turns_away_no_share(pieces: list[str], glue: str) -> None:
    text = glue.join(pieces) + "12 soldiers"
    end = text.rindex("12")
    lo = max(0, end - 48)
    match = _SHARE_BEFORE.search(text, lo, end)
    if match is not None and match.end() == end:
        assert may_share(text, lo, end), text


def test_a_share_passes_the_gate() -> None:
    text = "Nearly half of the 12 soldiers died."
    assert may_share(text, 0, text.index("12"))
    assert not may_share("Nearly half of 12 soldiers", 0, 15)
