"""Conflict and disaster wire copy, round 7 of the conflict rules (issue 9): what a careful
reader of short wire paragraphs of our own found wrong. All text is our own fictional
writing."""

from __future__ import annotations

import pytest

from rules import analyze


def tolls(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "The blast killed a woman, the governor said on Monday.",
        "Gunmen opened fire on the crowd, wounding a boy, the imam told reporters.",
        "A sniper killed his cousin, the mayor said.",
    ],
    ids=["governor", "imam", "mayor"],
)
def test_a_speaker_after_a_comma_is_no_second_victim(text: str) -> None:
    assert len(analyze(text).claims) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunmen killed his uncle, cousin and nephew.", 3),
        ("Gunmen killed a farmer, his wife and their son.", 3),
        ("The blast killed his uncle and cousin.", 2),
    ],
    ids=["bare-comma-list", "determiners", "and"],
)
def test_people_joined_to_a_single_object_still_count(text: str, count: int) -> None:
    assert sum(c.min or 0 for c in analyze(text).claims if c.category == "killed") == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen ambushed the patrol, killing Captain Ilse Morrow and two constables.",
            [("killed", 1, None), ("killed", 2, "constables")],
        ),
        (
            "Rebels killed Ana Ruiz and her two sons.",
            [("killed", 1, None), ("killed", 2, "sons")],
        ),
        (
            "Militiamen shot dead the headman, his wife and their three sons.",
            [("killed", 1, "headman"), ("killed", 1, "wife"), ("killed", 3, "sons")],
        ),
        (
            "Militiamen killed the mayor, his wife and two guards.",
            [("killed", 1, "mayor"), ("killed", 1, "wife"), ("killed", 2, "guards")],
        ),
    ],
    ids=["name-and-count", "name-and-her-count", "the-headman-list", "the-mayor-list"],
)
def test_counts_listed_with_named_or_definite_victims(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


def test_a_list_that_is_a_subject_of_its_own_is_no_toll() -> None:
    text = "After the killing of the mayor, his wife and two guards were arrested."
    assert ("killed", 2, "guards") not in tolls(text)


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Sergeant Paul Ender was killed and Corporal Lisa Groom wounded on patrol.", 1),
        ("A soldier was killed and Ana Ruiz seriously injured in the blast.", 1),
        ("A guard was killed and the Orsk Bridge damaged.", 0),
        ("Two soldiers were killed and Kessel Town shelled overnight.", 0),
    ],
    ids=["ranks", "degree-adverb", "a-bridge", "a-town"],
)
def test_a_named_person_sharing_the_auxiliary_of_a_casualty_clause(text: str, wounded: int) -> None:
    assert sum(1 for c in tolls(text) if c[0] == "wounded") == wounded


