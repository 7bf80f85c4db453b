"""A sentence of parts only gives way to a toll told elsewhere in the article (review 17)."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those killed included two border guards. The raid killed 11 people in all.", (11, 0)),
        ("Among the injured were four nurses. In all, 19 people were hurt in the fire.", (0, 19)),
        ("Among the dead were two pilots.", (2, 0)),
    ],
    ids=["killed-part-first", "injured-part-first", "part-alone"],
)
def test_a_part_before_the_toll_gives_way_to_it(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A ferry sank off Tarrow on Monday. Eleven of the survivors, including three "
            "children, were treated in hospital for hypothermia.",
            (0, 11),
        ),
        # subsets alone still add up: no other part holds them
        ("Those killed included two police officers and three soldiers.", (5, 0)),
    ],
    ids=["subset-of-a-part", "subsets-alone"],
)
def test_a_subset_of_a_part_is_no_addend(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
