"""Readings the twenty-ninth session's lead added. Every sentence is invented.

Claims: the hurt carried to a named place of care, or to none, "with" their injuries ("taken
to Mercy General with non-life-threatening injuries", "transported with injuries").

Claims also: "neither" as a zero ("Neither of the children was hurt"), an irregular side's own
losses ("had lost two combatants"), people who "had left their homes".

Attributions: the noun phrase before the verb that is an object inside a subject relative
clause is not the speaker ("aides who spoke ... to discuss the negotiations said"); what
investigators "believe" (AT41); "did not take questions"; "putting the toll at" after a
clause; a base form that is also the past ("read a statement and declined").
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.category, c.min, c.max) for c in analyze(text).claims]


def _sources(text: str) -> list[str | None]:
    return [a.source for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two women were taken to Mercy General with non-life-threatening injuries.",
            [("wounded", 2, 2)],
        ),
        (
            "Two others were transported with injuries that were not considered life-threatening.",
            [("wounded", 2, 2)],
        ),
        (
            "Four crew members were airlifted to St. Brigid's in Orme with serious injuries.",
            [("wounded", 4, 4)],
        ),
        # "neither" is a zero, as "none of" is; not the "neither ... nor" of two verbs
        ("Neither of the couple's children was hurt.", [("wounded", 0, 0)]),
        ("Neither officer was injured.", [("wounded", 0, 0)]),
        (
            "The ministry neither confirmed nor denied that 12 soldiers were killed.",
            [("killed", 12, 12)],
        ),
        # an irregular side's own losses
        ("The Front said it had lost only two combatants.", [("killed", 2, 2)]),
        # "had left their homes", also beside the households' count
        ("About 12,000 people had left their homes.", [("displaced", 12000, 12000)]),
        (
            "Some 2,870 families, or about 12,000 people, had left their homes.",
            [("displaced", 2870, 2870), ("displaced", 12000, 12000)],
        ),
        ("Three residents left their homes at dawn for the march.", []),
        # the badly hurt part of a count, told by its condition or its kind of injury
        (
            "Forty were injured, nine of them in a critical condition.",
            [("wounded", 40, 40), ("wounded", 9, 9)],
        ),
        (
            "Twenty-two survivors were taken to hospital, four of them with crush injuries.",
            [("wounded", 22, 22), ("wounded", 4, 4)],
        ),
        # the ages after a partitive's whole: the part's figure counts them, once
        ("Two of the teens, ages 16 and 17, were wounded.", [("wounded", 2, 2)]),
        # taken into custody is no care: the arrest only
        ("Three were taken into custody with minor injuries.", [("arrested", 3, 3)]),
        # no hurt after "with": no claim
        ("Twelve pupils were taken to Orme Museum with their teachers.", []),
        ("Officers found a man with a knife in the driveway.", []),
    ],
)
def test_claims(text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two aides who asked not to be named because they were not cleared to talk about the"
            " negotiations said the offer had been dropped.",
            ["Two aides"],
        ),
        ("A woman who lost her son in the blast told reporters she was angry.", ["A woman"]),
        ("Officials who briefed the President on Monday said the plan was ready.", ["Officials"]),
        # "who" followed by a subject of its own: the phrase after it is the speaker
        ("The soldier who the officer said fired first was arrested.", ["the officer"]),
        # a gap after the verb: the clause's own subject speaks
        ("The man who police said was armed fled.", ["police"]),
    ],
)
def test_sources(text: str, expected: list[str]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bare passive of shooting copy, where a shooting is told nearby; also at the
        # end of its sentence (the cue ends with it)
        (
            "A gunman opened fire on the crowd. Five people had been hit. Police gave chase.",
            [("killed_or_wounded", 5, 5)],
        ),
        (
            "Shots rang out at 9 p.m. Rourke said four people were struck, correcting an"
            " earlier count.",
            [("killed_or_wounded", 4, 4)],
        ),
        (
            "Gunmen stormed the school. In all, 87 students were taken. Police gave chase.",
            [("kidnapped", 87, 87)],
        ),
        # no shooting told: hail, a storm
        (
            "Hail fell across the county. Two people were struck, but none was hurt.",
            [("wounded", 0, 0)],
        ),
        ("The storm knocked out power. Three homes were hit, officials said.", []),
        # things hit in shooting copy are no people
        ("A gunman opened fire. Two cars parked nearby were hit. Police came.", []),
    ],
)
def test_documents(text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base form that is also the past ("read", "put", "set") is a verb of the first
        # clause: the subject of the coordinated refusal is the minister alone
        (
            "The minister read a statement and declined to comment further.",
            [("non_response", "The minister")],
        ),
        ("The mayor read a statement and took no questions.", [("non_response", "The mayor")]),
        ("Ruel did not take questions.", [("non_response", "Ruel")]),
        # officers who "announced themselves" said who they were, no words
        (
            "Ivo Delacroix said officers knocked and announced themselves before entering.",
            [("statement", "Ivo Delacroix")],
        ),
        # what investigators believe is their account; a belief inside a relative is none
        ("Police believe the gunman knew the victims.", [("statement", "Police")]),
        ("Officers arrested the six suspects police believe were involved.", []),
        # a participle of setting the toll after a clause: the clause's subject sets it
        (
            "The ministry issued a statement on Sunday, putting the toll at 19.",
            [("statement", "The ministry")],
        ),
        ("The storm hit the coast on Sunday, putting the toll at 19.", []),
    ],
)
def test_kinds_and_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.kind, a.source) for a in analyze(text).attributions] == expected