def test_a_mixed_list_among_the_dead() -> None:
    text = (
        "Among the dead were a nurse, two teachers and the village priest, Father Anton Lisk,"
        " church officials said."
    )
    assert tolls(text) == [
        ("killed", 1, "nurse"),
        ("killed", 2, "teachers"),
        ("killed", 1, "village priest"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 300 people were moved to an evacuation centre at the town hall.",
            [("evacuated", 300, "people")],
        ),
        ("Some 90 villagers were taken to emergency shelters.", [("evacuated", 90, "villagers")]),
        ("The 12 children were taken to a shelter for abused youths.", []),
        ("The army moved 400 soldiers into the valley.", [("deployed", 400, "soldiers")]),
    ],
    ids=["evacuation-centre", "emergency-shelters", "a-care-shelter", "troops-moved"],
)
def test_people_moved_to_shelters_are_evacuated(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunmen killed Senator Ana Ruiz, a police officer and a judge.", 3),
        ("The attacks claimed the lives of Senator Ana Ruiz, a police officer and a judge.", 3),
        ("Gunmen killed Ana Ruiz, a teacher and mother of two.", 1),
        ("IVO SARN, TOMAS BREL, AND PAVEL OSK, THE FIRST TWO DANES AND THE LAST A SWEDE, DIED.", 3),
    ],
    ids=["list", "claimed-the-lives", "description", "description-between-commas"],
)
def test_a_name_then_people_with_articles_is_a_list(text: str, count: int) -> None:
    assert sum(c[1] or 0 for c in tolls(text) if c[0] == "killed") == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The soldiers killed journalists Ivo Sarn and Tomas Brel.", 2),
        ("The killing of the monks Ivo Sarn, Tomas Brel and Pavel Osk shocked the town.", 3),
        ("THE MASSACRE OF THE VILLAGE ELDERS IVO SARN AND TOMAS BREL WAS DENOUNCED.", 2),
        ("After the killing of the guards, officers Ivo Sarn and Tomas Brel were suspended.", 0),
    ],
    ids=["journalists", "the-monks", "capitals", "a-subject-of-its-own"],
)
def test_names_after_a_plural_title(text: str, count: int) -> None:
    assert sum(1 for c in tolls(text) if c[0] == "killed" and c[1] == 1) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bodies of the two kidnapped engineers were found on Sunday.", ("killed", 2)),
        ("The bodies of two missing fishermen were found on the beach.", ("killed", 2)),
        ("Police found the remains of three missing hikers.", ("killed", 3)),
        ("Two missing fishermen were found alive.", ("rescued", 2)),
    ],
    ids=["kidnapped", "missing", "remains", "alive"],
)
def test_bodies_are_the_dead_whatever_they_were_before(
    text: str, expected: tuple[str, float]
) -> None:
    assert [c[:2] for c in tolls(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        # people described one by one describe the count and are no parts of their own
        ("Three villagers, a man, a woman and a girl, were killed.", ("killed", 3, "villagers"), 0),
        # kin named by a possessive are its parts
        (
            "Three members of one family, a man, his wife and their daughter, were shot dead.",
            ("killed", 3, "members of one family"),
            3,
        ),
    ],
    ids=["three-with-articles", "members-of-a-family"],
)
def test_a_count_and_its_members_between_commas(
    text: str, whole: tuple[str, float, str], parts: int
) -> None:
    found = tolls(text)
    assert found[0] == whole
    assert sum(c[1] or 0 for c in found[1:]) == parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police Chief Karl Onder was shot dead at a checkpoint.", [("killed", 1, None)]),
        ("Police Sergeant Ana Ruiz was wounded in the attack.", [("wounded", 1, None)]),
        (
            "Police Chief Karl Onder and his bodyguard were shot dead.",
            [("killed", 1, None), ("killed", 1, "bodyguard")],
        ),
        ("The mayor and his bodyguard were killed.", [("killed", 1, "bodyguard")]),
        ("Police said Karl Onder was killed.", [("killed", 1, None)]),
    ],
    ids=["police-chief", "police-sergeant", "chief-and-bodyguard", "the-mayor-and-his", "police"],
)
def test_police_ranks_and_definite_pairs(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Judge Ana de Ruiz was shot dead by gunmen.", "Judge Ana de Ruiz"),
        ("Ludwig van Orsk was killed in the blast.", "Ludwig van Orsk"),
        ("Gunmen killed Tomas de la Vega on Monday.", "Tomas de la Vega"),
        ("Omar bin Sarn was killed in the raid.", "Omar bin Sarn"),
    ],
    ids=["de", "van", "de-la", "bin"],
)
def test_names_with_lower_case_particles(text: str, name: str) -> None:
    found = analyze(text).claims
    assert [(c.category, c.min) for c in found] == [("killed", 1)]
    assert found[0].to_json()["figure_text"] == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen dragged a farmer and his two sons from their house and shot them dead.",
            [("killed", 1, "farmer"), ("killed", 2, "sons")],
        ),
        (
            "Gunmen seized three teachers and later killed them.",
            [("kidnapped", 3, "teachers"), ("killed", 3, "teachers")],
        ),
        ("Soldiers seized three trucks and burned them.", []),
        ("Three gunmen stormed the bank. A guard shot them dead.", []),
        ("A guard shot him in the leg.", []),
    ],
    ids=["farmer-and-sons", "teachers", "trucks", "the-guard-shot-them", "the-guard-shot-him"],
)
def test_people_killed_as_them(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot dead a policeman in Orsk.", [("killed", 1, "policeman")]),
        ("Gunmen gunned down a guard at the gate.", [("killed", 1, "guard")]),
        (
            "Unidentified gunmen shot dead a journalist, Ana Ruiz, 37, outside her home.",
            [("killed", 1, "journalist")],
        ),
        ("The officer was shot dead a day after his wedding.", []),
    ],
    ids=["shot-dead-a", "gunned-down-a", "with-name-and-age", "a-day-after"],
)
def test_shot_dead_before_a_single_object(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert tolls(text) == expected
