"""Readings review51b added. Every sentence is invented.

Care: the hurt treated for riot control or smoke breathed in or felt ("treated for tear gas
inhalation", "for the effects of tear gas", "for exposure to pepper spray"); not a field
treated for pests nor gear "treated for tear gas".

Silences: an "it" that gave no answer stands for the one body the sentence before names by a
common noun ("sued the mining firm"), not for two bodies, a person or "the news".
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _figures(text: str, category: str) -> list[tuple[float | None, str | None]]:
    return [(c.min, c.group) for c in analyze(text).claims if c.category == category]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers in Dunmere said 55 demonstrators were treated for tear gas inhalation.",
            (55, "demonstrators"),
        ),
        (
            "Volunteer medics said 18 marchers were treated for the effects of tear gas.",
            (18, "marchers"),
        ),
        ("Nine students were treated for exposure to pepper spray.", (9, "students")),
        ("Seven tenants were treated for the effects of smoke.", (7, "tenants")),
    ],
    ids=["tear-gas-inhalation", "effects-of-tear-gas", "exposure-to-spray", "effects-of-smoke"],
)
def test_treated_for_riot_control_or_smoke_is_hurt(text: str, expected: tuple[float, str]) -> None:
    assert expected in _figures(text, "wounded")


@pytest.mark.parametrize(
    "text",
    [
        "Some 30 orchards near Lisk were treated for pests this spring.",
        "The 40 riot shields were treated for tear gas.",
        "Twenty fields were treated for the effects of frost.",
    ],
    ids=["orchards-pests", "shields-bare-tear-gas", "fields-frost"],
)
def test_treated_for_other_things_is_no_hurt(text: str) -> None:
    assert _figures(text, "wounded") == []


def _silent(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "The villagers sued the mining firm on Friday. It gave no answer to questions on"
            " Saturday.",
            "the mining firm",
        ),
        (
            "Relatives took the ferry operator to court last week. It did not respond to"
            " requests for comment.",
            "the ferry operator",
        ),
        (
            "Tenants complained to the housing agency in March. It made no reply when asked"
            " about their letters.",
            "the housing agency",
        ),
    ],
    ids=["sued-firm", "took-operator-to-court", "complained-to-agency"],
)
def test_silent_it_is_the_body_named_before_by_a_noun(text: str, party: str) -> None:
    assert _silent(text) == [party]


@pytest.mark.parametrize(
    "text",
    [
        "The families sued the bus company and the insurer on Monday. It gave no answer.",
        "The families sued the driver on Monday. It gave no answer to questions.",
        "Reporters watched the news on Monday. It did not respond to requests for comment.",
    ],
    ids=["two-bodies", "a-person", "the-news"],
)
def test_silent_it_stays_without_one_body_before(text: str) -> None:
    assert _silent(text) == ["It"]
