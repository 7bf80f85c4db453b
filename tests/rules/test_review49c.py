"""Readings review49c mended, each with counter-examples that stay. Every sentence is
invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, str, float | None]]:
    return [(c.rule, c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll changed "from" its old value, with no new value told
        (
            "The death toll had risen from 15 the night before, after divers recovered three"
            " bodies.",
            [("CB124", "killed", 15), ("CB01", "killed", 3)],
        ),
        (
            "The toll has climbed from 27 on Monday, the harbour office said.",
            [("CB124", "killed", 27)],
        ),
        (
            "The number of injured had risen from 40 by Tuesday evening.",
            [("CB124", "wounded", 40)],
        ),
        (
            "The toll rose from 8 as more bodies were found in the silt.",
            [("CB124", "killed", 8)],
        ),
        # counter-examples: a change told whole, no toll, a thing counted
        (
            "The toll rose from 15 to 18 after divers recovered three bodies.",
            [("CB124", "killed", 15), ("CB02", "killed", 18), ("CB01", "killed", 3)],
        ),
        ("Ticket sales had risen from 15 the night before.", []),
        ("The river had risen from 15 feet the night before.", []),
        ("The toll had risen from 3 separate attacks.", []),
    ],
)
def test_a_toll_risen_from_alone(text: str, expected: list[tuple[str, str, float | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the dead told by when they died, the verb left out after "of them"
        (
            "Cholera has killed 30 people in the camps, 11 of them before they could get to a"
            " doctor.",
            [("CB02", "killed", 30), ("CB81", "killed", 11)],
        ),
        (
            "The flu killed 52 residents of the home, 14 of them within a week.",
            [("CB02", "killed", 52), ("CB81", "killed", 14)],
        ),
        (
            "Twelve climbers died on the ridge, five of them after the storm broke.",
            [("CB01", "killed", 12), ("CB81", "killed", 5)],
        ),
        # counter-examples: not the dead (arrests, the hurt), not people
        ("Police arrested nine men, four of them before dawn.", [("CB02", "arrested", 9)]),
        (
            "The blast wounded 30 people, 11 of them before the roof fell.",
            [("CB02", "wounded", 30)],
        ),
        ("The storm destroyed 40 homes, 12 of them before noon.", []),
    ],
)
def test_a_part_of_the_dead_by_when(
    text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert _claims(text) == expected


def _figures(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(c.category, c.min, c.max, c.qualifier) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge's adverb between a toll's verb and its value
        (
            "The real number of deaths was probably well above 60, a doctor said.",
            [("killed", 60, None, "more_than")],
        ),
        (
            "The death toll is perhaps over 40, a medic in Varn said.",
            [("killed", 40, None, "more_than")],
        ),
        ("The number of injured was possibly close to 200.", [("wounded", None, 200, "almost")]),
        # counter-examples: a forecast, a count of no one hurt, no figure
        ("The death toll is likely to rise to 60.", []),
        ("The number of visitors was probably above 600.", []),
        ("The number of deaths was probably the highest in years.", []),
    ],
)
def test_a_hedged_toll(
    text: str, expected: list[tuple[str, float | None, float | None, str]]
) -> None:
    assert _figures(text) == expected


def _sources(text: str) -> tuple[list[str], list[str | None]]:
    found = analyze(text)
    return [a.source for a in found.attributions], [c.claimant for c in found.claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name after an aside's agent is the agent's: the statement is the body's
        (
            "The army's 4th Brigade, in a note signed by its press officer, Major Ilo Vance,"
            " put the death toll at 9.",
            (["The army's 4th Brigade"], ["The army's 4th Brigade"]),
        ),
        (
            "The ministry, in a statement read by its spokesman, Ana Ruiz, said nine people were"
            " killed.",
            (["The ministry"], ["The ministry"]),
        ),
        (
            "The dockers' union, speaking through its lawyer, Ivo Tamm, said 12 workers were hurt.",
            (["The dockers' union"], ["The dockers' union"]),
        ),
        # counter-examples: no aside before the apposed name, an aside with no agent
        (
            "In a statement on Tuesday, the brigade's spokesman, Major Ilo Vance, said nine"
            " soldiers died.",
            (
                ["the brigade's spokesman, Major Ilo Vance"],
                ["the brigade's spokesman, Major Ilo Vance"],
            ),
        ),
        (
            "The mayor, in an interview on Sunday, said four people drowned.",
            (["The mayor"], ["The mayor"]),
        ),
        (
            "The ministry's spokesman, Ana Ruiz, said nine people were killed.",
            (["The ministry's spokesman, Ana Ruiz"], ["The ministry's spokesman, Ana Ruiz"]),
        ),
    ],
)
def test_a_statement_signed_by_an_agent(
    text: str, expected: tuple[list[str], list[str | None]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part before "of whom" whose own verb tells a fate its whole lacks
        (
            "Twenty inmates escaped, seven of whom had been recaptured by Monday.",
            [("CB151", "arrested", 7)],
        ),
        (
            "Nine hostages were seized, four of whom were later freed.",
            [("CB01", "kidnapped", 9), ("CB151", "rescued", 4)],
        ),
        (
            "Forty migrants reached the shore at Kell, six of whom were arrested.",
            [("CB151", "arrested", 6)],
        ),
        # counter-examples: the whole's own fate, no fate, the part after "of whom"
        (
            "Police arrested 50 protesters, 20 of whom were detained overnight.",
            [("CB02", "arrested", 50)],
        ),
        ("Twenty inmates escaped, seven of whom were from Orme.", []),
        ("Twenty inmates escaped, of whom seven were recaptured.", [("CB01", "arrested", 7)]),
    ],
)
def test_a_part_before_of_whom_with_its_own_fate(
    text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part of the hurt still in care, told by "receiving treatment" or "care"
        (
            "Police said 40 people were wounded, 15 of whom were receiving treatment in Tarso.",
            [("CB01", "wounded", 40), ("CB45", "wounded", 15)],
        ),
        (
            "The blast injured 22 workers, nine of them receiving medical care at the site.",
            [("CB02", "wounded", 22), ("CB45", "wounded", 9)],
        ),
        (
            "At least 31 people were hurt, of whom 12 were receiving hospital treatment.",
            [("CB01", "wounded", 31), ("CB45", "wounded", 12)],
        ),
        # counter-examples: a whole of no one hurt
        ("The ferry carried 50 migrants, 15 of whom were receiving treatment.", []),
        ("About 300 patients, 15 of whom were receiving care at home, were moved.", []),
    ],
)
def test_a_part_of_the_hurt_receiving_treatment(
    text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the hurt sent on for care, after a count of the wounded
        (
            "The clinic treated 40 of the wounded and had sent nine to the provincial capital.",
            [("CB43", "wounded", 40), ("CB152", "wounded", 9)],
        ),
        (
            "Medics treated 30 injured people at the scene and sent 18 of them on to the"
            " regional hospital.",
            [("CB01", "wounded", 30), ("CB152", "wounded", 18)],
        ),
        (
            "Doctors at the field post treated 52 wounded fighters and transferred 20 to Orme"
            " General.",
            [("CB01", "wounded", 52), ("CB152", "wounded", 20)],
        ),
        # counter-examples: a deployment, no count of the hurt, more than the whole, a prison
        (
            "Thirty people were wounded and the army sent 300 soldiers to the district.",
            [("CB01", "wounded", 30), ("CB02", "deployed", 300)],
        ),
        ("The clinic sent nine to the provincial capital.", []),
        ("Four people were hurt, and the town sent 40 to the capital.", [("CB01", "wounded", 4)]),
        ("Thirty people were hurt, and the court sent three to prison.", [("CB01", "wounded", 30)]),
    ],
)
def test_the_hurt_sent_on(text: str, expected: list[tuple[str, str, float | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a service at a scene, or on duty at an event's place
        ("45 firefighters were at the scene.", [("CB01", "deployed", 45)]),
        ("About 400 officers were on duty at the ground.", [("CB01", "deployed", 400)]),
        ("Some 1,200 police will be on duty for the carnival.", [("CB01", "deployed", 1200)]),
        # counter-examples: staff on duty at their workplace, people of no service
        ("Two nurses were on duty at the clinic.", []),
        ("About 400 officers were on duty at the station.", []),
        ("Forty residents were at the scene.", []),
        ("About 400 stewards were on duty at the ground.", []),
    ],
)
def test_a_service_at_a_scene_or_on_duty(
    text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert _claims(text) == expected
