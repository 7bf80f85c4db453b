"""Sentence splitting and normalisation: offsets stay true to the original text."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from rules.text import _CHAR_MAP, Document, normalise, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Ryder said 30 died. The army agreed.",
         ["Gen. Ryder said 30 died.", "The army agreed."]),
        ("Mr. Obst and Dr. Holt met. They spoke.", ["Mr. Obst and Dr. Holt met.", "They spoke."]),
        ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
        ("The U.S. Army said 4 died. Nobody else.", ["The U.S. Army said 4 died.", "Nobody else."]),
        ("Prices rose 1.5 percent. Wages fell.", ["Prices rose 1.5 percent.", "Wages fell."]),
        ('"We are done." The crowd left.', ['"We are done."', "The crowd left."]),
        ('"Is it over?" he asked. Nobody knew.', ['"Is it over?" he asked.', "Nobody knew."]),
        ("First line\nSecond line", ["First line", "Second line"]),
        ("It rained. (The roads flooded.) Then", ["It rained.", "(The roads flooded.)", "Then"]),
        ("Troops left at 5 p.m. on Sunday.", ["Troops left at 5 p.m. on Sunday."]),
        ("Shots rang out at 2:10 a.m. Deputies found a man.",
         ["Shots rang out at 2:10 a.m.", "Deputies found a man."]),
        ("He was shot at 9 p.m. Sunday in Orme.", ["He was shot at 9 p.m. Sunday in Orme."]),
        ("It began at 8 a.m. EST in Orme.", ["It began at 8 a.m. EST in Orme."]),
        ("Shots rang out on Elm Street.Police said two men died.",
         ["Shots rang out on Elm Street.", "Police said two men died."]),
        ("Write to anna.Berg@example.org today.", ["Write to anna.Berg@example.org today."]),
        ("See the ASP.NET page. Then stop.", ["See the ASP.NET page.", "Then stop."]),
        ("", []),
        ("   \n\n  ", []),
    ],
    ids=[
        "title", "mr-dr", "initial", "u-s", "decimal", "closing-quote", "question-in-quote",
        "newline", "brackets", "p-m", "a-m-then-sentence", "p-m-weekday",
        "a-m-zone", "run-together", "email", "dotted-name", "empty", "blank",
    ],
)  # fmt: skip
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_normalise_maps_one_to_one() -> None:
    text = "\u201cNo\u201d \u2014 it\u2019s 10\u201312\u00a0km\u2009away"
    out = normalise(text)
    assert len(out) == len(text)
    assert out == '"No" - it\'s 10-12 km away'


#: Every character ``normalise`` replaces, with ordinary ones around them.
_MAPPED = "".join(map(chr, _CHAR_MAP)) + "ab 1,.-'\n"


@given(st.text(alphabet=_MAPPED, max_size=60) | st.text(max_size=60))
def test_normalise_is_the_table_applied_character_by_character(text: str) -> None:
    assume(" old" not in text)  # spaced ages are hyphenated as well (the test below)
    assert normalise(text) == text.translate(_CHAR_MAP)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 19 year old man", "a 19-year-old man"),
        ("her 24 year-old son", "her 24-year-old son"),
        ("a 3-month old girl", "a 3-month-old girl"),
        ("a 7 years old boy", "a 7-years-old boy"),
        ("he was 19 years old.", "he was 19 years old."),
        ("the 1990 year old records", "the 1990 year old records"),
        ("a 19-year-old man", "a 19-year-old man"),
    ],
    ids=["spaced", "half", "month", "plural", "after-a-verb", "a-year-number", "hyphenated"],
)
def test_a_spaced_age_before_its_noun_is_hyphenated(text: str, expected: str) -> None:
    assert normalise(text) == expected


_AGE = st.tuples(
    st.sampled_from(["", "a ", "x", "7", "(", "-"]),
    st.sampled_from(["1", "19", "123", "1234"]),
    st.sampled_from([" ", "-", "  "]),
    st.sampled_from(["year", "years", "YEAR", "month", "weeks", "Days", "hour"]),
    st.sampled_from([" ", "-", ""]),
    st.sampled_from(["old", "OLD", "olds", "older"]),
    st.sampled_from(["", " man", ".", " 5", "\n boy", "\x1f boy", ", boy", "-man"]),
).map("".join)


@given(st.lists(_AGE, max_size=4), st.sampled_from([" ", "", "-", ". "]))
def test_the_quick_age_scan_hyphenates_as_the_pattern_does(ages: list[str], glue: str) -> None:
    """Over ASCII text RE2 finds the spaced ages; the result must be the pattern's own."""
    from rules.text import _SPACED_AGE, _hyphenate_ages, _hyphenated

    text = glue.join(ages)
    assert _hyphenate_ages(text) == _SPACED_AGE.sub(_hyphenated, text)


@given(st.text(max_size=300))
def test_offsets_always_slice_the_original(text: str) -> None:
    doc = Document(text)
    assert len(doc.text) == len(doc.original)
    for sentence in doc.sentences:
        assert doc.text[sentence.start : sentence.end] == sentence.text
        assert doc.original_sentence(sentence) == text[sentence.start : sentence.end]
        assert sentence.text == sentence.text.strip() and sentence.text
