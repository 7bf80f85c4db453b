"""A running total the rules mark with its span (``Claim.period``) is no key figure."""

from __future__ import annotations

from crosswire.divergence.background import claim_is_background
from crosswire.divergence.keyfigures import category_total, wounded_total

from .factory import analysed


def _killed(text: str) -> float | None:
    total = category_total(analysed("Ledger", text), "killed")
    return None if total is None else total.stated


def test_a_campaigns_tally_gives_way_to_the_news() -> None:
    text = (
        "Gunmen shot dead a mayoral candidate outside his home in Orme on Sunday, police said. "
        "Across the country, 29 candidates have been killed in the current electoral process, "
        "a monitoring group said."
    )
    assert _killed(text) == 1


def test_the_tally_alone_is_still_no_key_figure() -> None:
    # the one figure of the article is a running total: no toll of the news is told
    text = "Across the country, 29 candidates have been killed in the current electoral process."
    assert _killed(text) is None


def test_an_earlier_value_a_count_is_compared_with_is_background() -> None:
    findings = analysed(
        "Ledger", "Officials said 38 people were killed in the floods, down from 42 on Friday."
    )
    background = {c.stated: claim_is_background(findings, c) for c in findings.claims}
    assert background == {38: False, 42: True}


def test_a_figure_the_sentence_calls_wrong_is_background() -> None:
    findings = analysed(
        "Ledger",
        "Rescuers found no survivors. Earlier, a district official had said four people had "
        "been pulled alive from the rubble and flown to a clinic, a figure the ministry later "
        "called wrong.",
    )
    assert [claim_is_background(findings, c) for c in findings.claims if c.stated == 4] == [True]


def test_per_hospital_intakes_of_one_sentence_add_up() -> None:
    findings = analysed(
        "Ledger",
        "A coach overturned on the ring road. The Royal Infirmary received 12 patients, the "
        "City Hospital eight and the Central Clinic five, a spokesman said.",
    )
    assert wounded_total(findings) == 25


def test_a_toll_the_sentence_says_was_lowered_is_no_key_figure() -> None:
    text = (
        "At least 21 passengers drowned when the ferry sank, the coast guard said. The "
        "governor had earlier announced a toll of 30, but it was lowered after several "
        "passengers were found alive."
    )
    assert _killed(text) == 21


def test_the_one_an_ordinal_names_is_no_one_more() -> None:
    text = (
        "Two workers died in the leak on Monday. A third worker, Ivo Brel, 22, died on the way "
        "to hospital, police said."
    )
    assert _killed(text) == 3
