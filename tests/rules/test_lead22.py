"""Readings the twenty-second session's lead added. Every sentence is invented.

Speakers a restrictive "who" clause hangs on after a preposition or a verb ("complaints from
fans who said"), speakers a participle of writing follows ("analysts writing in a note"), a
county that speaks as a body rather than as the official whose title holds its name, and a
ministry or police force that names the dead.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import key_figures


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The recall follows a wave of complaints from parents who said the seats had cracked.",
            [("parents", "said")],
        ),
        (
            "Our reporter spoke to two shopkeepers who said the blast shattered every window.",
            [("two shopkeepers", "said")],
        ),
        (
            "The Gazette interviewed villagers who said the soldiers arrived before dawn.",
            [("villagers", "said")],
        ),
        # the whole phrase still, when the restrictive clause hangs on a person at a place
        (
            "A nurse at the clinic who said she feared for her job confirmed the shortage.",
            [("A nurse at the clinic", "said"), ("A nurse at the clinic", "confirmed")],
        ),
        (
            "Economists writing in a note to investors said the rate cut came too late.",
            [("Economists", "said")],
        ),
        (
            "Drivers posting on a company forum described the new shifts as unsafe.",
            [("Drivers", "described")],
        ),
        (
            "Two pilots quoted by the Harbour Times said the runway lights had failed.",
            [("Two pilots", "said")],
        ),
    ],
)
def test_the_speaker_is_the_people_a_clause_or_participle_hangs_on(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(text) == expected


def test_the_county_is_a_body_not_the_official_whose_title_holds_it() -> None:
    text = (
        "County Public Health Officer Dr. Ines Marlow said 31 people had been treated. "
        "On Monday the county had reported 18 cases."
    )
    assert _sources(text) == [
        ("County Public Health Officer Dr. Ines Marlow", "said"),
        ("the county", "reported"),
    ]


def test_a_generic_county_takes_the_county_named_before() -> None:
    text = "The Harlow County Health Department said two men died. The county later said three."
    sources = [a.source for a in analyze(text).attributions]
    assert sources == ["The Harlow County Health Department"] * 2
    text = "The Harlow County Sheriff's Office said two men died. The county later said three."
    sources = [a.source for a in analyze(text).attributions]
    assert sources == ["The Harlow County Sheriff's Office", "The Harlow County"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Defence Ministry named the dead on Sunday as Sgt Ola Brenn and Pte Kai Moor.",
            "The Defence Ministry",
        ),
        ("Police named the victim as Tomas Vell, a 58-year-old baker.", "Police"),
        ("The airline named the pilot as Captain Ruth Ames.", "The airline"),
    ],
)
def test_naming_the_dead_is_a_statement(text: str, source: str) -> None:
    assert _sources(text) == [(source, "named")]


@pytest.mark.parametrize(
    "text",
    [
        "The board named Petra Sand as its new chief executive.",
        "A dog named Biscuit was rescued from the river.",
        "The teenager, who cannot be named for legal reasons, was charged.",
        "The injured man was named as Tomas Vell.",
    ],
)
def test_naming_that_appoints_or_is_passive_reports_no_one(text: str) -> None:
    assert [a for a in analyze(text).attributions if a.cue == "named"] == []


def _claims(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.category, c.min, c.rule) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll rose from four to six after two of the injured died.",
            [("killed", 4, "CB124"), ("killed", 6, "CB02"), ("killed", 2, "CB22")],
        ),
        (
            "Provincial officials revised the death toll down to 27 from 31 on Thursday.",
            [("killed", 27, "CB02"), ("killed", 31, "CB124")],
        ),
        (
            "The hospital lowered the number of people injured to eight from eleven.",
            [("wounded", 8, "CB02"), ("wounded", 11, "CB124")],
        ),
        (
            "The toll climbed to 19, from an initial 12, as divers reached the hull.",
            [("killed", 19, "CB02"), ("killed", 12, "CB124")],
        ),
    ],
)
def test_a_toll_changed_from_a_value_states_the_old_value_too(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert sorted(_claims(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The death toll rose to 20 from three separate attacks in the north.",
        "The death toll from the two storms rose to 20.",
        "Five people from 3 villages were killed.",
        "Prices rose from 12 to 15 dollars in a week.",
    ],
)
def test_from_with_no_old_toll_states_no_second_value(text: str) -> None:
    assert [c for c in analyze(text).claims if c.rule == "CB124"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials revised the death toll down to 27 from 31 on Thursday.", (27, 0)),
        ("The death toll rose from four to six on Monday, police said.", (6, 0)),
        ("The toll climbed to 19, from an initial 12, the coast guard said.", (19, 0)),
    ],
)
def test_the_old_value_is_never_the_key_figure(text: str, expected: tuple[float, float]) -> None:
    assert key_figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the grounds of a toll put or revised: one statement
        (
            "A miners' union put the death toll at 12, saying two bodies were still underground.",
            [("A miners' union", "put the death toll at")],
        ),
        (
            "The county first put the toll at 8 but revised it up to 10, saying two men had died.",
            [("The county", "put the toll at"), ("The county", "revised it up to")],
        ),
        # after "said" the participle stays its own statement, as PolNeAR counts it
        (
            "The mayor said the roads were shut, adding that schools would open on Monday.",
            [("The mayor", "said"), ("The mayor", "adding")],
        ),
        # with no statement before it, the participle is the statement
        (
            "The coast guard issued an alert on Friday, saying the ferry had lost power.",
            [("The coast guard", "saying")],
        ),
    ],
)
def test_a_participle_after_a_toll_put_is_the_same_statement(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(text) == expected


def test_a_said_that_goes_on_from_a_toll_statement_is_that_statement() -> None:
    # "put the number ... at 68 ... and said": one statement of the spokesman, as a reader
    # takes it (twenty-third session)
    text = (
        "Ministry spokesman Ivo Brandt put the number of wounded at 54, including nine"
        " children, and said 17 people remained in critical condition in Dalsk."
    )
    assert [(a.source, a.rule) for a in analyze(text).attributions] == [
        ("Ministry spokesman Ivo Brandt", "AT08")
    ]
    # after a plain "said", a second "said" clause stays its own statement
    text = "Police said two men were arrested, and the mayor said the town was calm."
    assert len(analyze(text).attributions) == 2
