"""Key figures the thirty-first session's lead mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one person told hurt is the one a later pronoun tells died, whichever killed
        # claim the key picked (here the lead's)
        (
            "A 14-year-old boy who was playing with a pistol on Friday fatally shot a "
            "16-year-old girl, deputies said.\n\nThe girl, Mara Quill, suffered a gunshot "
            "wound to the neck. She was taken to Orme General, where she was pronounced "
            "dead.",
            (1, 0),
        ),
        (
            "A 14-year-old boy who was playing with a pistol on Friday fatally shot a "
            "16-year-old girl, deputies said.\n\nThe girl suffered a gunshot wound to the "
            "neck. She was taken to Orme General, where she was pronounced dead.",
            (1, 0),
        ),
        # the lead tells the dead and the hurt apart: a later pronoun's death is the dead's
        # (review31c)
        (
            "A gunman killed a shopkeeper and wounded a customer on Friday, police said.\n\n"
            "He was pronounced dead at Orme General.",
            (1, 1),
        ),
        # two people: the one who died and another hurt
        (
            "A 14-year-old boy fatally shot a 16-year-old girl on Friday, deputies said.\n\n"
            "A second girl suffered a gunshot wound to the arm and was treated at Orme "
            "General.",
            (1, 1),
        ),
    ],
)
def test_key_figures_this_session(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
