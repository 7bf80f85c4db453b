"""The thirty-eighth review's findings on the twenty-second and twenty-third sessions' rules,
each a reading that must hold. Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import key_figures


def _claims(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.category, c.min, c.rule) for c in analyze(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        # a verdict or a finding, not people missing
        "The two officers have not been found guilty of any offence.",
        "Three guards were never found guilty of the beating in Dalsk.",
        "The 12 officers were never found to have broken the rules.",
        "Two directors have not been found liable for the Orme collapse.",
        # things not found
        "Two of the three flight recorders have not yet been found.",
        "Twelve rifles used in the raid were never found.",
    ],
)
def test_not_found_is_missing_only_of_people_unaccounted_for(text: str) -> None:
    assert [c for c in analyze(text).claims if c.category == "missing"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The firm has lost 12 specialists to rival banks this year.",
        "The agency lost 30 inspectors to budget cuts last year.",
        "The court ordered 12 experts to review the evidence.",
        "The ministry moved 40 inspectors to the new Orme office.",
    ],
)
def test_professionals_count_only_when_sent(text: str) -> None:
    assert _claims(text) == []


def test_a_part_is_smaller_than_its_whole() -> None:
    text = (
        "Six firefighters were hurt battling the blaze, which forced 300 residents from their"
        " homes, and 40 of them were hospitalized for smoke inhalation."
    )
    assert ("wounded", 40, "CB45") not in _claims(text)
    assert key_figures(text)[1] == 46


@pytest.mark.parametrize(
    "text",
    [
        "Two nurses in the burns unit were suspended after the audit.",
        "Four doctors in the intensive care unit said the hospital was overwhelmed.",
    ],
)
def test_staff_of_a_care_unit_are_not_hurt(text: str) -> None:
    assert [c for c in analyze(text).claims if c.category == "wounded"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FISHING BOATS PULLED 23 SURVIVORS OUT OF THE SEA.", [("rescued", 23, "CB54")]),
        (
            "Helicopters winched 11 survivors off the roof of the Orme hotel.",
            [("rescued", 11, "CB54")],
        ),
        (
            "THE DEATH TOLL ROSE FROM 7 TO 9 OVERNIGHT.",
            [("killed", 7, "CB124"), ("killed", 9, "CB02")],
        ),
        # an hour is no old value
        ("The toll rose to 31 from 9 a.m. reports.", [("killed", 31, "CB02")]),
    ],
)
def test_capitals_and_off_and_hours(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _claims(text) == expected


def test_an_appointment_named_is_no_statement() -> None:
    text = "The army named two officers as new commanders of the Orme brigade."
    assert analyze(text).attributions == ()


def test_new_alone_is_no_group_in_capitals() -> None:
    claims = analyze("HEALTH OFFICIALS REPORTED 14 NEW DEATHS ON MONDAY.").claims
    assert [(c.min, c.group) for c in claims] == [(14, None)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The charity spoke on behalf of families who said 12 children were missing.", "families"),
        ("The rally was held in support of workers who said the plant was unsafe.", "workers"),
        # a part keeps its whole
        (
            "Reporters spoke to two of the miners who said the shaft had flooded.",
            "two of the miners",
        ),
    ],
)
def test_a_restrictive_speaker_after_of(text: str, source: str) -> None:
    assert [a.source for a in analyze(text).attributions] == [source]
