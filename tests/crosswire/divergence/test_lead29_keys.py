"""Key figures the twenty-ninth session's lead mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the badly hurt part of a part is no addend: the survivors in hospital are the count
        (
            "A mine roof collapsed on Monday. Officials said 31 of the rescued miners were "
            "taken to hospital, six of them with serious injuries.",
            (0, 31),
        ),
        # a first report's figure gives way to the count told later
        (
            "A gunman opened fire outside a store on Pell Road. Initial reports on local radio "
            "suggested seven people had been hit. By noon the sheriff said six people were "
            "struck, revising that count.",
            (0, 6),
        ),
        # ... also across categories (review29a)
        (
            "A gunman opened fire outside a bar. First reports said seven people had been hit. "
            "Police later said six people were wounded.",
            (0, 6),
        ),
        # "later" of another count is no revision of the first (review29c)
        (
            "A bus plunged into a gorge on Monday. Early reports said 12 people died. Hospital "
            "officials said nine bodies had been identified. Two of the injured later died.",
            (12, 0),
        ),
        # ... but not to a smaller count told as no update (review29a)
        (
            "A bus plunged into a gorge on Monday. Early reports said 12 people died. Hospital "
            "officials said nine bodies had been identified.",
            (12, 0),
        ),
    ],
    ids=[
        "part-of-a-part",
        "early-report",
        "early-report-category",
        "early-report-later-death",
        "early-report-subset",
    ],
)
def test_key_figures(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected
