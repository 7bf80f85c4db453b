"""Key figures of short crime stories of our own (issue 9, round 8).

A lead that gives part of a toll ("wanted in the killing of three teenagers") and a later
sentence that restates it beside more people ("the three teenagers and a woman were shot
dead") is one event: the fuller count is the toll. Every text is our own writing.
"""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import wounded_total

from .factory import analysed
from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "State police are investigating the deaths of two brothers in Harlow County. The "
            "brothers' uncle and the two brothers were found in a pickup by a hunter.",
            (2, 0),
        ),
        (
            "State police are investigating the deaths of two brothers in Harlow County. Two "
            "brothers and their uncle were found shot to death in a pickup by a hunter.",
            (3, 0),
        ),
        (
            "Deputies are searching for a man wanted in the killing of three teenagers. The "
            "three teenagers and a woman were shot dead at a campsite near Odell Lake.",
            (4, 0),
        ),
        (
            "A Salem man was charged Monday in the deaths of two children. Two children and two "
            "adults were found shot to death in a farmhouse on Tull Road last week.",
            (4, 0),
        ),
    ],
    ids=["no-fate-told", "uncle-after-brothers", "woman-after-teenagers", "adults-after-children"],
)
def test_a_later_sentence_restates_the_lead_beside_more(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the later count is another group: no restatement of the lead
        (
            "Two children were killed in a fire on Lark Street on Sunday. Two adults and a "
            "firefighter were hurt.",
            (2, 3),
        ),
        # the later sentence names the gunman beside his victims: his death is added once
        (
            "Two clerks were killed in a robbery at a Dover pharmacy. Two clerks and the "
            "gunman were dead when officers arrived.",
            (3, 0),
        ),
        # a separate incident that happens to share the group
        (
            "Two men were killed in a shooting on Cole Avenue on Friday. Last year, two men "
            "and a woman were killed on the same corner.",
            (2, 0),
        ),
        # another event told without "last year": another date, a similar crash, a second attack
        (
            "Two men were killed in a shooting on Cole Avenue on Friday. Two men and a woman "
            "were killed at the same corner in March.",
            (2, 0),
        ),
        (
            "Two people died in the crash. The driver said two people and a cyclist were killed "
            "in a similar crash nearby.",
            (2, 0),
        ),
        (
            "Two teenagers were shot dead at a park on Sunday. It was the second such attack: "
            "two teenagers and a man were shot dead at a pool.",
            (2, 0),
        ),
    ],
    ids=["other-group", "gunman-once", "last-year", "in-march", "similar-crash", "second-attack"],
)
def test_no_restatement(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CB67: a person named by a possessive before "and" and a count
        ("His wife and two children were killed in the shooting, relatives said.", (3, 0)),
        # CB88: a person after a count whose ages are set off
        ("Two sisters, 8 and 11, and their grandmother were killed in the fire.", (3, 0)),
        # CB68: a plural counted by its ages
        ("The men, ages 23 and 26, were pronounced dead at the scene, police said.", (2, 0)),
        # CB89: the couple as a subject
        ("The couple were found shot to death in their home on Oak Ridge Drive.", (2, 0)),
        ("Deputies said the pair were wounded while sitting in a parked car.", (0, 2)),
    ],
    ids=["possessed-and-count", "one-after-ages", "ages-of-plural", "couple", "pair"],
)
def test_subjects_of_round_8(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the pair acted: only the clerk died
        ("Police said the pair killed a clerk during the robbery.", 1),
        ("The couple's son was killed in the crash on Route 4.", 1),
        ("The boys, ages 9 and 12, told police they heard shots.", 0),
    ],
)
def test_no_subject_count(text: str, killed: float) -> None:
    assert figures(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "fighting for his life" is the TV copy of the critically hurt
        (
            "One woman is dead and a man is fighting for his life after a shooting on Tuesday "
            "outside a Brenton laundromat.",
            (1, 1),
        ),
        ("Two teens are fighting for their lives after the crash on Route 30.", (0, 2)),
        # the press-release form of "with gunshot wounds", then the fate of each
        (
            "Deputies found two men suffering from gunshot wounds behind a bar on Tate Road. "
            "One man was pronounced dead at the scene.",
            (1, 1),
        ),
        # "another" alone before a verb of harm
        ("A teen was grazed by a bullet and another was shot in the arm.", (0, 2)),
        # the decade of an age inside the group
        (
            "A man in his 30s was killed and a teenager was hurt when shots were fired into a "
            "home on Birch Street.",
            (1, 1),
        ),
        ("Two men in their early 20s were shot dead outside a Vance Street bar.", (2, 0)),
        # his wife and a bare noun that shares the possessive
        ("Deputies said his wife and daughter were found dead in the kitchen.", (2, 0)),
        # a bare second noun shares the possessive after "the deaths of"
        ("A Dover man was arrested Tuesday in the deaths of his wife and stepson.", (2, 0)),
        ("He mourned the death of his wife and moved away from Dover.", (1, 0)),
        # a comma relative on the suspect
        (
            "A bystander was killed in a shootout with a robbery suspect, who was also killed.",
            (2, 0),
        ),
    ],
    ids=[
        "fighting-for-life",
        "fighting-for-lives",
        "suffering-from",
        "bare-another",
        "decade-one",
        "decade-two",
        "wife-and-daughter",
        "deaths-of-wife-and-stepson",
        "death-of-wife-and-a-verb",
        "who-also",
    ],
)
def test_crime_copy_of_round_8(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


def test_a_decade_counts_no_one() -> None:
    """The decade is part of the group: a witness in his 30s is no casualty."""
    assert figures("A man in his 30s was questioned by detectives after the shooting.") == (0, 0)


def test_troops_still_fight() -> None:
    """Soldiers "are fighting" are still deployed, not hurt."""
    findings = analysed("Ledger", "About 3,000 soldiers are fighting in the north, the army said.")
    assert wounded_total(findings) is None
