"""Quotes carried on past their cue (AT20): the speaker, the claimant, and where it stops."""

from __future__ import annotations

from rules.analyze import analyze

BRIEFING = (
    '"We lost six men on the ridge," said Captain Ivo Brandt, the company commander. '
    '"Two more are still missing.\n'
    '"We will keep looking until we find them."\n'
    "The ministry gave no figure.\n"
    '"It is a lie," read a banner outside the barracks.'
)


def test_a_carried_quote_is_the_speakers_and_its_claims_are_claimed() -> None:
    analysis = analyze(BRIEFING)
    carried = [a for a in analysis.attributions if a.rule == "AT20"]
    assert [a.text for a in carried] == [
        '"Two more are still missing.',
        '"We will keep looking until we find them."',
    ]
    assert {a.source for a in carried} == {"Captain Ivo Brandt, the company commander"}
    assert all(a.cue == "said" and a.source_span is None and a.cue_span is None for a in carried)
    missing = [c for c in analysis.claims if c.category == "missing"]
    assert [(c.min, c.claimant) for c in missing] == [
        (2, "Captain Ivo Brandt, the company commander")
    ]


def test_a_sentence_between_ends_the_quote() -> None:
    carried = [a for a in analyze(BRIEFING).attributions if a.rule == "AT20"]
    assert not any("banner" in a.text for a in carried)


def test_a_quote_closed_at_the_end_of_its_paragraph_is_not_carried_over() -> None:
    text = '"The road is open," the mayor said.\n"Drive slowly" signs went up on Monday.'
    assert [a.rule for a in analyze(text).attributions] == ["AT01"]


def test_a_scare_quote_is_no_speaker() -> None:
    text = 'The union called the cuts "a betrayal." "Nobody voted for this."'
    assert not [a for a in analyze(text).attributions if a.rule == "AT20"]


def test_an_open_quote_in_the_same_sentence_carries_on() -> None:
    text = 'Inspector Dana Kovac told reporters: "Three people died. Four were hurt."'
    analysis = analyze(text)
    assert [a.rule for a in analysis.attributions] == ["AT01", "AT20"]
    assert {(c.category, c.claimant) for c in analysis.claims} == {
        ("killed", "Inspector Dana Kovac"),
        ("wounded", "Inspector Dana Kovac"),
    }


def test_a_quoted_title_or_sign_is_not_carried_speech() -> None:
    text = (
        'Mayor Lena Okafor said the plan was "dead on arrival." "Macbeth" opens at the Arden '
        "Theatre on Friday, and the flood killed 9 people.\n"
        'Police said: "The bridge is shut." "No Entry" signs went up where two cyclists were hurt.'
    )
    analysis = analyze(text)
    assert not [a for a in analysis.attributions if a.rule == "AT20"]
    assert {c.claimant for c in analysis.claims} == {None}


def test_an_inch_mark_does_not_open_a_quote() -> None:
    text = 'Coach Ivo Lant said: "She is 5\'11" and fast." The team won 2-0 on Sunday.'
    assert [a.rule for a in analyze(text).attributions] == ["AT01"]


def test_a_quote_whose_cue_comes_later_is_the_later_speakers() -> None:
    text = (
        '"We held the bridge," said Captain Ivo Brandt. "It was hard. Nobody slept," said '
        "Sergeant Ana Ruiz."
    )
    carried = [a for a in analyze(text).attributions if a.rule == "AT20"]
    assert [(a.text, a.source) for a in carried] == [('"It was hard.', "Sergeant Ana Ruiz")]
