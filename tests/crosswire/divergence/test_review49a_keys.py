"""Key figures review49a mended, each with a counter-example that stays. Every sentence is
invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, wounded_total
from tests.crosswire.divergence.factory import analysed


def _killed(text: str) -> float | None:
    total = category_total(analysed("Ledger", text), "killed")
    return None if total is None else total.stated


def _wounded(text: str) -> float | None:
    return wounded_total(analysed("Ledger", text))


_LONG_CLAUSE = (
    " on Tuesday when a gallery collapsed at the Marl colliery in the hills north of the"
    " provincial capital after days of heavy rain"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Three miners were killed{_LONG_CLAUSE}, and a fourth died later in hospital.", 4),
        (f"Five miners were killed{_LONG_CLAUSE}; a sixth later died of his injuries.", 6),
        # counter-example: another count between, and the ordinal is of no fate beside it
        (
            f"Three miners were killed{_LONG_CLAUSE}, where 12 rescuers had worked, and a fourth"
            " died later.",
            3,
        ),
    ],
)
def test_a_toll_and_its_ordinal_past_a_long_clause(text: str, expected: float) -> None:
    assert _killed(text) == expected


_CAFE = (
    "A gunman opened fire at a cafe in Brenna on Friday, killing one man and wounding four others."
)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        (f"{_CAFE} One of the injured later died in hospital, police said.", 2, 3),
        (
            "A bus overturned near Tarnet, killing three passengers and injuring 12. Two of the"
            " injured died later in hospital.",
            5,
            10,
        ),
        (
            f"{_CAFE} Two of them were in critical condition. One of the wounded died on Sunday.",
            2,
            4,
        ),
        # counter-examples: one of the injured discharged; the hurt of an earlier event beside
        # the story's own toll; a toll that holds the dead one; a part "of them"
        (f"{_CAFE} One of the injured was discharged on Saturday.", 1, 4),
        (
            "A bomb killed three people in Tarnet on Monday. In 2019, a blast at the same market"
            " killed one man and wounded four others. One of the injured later died.",
            3,
            None,
        ),
        (
            "A gunman killed one man and wounded four others in Brenna. One of the injured died"
            " on Sunday, raising the toll to two.",
            2,
            4,
        ),
        (
            "A gunman killed two men and wounded four others in Brenna on Friday. One of them"
            " later died.",
            2,
            3,
        ),
    ],
)
def test_the_hurt_who_died_in_a_later_sentence(
    text: str, killed: float, wounded: float | None
) -> None:
    assert (_killed(text), _wounded(text)) == (killed, wounded)
