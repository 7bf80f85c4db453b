"""Key figures of the readings review52a mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier period's count after the outbreak's own toll is no addend of it
        (
            "A measles outbreak is spreading in Marro. Measles has killed 86 children in Marro"
            " this year and 72 the year before that.",
            (86, 0),
        ),
        (
            "A cholera outbreak has spread through Dossa. Cholera has killed 40 people in the"
            " valley this year, and 55 the year before.",
            (40, 0),
        ),
        # counter-example: two places' counts of one day still add up
        ("Gunmen killed 12 villagers in Orra on Monday and 19 in Tessa on Tuesday.", (31, 0)),
    ],
    ids=["year-before-that", "year-before", "two-places"],
)
def test_an_earlier_period_count_is_no_addend(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the load of the story's places of care is its only count of the sick
        (
            "Cholera has swept the camps of Dossa. Three field clinics run by the aid group"
            " Lifeline had 140 patients on Tuesday night, well over their 60 beds, the group"
            " said.",
            (0, 140),
        ),
        # counter-example: the clinic's beds count no one
        ("Cholera has swept the camps of Dossa. The clinic had 20 beds, the group said.", (0, 0)),
    ],
    ids=["clinics-load", "beds"],
)
def test_a_place_of_cares_load_is_the_key(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the patients is neither the key nor an addend of it
        (
            "Cholera has swept the camps of Dossa. Three field clinics run by the aid group"
            " Lifeline had 140 patients on Tuesday night, the group said. Dr Ana Pirell said 38"
            " of the patients were children under five.",
            (0, 140),
        ),
        (
            "Cholera has swept the camps of Dossa. Dr Ana Pirell said 38 of the patients were"
            " children under five.",
            (0, 0),
        ),
        (
            "A bus overturned near Kell on Monday, injuring 30 people. A surgeon said 12 of the"
            " patients were children.",
            (0, 30),
        ),
        # counter-example: a part of the injured (CB43) alone stays the key, as before
        ("A bus overturned near Kell on Monday. Twelve of the injured were children.", (0, 12)),
    ],
    ids=["beside-the-load", "alone", "beside-the-hurt", "of-the-injured"],
)
def test_a_part_of_the_patients_is_no_key(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A gas blast tore through a market in Vell on Monday. Surgeons at Vell General worked"
            ' through the night. "Seven remain in surgery or in intensive care," the surgeon'
            " said.",
            (0, 7),
        ),
        # counter-example: pupils in school are no one hurt
        (
            'A gas blast tore through a market in Vell on Monday. "Seven are still in school,"'
            " the surgeon said.",
            (0, 0),
        ),
    ],
    ids=["surgery-or-icu", "school"],
)
def test_a_care_state_is_the_wounded_key(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
