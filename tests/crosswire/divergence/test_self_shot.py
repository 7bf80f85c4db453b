"""The one who shot themselves is wounded, unless the article tells of a death (CB53)."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, key_figures, wounded_total

from .factory import analysed, run


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


LEDGER_NOBODY_ELSE = (
    "A Brell woman accidentally shot herself in the hand on Sunday, deputies said. "
    "Nobody else was injured."
)


@pytest.mark.parametrize("nobody", ["Nobody else was injured.", "No one else was hurt."])
def test_nobody_else_hurt_is_no_wounded_figure(nobody: str) -> None:
    # Review 7: "nobody else" is zero *more* people, not a wounded toll of 0.
    text = f"Deputies said a Brell woman shot herself in the hand on Sunday. {nobody}"
    findings = analysed("Ledger", text)
    assert wounded_total(findings) == 1
    assert all(claim.stated != 0 for claim in key_figures(findings).values())


def test_nobody_else_hurt_raises_no_conflict_with_the_one_who_was() -> None:
    ledger = analysed("Ledger", LEDGER_NOBODY_ELSE)
    courier = analysed(
        "Courier", "Deputies said that a Brell woman shot herself in the hand on Sunday.", hours=1
    )
    assert not [d for d in run(ledger, courier) if d.kind == "conflict"]


def test_nobody_hurt_is_still_a_zero_toll() -> None:
    findings = analysed("Ledger", "A gas main burst on Orme Street on Sunday. Nobody was hurt.")
    assert wounded_total(findings) == 0
