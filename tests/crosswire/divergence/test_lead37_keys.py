"""Key figures the thirty-seventh session's lead mended. Every sentence is invented."""

from __future__ import annotations

from .factory import key_figures as figures


def test_one_hospitals_intake_gives_way_to_the_whole_count() -> None:
    text = (
        "A storm tore through Orrin and Dale counties on Monday night, killing five people, "
        "county officials said.\n\n"
        "Dale General Hospital treated 19 people hurt in the storm, a spokeswoman said.\n\n"
        "Across both counties, at least 33 people were injured, the emergency office said."
    )
    assert figures(text) == (5, 33)


def test_one_hospitals_intake_stays_the_toll_when_nothing_larger_is_told() -> None:
    text = (
        "A storm tore through Orrin on Monday night, killing five people, officials said.\n\n"
        "Dale General Hospital treated 19 people hurt in the storm, a spokeswoman said."
    )
    assert figures(text) == (5, 19)


def test_each_armys_wounded_add_up_when_told_beside_its_own_dead() -> None:
    text = (
        "Troops from Velk and Orme fought along a ridge on Saturday, leaving at least nine "
        "soldiers dead.\n\n"
        "Velk's army said four of its troops had been killed and nine wounded.\n\n"
        "Orme's army said five of its troops had died and seven others were hurt."
    )
    assert figures(text) == (9, 16)


def test_a_wounded_count_beside_civilian_dead_takes_no_soldiers_hurt_elsewhere() -> None:
    text = (
        "Shelling of the Orme market on Monday killed at least 15 civilians and wounded 38, "
        "the governor's office said.\n\n"
        "An army spokesman said two soldiers had been wounded at an outpost north of the town."
    )
    assert figures(text) == (15, 38)
