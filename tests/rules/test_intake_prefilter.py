"""The RE2 test a document passes before ``INTAKE``'s scan finds every document that
``INTAKE`` matches (``rules.claims.cb122.intake_sentences``)."""

from __future__ import annotations

import pytest

from rules.claims.cb122 import _INTAKE_ASCII, INTAKE, HospitalIntake, intake_sentences
from rules.numbers import ascii_lacks
from rules.text import Document

TEXTS = [
    *(example[0] for example in HospitalIntake.examples),
    *HospitalIntake.counter_examples,
    "St Mark's Hospital\vreceived 14 patients.",  # Python's \s, not RE2's
    "THE WAR MEMORIAL HOSPITAL TREATED SIX.",
    "Paramedics had treated 18 festival-goers on site.",
    "The clinic says it took 9 people, and more came later.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_prefilter_finds_every_intake(text: str) -> None:
    if INTAKE.search(text):
        assert not ascii_lacks(_INTAKE_ASCII, text)


def test_a_document_without_an_intake_has_no_intake_sentence() -> None:
    doc = Document("The hospital said it was busy. Two patients were treated for shock.")
    assert intake_sentences(doc.sentences, doc.text) == set()
