"""Readings review48a fixed. Every sentence is the reviewer's own, with invented names.

Claims: a share of a whole told with its owner ("a third of the town's 9,000 residents") is
the share; "revised up to 62" is a new value, not a cap; a toll pushed "past 100" is more
than 100; a part after "of whom" with a fate its whole lacks ("212 passengers, of whom 19
died") is a claim of its own. Attributions: the speaker of a clause on a figure ("2,100
people, a figure officials said") is not the figure; calls to a station and efforts to
reach an owner are silences of that party, and so are "declined to give a casualty figure"
and "refused to give details".
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str]]:
    return [
        (c.category, c.min if c.min is not None else c.max, c.qualifier)
        for c in analyze(text).claims
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Roughly a third of the town's 9,000 residents have been evacuated.",
            [("evacuated", 3000, "approximately")],
        ),
        (
            "Three quarters of the village's 800 inhabitants were evacuated on Monday.",
            [("evacuated", 600, "exact")],
        ),
        ("Most of the island's 300 residents fled.", [("displaced", None, "unspecified")]),
        # a whole with its owner and no share stays the whole
        (
            "Police said the town's 9,000 residents were evacuated.",
            [("evacuated", 9000, "exact")],
        ),
    ],
)
def test_a_share_of_an_owned_whole(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of people missing after the ferry sank was revised up to 62 from an"
            " earlier estimate of 40.",
            [("missing", 62, "exact"), ("missing", 40, "exact")],
        ),
        ("The ministry later revised the death toll up to 27.", [("killed", 27, "exact")]),
        # a cap with no verb of change stays a cap
        ("Up to 70 people may have been killed, the monitor said.", [("killed", 70, "at_most")]),
        (
            "The toll was revised to 30, and up to 12 more may be missing.",
            [("killed", 30, "exact"), ("missing", 12, "at_most")],
        ),
    ],
)
def test_revised_up_to_is_a_new_value(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry carried 212 passengers, of whom 19 died.", [("killed", 19, "exact")]),
        (
            "Some 400 people lived in the block, of whom at least 70 are unaccounted for.",
            [("missing", 70, "at_least")],
        ),
        (
            "Thirty were wounded, of whom four later died.",
            [("wounded", 30, "exact"), ("killed", 4, "exact")],
        ),
        (
            "Rebels seized 30 villagers, of whom 12 were later killed.",
            [("kidnapped", 30, "exact"), ("killed", 12, "exact")],
        ),
        # a part with no verb of its own, or the whole's own fate, stays a part
        (
            "The army said 40 soldiers were killed, of whom 12 were officers.",
            [("killed", 40, "exact")],
        ),
        (
            "Twelve people were hurt, of whom four are critical.",
            [("wounded", 12, "exact"), ("wounded", 4, "exact")],
        ),
        ("The plant employs 1,200 workers, of whom 400 were on the night shift.", []),
    ],
)
def test_a_part_with_a_fate_of_its_own(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three more people died overnight, pushing the death toll past 100.",
            [("killed", 3, "exact"), ("killed", 100, "more_than")],
        ),
        ("The death toll rose past 100 on Sunday.", [("killed", 100, "more_than")]),
        # the past of a span of time is no toll's step
        ("The toll of the past 10 days is 40.", [("killed", 40, "exact")]),
    ],
)
def test_a_toll_past_a_figure(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _claims(text) == expected


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.source) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quake killed at least 2,100 people, a figure officials said was likely to rise.",
            [("statement", "officials")],
        ),
        (
            "The storm killed 12 people, a number the mayor said could rise.",
            [("statement", "the mayor")],
        ),
        ("Security officials said 40 people died.", [("statement", "Security officials")]),
    ],
)
def test_the_speaker_of_a_clause_on_a_figure(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Calls to the police station went unanswered.",
            [("non_response", "the police station")],
        ),
        (
            "Efforts to reach the mine's owner were unsuccessful.",
            [("non_response", "the mine's owner")],
        ),
        ("Attempts to reach the trapped miners were unsuccessful.", []),
    ],
)
def test_unanswered_calls_to_a_station_or_an_owner(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A military spokesman declined to give a casualty figure.",
            [("non_response", "A military spokesman")],
        ),
        (
            "The army declined to give an official death toll.",
            [("non_response", "The army")],
        ),
        ("A police spokesman refused to give details.", [("non_response", "A police spokesman")]),
        # giving up, or a stare, is no figure withheld
        ("The coach refuses to give up.", []),
        ("The coach declined to give a death stare to the referee.", []),
    ],
)
def test_a_figure_not_given(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected
