"""review51d's sentences: gaps the lead left open in the fifty-first session, closed on invented
text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police found six men in the yard, two of them with gunshot wounds.",
            [("wounded", 2, None)],
        ),
        (
            "Guards stopped a lorry carrying nine men near Sotto, three of them with stab wounds.",
            [("wounded", 3, None)],
        ),
        # counter-examples: no wound told of the part, and a part of a count of the shot
        ("Police found six men in the yard, two of them with criminal records.", []),
        (
            "Gunmen shot eight villagers, five of them with gunshot wounds to the legs.",
            [("killed_or_wounded", 8, "villagers"), ("wounded", 5, None)],
        ),
    ],
    ids=["gunshot", "stab", "records", "part-of-the-shot"],
)
def test_a_part_found_with_wounds_is_hurt(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll has risen from 31 overnight to 33, the coastguard said.",
            [("killed", 31, None), ("killed", 33, None)],
        ),
        (
            "The number of dead rose from 12 on Tuesday to 17, officials in Kessa said.",
            [("killed", 12, None), ("killed", 17, None)],
        ),
        (
            "The number of injured climbed from nine the night before to 14, doctors said.",
            [("wounded", 9, None), ("wounded", 14, None)],
        ),
        # counter-examples: no new value told, and an address moved from with no toll
        ("The toll rose from 31 overnight to a record.", [("killed", 31, None)]),
        ("The bakery moved from 31 Harbour Street to 33.", []),
        ("Temperatures rose from 31 overnight to 33 by noon.", []),
    ],
    ids=["overnight", "on-a-weekday", "the-night-before", "to-a-record", "street", "heat"],
)
def test_a_toll_changed_from_a_value_told_with_its_time(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _claims(text) == expected


_RAID = "An air raid killed 20 people in the market at Tamo on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{_RAID}Seven were children, the council said.",
            [("killed", 20, "people"), ("killed", 7, "children")],
        ),
        (
            "The bombing in Arla killed 30 people. At least four of the victims were women,"
            " police said.",
            [("killed", 30, "people"), ("killed", 4, "women")],
        ),
        (
            "The depot blast wounded 22 people. Five were soldiers, the army said.",
            [("wounded", 22, "people"), ("wounded", 5, "soldiers")],
        ),
        # a part "of the dead" is CB43's already, within its sentence
        (
            "A fire at the mill killed 15 workers. Four of the dead were sisters.",
            [("killed", 15, "workers"), ("killed", 4, "sisters")],
        ),
        # counter-examples: a verb of its own, no people after "were", a part no smaller
        (
            f"{_RAID}Seven were arrested later.",
            [("killed", 20, "people"), ("arrested", 7, None)],
        ),
        (f"{_RAID}Seven were in the car.", [("killed", 20, "people")]),
        (f"{_RAID}Four of the victims were named on Tuesday.", [("killed", 20, "people")]),
        (f"{_RAID}Thirty were civilians.", [("killed", 20, "people")]),
        ("The club has 40 members. Twelve were women.", []),
        # killed and hurt both told before: whose part it is stays unread
        (
            "The raid killed 11 people and wounded 40. Seven were children.",
            [("killed", 11, "people"), ("wounded", 40, None)],
        ),
    ],
    ids=[
        *("children", "at-least-of-the-victims", "wounded", "of-the-dead", "arrested"),
        *("in-the-car", "named", "larger", "no-toll", "both"),
    ],
)
def test_a_part_of_the_toll_told_in_the_next_sentence(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _claims(text) == expected


def test_the_part_told_after_keeps_its_qualifier() -> None:
    claims = analyze(
        "The bombing in Arla killed 30 people. At least four of the victims were women."
    ).claims
    assert [(c.min, c.qualifier, c.rule) for c in claims][1] == (4, "at_least", "CB168")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Lusa, 29 people were poisoned by the bootleg gin, officials said.",
            [("wounded", 29, "people")],
        ),
        ("Doctors in Pell saw 31 villagers poisoned by the gin.", [("wounded", 31, "villagers")]),
        (
            "Seven were poisoned after drinking palm wine at a funeral in Okko.",
            [("wounded", 7, None)],
        ),
        # counter-examples: the dead of poisoning stay killed; a thing poisoned, the poisoners,
        # a killing
        (
            "Seven people died of poisoning after a wedding feast in Ama.",
            [("killed", 7, "people")],
        ),
        ("The village well was poisoned, residents said.", []),
        ("Relations between the two parties were poisoned by the row.", []),
        ("Two wells were poisoned by the tannery.", []),
        ("Rebels poisoned 12 wells in the valley.", []),
        ("About 60 cattle were poisoned by the spill.", []),
    ],
    ids=[
        *("were-poisoned", "reduced-passive", "a-bare-count", "died-of-poisoning", "well"),
        *("relations", "wells", "active", "cattle"),
    ],
)
def test_people_poisoned_are_hurt(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _claims(text) == expected


_CRASH = "A bus crashed on the Kerro pass on Sunday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{_CRASH}The regional hospital admitted 27 passengers.", [("wounded", 27, "passengers")]),
        (
            "A gas blast ripped through a mine in Vetra on Friday. The town clinic treated 14"
            " miners overnight.",
            [("wounded", 14, "miners")],
        ),
        (
            "A minibus overturned near Sella. Sella Infirmary took in nine young drivers.",
            [("wounded", 9, "young drivers")],
        ),
        # CB122's intake of "people" stays its own
        (f"{_CRASH}The regional hospital admitted 27 people.", [("wounded", 27, "people")]),
        # counter-examples: a clause goes on about the count, no incident told, a routine load
        (f"{_CRASH}The regional hospital admitted 30 students to its nursing course.", []),
        ("The regional hospital admitted 30 students.", []),
        ("The town clinic treated 40 miners.", []),
        ("The town clinic treated 400 patients last month.", []),
    ],
    ids=[
        *("passengers", "miners-overnight", "took-in", "people-intake", "nursing-course"),
        *("students-no-incident", "miners-no-incident", "last-month"),
    ],
)
def test_a_place_of_care_that_took_in_people_after_an_incident(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert _claims(text) == expected


def test_a_place_of_care_keeps_its_rule_for_the_hurt_named() -> None:
    claims = analyze(f"{_CRASH}The regional hospital admitted 27 people.").claims
    assert [c.rule for c in claims] == ["CB122"]
