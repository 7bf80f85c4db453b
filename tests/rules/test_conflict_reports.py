"""Conflict and wire-report wordings (blind half C's error report, our own sentences): every
claim of the text, in order, so that a miscounted or extra claim fails. All text is our own."""

from __future__ import annotations

import pytest

from rules.attribution import find_attributions
from rules.casualties import find_claims
from rules.text import Document


def claims(text: str) -> list[tuple[str, float | None, str | None, str]]:
    """The claims of ``text`` with the attributions found in it (a counted source is no
    victim: ``rules.casualties``)."""
    document = Document(text)
    found = find_claims(document, find_attributions(document))
    return [(c.category, c.min, c.group, c.figure_text) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the counted group after the comma is who speaks, not who was hit
            "Shelling killed at least nine villagers, three witnesses told the Kessel Courier.",
            [("killed", 9, "villagers", "at least nine")],
        ),
        (
            "Two soldiers were killed, three residents said.",
            [("killed", 2, "soldiers", "Two")],
        ),
        (
            # an object inside a phrase stays a count of those hit
            "The man accused of shooting three neighbours told police he was angry.",
            [("killed_or_wounded", 3, "neighbours", "three")],
        ),
        (
            # "reported" takes the harm as its object
            "Three motorists reported injuries after the shooting.",
            [("wounded", 3, "motorists", "Three")],
        ),
        (
            # the communiqué's euphemism for enemies killed, in scare quotes or not
            'The police said 19 gunmen were "neutralised" at dawn.',
            [("killed", 19, "gunmen", "19")],
        ),
        (
            "Troops neutralized 12 militants in a raid on the camp.",
            [("killed", 12, "militants", "12")],
        ),
        (
            # a bomb is neutralised too: no one died
            "Engineers neutralised two bombs near the bridge.",
            [],
        ),
        (
            # parts of a count of the kidnapped, and a plural of a person noun in -man
            "Nine people have been kidnapped since May, among them a judge and two cameramen.",
            [
                ("kidnapped", 9, "people", "Nine"),
                ("kidnapped", 1, "judge", "a"),
                ("kidnapped", 2, "cameramen", "two"),
            ],
        ),
        (
            # the dead of a toll told before, named: no claim of their own
            "THE DEAD FIREFIGHTERS WERE NAMED AS ANA RUIZ AND TOMAS BREL.",
            [],
        ),
    ],
    ids=[
        "dead-guards-identified",
        "kidnapped-parts",
        "sources-told",
        "residents-said",
        "object-in-phrase",
        "reported-injuries",
        "neutralised-quoted",
        "neutralized",
        "neutralised-bombs",
    ],
)
def test_claims(text: str, expected: list[tuple[str, float | None, str | None, str]]) -> None:
    assert claims(text) == expected


def test_a_pronoun_after_which_is_the_source_in_capitals_too() -> None:
    from rules.attribution import find_attributions

    text = "THE GOVERNOR FINED THE GANG, WHICH HE SAID RUNS THE PORT."
    sources = [a.source for a in find_attributions(Document(text))]
    assert sources == ["HE"]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a time between subject and verb, in wire copy and in US news
        ("The ministry today said 12 farmers were killed.", ["The ministry"]),
        ("The ministry on Thursday denied the report.", ["The ministry"]),
        # a verb of protest with a clause reports speech
        ("THE MINERS' UNION DENOUNCED THAT SIX STRIKERS WERE BEATEN.", ["THE MINERS' UNION"]),
        # "IT" in capitals is the pronoun, and a parish is a body an "it" stands for
        (
            "THE PARISH OF VELM SAID THE BRIDGE FELL. IT ADDED THAT TWO WERE MISSING.",
            ["THE PARISH OF VELM", "THE PARISH OF VELM"],
        ),
        (
            # a bulletin speaks as a source, but no "he" stands for it
            "ACCORDING TO BULLETIN 7, FOUR GUARDS WERE HURT. HE SAID NO MORE.",
            ["BULLETIN 7", "HE"],
        ),
        (
            # in capitals "WHERE" opens a clause: it is no part of the source
            "THE NINE WERE TAKEN TO A CLINIC, WHERE DOCTORS SAID FOUR WERE IN DANGER.",
            ["DOCTORS"],
        ),
    ],
    ids=[
        "today-said",
        "on-thursday-denied",
        "denounced-that",
        "it-caps",
        "he-is-no-communique",
        "where-in-capitals",
    ],
)
def test_sources(text: str, sources: list[str]) -> None:
    from rules.analyze import analyze

    assert [a.source for a in analyze(text).attributions] == sources


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        (
            "The port reopened on Monday, according to the harbour office, and the Red Cross"
            " says the storm killed 35 fishermen.",
            ["the Red Cross"],
        ),
        (
            "Twelve people were killed, police said, and three were wounded, the hospital said.",
            ["police", "the hospital"],
        ),
        # one clause, two statements: the sentence's first statement claims it, as before
        ("Police said and the mayor confirmed that two guards were killed.", ["Police"]),
        (
            "Two ushers were wounded at the Orme hall, the sheriff said, though Orme General"
            " said that five people were hurt.",
            ["the sheriff", "Orme General"],
        ),
    ],
    ids=["according-to-and-says", "two-clauses-two-sources", "one-clause", "though-clause"],
)
def test_claimant_of_the_figures_clause(text: str, claimants: list[str]) -> None:
    from rules.analyze import analyze

    assert [c.claimant for c in analyze(text).claims] == claimants


def test_spokesmen_are_anonymous_in_capitals_too() -> None:
    from rules.analyze import analyze

    found = analyze("ARMY SPOKESMEN SAID THE BRIDGE HAD BEEN MINED.").attributions
    assert [(a.source, a.anonymous) for a in found] == [("ARMY SPOKESMEN", True)]


def test_a_medium_named_between_subject_and_verb_relays_the_statement() -> None:
    from rules.analyze import analyze

    text = (
        "The front, in a statement posted online and quoted by the Velm Courier, said it had"
        " freed two hostages."
    )
    found = analyze(text).attributions
    assert [(a.source, a.via) for a in found] == [("The front", "the Velm Courier")]
