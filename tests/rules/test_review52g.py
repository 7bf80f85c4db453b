"""Readings review52g added (issue 9). Every sentence is invented.

A crew counted before a series of kinds with what it has with it ("130 medics, porters and
volunteers with stretchers searched") is deployed; a part's aside with a verb of its own
("including a crew airlifted from Vask,") leaves the count's verb after it, and a harm that
aside tells is the part's own ("including three who were hurt," is three hurt, not the crew).
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze

Row = tuple[str, float | None, float | None, str | None]


def _claims(text: str) -> list[Row]:
    return [(c.category, c.min, c.max, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Nearly 130 medics, porters and volunteers with stretchers searched the flattened "
            "market overnight, the Orvel relief office said.",
            ("deployed", None, 130, "medics"),
        ),
        (
            "Nearly 300 police, medics and divers in boats were sent to the flooded quarter.",
            ("deployed", None, 300, "police"),
        ),
        (
            "Some 70 divers, including a crew airlifted from Vask, were searching the reservoir.",
            ("deployed", 70, 70, "divers"),
        ),
        (
            "Some 60 rescuers, including a crew sent from the port, searched the tunnel.",
            ("deployed", 60, 60, "rescuers"),
        ),
        (
            "Some 90 rescuers, including three who were hurt, were digging through the night.",
            ("deployed", 90, 90, "rescuers"),
        ),
    ],
    ids=["series-with-dogs", "series-in-boats", "aside-flown-in", "aside-sent", "aside-hurt"],
)
def test_a_crew_with_a_series_or_a_parts_aside_is_deployed(text: str, row: Row) -> None:
    assert row in _claims(text)


@pytest.mark.parametrize(
    ("text", "kept", "absent"),
    [
        # the hurt of the aside stay hurt and the crew is not hurt
        (
            "Some 90 rescuers, including three who were hurt, were digging through the night.",
            ("wounded", 3, 3, None),
            [("wounded", 90, 90, "rescuers"), ("deployed", 3, 3, None)],
        ),
        (
            "Forty bus passengers, including 11 who were injured, were rescued from the gorge.",
            ("wounded", 11, 11, None),
            [("wounded", 40, 40, "passengers"), ("rescued", 11, 11, None)],
        ),
        # a whole of casualties keeps its fate for the part's clause
        (
            "The blast killed eight people, including two who were trapped on the roof.",
            ("killed", 2, 2, None),
            [],
        ),
    ],
    ids=["crew-part-hurt", "passengers-part-hurt", "killed-part-trapped"],
)
def test_a_harm_in_a_parts_aside_is_the_parts_own(text: str, kept: Row, absent: list[Row]) -> None:
    found = _claims(text)
    assert kept in found
    assert not [row for row in absent if row in found]


@pytest.mark.parametrize(
    "text",
    [
        "Around 140 medics, porters and volunteers attended the wedding in Orvel.",
        "Around 140 medics, porters and volunteers with banners marched to the square.",
        "Some 90 rescuers, including three who were hurt, arrived on Monday.",
    ],
    ids=["wedding", "march-with-banners", "arrived"],
)
def test_a_crew_at_no_work_is_no_deployment_nor_hurt(text: str) -> None:
    found = _claims(text)
    assert not [row for row in found if row[0] == "deployed" or row[1] in (90, 140)]


def test_a_part_whose_clause_ends_the_sentence_still_tells_the_whole() -> None:
    text = "Rangers found five walkers, including a guide who was struck in the leg."
    assert ("wounded", 5, 5, "walkers") in _claims(text)


# Medical staff sent to work: surgeons are deployed when sent, as doctors and nurses are.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Three surgeons had been flown in by the army, the governor said.",
            ("deployed", 3, 3, "surgeons"),
        ),
        ("Eleven surgeons were sent to the border town.", ("deployed", 11, 11, "surgeons")),
        ("The ministry flew in six surgeons from the capital.", ("deployed", 6, 6, "surgeons")),
        (
            "The ministry has sent 400 health workers to fumigate markets and schools.",
            ("deployed", 400, 400, "health workers"),
        ),
    ],
    ids=["had-been-flown-in", "were-sent", "flew-in", "sent-to-fumigate"],
)
def test_medical_staff_sent_are_deployed(text: str, row: Row) -> None:
    assert row in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two surgeons flew home on Friday.",
        "The school sent 500 pupils home early.",
        "The ministry has sent 500 letters to the clinics.",
        "The board sent 30 surgeons home.",
        "The hospital lost 12 surgeons to private clinics last year.",
        "The judge ordered two surgeons to pay damages.",
    ],
    ids=["flew-home", "pupils-home", "letters", "surgeons-home", "lost", "ordered"],
)
def test_medical_staff_not_sent_to_work_are_no_deployment(text: str) -> None:
    assert _claims(text) == []


# A part after "among them" or "including" of a part told by its whole ("41 of the injured"):
# CB33 reads the parts after CB43 has bound the whole.
@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        (
            "The district clinic reported treating 38 of the injured, among them nine pupils.",
            ("wounded", 38, 38, None),
            ("wounded", 9, 9, "pupils"),
        ),
        (
            "Medics treated 26 of the wounded, including four firefighters.",
            ("wounded", 26, 26, None),
            ("wounded", 4, 4, "firefighters"),
        ),
        (
            "Fifteen of the dead, including three nurses, were buried on Sunday.",
            ("killed", 15, 15, None),
            ("killed", 3, 3, "nurses"),
        ),
    ],
    ids=["treating-among-them", "treated-including", "dead-including"],
)
def test_a_part_of_a_part_told_by_its_whole(text: str, whole: Row, part: Row) -> None:
    found = _claims(text)
    assert whole in found
    assert part in found


@pytest.mark.parametrize(
    "text",
    [
        "Crews searched 26 of the damaged homes, including four schools.",
        "Four of the wounded horses, including two foals, were put down.",
    ],
    ids=["homes", "horses"],
)
def test_a_part_of_a_whole_of_no_people_is_no_count(text: str) -> None:
    assert _claims(text) == []


# People brought out by rescuers, "out" alone after them: rescued (CB54).
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Rescue teams had brought 17 climbers out by the north passage before noon.",
            ("rescued", 17, 17, "climbers"),
        ),
        (
            "Firefighters brought nine tenants out before the stairwell collapsed.",
            ("rescued", 9, 9, "tenants"),
        ),
        ("Rescuers pulled 31 villagers out, the mayor said.", ("rescued", 31, 31, "villagers")),
    ],
    ids=["climbers-out-by", "tenants-out-before", "pulled-out"],
)
def test_people_rescuers_brought_out_are_rescued(text: str, row: Row) -> None:
    assert row in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rescue teams brought 22 crates out.",
        "Rescuers brought 12 dogs out of the kennels.",
        "Rescue workers brought 22 tonnes of flour out to the camp.",
    ],
    ids=["crates", "dogs", "tonnes"],
)
def test_things_rescuers_brought_out_are_no_rescue(text: str) -> None:
    assert _claims(text) == []


def test_bodies_rescuers_brought_out_are_no_rescue() -> None:
    found = _claims("Rescuers brought 22 bodies out of the flooded mine.")
    assert [row for row in found if row[0] == "rescued"] == []


# A bare "were taken into the bush" where an abduction is told: kidnapped.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Gunmen raided the hamlet of Orvo on Sunday, killing six. More than 30 villagers "
            "were taken into the bush, elders said.",
            ("kidnapped", 30, None, "villagers"),
        ),
        (
            "Bandits stormed a boarding school near Kesh. Fourteen pupils were taken into the "
            "forest.",
            ("kidnapped", 14, 14, "pupils"),
        ),
    ],
    ids=["bush", "forest"],
)
def test_captives_taken_into_the_wilds_are_kidnapped(text: str, row: Row) -> None:
    assert row in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three children were taken into care after the fire in Orvo.",
        "The pupils were taken into the mountains for a picnic on Sunday.",
        "Fourteen pupils were taken into the forest to plant trees.",
    ],
    ids=["into-care", "picnic", "trees"],
)
def test_people_taken_into_the_wilds_with_no_abduction_told_are_no_captives(text: str) -> None:
    assert [row for row in _claims(text) if row[0] == "kidnapped"] == []


# The next part of a partitive in a second clause of the same saying, "and that": CB26.
@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Vesna Hadrik said at least 12 of the dead were farmers, and that five were teachers.",
            ("killed", 5, 5, "teachers"),
        ),
        (
            "The coroner said nine of the injured were miners and that three were guards.",
            ("wounded", 3, 3, "guards"),
        ),
    ],
    ids=["dead-and-that", "injured-and-that"],
)
def test_the_next_part_after_and_that_is_a_part(text: str, part: Row) -> None:
    assert part in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coroner said six of the dead were firefighters, and that two were found in the bay.",
        "He said five of the injured were nurses and that two were released on Monday.",
    ],
    ids=["found", "released"],
)
def test_a_count_after_and_that_with_no_people_noun_is_no_part(text: str) -> None:
    assert [row for row in _claims(text) if row[1] == 2] == []
