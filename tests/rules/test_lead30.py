"""Readings the thirtieth session's lead added. Every sentence is invented.

Claims: one hurt carried to care "with a gunshot wound" and no place named; a group whose aside
gives its members' ages ("Two adults, men aged 30 and 44, were wounded"); "in fair condition";
people who "lost their homes" in a disaster; officers "assigned to patrols".

Attributions: "declined to take questions" and "refused to take questions"; what investigators
"believed", what an investigating office "believes", and a belief that closes its sentence
("..., police believe."); a past spelt as its base before a particle ("The company put out a
statement and declined to comment"); a participle after a refusal ("declined to release the
video, saying"); "added points for" is no speech; "urged residents to stay indoors", one
statement with another verb of its subject; a second verb's subject is the first's whole.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.category, c.min, c.max) for c in analyze(text).claims]


def _attributions(text: str) -> list[tuple[str, str | None, str]]:
    return [(a.kind, a.source, a.cue) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 19-year-old was transported with a gunshot wound to the leg.", [("wounded", 1, 1)]),
        ("The boy was taken to Memorial with a gunshot wound.", [("wounded", 1, 1)]),
        # a gun carried is no wound
        ("The suspect was transported with a gun in his waistband.", []),
        ("Two adults, men aged 30 and 44, were hurt in the exchange.", [("wounded", 2, 2)]),
        (
            "Two adults, a man and a woman aged 30 and 33, were wounded in the exchange.",
            [("wounded", 2, 2)],
        ),
        ("Two men, aged 27 and 41, were wounded in the exchange.", [("wounded", 2, 2)]),
        ("Five men aged 20 to 30 were killed.", [("killed", 5, 5)]),
        # rescuers who "pulled out" survivors, as those who "pulled" them
        ("Rescuers pulled out 11 survivors from the rubble overnight.", [("rescued", 11, 11)]),
        # the hospital's own words for a patient's state
        ("The other three were in fair condition.", [("wounded", 3, 3)]),
        ("Two victims were in guarded condition on Sunday.", [("wounded", 2, 2)]),
        ("The house was in fair condition when it was sold.", []),
        # homes lost in a disaster, not to the bank
        ("About 3,000 people lost their homes in the fire.", [("displaced", 3000, 3000)]),
        ("About 3,000 families lost their homes to foreclosure last year.", []),
        (
            "The chief said 40 extra officers will be assigned to patrols downtown.",
            [("deployed", 40, 40)],
        ),
    ],
)
def test_claims(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor spoke briefly at the scene but declined to take questions.",
            [("non_response", "The mayor", "declined to take questions")],
        ),
        (
            "The fire marshal declined to speculate on the cause of the blaze.",
            [("non_response", "The fire marshal", "declined to speculate")],
        ),
        (
            "Police would not speculate on a motive.",
            [("non_response", "Police", "would not speculate")],
        ),
        (
            "The minister refused to take reporters' questions.",
            [("non_response", "The minister", "refused to take reporters' questions")],
        ),
        (
            "The shooting appears to have been targeted, investigators believed.",
            [("statement", "investigators", "believed")],
        ),
        (
            "The gunman knew both victims, police believe.",
            [("statement", "police", "believe")],
        ),
        (
            "The sheriff's office believes the woman was shot by someone she knew.",
            [("statement", "The sheriff's office", "believes")],
        ),
        (
            "The police department believes the two shootings are linked.",
            [("statement", "The police department", "believes")],
        ),
        # a past spelt as its base, before a particle and its object, ends the subject
        (
            "The company put out a statement and declined to comment further.",
            [("non_response", "The company", "declined to comment")],
        ),
        (
            "The governor set out her plan on Tuesday and said it would pass.",
            [("statement", "The governor", "said")],
        ),
        # a participle after a refusal is the refuser's
        (
            "Two troopers had cameras on, but the state patrol declined to release the video,"
            " saying the review was still open.",
            [
                ("non_response", "the state patrol", "declined to release"),
                ("statement", "the state patrol", "saying"),
            ],
        ),
        # points added for something are no words added; a contraction opens a clause
        (
            'The new rules added points for "local presence," the documents show.',
            [("statement", "the documents", "show")],
        ),
        (
            "The prosecutor said charges were near, but added there\u2019s no timetable for them.",
            [("statement", "The prosecutor", "said"), ("statement", "The prosecutor", "added")],
        ),
        # an appeal is a statement; beside another verb of its subject it is one statement
        (
            "The sheriff urged residents to stay indoors.",
            [("statement", "The sheriff", "urged")],
        ),
        ("The fans urged the team to the finish line.", []),
        ("Residents were urged to boil their water.", []),
        (
            "The marshal urged drivers to avoid the bridge and said repairs could take a week.",
            [("statement", "The marshal", "said")],
        ),
        (
            "The union said the officers acted properly and urged the public to wait.",
            [("statement", "The union", "said")],
        ),
        # a second verb of one subject takes the whole subject its first verb found
        (
            "The regional human rights office in Tarsk called for an inquiry and said the detained "
            "must be freed.",
            [("statement", "The regional human rights office in Tarsk", "said")],
        ),
        (
            "The state health department spokesman called for calm and said the water was safe.",
            [("statement", "The state health department spokesman", "said")],
        ),
        # a passive belief, and an office that investigates nothing
        ("The man is believed to have fled the state.", []),
        ("The office believes the plan will work.", []),
        ("Police believed him.", []),
    ],
)
def test_attributions(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _attributions(text) == expected
