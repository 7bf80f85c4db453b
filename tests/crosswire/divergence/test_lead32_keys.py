"""Key figures the thirty-second session's lead mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person shot, others wounded in the same sentence: all of them were hurt
        (
            "A 9-year-old boy was struck by a bullet that came through his bedroom wall late "
            "Friday, and two men standing outside were grazed, police said.",
            (0, 3),
        ),
        # the wounded count takes the one shot in: no sum (review32a)
        (
            "A woman was shot on Elm Street and two people, including the woman, were taken "
            "to hospital with wounds.",
            (0, 2),
        ),
        ("A man was shot on Elm Street, and he and two others were wounded.", (0, 3)),
        ("A woman was shot on Elm Street, and three people were wounded altogether.", (0, 3)),
        # someone died: the one shot may be the dead, so the wounded stay as stated
        (
            "A woman was shot on Elm Street late Friday, and two men nearby were wounded, "
            "police said.\n\nThe woman died at Orme General early Saturday.",
            (1, 2),
        ),
    ],
)
def test_key_figures_this_session(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
