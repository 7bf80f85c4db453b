"""A toll told as changed ("rose from 7 to 9") states its old value too (the rules' CB124);
the key figure is the new value, in the body and in a headline. Every sentence is invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, key_figures
from tests.crosswire.divergence.factory import analysed, headed_findings


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Death toll in Orme floods rises from 7 to 9",
            "Rescuers searched the banks on Sunday.",
            9,
        ),
        (
            "Kessa Bus Crash Toll Climbs From 12 to 15",
            "Police in Kessa said the driver had fled.",
            15,
        ),
        ("Varnholt mine toll revised down to 38 from 42", "Inspectors reached the shaft.", 38),
    ],
)
def test_a_headline_toll_changed_is_its_new_value(title: str, body: str, expected: int) -> None:
    findings = headed_findings(title, body)
    assert {key: kf.stated for key, kf in key_figures(findings).items()} == {
        ("killed", "people"): expected
    }
    total = category_total(findings, "killed")
    assert total is not None and total.stated == expected


def test_a_body_toll_changed_is_its_new_value() -> None:
    findings = analysed("Ledger", "The death toll in Dalsk rose from eight to 11 on Tuesday.")
    total = category_total(findings, "killed")
    assert total is not None and total.stated == 11
