"""A clause, a comma, a verb of saying and only its inverted subject: the subject speaks.

"Two men were hurt, said Officer Dana Pruitt, a police spokeswoman." A verb of saying with
nothing after it but its subject has no complement, so the words before the comma are what
was said; they used to be taken for an apposed subject when they did not read as a clause.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _sources(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Three crew members drowned, said the harbour master.", "the harbour master"),
        ("The ferry capsized near Orlet on Sunday, said police.", "police"),
        ("The two men were hurt, said witnesses.", "witnesses"),
        (
            "The shooting happened at 9:40 p.m. in the 300 block of Vell Street, said Officer"
            " Dana Pruitt, a police spokeswoman.",
            "Officer Dana Pruitt, a police spokeswoman",
        ),
        ("On Sunday, three men drowned, said Amos Brandt.", "Amos Brandt"),
        (
            "Both victims were taken to Kessel General, said the fire chief, Ida Roth.",
            "the fire chief, Ida Roth",
        ),
    ],
)
def test_the_inverted_subject_is_the_source(text: str, source: str) -> None:
    assert _sources(text) == [source]


def test_the_claim_takes_the_inverted_source_as_claimant() -> None:
    claims = analyze("Four people were wounded, said Sgt. Lena Vos.").claims
    assert [(c.category, c.min, c.claimant) for c in claims] == [("wounded", 4, "Sgt. Lena Vos")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an apposed subject before the verb, and a complement after it
        ("Jon Fell, a spokesman, said the army withdrew.", "Jon Fell, a spokesman"),
        # a run-on relative clause in capitals is no name
        (
            "RADIO ORLA, THE MOVEMENT'S STATION, SAID THE REBELS ATTACKED THE POST WHO GUARD"
            " THE BRIDGE.",
            "RADIO ORLA, THE MOVEMENT'S STATION",
        ),
    ],
)
def test_an_apposed_subject_still_speaks(text: str, source: str) -> None:
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The guards, said officials, were killed in the blast.", "officials"),
        ("The ferry, said the harbour master, sank at dawn.", "the harbour master"),
        ("The worst part, says Ida Roth, is the waiting.", "Ida Roth"),
    ],
)
def test_a_said_clause_between_commas_names_its_speaker(text: str, source: str) -> None:
    assert _sources(text) == [source]
