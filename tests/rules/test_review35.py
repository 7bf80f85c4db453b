"""Review 35 of the twentieth session's rules: counter-examples of the new rules, in the
reviewer's own invented sentences. Each fails without the fix it names."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Before the war, the clinic treated 30 patients a day.",
        "The clinic treated 30 patients a day before the war.",
        "Before the floods, the district hospital treated 300 patients every week.",
        "The district hospital admitted 40 patients with influenza.",
    ],
    ids=["rate-fronted", "rate", "every-week", "illness"],
)
def test_a_hospitals_routine_load_or_illness_is_no_intake_of_the_hurt(text: str) -> None:
    assert [c.category for c in analyze(text).claims] == []


def test_an_intake_dated_a_day_after_the_event_stays() -> None:
    (claim,) = analyze("Central Hospital received 14 patients a day after the crash.").claims
    assert (claim.category, claim.min, claim.rule) == ("wounded", 14, "CB122")


def test_an_intake_in_upper_case_wire_copy_is_read() -> None:
    (claim,) = analyze("ST MARK'S HOSPITAL RECEIVED 14 PATIENTS AFTER THE CRASH.").claims
    assert (claim.category, claim.min, claim.rule) == ("wounded", 14, "CB122")
