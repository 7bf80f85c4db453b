"""A clause's subject ends at its verb, also when the verb is an irregular past tense
("struck", "wrote", "saw") that the "-ed" test cannot see."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The sheriff struck a calm tone, saying that no inmate had escaped.", "The sheriff"),
        ("The coroner wrote to the family, saying the tests were done.", "The coroner"),
        ("The mayor shook hands with mourners, saying the town would heal.", "The mayor"),
    ],
)
def test_a_participle_takes_the_subject_before_an_irregular_past(text: str, source: str) -> None:
    found = [(a.source, a.cue) for a in analyze(text).attributions if a.cue == "saying"]
    assert found == [(source, "saying")]


def test_an_irregular_past_after_a_determiner_is_an_adjective() -> None:
    text = "The paid stewards left early and said the stand was unsafe."
    assert [a.source for a in analyze(text).attributions] == ["The paid stewards"]
