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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts of other places or days with no noun of their own add to the first
        ("A storm killed 20 people in Orsk, nine in Vela and three in Kell.", (32, 0)),
        ("Four people died on Friday and two more on Saturday.", (6, 0)),
        # a part of the people stays a part
        ("A storm killed 20 people in Orsk, including nine children.", (20, 0)),
    ],
)
def test_elliptic_counts_of_other_places_add_up(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown of a whole (no place of the whole's own) and a comparison add nothing
        ("The attack killed 31 people, 11 in Tolesk and five in Corro.", (31, 0)),
        ("The storm killed 31 people in Marvia, 11 more than the army said.", (31, 0)),
    ],
)
def test_a_breakdown_or_a_comparison_adds_nothing(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
