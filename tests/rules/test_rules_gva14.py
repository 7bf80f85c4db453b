"""Killed and hurt counts of US local crime news (rules-gva14): a headline's second verb ("kills
2, wounds 5"), a colon-led headline with a named person, "slays", the round as the subject
("Gunfire struck three people"), "hit and injured", a count of "others" with its members
between commas, and a count of those still in care beside the count of the hurt. Every
sentence is invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, wounded_total
from rules.analyze import analyze
from tests.crosswire.divergence.factory import headed_findings, key_figures


def _found(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.category, c.min, c.figure_text) for c in analyze(text).claims]


def _headed(title: str, text: str) -> tuple[float, float]:
    """(killed, wounded) key figures of an article with a headline."""
    findings = headed_findings(title, text)
    killed = category_total(findings, "killed")
    return ((killed.stated or 0) if killed else 0, wounded_total(findings) or 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drifter kills 2, wounds 4 at Orme bus depot", [("killed", 2, "2"), ("wounded", 4, "4")]),
        (
            "Sniper kills three and wounds six near Vantor stadium",
            [("killed", 3, "three"), ("wounded", 6, "six")],
        ),
        (
            "Bar Fight Kills 1 Man, Wounds 3 In Pell Street",
            [("killed", 1, "1"), ("wounded", 3, "3")],
        ),
        ("Gunman slays 4 at Orme Creek motel", [("killed", 4, "4")]),
        ("Police: gunman kills deputy Ana Ruiz", [("killed", 1, "deputy")]),
        ("Ex-boyfriend slays nurse, wounds 2 coworkers", None),
    ],
    ids=["comma-wounds", "and-wounds", "title-case", "slays", "colon-and-name", "slays-one"],
)
def test_a_headline_second_verb(text: str, expected: list[tuple[str, float, str]] | None) -> None:
    found = _found(text)
    if expected is None:
        assert ("killed", 1, "nurse") in found and ("wounded", 2, "2") in found
    else:
        assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was treated for cuts and wounds to two fingers.",
        "She had bruises, wounds and a broken wrist.",
        "Driver kills neighbor Ana Ruiz's dog on Elm Street",
        "Knight slays dragon in Orme pageant",
    ],
    ids=["cuts-and-wounds", "listed-nouns", "a-named-owner", "no-person"],
)
def test_no_headline_casualty(text: str) -> None:
    assert [c for c in _found(text) if c[0] in ("killed", "wounded")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunfire struck three people outside the Pell Street bar.", (0, 3)),
        ("Stray bullets hit two teenagers on the porch, police said.", (0, 2)),
        ("Two other boys were hit and injured by gunfire.", (0, 2)),
        ("One man died and three others, two men and a woman, were wounded.", (1, 3)),
    ],
    ids=["gunfire-struck", "bullets-hit", "hit-and-injured", "others-apposed"],
)
def test_round_as_subject_and_apposed_others(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    ["A bullet struck the window of the bar.", "Police said gunfire hit two parked cars."],
    ids=["a-window", "cars"],
)
def test_the_round_hit_no_one(text: str) -> None:
    assert key_figures(text) == (0, 0)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Orme club shooting: 4 still in hospital, 2 critical",
            "Two men are dead and 11 people were injured after gunfire broke out outside a club.",
            (2, 11),
        ),
        (
            "Vantor shooting: three remain hospitalized",
            "A woman was killed and nine others were wounded at a birthday party on Sunday.",
            (1, 9),
        ),
        # the care count is the only count of the hurt: it stays
        (
            "Pell Street shooting: 3 still in hospital",
            "A man was killed on Pell Street on Friday night.",
            (1, 3),
        ),
    ],
    ids=["still-in-hospital", "remain-hospitalized", "only-count"],
)
def test_care_count_gives_way_to_the_hurt(
    title: str, text: str, expected: tuple[float, float]
) -> None:
    assert _headed(title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A teenager fatally shot Sunday night in Orme has been identified as Eli Marsh.", (1, 0)),
        ("The victim was rushed to a hospital, where she later died.", (1, 0)),
        ("The driver was taken to Pell County Hospital, where he was pronounced dead.", (1, 0)),
        ("An Orme teen hospitalized after a weekend shooting has died.", (1, 0)),
        ("Paramedics pronounced the man dead at the scene, police said.", (1, 0)),
        # the one taken there lived (hurt: CB49 reads the one taken to a hospital, rules-gva16);
        # no person; care for an illness
        ("The boy was taken to a hospital, where he was treated for a cut.", (0, 1)),
        ("Critics pronounced the plan dead on arrival.", (0, 0)),
        ("A man hospitalized with pneumonia last week has died.", (0, 0)),
    ],
    ids=[
        "fatally-shot-then-main-verb",
        "where-she-died",
        "where-pronounced",
        "hospitalized-has-died",
        "pronounced-the-man-dead",
        "treated-there",
        "a-plan",
        "an-illness",
    ],
)
def test_one_death_told_after_the_person(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three women, ranging in age from 22 to 35, were shot Sunday.", (0, 3)),
        ("Four others, ranging in age from 19 to 27, were rushed to two hospitals.", (0, 4)),
        ("Three men between the ages of 18 and 23 received serious injuries.", (0, 3)),
        ("Five men aged 20 to 30 were wounded outside the club.", (0, 5)),
    ],
    ids=["ranging-in-age", "others-ranging", "between-the-ages", "aged-to"],
)
def test_a_range_of_ages_between_count_and_verb(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who fired is no victim; an age before a name opens the object
        ("The gunman killed 41-year-old Ana Ruiz.", [("killed", 1, "Ana Ruiz")]),
        (
            "Deputies say Voss shot and killed 41-year-old Ana Ruiz and 45-year-old Tom Brel.",
            [("killed", 1, "Ana Ruiz"), ("killed", 1, "Tom Brel")],
        ),
    ],
    ids=["age-before-name", "two-ages-before-names"],
)
def test_an_age_before_a_named_object(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected
