"""The one who shot themselves is wounded, unless the article tells of a death (CB53)."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, wounded_total

from .factory import analysed


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Police said a Tarrow Lane girl, 9, shot herself in the knee by accident at a cabin. "
            "Medics took her to Saint Brede Hospital; she should recover fully.",
            1,
        ),
        (
            "Deputies say a Brell Lake angler shot himself in the thigh as he unloaded a pistol "
            "in his garage on Sunday afternoon.",
            1,
        ),
    ],
    ids=["girl-in-the-knee", "man-in-the-thigh"],
)
def test_one_who_shot_themselves_is_wounded(text: str, wounded: float) -> None:
    assert wounded_total(analysed("Ledger", text)) == wounded


def test_a_death_told_elsewhere_is_that_person() -> None:
    findings = analysed(
        "Ledger",
        "Orme hunter dies of a wound to the thigh. Deputies said the hunter had shot himself in "
        "the thigh while climbing a fence with a loaded rifle on Saturday.",
    )
    killed = category_total(findings, "killed")
    assert killed is not None and killed.stated == 1
    assert not wounded_total(findings)


def test_a_killer_who_shot_himself_is_wounded_beside_his_dead() -> None:
    # Review 7: the three dead are not the one who shot himself.
    findings = analysed(
        "Ledger",
        "A gunman killed three people at a Tarrow Road diner late Friday, police said. The "
        "gunman then ran off and, caught by officers two hours later, accidentally shot himself "
        "in the foot. He was taken to Orme General Hospital and is expected to recover.",
    )
    killed = category_total(findings, "killed")
    assert killed is not None and killed.stated == 3
    assert wounded_total(findings) == 1
