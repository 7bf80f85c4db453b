"""Each side's own dead, told in sentences of their own, add up to the key toll
(``crosswire.divergence.other_sides``). Every sentence is invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, wounded_total
from tests.crosswire.divergence.factory import analysed, headed_findings


def _killed(text: str) -> float | None:
    total = category_total(analysed("Ledger", text), "killed")
    return None if total is None else total.stated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # soldiers in the lead, civilians in a later sentence
        (
            "Nine soldiers were killed when their convoy was ambushed near Dalsk, the army said. "
            "Mortar fire on the market killed three civilians, the town council said.",
            12,
        ),
        # the fighters' own loss, told by their group
        (
            "Six policemen died in the attack on the Orme barracks, police said. "
            "The movement said in a communique that it had lost two fighters.",
            8,
        ),
    ],
)
def test_each_sides_own_dead_add_up(text: str, expected: int) -> None:
    assert _killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of people at large may hold every side
        (
            "Fourteen people were killed in the fighting in Dalsk, officials said. "
            "Four soldiers were among the dead.",
            14,
        ),
        # enemy losses claimed by the side that killed them
        (
            "Nine soldiers were killed in the ambush, the army said. "
            "The army said its troops later killed 23 militants in the hills.",
            9,
        ),
        (
            "Five civilians were killed by shelling, the mayor said. "
            "The rebels said their fighters had overrun a post, killing 30 soldiers.",
            5,
        ),
        # a death of another month is another event
        (
            "Three soldiers were killed in the clash on Tuesday, the army said. "
            "A raid in the same village in March left two civilians dead.",
            3,
        ),
        # the same kind is a rival figure, not another side
        (
            "Seven soldiers were killed, the ministry said. Residents said 12 soldiers had died.",
            7,
        ),
    ],
)
def test_nothing_is_added_from_a_whole_an_enemy_claim_another_event_or_a_rival(
    text: str, expected: int
) -> None:
    assert _killed(text) == expected


def test_the_shot_less_the_dead_the_rules_already_took_off_are_not_reduced_again() -> None:
    findings = headed_findings(
        "Weekend violence: 12 shot, 3 killed",
        "At least 12 people were shot, three of them fatally, over the weekend in the city, "
        "police said. In the first shooting, a 22-year-old man was killed outside a store.",
    )
    assert wounded_total(findings) == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine soldiers were killed in an ambush on Tuesday. In March, three civilians were "
            "killed in a similar ambush.",
            9,
        ),
        (
            "Nine soldiers were killed in an ambush on Tuesday. Elsewhere, gunmen killed three "
            "civilians at a market.",
            9,
        ),
        # a side's count with its own part is still that side's count
        (
            "Nine soldiers were killed on Tuesday, the ministry said. Three civilians were "
            "killed, including two children.",
            12,
        ),
    ],
)
def test_review39_other_events_and_parts(text: str, expected: int) -> None:
    assert _killed(text) == expected


def test_review39_a_range_of_the_hurt_still_loses_its_dead() -> None:
    findings = analysed(
        "Ledger", "Between 10 and 12 people were injured in the blast. One of them later died."
    )
    assert wounded_total(findings) == 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each side's wounded, told apart, add up as the dead do
        (
            "Seven soldiers were wounded when the convoy hit a mine, the army said. "
            "Shrapnel also wounded four civilians at a roadside stall, a medic said.",
            11,
        ),
        # a count of people at large may hold every side: nothing is added
        (
            "Twelve people were wounded in the blast, the governor said. "
            "Three police officers were among the wounded, police said.",
            12,
        ),
    ],
)
def test_each_sides_own_wounded_add_up(text: str, expected: int) -> None:
    assert wounded_total(analysed("Ledger", text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a riot's sides: the guards and the inmates
        (
            "Nine guards were injured in the riot, the ministry said. The prison clinic"
            " treated 21 injured inmates.",
            30,
        ),
        # a crackdown's sides: the protesters and the security forces
        (
            "Medics treated 80 wounded protesters, a doctors' union said. The government said"
            " 25 members of the security forces were hurt.",
            105,
        ),
        # protesters among a count of people at large add nothing
        (
            "Twelve people were wounded in the clashes, police said. Three protesters were"
            " among the wounded.",
            12,
        ),
    ],
)
def test_the_sides_of_a_riot_or_a_crackdown_add_up(text: str, expected: int) -> None:
    assert wounded_total(analysed("Ledger", text)) == expected
