"""Readings the forty-eighth session's lead added. Every sentence is invented.

Claims: care "for cuts and burns" tells of the hurt; a toll set again "on Wednesday" is still
set again; troops "flown to" a town by its name are deployed, the hurt carried for care are
not; a group "from the farm next to theirs" keeps its verb; people "living in tents" or
"sleeping in schools" after a disaster are displaced.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min if c.min is not None else c.max) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A nurse at the clinic said staff had treated about 40 people for cuts and burns.",
            [("wounded", 40)],
        ),
        ("Medics treated 12 people for cuts, bruises and sprains at the depot.", [("wounded", 12)]),
        # a cut of a budget is no wound
        ("The budget cuts and burns through reserves were opposed by 12 councillors.", []),
        (
            "The ministry said 35 people had died in the heat by Tuesday. "
            "It lowered that number on Friday to 31.",
            [("killed", 35), ("killed", 31)],
        ),
        (
            "Officials said 12 people were hurt. They revised the number overnight to 15.",
            [("wounded", 12), ("wounded", 15)],
        ),
        (
            "The firm reported sales of 48 million. "
            "It lowered that number on Friday to 31 million.",
            [],
        ),
        ("Some 400 soldiers were flown to Bakra on Tuesday.", [("deployed", 400)]),
        ("About 300 riot police were airlifted in from the capital.", [("deployed", 300)]),
        # the hurt carried for care are not sent
        ("Two wounded soldiers were flown to Bakra for treatment.", [("wounded", 2)]),
        ("Two soldiers were flown to Bakra for treatment.", []),
        ("Five of the injured were airlifted to Velda District Hospital.", [("wounded", 5)]),
        ("Two wounded soldiers crossed the border into Bakra.", [("wounded", 2)]),
        ("Twelve journalists were flown to Bakra on Monday.", []),
        ("Three girls from the farm next to theirs are still missing.", [("missing", 3)]),
        ("Four workers close to the blast were killed.", [("killed", 4)]),
        ("Some 6,200 villagers are now living in tents beside the road.", [("displaced", 6200)]),
        ("About 9,000 people were sleeping in schools and churches.", [("displaced", 9000)]),
        ("Some 2,000 villagers slept in the open after the flood.", [("displaced", 2000)]),
        ("Two children were sleeping in the house when it collapsed.", []),
        # the subject of "have killed" is the cause, not a count of the dead
        (
            "Storms that swept across four provinces last week have killed at least 27 people.",
            [("killed", 27)],
        ),
        ("Two men were killed at least 30 metres from the gate.", [("killed", 2)]),
        # a vessel's sinking is its own clause: its passengers share no cue after it
        (
            "Last year a barge with some 150 workers sank off Tirel, and 90 bodies were found.",
            [("killed", 90)],
        ),
        ("The colonel declined to say whether any of the militia's own men were hurt.", []),
        ("Rebels said some of their fighters were wounded.", [("wounded", None)]),
        (
            "Troops had moved about 4,500 residents out of riverside parts of the town.",
            [("evacuated", 4500)],
        ),
    ],
)
def test_claims(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def test_group_stops_before_a_place_next_to_it() -> None:
    (claim,) = analyze("Four workers close to the blast were killed.").claims
    assert claim.group == "workers"


def test_a_raised_toll_is_of_the_dead_after_the_missing() -> None:
    text = (
        "Storms have killed at least 27 people and left 11 missing, officials said on"
        " Friday, raising their toll from 18."
    )
    assert _claims(text) == [("killed", 27), ("missing", 11), ("killed", 18)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The police withheld the names of the victims.", [("non_response", "The police")]),
        (
            "Police are withholding the identities of the victims until relatives are told.",
            [("non_response", "Police")],
        ),
        # a source's own anonymity is no refusal
        (
            "A night nurse, who withheld her name, said the ward was full.",
            [("statement", "A night nurse")],
        ),
        # a hospital's intake told with "it": no admission of its own
        (
            "Doctors at the hospital said they had admitted 45 people with burns.",
            [("statement", "Doctors at the hospital")],
        ),
        (
            "The ministry said it had admitted 12 errors in the count.",
            [("statement", "The ministry")],
        ),
    ],
)
def test_attributions(text: str, kinds: list[tuple[str, str]]) -> None:
    assert [(a.kind, a.source) for a in analyze(text).attributions] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "The agency would not explain the gap between its figure and the army's.",
            [("non_response", "The agency")],
        ),
        # an explanation given is no silence
        (
            "The agency explained the gap between its figure and the army's.",
            [("statement", "The agency")],
        ),
    ],
)
def test_silence_on_a_difference(text: str, kinds: list[tuple[str, str]]) -> None:
    assert [(a.kind, a.source) for a in analyze(text).attributions] == kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The quake injured 45 people, including 11 seriously.",
            [("wounded", 45), ("wounded", 11)],
        ),
        ("The storm killed 12 people, including four seriously ill patients.", [("killed", 12)]),
        ("Forty houses were damaged, including 11 seriously.", []),
        ("The number of arrests rose to 61 on Sunday.", [("arrested", 61)]),
        ("The number of arrests fell by 12 percent last year.", []),
    ],
)
def test_parts_and_arrests(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's present tense
        ("Three climbers die on Mount Orel", [("killed", 3)]),
        (
            "Ferry fire: toll rises to 9 as two injured crew die in hospital",
            [("killed", 9), ("killed", 2)],
        ),
        # idioms, fears and habits are no deaths
        ("Twelve die-hard fans queued overnight for tickets", []),
        ("Villagers fear hundreds could die of hunger", []),
        ("Many people in remote villages die before they reach a clinic.", []),
    ],
)
def test_a_headlines_present_die(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected
