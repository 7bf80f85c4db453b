"""Key figures the thirty-third session's lead mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part larger than every whole is part of none of them: the later two are a part
        (
            "A fishing boat carrying migrants capsized off Orme on Sunday, and nine people "
            "drowned, the coast guard said.\n\nNine of the rescued passengers were taken to "
            "hospital with hypothermia.\n\nA nurse said two boys were in intensive care.",
            (9, 9),
        ),
        (
            "Six miners died when a tunnel collapsed at the Harl pit on Monday.\n\nThree of "
            "the rescued men were taken to hospital with crush injuries. Last year two of their "
            "colleagues were hurt in a smaller fall.",
            (6, 3),
        ),
        # a part smaller than a whole told elsewhere gives way to it (review 17)
        (
            "The bombing killed 14 people in all and wounded 30, police said.\n\nThose "
            "wounded included two police officers.",
            (14, 30),
        ),
    ],
)
def test_a_part_larger_than_every_whole(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
