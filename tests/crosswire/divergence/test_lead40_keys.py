"""Key figures read from sentences the fortieth session's work touched. Every sentence is
invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead counted as of a later hour of the story's day are its latest toll
        (
            "At least 20 people were killed when a fire tore through a market in Ostrava Nova "
            "on Tuesday, officials said. The blaze began in a fabric stall shortly after dawn. "
            "By evening, 24 had died, the provincial governor said.",
            (24, 0),
        ),
        (
            "At least 20 people were killed when a fire tore through a market in Ostrava Nova "
            "on Tuesday, officials said. By Wednesday morning 26 people were confirmed dead, "
            "including four children, and 40 were in hospital.",
            (26, 40),
        ),
        # no later hour: the lead's toll stands
        (
            "At least 20 people were killed when a fire tore through a market in Ostrava Nova "
            "on Tuesday, officials said. In the evening, relatives of 24 traders gathered at "
            "the gates.",
            (20, 0),
        ),
    ],
)
def test_the_dead_by_a_later_hour_are_the_latest_toll(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier account's hurt, less those the toll says died since
        (
            "The toll from the crash of a minibus near Orme rose to 14 on Thursday after two "
            "of the injured died overnight, the health office said. Twenty-two people were "
            "hurt, according to the office's first bulletin on Wednesday.",
            (14, 20),
        ),
        # no earlier account: the count stands as told
        (
            "The toll from the crash of a minibus near Orme rose to 14 on Thursday after two "
            "of the injured died overnight, the health office said. Twenty-two people were "
            "hurt, the office said.",
            (14, 22),
        ),
    ],
)
def test_an_earlier_accounts_hurt_less_those_who_died_since(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review40a: more dead, a part, a place alone, a season, a smaller or older count
        (
            "A bomb exploded at a bus depot in Orme on Monday, killing 31 people, police said. "
            "By evening, two more people had died in hospital.",
            (31, 0),
        ),
        (
            "Fifty-two people were killed in the attack, officials said. By morning, 3 of the "
            "wounded had died in hospital.",
            (52, 0),
        ),
        (
            "The storm killed at least 14 people. By Sunday evening, 3 children were confirmed "
            "dead in the village of Pera alone.",
            (14, 0),
        ),
        (
            "The death toll from the Serav earthquake has reached 210, officials said. By "
            "Monday morning, 73 had been confirmed dead.",
            (210, 0),
        ),
        (
            "Two skiers were killed in an avalanche on Saturday. By Sunday, 14 people had died "
            "in avalanches across the Alps this winter.",
            (2, 0),
        ),
    ],
    ids=["more", "of-the-wounded", "alone", "reached", "season"],
)
def test_a_count_by_a_later_hour_that_is_no_grown_toll(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "later",
    [
        "Updated figures showed 45 people injured, up from an initial count of 30.",
        "Rescuers initially struggled to reach the wreck, and 45 people were injured.",
    ],
    ids=["up-from-initial", "initially-struggled"],
)
def test_an_earlier_word_not_tied_to_the_hurt_count_leaves_it(later: str) -> None:
    text = f"The death toll rose to 19 after three of the injured died, officials said. {later}"
    assert figures(text) == (19, 45)
