"""review46b's key figures: the speaker's own company, and a later whole. Every sentence is
the reviewer's own."""

from __future__ import annotations

from tests.crosswire.divergence.factory import key_figures as figures


def test_us_forces_are_no_speaker_company() -> None:
    text = "Four members of US special forces were killed in an ambush in Niger, officials said."
    assert figures(text) == (4, 0)


def test_a_speaker_company_alone_is_still_the_count() -> None:
    text = (
        'A boat capsized off Orsk on Sunday. "Three of the eight of us were killed," said a'
        " survivor."
    )
    assert figures(text) == (3, 0)


def test_a_part_of_the_30_of_us_gives_way_to_the_event_count() -> None:
    text = (
        "A fire swept through a hostel in Orsk overnight, killing four people. Two of the 12 of"
        " us on the top floor were injured, a guest said. Police said 20 people were hurt."
    )
    assert figures(text) == (4, 20)


def test_a_later_whole_must_name_the_same_people() -> None:
    text = (
        "Four police officers were wounded in a grenade attack in Orsk on Friday. Hospital staff"
        " said 20 people were being treated for injuries, including four children."
    )
    assert figures(text) == (0, 4)


def test_a_later_whole_holds_a_count_written_in_digits() -> None:
    text = (
        "A bomb killed three soldiers and wounded 4 others at a checkpoint in Orsk. The hospital"
        " said 25 people were being treated for wounds, including the four soldiers."
    )
    assert figures(text) == (3, 25)
