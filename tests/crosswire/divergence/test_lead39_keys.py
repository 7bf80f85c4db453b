"""Key figures read from sentences the thirty-ninth session's work touched. Every sentence
is invented."""

from __future__ import annotations

import pytest

from .factory import headlined
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
        ("The toll rose to 13 after two of the injured died overnight.", (13, 0)),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison after the figure dates nothing; a past toll told after it does
        (
            "At least nine guards were killed on Monday when raiders hit the border post, in "
            "the worst fighting on the frontier since 2011.",
            (9, 0),
        ),
        (
            "It was the first raid on the post since 2011, when gunmen killed 14 guards.",
            (0, 0),
        ),
        # "nine children among them" is a part of the count before it
        (
            "At least 26 worshippers, eight children among them, were killed in the crush at "
            "the shrine gate, police said.",
            (26, 0),
        ),
    ],
    ids=["worst-since", "first-since-when", "among-them"],
)
def test_comparisons_and_parts_among_them(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("how", "expected"),
    [("shot him dead", (3, 5)), ("shot him in the leg", (2, 5))],
    ids=["dead", "leg"],
)
def test_the_lead_counts_the_attacker_the_police_killed(
    how: str, expected: tuple[int, int]
) -> None:
    # the headline's two and the body's restated two give way to the lead's count with him
    title = "Axe attacker kills two at Orme market before police shoot him"
    text = (
        "A man with an axe attacked shoppers at a market in Orme on Friday, killing two "
        f"people and wounding five before police {how}, prosecutors said.\n\n"
        "The two people who died, a baker and a student, were struck near the gate."
    )
    assert headlined(title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review39a: the hurt counted before their verb
        ("Eleven people were killed and 30 were injured, two of whom later died.", (13, 28)),
        # review39a: a toll told after the part holds them
        (
            "The blast killed 11 soldiers and wounded 30, two of whom later died, the army "
            "said, putting the toll at 13.",
            (13, 28),
        ),
        # review39a: "most of them since 2019" dates a running total; another year in the
        # sentence keeps the comparison's date
        (
            "Several villagers were killed when gunmen attacked Orme on Monday. The insurgency "
            "has killed 3,000 people in the province, most of them since 2019.",
            (0, 0),
        ),
        (
            "The 2019 cyclone killed 300 people, the highest toll since 1991, officials "
            "recalled. This year's storm killed 12.",
            (12, 0),
        ),
    ],
    ids=["were-injured", "toll-at", "most-of-them", "2019-cyclone"],
)
def test_review39a_keys(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # review39a: "him" one of the two dead, in a sentence after the lead
        (
            "Two killed as police fire on Orme crowd",
            "Two people died when police opened fire on a crowd in Orme on Friday. One of the "
            "two people killed was a street vendor, and witnesses said officers shot him dead "
            "as he ran.",
        ),
        # review39a: another incident, after the lead
        (
            "Two killed in Orme stabbing",
            "Two people were killed in a stabbing in Orme on Friday, police said.\n\nHours "
            "later in Velk, a man shot two people dead before police shot him dead.",
        ),
    ],
    ids=["one-of-the-dead", "another-incident"],
)
def test_review39a_no_attacker_added(title: str, text: str) -> None:
    assert headlined(title, text)[0] == 2


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # review39a: an update "by evening" is no rival account (the hurt it gives stands)
        (
            "A gunman killed 20 people and wounded at least 50 at a market in Orme on Friday, "
            "police said. By evening, officials said 24 people had died and 63 were wounded.",
            63,
        ),
        # review39a: a vague count does not beat the count a hospital gave
        (
            "Nine people were killed and dozens wounded in the blast, police said. Hospital "
            "officials said 35 people were being treated and two more had died overnight.",
            35,
        ),
    ],
    ids=["by-evening", "dozens"],
)
def test_review39a_updates_are_no_rival_accounts(text: str, wounded: int) -> None:
    assert figures(text)[1] == wounded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier account's hurt, less those the toll's sentence says died since
        (
            "The toll from the ferry fire off Orme rose to 24 on Tuesday, the coastguard "
            "reported, after two of the wounded died overnight. Earlier, the police had put "
            "the count at 22 dead and 31 hurt by noon.",
            (24, 29),
        ),
        # an approximate count of the hurt is not reduced
        (
            "The toll from the ferry fire off Orme rose to 24 on Tuesday, the coastguard "
            "reported, after two of the wounded died overnight. Earlier, the police had put "
            "the count at 22 dead and about 30 hurt by noon.",
            (24, 30),
        ),
        # the dead of another account do not add up to the toll: no reduction
        (
            "The toll from the ferry fire off Orme rose to 24 on Tuesday, the coastguard "
            "reported, after two of the wounded died overnight. Earlier, the police had put "
            "the count at 20 dead and 31 hurt by noon.",
            (24, 31),
        ),
    ],
    ids=["exact", "about", "no-match"],
)
def test_the_hurt_of_an_earlier_account_less_those_who_died_since(
    text: str, expected: tuple[int, int]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review39a: a comparison before the figure, "the most since", "hottest"
        ("The riots, the worst since 2016, killed 40 people in Orme.", (40, 0)),
        ("Floods killed 12 people in Orme on Monday, the most since 2012.", (12, 0)),
        ("The heat killed 30 people in Orme this week, the hottest spell since 2003.", (30, 0)),
        # a past toll told in a "when" clause after the comparison stays background
        ("It was the first raid on the town since 2022, when gunmen killed 31 people.", (0, 0)),
    ],
    ids=["before", "most-since", "hottest", "since-when"],
)
def test_review39a_comparisons_with_since(text: str, expected: tuple[int, int]) -> None:
    assert figures(text) == expected
