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
