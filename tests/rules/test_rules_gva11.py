"""Killed counts of US local crime news (rules-gva11): named victims found dead, a suicide told
in a sentence of its own, "1 of 2 wounded has died", and the key figure of a murder-suicide.
Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import headed_killed


def _killed(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.rule, c.min, c.figure_text) for c in analyze(text).claims if c.category == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana Ford and her son were found dead in their home on Elm Road.", 2),
        ("Police said Ivo Sarn and Lena Marsh were both pronounced dead at the scene.", 2),
        (
            "Deputies said 52-year-old Rhea Vance and her nephew, 19-year-old Tod Vance were "
            "found dead Saturday.",
            2,
        ),
    ],
    ids=["name-and-relative", "two-names-pronounced", "ages-before-names"],
)
def test_named_people_found_dead_count_one_each(text: str, expected: int) -> None:
    assert len(_killed(text)) == expected


def test_found_dead_lists_need_people() -> None:
    assert _killed("The report and its annex were found dead wrong on every count.") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Minutes later, Hale turned the gun on himself.", "killed"),
        ("Orrin later took his own life in a shed behind the house.", "killed"),
        ("Hale then turned the gun on himself but survived, deputies said.", "wounded"),
        (
            "He turned the rifle on himself and was taken to a hospital in critical condition.",
            "wounded",
        ),
    ],
    ids=["turned-the-gun", "took-his-own-life", "survived", "critical-condition"],
)
def test_a_suicide_in_its_own_sentence(text: str, category: str) -> None:
    claims = analyze(text).claims
    assert [(c.category, c.min, c.rule) for c in claims] == [(category, 1, "CB09")]


@pytest.mark.parametrize(
    "text",
    [
        "Orrin had threatened to take his own life, his sister said.",
        "She taught herself to shoot at a range in Kessel Ford.",
    ],
)
def test_no_suicide(text: str) -> None:
    assert not analyze(text).claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 of 2 students wounded at Orme school has died", ("CB01", 1, "1")),
        ("One of three men shot outside a bar on Friday has died.", ("CB38", 1, "One")),
    ],
    ids=["digits-in-a-headline", "no-article"],
)
def test_one_of_the_hurt_has_died(text: str, expected: tuple[str, int, str]) -> None:
    assert _killed(text) == [expected]


def test_a_title_case_auxiliary_is_no_name() -> None:
    found = analyze("Clerk Killed; 1 Of 2 Customers Wounded Has Died").claims
    assert "Has Died" not in [c.figure_text for c in found]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the suicide in a sentence of its own adds the one who killed the others
        (
            "Oakvale family mourns",
            "Police said Dan Rusk shot and killed his wife and two sons at their home. "
            "He then turned the gun on himself.",
            4,
        ),
        (
            "Deputies name Pell Creek victims",
            "Deputies say Ron Tell fatally shot his wife, Mara Tell, 40, and their son, Jo Tell, "
            "9. Tell later took his own life.",
            3,
        ),
        # the event named a murder-suicide: the killer died too
        (
            "Pell Creek murder-suicide: victims named",
            "Deputies say Ron Tell fatally shot his wife, Mara Tell, 40, and their son, Jo Tell, "
            "9, at the family's farm.",
            3,
        ),
        # a subject may be him: no one more
        (
            "Man, daughter found dead in apparent murder-suicide",
            "A man and his daughter were found dead in their home in Oakvale.",
            2,
        ),
        # a count of people at large may hold him
        (
            "Three dead in Oakvale",
            "Three people were shot dead at a house on Elm Road. Police said the gunman then "
            "turned the gun on himself.",
            3,
        ),
        # the bodies of the family are no one's act: the count holds everyone
        (
            "Four found dead in Oakvale home",
            "Police found the bodies of four family members in an apparent murder-suicide.",
            4,
        ),
        # the suicide told in the count's own sentence is counted once
        (
            "Oakvale shooting",
            "Rusk killed his wife and son before turning the gun on himself.",
            3,
        ),
    ],
    ids=[
        "turned-the-gun-later",
        "took-his-own-life-later",
        "named-murder-suicide",
        "subject-may-be-him",
        "people-at-large",
        "bodies-of",
        "same-sentence",
    ],
)
def test_murder_suicide_key_figure(title: str, text: str, expected: float) -> None:
    assert headed_killed(title, text) == expected


def test_names_joined_before_died_count_one_each() -> None:
    found = _killed("Police said Ana Ruiz and Ivo Sarn died in the fire at the mill.")
    assert sorted(text for _, _, text in found) == ["Ana Ruiz", "Ivo Sarn"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police found the bodies of Ana Ruiz, 33, Ivo Ruiz, 40, and their three children.", 5),
        ("Ann Roe, 34, and Ed Roe, 2, were among five people killed in the fire.", 5),
    ],
    ids=["names-and-a-count", "names-among-people"],
)
def test_a_named_list_adds_to_the_count_beside_it(text: str, expected: float) -> None:
    assert headed_killed("Oakvale", text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Oakvale family mourned",
            "Mara Tell and her two daughters were shot dead by her husband, Ron Tell. He later "
            "took his own life.",
            4,
        ),
        (
            "Pell Creek murder-suicide",
            "Mara Tell and her two daughters were killed by Ron Tell, deputies said.",
            4,
        ),
        # officers who kill in turn are no killer of the count
        (
            "Oakvale raid",
            "Two brothers were shot dead by police in the raid. Ron Tell later took his own life.",
            2,
        ),
    ],
    ids=["by-her-husband", "by-name-murder-suicide", "by-police"],
)
def test_the_victims_of_a_named_agent(title: str, text: str, expected: float) -> None:
    assert headed_killed(title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One man died at the scene and another died later at a hospital.", 2),
        ("A deputy was killed and another officer succumbed to his wounds on Friday.", 2),
        ("One oak died in the drought and another died of blight.", 1),
    ],
    ids=["another-died", "another-officer-succumbed", "not-a-person"],
)
def test_another_who_died(text: str, expected: int) -> None:
    assert len(_killed(text)) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("2nd victim dies after Oakvale bar shooting", "A man was killed on Elm Road.", 2),
        (
            "Oakvale shooting",
            "A man was pronounced dead at the scene. A second man was taken to a hospital, "
            "where he later died.",
            2,
        ),
        ("Oakvale shooting", "A man was killed. The 2nd man was treated and released.", 1),
    ],
    ids=["digit-ordinal-headline", "second-man-taken-to-hospital", "no-death"],
)
def test_an_ordinal_death_is_the_toll(title: str, text: str, expected: float) -> None:
    assert headed_killed(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a pronoun shot before the suicide in its sentence
        (
            "Oakvale",
            "A woman was found dead in her home on Elm Road. Police said her husband shot her "
            "and then turned the gun on himself.",
            2,
        ),
        # a death of a self-inflicted wound in another sentence is the killer's
        (
            "Oakvale",
            "Police say Tom Pike, 40, shot and killed his ex-wife, Ana Pike, 38, on Sunday. Pike "
            "died of a self-inflicted gunshot wound.",
            2,
        ),
        # "shot him dead": the gunman killed in turn
        ("Oakvale", "The gunman shot and killed two people before police shot him dead.", 3),
        # a limb wound before the suicide: she lived
        ("Oakvale", "Police said he shot her in the leg before killing himself.", 1),
    ],
    ids=["shot-her-then-himself", "self-inflicted", "shot-him-dead", "in-the-leg"],
)
def test_the_killer_and_those_he_shot(title: str, text: str, expected: float) -> None:
    assert headed_killed(title, text) == expected


def test_shot_him_in_a_limb_is_no_death() -> None:
    assert not _killed("Officers shot him in the leg.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were shot on Elm Road on Sunday night. Both died at the scene.", 2),
        ("Two people were shot on Elm Road. They both were pronounced dead at a hospital.", 2),
        ("Two men were shot on Elm Road and both later died.", 2),
    ],
    ids=["both-died", "they-both-pronounced-dead", "same-sentence"],
)
def test_both_died(text: str, expected: float) -> None:
    assert headed_killed("Oakvale", text) == expected


@pytest.mark.parametrize(
    "text",
    ["Both sides said the talks died down.", "Police said both were wounded."],
)
def test_both_without_a_death(text: str) -> None:
    assert not _killed(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police found a man dead inside the home. A woman was also found dead.", 2),
        ("A man was killed on Elm Road on Sunday. Another man died Monday at a hospital.", 2),
        ("A man was killed on Elm Road. Also killed was 25-year-old Ana Ruiz.", 2),
        # the gunman is ``with_perpetrator``'s, once
        ("A clerk was killed at the store. The gunman was also killed by police.", 2),
        # a count is the toll
        ("Two men were killed on Elm Road. A woman was also found dead.", 2),
        ("A woman was found dead in the home. The family dog was also killed.", 1),
        ("A man was killed on Elm Road. Police said a woman was also hurt.", 1),
    ],
    ids=["also-found-dead", "another-died", "also-killed-was", "gunman", "count", "dog", "hurt"],
)
def test_one_more_single_death(text: str, expected: float) -> None:
    assert headed_killed("Oakvale", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The shooting at the club left nine victims dead. Gunman Tom Pike was killed in a "
            "firefight with police.",
            10,
        ),
        (
            "The shooting at the club left nine victims dead. The gunman was killed in a "
            "firefight with police.",
            10,
        ),
        # people at large may hold him
        ("Nine people died at the club. The gunman was killed by police.", 9),
    ],
    ids=["titled-name", "victims", "people"],
)
def test_the_gunman_beside_his_victims(text: str, expected: float) -> None:
    assert headed_killed("Oakvale", text) == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A gunman shot a clerk, who died at the scene.", "killed"),
        ("Police said someone shot a 20-year-old man who later died at a hospital.", "killed"),
        ("The gunman shot a clerk who called police.", "killed_or_wounded"),
    ],
    ids=["comma-who-died", "who-later-died", "who-acted"],
)
def test_an_object_who_died(text: str, category: str) -> None:
    assert [c.category for c in analyze(text).claims] == [category]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two clerks were killed at the store. Officers shot the suspect, who later died.", 3),
        ("Two clerks were killed at the store. Officers shot the suspect, who fled.", 2),
    ],
    ids=["suspect-who-died", "suspect-who-fled"],
)
def test_the_suspect_shot_who_died(text: str, expected: float) -> None:
    assert headed_killed("Oakvale", text) == expected
