"""Stored findings are bounded: excerpts around spans, capped counts, segmented long texts."""

from __future__ import annotations

from crosswire.analysis import (
    EXCERPT_CHARS,
    FIELD_CHARS,
    MAX_FINDINGS,
    SEGMENT_CHARS,
    WHOLE_TEXT_CHARS,
    bounded_finding,
    findings_for,
    segments,
)

REPORT = (
    "The coastguard said 9 fishermen were missing after two trawlers collided off the cape. "
    "The port authority declined to comment."
)


def test_an_ordinary_article_is_stored_as_the_rules_found_it() -> None:
    findings = findings_for(outlet="o", title="t", text=REPORT, url="u", stories=())
    assert findings.cut == 0
    [claim] = findings.claims
    assert claim["min"] == 9 and claim["text"] == REPORT[claim["start"] : claim["end"]]
    assert "text_start" not in claim
    assert {a["kind"] for a in findings.attributions} == {"statement", "non_response"}


def test_a_long_sentence_is_stored_as_an_excerpt_around_the_figure() -> None:
    filler = "and the tide kept rising " * 200
    sentence = f"The coastguard said {filler} while 9 fishermen were missing {filler}."
    finding = {
        "text": sentence,
        "start": 0,
        "end": len(sentence),
        "source": "x" * 5000,
        "figure_span": {"start": sentence.index("9 fish"), "end": sentence.index("9 fish") + 1},
    }
    stored = bounded_finding(finding, sentence)
    assert len(stored["text"]) == EXCERPT_CHARS and "9 fishermen" in stored["text"]
    assert stored["text"] == sentence[stored["text_start"] : stored["text_end"]]
    assert len(stored["source"]) == FIELD_CHARS and stored["source"].endswith("…")
    assert (stored["start"], stored["end"]) == (0, len(sentence))


def test_findings_past_the_cap_are_counted_not_stored() -> None:
    text = "The coastguard said 9 fishermen were missing. " * (MAX_FINDINGS + 30)
    findings = findings_for(outlet="o", title="t", text=text, url="u", stories=())
    assert len(findings.claims) == MAX_FINDINGS and len(findings.attributions) == MAX_FINDINGS
    assert findings.cut == 60


def test_a_text_past_the_limit_is_analysed_in_segments_with_true_offsets() -> None:
    sentence = "The coastguard said 9 fishermen were missing. "
    text = sentence * (WHOLE_TEXT_CHARS // len(sentence) + 50)
    pieces = segments(text)
    assert len(pieces) > 2 and all(len(piece) <= SEGMENT_CHARS for _, piece in pieces)
    assert all(piece.endswith(". ") for _, piece in pieces[:-1])  # cut at sentence ends
    assert all(text[start : start + len(piece)] == piece for start, piece in pieces)
    findings = findings_for(outlet="o", title="t", text=text, url="u", stories=())
    last = max(findings.claims, key=lambda claim: claim["start"])
    assert last["start"] < SEGMENT_CHARS * 2  # capped, but offsets point into the whole text
    for claim in findings.claims:
        assert text[claim["start"] : claim["end"]] == claim["text"]


def test_the_headline_is_read_with_the_text_and_its_findings_are_marked() -> None:
    title = "Nine fishermen missing after trawlers collide"
    findings = findings_for(outlet="o", title=title, text=REPORT, url="u", stories=())
    headline = [c for c in findings.claims if c.get("in_title")]
    body = [c for c in findings.claims if not c.get("in_title")]
    assert [(c["min"], c["text"]) for c in headline] == [(9, title)]
    assert title[headline[0]["start"] : headline[0]["end"]] == headline[0]["text"]
    [claim] = body  # the body's offsets are still into the text, not the headline + text
    assert REPORT[claim["start"] : claim["end"]] == claim["text"]


def test_excerpts_of_long_sentences_in_a_later_segment_point_into_the_whole_text() -> None:
    filler = "and the tide kept rising " * 30  # a sentence of ~800 characters
    opening = "The harbour was calm. " * (WHOLE_TEXT_CHARS // 22 + 10)
    text = opening + f"The coastguard said {filler} while 9 fishermen were missing."
    findings = findings_for(outlet="o", title="Storm", text=text, url="u", stories=())
    [claim] = [c for c in findings.claims if not c.get("in_title")]
    assert claim["start"] > SEGMENT_CHARS and "9 fishermen" in claim["text"]
    assert claim["text"] == text[claim["text_start"] : claim["text_end"]]
