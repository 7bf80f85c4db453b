"""Key figures read from sentences the thirty-ninth session's work touched. Every sentence
is invented."""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


def test_a_hospital_list_in_a_sentence_longer_than_an_excerpt_adds_up() -> None:
    # the claim's text is an excerpt that starts inside the sentence: the figure's offset
    # is taken from the excerpt, not from the sentence's start
    road = "on a road that winds through the passes and the high pastures of the north, " * 9
    text = (
        "A bus crashed near Orme on Monday, killing five people. Of the injured, carried "
        f"{road}14 were taken to the district hospital in Orme and 9 to the clinic in Velk, "
        "a doctor said."
    )
    assert len(text) > 800
    assert figures(text) == (5, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part who died is of the hurt: dead beside the count of the dead, out of the hurt
        (
            "A bus plunged into a ravine near Orme on Monday, killing 11 people and injuring "
            "30, two of whom later died in hospital.",
            (13, 28),
        ),
        (
            "The blast killed 11 soldiers and wounded 20, four of whom died on the way to "
            "hospital, the army said.",
            (15, 16),
        ),
        # the toll told holds them; a part of the dead count is no addend
        ("The toll rose to 13 after two of the injured died in hospital.", (13, 0)),
        ("Eleven people were killed and 30 hurt, two of them critically.", (11, 30)),
        ("Twelve people were shot, three of them fatally.", (3, 9)),
    ],
    ids=["of-whom", "soldiers", "toll-holds", "critically", "fatally"],
)
def test_the_hurt_who_died_add_to_the_dead_of_their_sentence(
    text: str, expected: tuple[int, int]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rival account's hurt, beside dead of its own that are not the key: the lead's hurt
        (
            "A car bomb tore through a bus depot in Orme on Friday, killing more than 15 people "
            "and wounding at least 40, police said. The interior ministry gave a higher toll, "
            "saying 22 people had died and 55 were being treated in two hospitals.",
            (15, 40),
        ),
        # the lead's open count made precise, no dead of its own: the finer count
        (
            "A quake struck Orme before dawn, killing at least 12 people and injuring more than "
            "100, the rescue service said. Its spokesman later said 131 people had been hurt.",
            (12, 131),
        ),
        # the dead and hurt of an update go together
        (
            "A quake struck Orme before dawn, killing at least 12 people and injuring more than "
            "100, the rescue service said. By evening the toll had risen to 19, and 131 people "
            "had been hurt, its spokesman said.",
            (19, 131),
        ),
    ],
    ids=["rival", "made-precise", "update"],
)
def test_the_hurt_of_another_account_is_not_the_leads_made_precise(
    text: str, expected: tuple[int, int]
) -> None:
    assert figures(text) == expected
