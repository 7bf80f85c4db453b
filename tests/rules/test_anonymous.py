"""Anonymous sourcing: unnamed sources are flagged, named ones are not."""

from __future__ import annotations

import pytest

from rules.anonymous import is_anonymous
from rules.attribution import find_attributions
from rules.text import Document


@pytest.mark.parametrize(
    ("text", "anonymous"),
    [
        ("Officials said the convoy was hit.", True),
        ("A senior official, speaking on condition of anonymity, said 9 died.", True),
        ("Sources familiar with the matter said the deal was off.", True),
        ("A person briefed on the talks said the ceasefire would hold.", True),
        ("Diplomats said the vote was delayed.", True),
        ("A source close to the president said he was furious.", True),
        ("People with knowledge of the plan said it was shelved.", True),
        ("Witnesses said the car exploded.", True),
        ("Foreign Minister Lena Varga said the talks had stalled.", False),
        ("The ministry said 12 soldiers were killed.", False),
        ("Jane Doe, a member of the council, said the vote was fair.", False),
    ],
    ids=[
        "officials", "condition-of-anonymity", "familiar-with", "briefed-on", "diplomats",
        "close-to", "knowledge-of", "witnesses", "named-minister", "ministry", "named-member",
    ],
)  # fmt: skip
def test_anonymity_flag(text: str, anonymous: bool) -> None:
    found = find_attributions(Document(text))
    assert found, text
    assert found[0].anonymous is anonymous


def test_marker_in_the_sentence_flags_an_unnamed_source() -> None:
    sentence = "A military blogger, who asked not to be named, wrote that 40 died."
    assert is_anonymous("A military blogger", sentence)
    assert not is_anonymous("Jane Doe", sentence)


def test_a_speaker_who_asked_that_the_name_be_withheld_is_anonymous() -> None:
    text = "The pilot's cousin, who asked that his name not be used, said the engine failed."
    [found] = find_attributions(Document(text))
    assert (found.source, found.anonymous) == ("The pilot's cousin", True)
