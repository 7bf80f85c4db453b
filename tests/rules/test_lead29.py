"""Readings the twenty-ninth session's lead added, with the repros of its two reviews
(review29a, review29b). Every sentence is invented.

Claims: the hurt carried to a named place of care, or to none, "with" their injuries ("taken
to Mercy General with non-life-threatening injuries", "transported with injuries"), not to
custody; "neither" as a zero; an irregular side's own losses; people who "had left their
homes" in a disaster or a conflict; the badly hurt part of a count; a bare "were hit" of
people in shooting copy; one person with a restrictive relative clause before the fate.

Attributions: the noun phrase before the verb that is an object inside a subject relative
clause is not the speaker; what investigators "believe" (AT41); "did not take questions";
"putting the toll at" after a clause that tells figures; a base form that is also the past
("read a statement and declined"); "announced themselves"; a paragraph that is one quote and
nothing else (AT20).
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
        ("Neither of the family's two sons was hurt.", [("wounded", 0, 0)]),
        ("Neither officer was injured.", [("wounded", 0, 0)]),
        ("Two officers fired; neither was hurt.", [("wounded", 0, 0)]),
        # a reporter's subject, no zero of people (review29a)
        ("Neither side has reported casualties.", []),
        (
            "The ministry neither confirmed nor denied that 12 soldiers were killed.",
            [("killed", 12, 12)],
        ),
        # an irregular side's own losses
        ("The Front said it had lost only three combatants.", [("killed", 3, 3)]),
        # a party's members lost in a vote are no dead (review29a)
        ("The government lost 40 rebels on the key vote.", []),
        # "had left their homes" where a disaster is told, also beside the households' count
        ("After the floods, about 6,000 people had left their homes.", [("displaced", 6000, 6000)]),
        (
            "As the river flooded, some 1,450 families, or about 6,000 people, had left their"
            " homes.",
            [("displaced", 1450, 1450), ("displaced", 6000, 6000)],
        ),
        ("Three residents left their homes at dawn for the march.", []),
        # migration and errands are no flight (review29a)
        (
            "Thousands of young people have left their villages for the cities in search of work.",
            [],
        ),
        # the badly hurt part of a count, told by its condition or its kind of injury
        (
            "Forty were injured, eight of them in a critical condition.",
            [("wounded", 40, 40), ("wounded", 8, 8)],
        ),
        (
            "Thirty miners were taken to hospital, five of them with spinal cord injuries.",
            [("wounded", 30, 30), ("wounded", 5, 5)],
        ),
        # the ages after a partitive's whole: the part's figure counts them, once
        ("Two of the boys, aged 15 and 18, were wounded.", [("wounded", 2, 2)]),
        # ... and read by CB68 where no other rule binds the part (review29a)
        ("Two of the victims, ages 16 and 17, were killed.", [("killed", 2, 2)]),
        # taken into custody is no care: the arrest only; so is a jail or a court
        ("Three were taken into custody with minor injuries.", [("arrested", 3, 3)]),
        ("Two suspects were taken to the county jail with minor injuries.", []),
        ("A man was taken to Mercy with a gunshot wound.", [("wounded", 1, 1)]),
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
        # a phrase after a conjunction is a speaker of its own, not an object of the clause
        (
            "The man who shot her in the parking lot of the mall on Friday night fled and"
            " police said he was armed.",
            ["police"],
        ),
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
            "A gunman opened fire on the crowd. Six people had been hit. Police gave chase.",
            [("killed_or_wounded", 6, 6)],
        ),
        (
            "Shots rang out at 9 p.m. The chief said three people were struck, revising the"
            " first count.",
            [("killed_or_wounded", 3, 3)],
        ),
        (
            "A gunman opened fire on the block. Two others were hit, police said.",
            [("killed_or_wounded", 2, 2)],
        ),
        # the next clause keeps its own words (review29a)
        (
            "A gunman opened fire at a party. Five people were hit; two died. Police arrived.",
            [("killed_or_wounded", 5, 5), ("killed", 2, 2)],
        ),
        (
            "Gunmen stormed the school. In all, 87 students were taken. Killed were two teachers.",
            [("kidnapped", 87, 87), ("killed", 2, 2)],
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
        ("A gunman opened fire on the block. The homes of two officers were hit. Police came.", []),
    ],
)
def test_documents(text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "read", spelt like its base, is a verb of the first clause: the subject of the
        # coordinated refusal is the minister alone
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
        # ... but a claim announced stays one (review29b)
        ("The army announced itself satisfied with the raid.", [("statement", "The army")]),
        # other verbs after "and" are no speech (review29b)
        ("Blake scored 22 points, added nine rebounds and set a school record.", []),
        # what investigators believe is their account; a belief inside a relative is none
        ("Police believe the gunman knew the victims.", [("statement", "Police")]),
        ("Officers arrested the six suspects police believe were involved.", []),
        ("Officers arrested the man police believe killed two people.", []),
        ("Families of the officers believe the city failed them.", []),
        ("Police believe it was a targeted attack.", [("statement", "Police")]),
        # a participle of setting the toll after a clause: the clause's subject sets it
        (
            "The ministry issued a statement on Sunday, putting the toll at 23.",
            [("statement", "The ministry")],
        ),
        ("The storm hit the coast on Sunday, putting the toll at 23.", []),
        ("The army shelled the town on Sunday, putting the toll at 23.", []),
    ],
)
def test_kinds_and_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.kind, a.source) for a in analyze(text).attributions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person and a restrictive relative clause that tells no harm, then the fate
        ("A man who was walking his dog was shot.", [("killed_or_wounded", 1, 1)]),
        ("A teenager who was riding his bike was wounded.", [("wounded", 1, 1)]),
        ("A man who police said was armed was shot.", [("killed_or_wounded", 1, 1)]),
        # the harm inside the relative clause, or no harm at all
        (
            "The law says a parent of a child who is injured or dies in an accident shall be"
            " charged.",
            [],
        ),
        ("A witness who saw the crash was interviewed.", []),
    ],
)
def test_one_person_with_a_relative_clause(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert _claims(text) == expected


def test_a_quote_paragraph_goes_to_the_speaker_before_it() -> None:
    text = '"We lost six men," said Captain Ivo Brandt.\n"Two more are still missing."'
    assert [(a.rule, a.source) for a in analyze(text).attributions] == [
        ("AT01", "Captain Ivo Brandt"),
        ("AT20", "Captain Ivo Brandt"),
    ]
    # a reporter's question in interview copy is nobody's quote (review29b)
    asked = 'Asked why the unit stayed, Brandt said, "We had orders."\n"Would you do it again?"'
    assert [a.rule for a in analyze(asked).attributions] == ["AT01"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review29c: a cue inside the relative clause is no fate of the person
        ("A suspect who fled after the shooting was arrested on Monday.", []),
        ("A man who shot at police was shot dead.", []),
        # the head of a bare hit's subject is the noun after its count
        (
            "A gunman opened fire. Five people inside the store were hit. Police came.",
            [("killed_or_wounded", 5, 5)],
        ),
        (
            "A gunman opened fire. A total of seven people were hit. Police came.",
            [("killed_or_wounded", 7, 7)],
        ),
        ("A gunman opened fire. Three of the windows were hit. Police came.", []),
        ("Neither of the warring sides has reported casualties.", []),
    ],
)
def test_review29c_claims(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police believe armed men attacked the bank.", [("statement", "Police")]),
        (
            "The Red Cross counted 12 more bodies, putting the toll at 23.",
            [("statement", "The Red Cross")],
        ),
        (
            "The army shelled the town as the ministry issued new figures, putting the toll at 23.",
            [],
        ),
        ("Typhoon Haiyan raised sea levels by three metres, putting the toll at 23.", []),
        (
            "Two officials who asked not to be named because the findings had not been made"
            " public said 40 soldiers died.",
            [("statement", "Two officials")],
        ),
    ],
)
def test_review29c_sources(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.kind, a.source) for a in analyze(text).attributions] == expected


def test_a_quote_paragraph_may_end_on_a_question() -> None:
    text = '"We lost six men," said Captain Ivo Brandt.\n"Two more are missing. Where are they?"'
    assert [a.rule for a in analyze(text).attributions] == ["AT01", "AT20", "AT20"]
