"""Second-hand reports through "quoted X as saying", "quoting X" and "citing X".

The corpus README's chain: the person who spoke is the source (a claim's claimant), the
outlet that carried the words is the via.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _chains(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.source, a.via) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        (
            "Radio Orsk quoted the district chief as saying six were missing.",
            "the district chief",
            "Radio Orsk",
        ),
        (
            "The deputy was quoted by the Courier as saying the levee held.",
            "The deputy",
            "the Courier",
        ),
        (
            "The wire quoted Maj. Ivo Lind, the garrison's spokesman, as saying two died.",
            "Maj. Ivo Lind, the garrison's spokesman",
            "The wire",
        ),
        (
            "The ministry, quoting ward nurses, said eleven were admitted.",
            "ward nurses",
            "The ministry",
        ),
        (
            "Quoting a county clerk, the paper said the vote was void.",
            "a county clerk",
            "the paper",
        ),
        (
            "Citing field commanders, the agency said the pass had fallen.",
            "field commanders",
            "the agency",
        ),
        (
            "On Monday, citing field commanders, the agency said the pass fell.",
            "field commanders",
            "the agency",
        ),
    ],
)
def test_the_speaker_is_the_source_and_the_outlet_the_via(text: str, source: str, via: str) -> None:
    assert _chains(text) == [(source, via)]


def test_quoted_as_saying_without_an_outlet_has_no_via() -> None:
    assert _chains("The warden was quoted as saying the cells were full.") == [("The warden", None)]


@pytest.mark.parametrize(
    "text",
    [
        "It was close, she said, citing the governor's appeal and the weather.",
        "The board delayed the vote, citing staff shortages, and said it would meet in May.",
    ],
)
def test_a_reason_cited_is_no_source(text: str) -> None:
    assert all(via is None for _source, via in _chains(text))


def test_a_claim_carries_the_chain() -> None:
    [claim] = analyze("State radio quoted the governor as saying 14 villagers were killed.").claims
    assert (claim.category, claim.min) == ("killed", 14)
    assert (claim.claimant, claim.via) == ("the governor", "State radio")


@pytest.mark.parametrize(
    ("text", "claimant", "via"),
    [
        (
            "According to the radio, which cited a ward nurse, 6 people died.",
            "a ward nurse",
            "the radio",
        ),
        (
            "Six people died, according to the radio, which quoted rescuers.",
            "rescuers",
            "the radio",
        ),
        ("According to the radio, which cited no one, 6 people died.", "the radio", None),
    ],
)
def test_according_to_an_outlet_that_cited_someone(
    text: str, claimant: str, via: str | None
) -> None:
    [claim] = analyze(text).claims
    assert (claim.claimant, claim.via) == (claimant, via)


@pytest.mark.parametrize(
    "text",
    [
        "The senator wrote, quoting the judge's ruling, that the case was closed.",
        "The ministry, quoting a police statement, said the border was shut.",
        "The pastor, quoting the Bible, said nine were lost at sea.",
        "Quoting the Constitution, the judge said the case was closed.",
    ],
)
def test_quoting_a_document_keeps_the_speaker(text: str) -> None:
    assert [via for _source, via in _chains(text)] == [None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A deputy speaking to the Courier said the road was icy.", "A deputy"),
        ("An aide talking with reporters said the vote would wait.", "An aide"),
    ],
)
def test_the_outlet_spoken_to_is_no_speaker(text: str, source: str) -> None:
    assert [s for s, _via in _chains(text)] == [source]


def test_writing_on_a_platform_is_an_aside_of_the_statement_after_it() -> None:
    found = analyze("The mayor, writing on Facebook, said two cranes fell.").attributions
    assert [(a.source, a.cue) for a in found] == [("The mayor", "said")]


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("The sheriff was quoted on local radio as saying the dam held.", "The sheriff", None),
        (
            "The sheriff was quoted by the Gazette on Friday as saying the dam held.",
            "The sheriff",
            "the Gazette",
        ),
        (
            "The wire, which quoted two medics as saying 9 died, gave no names.",
            "two medics",
            "The wire",
        ),
        ("Radio Orsk quoted her on Tuesday as saying the dam held.", "her", "Radio Orsk"),
    ],
)
def test_quoted_as_saying_in_its_other_shapes(text: str, source: str, via: str | None) -> None:
    assert (source, via) in _chains(text)


def test_words_between_quoted_and_as_saying_that_are_no_person_give_no_source() -> None:
    text = "The critic quoted her at length, and readers took the essay as saying little."
    assert all(a.rule != "AT13" for a in analyze(text).attributions)
