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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's open count of the hurt made precise later by the same agency
        (
            "An earthquake struck the province before dawn, killing at least 30 people and "
            "injuring more than 100, the disaster agency said.\n\nBy evening the agency said "
            "the toll had risen to 41. It said 124 people had been injured.",
            (41, 124),
        ),
        # a part of the lead's count is smaller than its bound: the lead stays
        (
            "An earthquake struck the province before dawn, killing at least 30 people and "
            "injuring more than 100, the disaster agency said.\n\nIt said 40 people had been "
            "injured in the town of Orme alone.",
            (30, 100),
        ),
    ],
)
def test_a_lead_made_precise(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


def test_a_count_told_again_as_a_part_of_a_later_one_gives_way() -> None:
    text = (
        "Gunmen stormed the depot on Friday. Three guards were wounded in the assault, "
        "the army said.\n\nThe hospital said 15 people were being treated for wounds, among "
        "them the three guards."
    )
    assert figures(text) == (0, 15)
