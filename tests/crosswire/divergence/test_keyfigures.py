"""Key figures: the toll an article gives for its event, not every figure it mentions."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, key_figures, wounded_total

from .factory import analysed


def killed_total(text: str) -> float | None:
    """The killed figure of ``text`` over all groups (``category_total``), or None."""
    total = category_total(analysed("Ledger", text), "killed")
    return None if total is None else total.stated


def killed(text: str) -> float | None:
    """The killed key figure of the group "people" (``key_figures``), or None."""
    figures = key_figures(analysed("Ledger", text))
    claim = figures.get(("killed", "people"))
    return claim.stated if claim else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling killed 12 people in Selk on Tuesday, officials said.", 12),
        (
            "Shelling killed 12 people in Selk on Tuesday, officials said. "
            "In 2008, 214 people were killed in the war between the two countries.",
            12,
        ),
        (
            "At least 42 people were killed on Monday, the ministry said. "
            "By Tuesday evening the death toll had risen to 57, the ministry said.",
            57,
        ),
        (
            "The toll rose to 57 from 42 on Tuesday, according to the health ministry.",
            57,
        ),
        (
            "Dozens of people were killed in the flooding. Officials said 31 people were killed.",
            31,
        ),
        (
            "Two people were killed in the crash, police said. "
            "Last year 40 people were killed on the same road.",
            2,
        ),
    ],
    ids=["lead", "earlier-war", "latest-toll", "rose-to-from", "vague-gives-way", "last-year"],
)
def test_the_key_figure_is_the_event_toll(text: str, expected: float) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll from the Orme dam collapse rose to 48 on Sunday, officials said. On "
            "Saturday evening the count stood at 30; it grew to 41 overnight, and four more "
            "bodies were found in the river at dawn.",
            48,
        ),
        (
            "The toll from the Orme dam collapse was lowered to 30 on Sunday, officials said. "
            "On Saturday the toll had climbed to 41.",
            30,
        ),
        (
            "Police said the gunman killed three people at the Orme depot on Friday. "
            "A clerk wounded in the attack died on Sunday, bringing the toll to four.",
            4,
        ),
    ],
    ids=["largest-new-toll", "the-lowered-toll", "bringing-the-toll-to"],
)
def test_the_latest_toll_among_updates(text: str, expected: float) -> None:
    assert killed_total(text) == expected


def test_a_single_victim_gives_way_to_a_count() -> None:
    text = "A man was killed on Main Street. Three people were killed in the shooting, police said."
    assert killed_total(text) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies shot a man who had opened fire on Keel Street on Friday. No deputies "
            "were hurt. The man had wounded his landlord before deputies arrived.",
            1,
        ),
        (
            "No one inside the Orme bakery was hurt, but two drivers outside were wounded "
            "by the gunfire, police said.",
            2,
        ),
        ("No one was hurt when a gunman fired into an empty Orme office on Sunday.", 0),
    ],
    ids=["part-none-beside-one", "part-none-beside-count", "none-alone"],
)
def test_a_zero_gives_way_to_someone_hurt(text: str, expected: float) -> None:
    assert wounded_total(analysed("Ledger", text)) == expected


def test_groups_in_one_sentence_add_up() -> None:
    text = "Six children and two adults were killed in the fire, officials said."
    assert killed_total(text) == 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies found a man and a woman dead inside the farmhouse on Elm Road.", 2),
        ("Police said Brandt killed three people and then himself at the depot.", 4),
        ("Coach Marlow and four others were shot dead at the depot, officials said.", 5),
        (
            "Investigators said Dorn shot and killed his wife and two sons before killing himself.",
            4,
        ),
        ("A student was killed in an attack that left two people dead in Marlow.", 2),
        ("Girl, 5, killed in Marlow double murder-suicide", 3),
        ("Twelve people were killed, five of them children, the mayor said.", 12),
        (
            "A man was found dead on Tuesday. Later, three people were killed in a crash.",
            3,
        ),
    ],
    ids=[
        "two-singles",
        "count-and-himself",
        "he-and-others",
        "family-and-self",
        "single-in-own-clause",
        "single-in-event",
        "whole-and-part",
        "single-gives-way",
    ],
)
def test_a_sentence_counts_its_people(text: str, expected: float) -> None:
    assert killed_total(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two clerks were killed at the Pell Street store on Friday. "
            "The gunman was shot dead by police an hour later.",
            3,
        ),
        (
            "Two people were killed at the Pell Street store on Friday. "
            "The gunman was shot dead by police an hour later.",
            2,
        ),
        (
            "Three clerks are dead, including the gunman's brother, the sheriff said. "
            "The gunman was killed by deputies.",
            4,
        ),
        (
            "Four guards are dead, including the gunman, the sheriff said. "
            "The gunman was killed by deputies.",
            4,
        ),
        ("Deputies killed a gunman who had shot dead two others at the fair.", 3),
        (
            "The gunman killed two tellers at the Orsk branch. "
            "The suspect was later shot dead by deputies.",
            3,
        ),
        (
            "Two tellers were killed at the Orsk branch. "
            "The suspect was later shot dead by deputies.",
            3,
        ),
        (
            "The robber killed two tellers and then himself. The robber was found dead inside.",
            3,
        ),
    ],
    ids=[
        "group-plus-gunman",
        "people-may-count-him",
        "his-brother-is-someone-else",
        "including-the-gunman",
        "others",
        "named-as-killer",
        "not-named-as-killer",
        "himself-in-count",
    ],
)
def test_the_one_who_opened_fire_counts_once(text: str, expected: float) -> None:
    assert killed_total(text) == expected


def test_a_tally_of_several_shootings_gives_way_to_one_incident() -> None:
    text = (
        "Six people were killed in four separate shootings across Dunmore over the weekend. "
        "Two cousins were killed on Alder Street late on Saturday, police said."
    )
    assert killed_total(text) == 2


@pytest.mark.parametrize(
    "tally",
    [
        "Five people were killed within six hours in Dunmore on Saturday.",
        "Nine people were shot and four killed in less than 20 hours across Dunmore.",
        "Police said six people were killed in 36 hours in Dunmore.",
        "Six people were killed in Dunmore in a 30-hour span, police said.",
        "In a little more than 40 hours, six people were killed in Dunmore, police said.",
        "Six people were killed in Dunmore in just over 30 hours, police said.",
    ],
    ids=[
        "within-hours",
        "less-than-hours",
        "in-hours",
        "hour-span",
        "more-than-hours",
        "just-over",
    ],
)
def test_a_tally_over_hours_gives_way_to_one_incident(tally: str) -> None:
    text = f"{tally} Two brothers were killed outside a bakery on Alder Street, police said."
    assert killed_total(text) == 2


def test_an_earlier_incident_dated_by_a_fronted_month_is_background() -> None:
    # the articles of these tests are dated 2 March 2026
    text = (
        "Four people were hurt at the Orme Street fair on Friday. "
        "In June, two bakers died when a gas main burst under Tarrow's market hall."
    )
    assert killed_total(text) is None


def test_an_earlier_time_of_the_articles_own_month_is_background() -> None:
    # dated 2 March 2026: "earlier in March" is still before the article's news
    text = (
        "A man was killed by a falling tree near Orme on Sunday, rangers said. Earlier in "
        "March, a woman was hurt when a cornice gave way above the Brell pass."
    )
    found = analysed("Ledger", text)
    assert wounded_total(found) is None
    assert killed_total(text) == 1


def test_the_articles_own_month_put_first_is_its_news() -> None:
    text = "In March, two fishermen died when their boat capsized off Orla, the coast guard said."
    assert killed_total(text) == 2


@pytest.mark.parametrize(
    "tally",
    [
        "That year the county counted 88 killings, the sheriff said.",
        "Police figures for 2011 show 73 people were killed in Dunmore.",
    ],
    ids=["that-year", "for-a-year"],
)
def test_a_tally_of_another_year_is_background(tally: str) -> None:
    assert killed_total(tally) is None
    text = f"{tally} Two men were killed outside a bakery on Alder Street on Friday."
    assert killed_total(text) == 2


def test_a_tally_alone_is_still_the_key_figure() -> None:
    text = "Six people were killed in four separate shootings across Dunmore over the weekend."
    assert killed_total(text) == 6


def test_wounded_from_shot_less_dead() -> None:
    text = "Four people were shot on Saturday night, one fatally, police said."
    found = analysed("Ledger", text)
    assert wounded_total(found) == 3


@pytest.mark.parametrize(
    ("text", "wounded", "dead"),
    [
        ("Three guards were injured and one of them later died.", 2, 1),
        ("Three guards were injured in the fire at Orsk. One of them later died.", 2, 1),
        ("Three guards were hurt in the fire at Orsk. Police said one of them died.", 2, 1),
        ("Five miners were hurt in the blast, two of whom died in hospital.", 3, 2),
        ("Four people were shot outside the Kessel arena, one of them fatally.", 3, 1),
        (
            "Four guards were injured in the fire at Orsk. "
            "In all, six people were shot, one of them fatally.",
            4,
            1,
        ),
        # a part of more than one, which a toll rule would read as a toll of its own
        ("Eleven people were wounded in the Orsk raid. Two of them later died.", 9, 2),
        ("Seven porters were hurt at the depot; three of them died overnight.", 4, 3),
    ],
    ids=[
        "same-sentence",
        "next-sentence",
        "next-after-said",
        "of-whom",
        "shot-already-reduced",
        "own-count-next",
        "two-of-them-next",
        "three-of-them-same",
    ],
)
def test_the_injured_who_died_are_no_longer_wounded(text: str, wounded: float, dead: float) -> None:
    found = analysed("Ledger", text)
    killed_total = category_total(found, "killed")
    assert wounded_total(found) == wounded
    assert killed_total is not None and killed_total.stated == dead


def test_the_shot_besides_the_dead_are_wounded() -> None:
    text = (
        "Two men were killed at the Dunmore Street house on Friday. "
        "Three other men were shot and taken to hospitals, police said."
    )
    assert wounded_total(analysed("Ledger", text)) == 3


def test_an_article_without_figures_has_no_key_figure() -> None:
    assert (
        key_figures(analysed("Ledger", "The council met on Tuesday to discuss the budget.")) == {}
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people, including four children, died when fire swept a block in Orsk.", 9),
        ("Gunmen shot dead two lawyers, Ana Ruiz and Tomas Brel, outside Kessel.", 2),
        ("Eight people were killed on Friday, including five people at a bus stop in Orsk.", 8),
        ("Three officers were killed: Major Ana Ruiz, Captain Tomas Brel and Ida Venn.", 3),
        ("Nine people (five soldiers and four civilians) were killed near Orsk.", 9),
    ],
    ids=["including-children", "named-lawyers", "same-group-part", "colon-list", "bracketed"],
)
def test_a_part_is_no_addend_of_its_whole(text: str, expected: float) -> None:
    assert killed_total(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The robber was killed in a 2011 raid, court papers show.",
        "The clerk was pronounced dead at the scene in the 1979 case, the prosecutor told jurors.",
        "The trial over the killing of a 16-year-old in 1996 opened in Orsk on Tuesday.",
        "In 1942 the shelling of the port killed her grandparents.",
        "The fourth volunteer died in a trial of the vaccine in 2018.",
    ],
    ids=["in-a-year-raid", "in-the-year-case", "killing-in-year", "capital-in", "trial-in-year"],
)
def test_a_past_event_is_no_toll_of_a_later_article(text: str) -> None:
    found = analysed("Ledger", text)  # dated 2026
    assert found.source.when.year == 2026
    assert category_total(found, "killed") is None
    assert key_figures(found) == {}


def test_a_past_count_gives_way_to_the_news() -> None:
    text = (
        "A teacher was shot dead in Orsk on Monday, police said. "
        "In 1942 the shelling of the port killed her grandparents."
    )
    assert killed_total(text) == 1


def test_a_year_of_the_article_is_no_background() -> None:
    text = "Two guards were killed in a 2026 raid on the Orsk depot, officials said."
    assert killed_total(text) == 2


def test_that_shooting_points_back_to_another_event() -> None:
    text = (
        "A man on trial for a 2019 bar shooting was charged on Friday with beating a guard at "
        "the Orme jail. Two guards died in that attack, Ana Ruiz and Ed Marr."
    )
    assert killed_total(text) is None
    assert killed_total("Two clerks were killed in the shooting at the Brell Road store.") == 2


@pytest.mark.parametrize(
    "before",
    [
        "A woman convicted of a cinema shooting in Orme was released on parole on Wednesday.",
        "Ten years ago a gunman opened fire at the Brell Road cinema.",
    ],
    ids=["convicted", "years-ago"],
)
def test_that_shooting_after_an_earlier_event_is_background(before: str) -> None:
    text = f"{before} Two people were killed and four wounded in that shooting, officers said."
    assert killed_total(text) is None
    assert wounded_total(analysed("Ledger", text)) is None


def test_that_shooting_after_an_arrest_for_this_event_is_its_toll() -> None:
    # Review 7: "in that shooting" points back to the article's own event here.
    text = (
        "Police on Wednesday arrested a 31-year-old woman in connection with Saturday's "
        "shooting at the Brell Road cinema. Two people were killed and four wounded in that "
        "shooting, officers said."
    )
    assert killed_total(text) == 2
    assert wounded_total(analysed("Ledger", text)) == 4
    assert killed(text) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers shot a man who pointed a rifle at them outside a gas station late Friday. "
            "He died at the hospital, police said.",
            1,
        ),
        (
            "A woman was found with a gunshot wound in her apartment on Elm Street. She was "
            "pronounced dead at the scene, police said.",
            1,
        ),
        (
            "Two people were wounded outside a bar early Sunday. Police said the gunman, Carl "
            "Moss, 41, fled on foot. Moss died at the scene after a standoff.",
            1,
        ),
        ("A boy, 16, was shot in the chest on Park Avenue. He is in critical condition.", None),
    ],
    ids=["pronoun-after-shot", "pronoun-after-found", "surname-of-the-gunman", "still-alive"],
)
def test_a_death_told_by_a_pronoun_or_a_surname_counts(text: str, expected: float | None) -> None:
    assert killed_total(text) == expected
