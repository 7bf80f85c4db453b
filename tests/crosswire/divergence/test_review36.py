"""Review 36 of the twentieth session's late change (background, totals). Every article is
invented; each test fails without the fix it names."""

from __future__ import annotations

import pytest

from crosswire.divergence.background import claim_is_background
from crosswire.divergence.keyfigures import category_total, key_figures
from crosswire.divergence.relayed import outlet_name
from tests.crosswire.divergence.test_headline_lead import titled

from .factory import analysed


@pytest.mark.parametrize(
    "text",
    [
        # a figure is retracted only when a noun of a report takes it up again
        "Officials said 12 people were killed after rebel troops had withdrawn from the area.",
        "Officials said 12 people were killed, and the mayor said it was wrong to blame the army.",
        "Twelve civilians were killed, but the army has retracted its claim that rebels fired.",
        "Twelve people died in the village, but it was cut off by the floods for days.",
    ],
)
def test_a_figure_nobody_retracts_is_no_background(text: str) -> None:
    findings = analysed("Ledger", "Shelling hit the valley on Monday. " + text)
    assert [claim_is_background(findings, c) for c in findings.claims] == [False]


@pytest.mark.parametrize(
    "tail",
    [
        "a report the agency later said was wrong",
        "a figure it has since withdrawn",
        "a claim that was later retracted",
        "a figure the ministry later called inaccurate",
    ],
)
def test_a_figure_taken_up_and_called_wrong_stays_background(tail: str) -> None:
    findings = analysed(
        "Ledger",
        "Rescuers found no survivors. Earlier, a district official had said four people had "
        f"been pulled alive from the rubble, {tail}.",
    )
    assert [claim_is_background(findings, c) for c in findings.claims] == [True]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the single person after the ordinal's phrase is one more, not the one it names
        (
            "A bus hit a wall on Friday. A second passenger died in hospital on Sunday, and a "
            "cyclist was killed by the same bus.",
            3,
        ),
        (
            "A gas main burst on Friday. A third worker, Ivo Brel, 22, died on Tuesday, and a "
            "fourth, Tom Fell, 41, died today.",
            4,
        ),
        # the one the ordinal names stays no one more
        ("A gas main burst on Friday. A second man, Ivo Brel, died.", 2),
    ],
)
def test_only_the_one_an_ordinal_names_is_no_one_more(text: str, killed: int) -> None:
    total = category_total(analysed("Ledger", text), "killed")
    assert total is not None and total.stated == killed


@pytest.mark.parametrize(
    "name",
    ["the official Lantern news agency", "official media", "official state television"],
)
def test_official_as_the_adjective_of_the_press_names_an_outlet(name: str) -> None:
    assert outlet_name(name)


def test_a_figure_of_the_official_news_agency_is_relayed() -> None:
    text = (
        "Thirty people were killed in the strike on Dervan, the official Lantern news agency "
        "said. Local residents said 24 people were killed."
    )
    (key,) = key_figures(titled("Strike on Dervan", text)).values()
    assert key.stated == 24
