"""Killed and hurt counts of US local crime news (rules-gva16): the hurt whose fate a later verb
tells past a phrase naming the event ("two of the 12 people wounded in the shooting later
died"), past a reduced relative clause ("three people injured in the crash died"), and a part
of the shot that was killed ("two of the 12 people shot were killed"), and the one a report
follows taken to care ("The toddler was rushed to the hospital"). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.crosswire.divergence.factory import key_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the 12 people wounded in the shooting later died at a hospital.", (2, 10)),
        ("One of the five men hurt in Sunday's shooting has since died.", (1, 4)),
        ("Three of the 14 people wounded during the drive-by shooting later died.", (3, 11)),
        ("Two of the nine people shot were killed, the sheriff said.", (2, 7)),
        ("Four of the 11 people shot on Orme Street on Friday were killed.", (4, 7)),
    ],
    ids=["in-the-shooting", "possessive", "during", "shot-were-killed", "shot-dated"],
)
def test_part_of_the_hurt_that_died(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people injured in the shooting died.", (3, 0)),
        ("Two men stabbed outside the tavern died.", (2, 0)),
        ("Two women who were hurt in the shooting died on the way to a hospital.", (2, 0)),
        # the main verb tells the shot lived
        ("Three people shot in the ambush remain in hospital.", (0, 3)),
    ],
    ids=["reduced-injured", "reduced-stabbed", "relative-past-event", "reduced-lived"],
)
def test_reduced_relative_then_fate(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part's verb is no death: the whole stays the hurt
        ("Two of the 12 people injured remain in hospital.", (0, 12)),
        ("Two of the 12 people injured were teenagers.", (0, 12)),
        # a clause between: the death is another's
        ("Three people injured in the blast told reporters that a guard died.", (1, 3)),
        ("Three people shot, two fatally, police said.", (2, 1)),
        # the event's phrase stands away from the count: no fate of the count
        (
            "The hunt for two gunmen went on Monday in the deadly shooting of a boy who was "
            "struck by gunfire at home.",
            (1, 0),
        ),
    ],
    ids=["part-remains", "part-were-noun", "clause-between", "fatally", "phrase-away"],
)
def test_unchanged(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toddler was rushed to the hospital in critical condition.", (0, 1)),
        ("The cyclist has been taken to Orme General Hospital.", (0, 1)),
        ("The 15-year-old was transported to a hospital with a leg wound.", (0, 1)),
        # a death after the transfer; a death re-mentioned; no person
        ("The clerk was rushed to a hospital, where he later died.", (1, 0)),
        ("The night porter was killed when the roof caved in.", (0, 0)),
        ("The package was rushed to the hospital by courier.", (0, 0)),
        # care that tells no harm
        ("The pilot was taken to hospital as a precaution.", (0, 0)),
        ("The singer was hospitalized with pneumonia.", (0, 0)),
    ],
    ids=[
        "rushed",
        "has-been-taken",
        "transported",
        "died-there",
        "killed-re-mention",
        "no-person",
        "precaution",
        "illness",
    ],
)
def test_the_one_taken_to_care(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man fired at two clerks, killing one and severely wounding the other.", (1, 1)),
        ("The driver hit two cyclists, killing one and lightly injuring the other.", (1, 1)),
    ],
    ids=["severely", "lightly"],
)
def test_the_other_of_a_pair_with_a_degree(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected
