"""Sentence totals of the key figures: who a sentence counts among the dead."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, wounded_total

from .factory import analysed


def killed_total(text: str) -> float | None:
    total = category_total(analysed("Ledger", text), "killed")
    return total.stated if total else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said Hale shot his wife and daughter before killing himself at the farm.", 3),
        ("Deputies said Orrin shot two neighbors and then turned the gun on himself.", 3),
        (
            "Grier shot three coworkers, wounding one, before killing himself in the yard.",
            1,
        ),
        ("Kell shot two clerks at the depot and fled in a pickup, police said.", None),
        # a hospital or "survived" that is not about the shot says nothing of their fate
        (
            "Deputies said Orrin shot his aunt and cousin at the county hospital where his aunt "
            "worked before killing himself.",
            3,
        ),
        ("Orrin shot his aunt and cousin before killing himself in a hospital parking lot.", 3),
        (
            "Orrin, who had survived a heart attack, shot his aunt and son before killing himself.",
            3,
        ),
        ("Orrin shot two nurses in a hospital lobby before killing himself, deputies said.", 3),
        # the trunk, like the head, is no sign that they lived: only the limbs are
        ("Orrin shot his brother in the chest before killing himself, deputies said.", 2),
    ],
    ids=[
        "before-killing-himself",
        "turned-the-gun",
        "other-fate-stated",
        "no-suicide",
        "hospital-as-the-place",
        "hospital-after-the-suicide",
        "the-shooter-survived",
        "in-a-hospital-lobby",
        "chest",
    ],
)
def test_the_shot_before_a_suicide_are_dead(text: str, expected: float | None) -> None:
    assert killed_total(text) == expected


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("The gunman shot a deputy in the thigh before killing himself, troopers said.", 1, 1),
        ("Brask shot three guards, who are expected to recover, before killing himself.", 1, 3),
        ("Brask shot two tellers before killing himself; both are in stable condition.", 1, 2),
        ("Brask shot two tellers, who were taken to a hospital, before killing himself.", 1, 2),
        # only a limb tells that they lived (the principle of _LIVED): not the head
        ("Police said Brask shot his brother in the head before killing himself.", 2, None),
        ("Brask shot two tellers before killing himself, and both were hospitalized.", 1, 2),
        ("Brask shot a guard, who survived, before turning the gun on himself.", 1, 1),
    ],
    ids=[
        "body-part",
        "expected-to-recover",
        "condition",
        "hospital",
        "head",
        "hospitalized-after",
        "the-shot-survived",
    ],
)
def test_the_shot_before_a_suicide_who_lived_are_wounded(
    text: str, killed: float, wounded: float | None
) -> None:
    findings = analysed("Ledger", text)
    assert killed_total(text) == killed
    assert wounded_total(findings) == wounded


def test_the_shot_before_a_suicide_are_not_also_wounded() -> None:
    findings = analysed("Ledger", "Police said Hale shot his wife and son before killing himself.")
    assert not wounded_total(findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said the gunman who killed two men outside the Brisk Diner on Dover "
            "Street had been arrested for a previous assault.",
            2,
        ),
        ("Two men were killed in a separate shooting on Dover Street, police said.", None),
        ("Since January, the county has recorded 14 people killed by gunfire.", None),
        ("A man was killed in another shooting on Pell Street an hour later.", None),
        # "previous" places a figure only with an event or a time ("a previous shooting")
        (
            "The gunman who killed two women at the Orme Street bakery before killing himself "
            "had previous mental health problems, police said.",
            3,
        ),
        ("Two men were killed in a previous shooting at the Orme Street bakery.", None),
    ],
    ids=[
        "cue-in-another-clause",
        "cue-in-its-clause",
        "cue-before",
        "another-shooting",
        "previous-health",
        "previous-shooting",
    ],
)
def test_a_background_cue_after_a_figure_reaches_its_own_clause(
    text: str, expected: float | None
) -> None:
    assert killed_total(text) == expected


def wounded_key(text: str) -> float | None:
    return wounded_total(analysed("Ledger", text))


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # "a" brings in a new person each time: two people of one noun are two
        (
            "A 22-year-old welder was shot in the hip and a 35-year-old welder was shot in"
            " the calf.",
            None,
            2,
        ),
        ("A teenage boy was shot dead and a younger boy was killed by a stray round.", 2, None),
        # a caption said twice in one run of text is one person
        (
            "Photo 1 of 2 A man was shot near the rail depot Photo 2 of 2 A man was shot near"
            " the rail depot",
            None,
            1,
        ),
    ],
    ids=["two-ages", "two-killed", "caption-twice"],
)
def test_indefinite_singles_of_one_noun(
    text: str, killed: float | None, wounded: float | None
) -> None:
    assert killed_total(text) == killed
    if wounded is not None:
        assert wounded_key(text) == wounded
