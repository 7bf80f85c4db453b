"""A named victim named again later in the story is one victim, not two.

Every sentence here is invented (people and places too).
"""

from __future__ import annotations

import pytest

from tests.support.claims import casualties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gunmen killed Senator Ana Ruiz on Monday. The murder of Senator Ruiz shocked Kessel.",
            [("killed", 1)],
            id="title-and-surname-again",
        ),
        pytest.param(
            "GUNMEN KILLED MSGR TOMAS ORVEN BREL ON MONDAY. THE MURDER OF MSGR BREL WAS"
            " CONDEMNED BY THE BISHOPS.",
            [("killed", 1)],
            id="upper-case-honorific",
        ),
        pytest.param(
            "The murder of Mayor Ivo Sarn angered Kessel. Rebels killed Ivo Sarn on the"
            " river road.",
            [("killed", 1)],
            id="full-name-again",
        ),
        pytest.param(
            "Gunmen killed Ana Ruiz and Tomas Ruiz on Monday.",
            [("killed", 1), ("killed", 1)],
            id="two-of-one-family",
        ),
        pytest.param(
            "Gunmen killed Senator Ana Ruiz on Monday. Rebels killed Judge Ivo Sarn on Tuesday.",
            [("killed", 1), ("killed", 1)],
            id="two-people",
        ),
        pytest.param(
            "A bomb wounded Ana Ruiz in March. Gunmen killed Ana Ruiz on Monday.",
            [("wounded", 1), ("killed", 1)],
            id="wounded-then-killed",
        ),
        pytest.param(
            "Mayor Ivo Sarn was shot outside the town hall. Mayor Sarn was killed instantly,"
            " an aide said.",
            [("killed", 1)],
            id="shot-then-killed-is-one-victim",
        ),
        pytest.param(
            "Judge Ana Lorca was murdered on Friday. Judge Lorca was shot four times.",
            [("killed", 1)],
            id="killed-then-shot-is-one-victim",
        ),
        pytest.param(
            "Tomas Vey was shot on the quay. Ana Vey was killed in the same attack.",
            [("killed_or_wounded", 1), ("killed", 1)],
            id="shot-and-a-relative-killed-are-two",
        ),
        pytest.param(
            "Gunmen gunned down Judge Ivo Sarn outside the court in Kessel.",
            [("killed", 1)],
            id="gunned-down-a-name",
        ),
        pytest.param(
            "MASKED MEN SHOT DEAD MAYOR TOMAS BREL AND HIS DRIVER ON THE RIVER ROAD.",
            [("killed", 1), ("killed", 1)],
            id="shot-dead-a-name-and-a-relative",
        ),
        pytest.param(
            "A guard was gunned down Tuesday night in Kessel.",
            [("killed", 1)],
            id="passive-gunned-down-no-name",
        ),
        pytest.param(
            "The rebels admitted assassinating Senator Ana Ruiz in Orme.",
            [("killed", 1)],
            id="assassinating-a-name",
        ),
        pytest.param(
            "A militia bragged about assassinating two judges in Kessel.",
            [("killed", 2)],
            id="assassinating-a-count",
        ),
        pytest.param(
            "The gang denied assassinating anyone.",
            [],
            id="assassinating-no-one-named",
        ),
        pytest.param(
            "Six monks were killed in Kessel. Police said the monks were murdered in the chapel.",
            [("killed", 6)],
            id="the-group-named-again",
        ),
        pytest.param(
            "The monks were killed on Monday. Six monks died, police said.",
            [("killed", None), ("killed", 6)],
            id="a-count-after-the-bare-plural-stays",
        ),
        pytest.param(
            "Two people were killed in Kessel. In Orme, many people were killed too.",
            [("killed", 2), ("killed", None)],
            id="a-vague-count-stays",
        ),
        pytest.param(
            "Six monks were killed in Kessel. The monks were wounded in an earlier raid.",
            [("killed", 6), ("wounded", None)],
            id="another-category-stays",
        ),
    ],
)
def test_renamed_victims(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert casualties(text) == expected
