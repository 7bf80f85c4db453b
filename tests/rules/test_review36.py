"""Review 36 of the twentieth session's late rules: counter-examples of the new rules, in the
reviewer's own invented sentences. Each fails without the fix it names."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


@pytest.mark.parametrize(
    "text",
    [
        "The field clinic treated 30 patients every day after the quake.",
        "The field clinic treated 30 patients each week since the flood.",
    ],
    ids=["every-day-after", "each-week-since"],
)
def test_a_rate_with_every_or_each_stays_a_rate_whatever_follows(text: str) -> None:
    # only "a day after the crash" dates one intake; "every day after" is still a load
    assert [c.category for c in analyze(text).claims] == []


@pytest.mark.parametrize(
    "text",
    [
        "Eleven patients were receiving treatment for cancer when the fire broke out.",
        "Two residents were taken to hospital with cancer, a week after the blast.",
    ],
    ids=["treatment-for-cancer", "hospital-with-cancer"],
)
def test_care_for_cancer_is_no_hurt_even_beside_an_incident(text: str) -> None:
    assert [c.category for c in analyze(text).claims] == []


def test_a_part_critical_of_something_is_no_badly_hurt_part() -> None:
    text = "Nineteen climbers were hurt, of whom four were critical of the rescue effort."
    assert [(c.min, c.rule) for c in analyze(text).claims] == [(19, "CB01")]


def test_a_part_in_critical_state_stays() -> None:
    text = "Nineteen climbers were hurt, of whom four are critical."
    assert [(c.min, c.rule) for c in analyze(text).claims] == [(19, "CB01"), (4, "CB45")]


@pytest.mark.parametrize(
    "text",
    [
        "The war memorial received 3,000 people.",
        "The dental clinic treated 40 patients.",
        "The town's new cancer clinic treated 300 patients in its first month.",
        "The maternity clinic admitted 40 patients.",
    ],
    ids=["war-memorial", "dental", "cancer", "maternity"],
)
def test_a_memorial_or_a_specialty_clinic_takes_in_no_hurt(text: str) -> None:
    assert [c.category for c in analyze(text).claims] == []


def test_a_specialty_hospital_that_received_the_wounded_stays() -> None:
    text = "A bus crashed on Monday. The maternity hospital received 30 wounded."
    assert [(c.category, c.min) for c in analyze(text).claims] == [("wounded", 30)]


@pytest.mark.parametrize(
    "text",
    [
        "Two passengers were receiving treatment after the crash but were found to be unhurt.",
        "Two pupils were receiving treatment to be checked out after the crash.",
    ],
    ids=["unhurt-after", "checked-out"],
)
def test_receiving_treatment_then_found_unhurt_is_no_hurt(text: str) -> None:
    # the incident in the sentence no longer outweighs what the sentence says of them
    assert [c.category for c in analyze(text).claims] == []
