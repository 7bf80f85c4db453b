"""A speaker before a relative clause that runs up to the reporting verb.

"An official who spoke on condition of anonymity said ..." names the official, not the
words of the clause; "the man who police said was armed" still names the police.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _sources(text: str) -> list[tuple[str | None, str, bool]]:
    return [(a.source, a.kind, a.anonymous) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("An officer who spoke on condition of anonymity said four were hurt.", "An officer"),
        ("Two medics who requested anonymity said the clinic ran out of blood.", "Two medics"),
        ("A farmer who lives by the ford said the water rose overnight.", "A farmer"),
        ("A nurse who asked for privacy told the Courier that nine were admitted.", "A nurse"),
        ("One driver who fled the convoy said the road was mined.", "One driver"),
    ],
)
def test_the_speaker_is_the_noun_the_clause_hangs_on(text: str, source: str) -> None:
    assert [s for s, _kind, _anon in _sources(text)] == [source]


def test_an_unnamed_speaker_stays_anonymous() -> None:
    [(source, kind, anonymous)] = _sources(
        "A guard who spoke on condition of anonymity said the gate was left open."
    )
    assert (source, kind, anonymous) == ("A guard", "statement", True)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The driver who police said was drunk fled on foot.", "police"),
        ("The boy, who deputies said opened the gate, was found.", "deputies"),
        ("The woman who Judge Ames said had lied was charged.", "Judge Ames"),
        ("A driver who troopers said drove off was caught.", "troopers"),
        ("A clerk who auditors say stole the funds resigned.", "auditors"),
        ("A boy who neighbours said threw the stone ran.", "neighbours"),
    ],
)
def test_a_clause_missing_its_subject_keeps_the_speaker_inside(text: str, source: str) -> None:
    assert [s for s, _kind, _anon in _sources(text)] == [source]
