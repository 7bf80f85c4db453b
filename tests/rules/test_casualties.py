"""Casualty claims: the case table, claimants from attributions, and hostile input."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from rules.casualties import find_claims
from rules.model import Attribution, Claim
from rules.text import MAX_EXCERPT, Document

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "casualties.yaml").read_text())


def claims_of(text: str, attributions: tuple[Attribution, ...] = ()) -> list[Claim]:
    return find_claims(Document(text), attributions)


@pytest.mark.parametrize("case", CASES["positives"], ids=[c["id"] for c in CASES["positives"]])
def test_positive_case(case: dict[str, Any]) -> None:
    found = claims_of(case["text"])
    assert len(found) == len(case["claims"]), [c.to_json() for c in found]
    for claim, expected in zip(found, case["claims"], strict=True):
        for field, value in expected.items():
            assert getattr(claim, field) == value, (field, claim.to_json())


@pytest.mark.parametrize("case", CASES["negatives"], ids=[c["id"] for c in CASES["negatives"]])
def test_distractor_gives_no_claim(case: dict[str, Any]) -> None:
    assert claims_of(case["text"]) == []


def test_offsets_and_figure_span_point_into_the_original_text() -> None:
    text = (
        "Intro line.\n\nOfficials said \u201cat least 30\u201d \u2013 no, "
        "at least 31 people were killed."
    )
    (claim,) = claims_of(text)
    assert text[claim.start : claim.end] == claim.text
    assert claim.figure_span is not None
    assert text[claim.figure_span.start : claim.figure_span.end] == "at least 31"
    assert claim.figure_text == "at least 31"


def _attribution(doc: str, sentence: str, source: str, via: str | None = None) -> Attribution:
    start = doc.index(sentence)
    return Attribution(
        source=source,
        cue="said",
        kind="statement",
        anonymous=False,
        text=sentence,
        start=start,
        end=start + len(sentence),
        via=via,
    )


def test_claimant_and_via_come_from_the_same_sentence() -> None:
    sentence = (
        "At least 30 soldiers were killed, Ukrainian intelligence said, according to the Telegraph."
    )
    doc = f"Fighting went on. {sentence}"
    attribution = _attribution(doc, sentence, "Ukrainian intelligence", via="the Telegraph")
    (claim,) = claims_of(doc, (attribution,))
    assert (claim.claimant, claim.via) == ("Ukrainian intelligence", "the Telegraph")


def test_non_response_is_not_a_claimant() -> None:
    sentence = "Twelve people were killed; the ministry did not comment."
    attribution = Attribution(
        "the ministry", "did not comment", "non_response", False, sentence, 0, len(sentence)
    )
    (claim,) = claims_of(sentence, (attribution,))
    assert claim.claimant is None


def test_quote_continuation_takes_the_closing_attribution() -> None:
    first = '"Twelve people were killed.'
    second = 'Forty more were wounded," the governor said.'
    doc = f"{first} {second}"
    attribution = _attribution(doc, second, "the governor")
    found = claims_of(doc, (attribution,))
    assert [(c.category, c.claimant) for c in found] == [
        ("killed", "the governor"),
        ("wounded", "the governor"),
    ]


def test_colon_continuation_takes_the_previous_attribution() -> None:
    first = "The health ministry said on Monday:"
    second = "Eighteen people died in the floods."
    doc = f"{first} {second}"
    attribution = _attribution(doc, first, "The health ministry")
    (claim,) = claims_of(doc, (attribution,))
    assert claim.claimant == "The health ministry"


def test_unattributed_sentence_has_no_claimant() -> None:
    doc = "The mayor spoke at noon, officials said. Nine people were killed."
    attribution = _attribution(doc, "The mayor spoke at noon, officials said.", "officials")
    (claim,) = claims_of(doc, (attribution,))
    assert claim.claimant is None


def test_one_sentence_holds_several_claims_in_text_order() -> None:
    found = claims_of("The strike killed 12, wounded 40 and left 300 homeless, and 5 are missing.")
    assert [(c.category, c.min) for c in found] == [
        ("killed", 12),
        ("wounded", 40),
        ("displaced", 300),
        ("missing", 5),
    ]


def test_json_shape_matches_the_contract() -> None:
    (claim,) = claims_of("Around 30 people died.")
    data = claim.to_json()
    assert {
        "category",
        "min",
        "max",
        "qualifier",
        "group",
        "claimant",
        "via",
        "text",
        "start",
        "end",
    } <= set(data)
    assert data["min"] == 30 and isinstance(data["min"], int)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01\x02\xff" * 1000,
        "killed " * 20000,
        "1" * 50000 + " killed",
        "at least " * 5000 + "30 killed",
        "1,000," * 10000 + " were killed",
        "twenty-" * 10000 + "one killed",
        "<p>12 <b>killed</b></p>" * 2000,
        '"' * 3000 + " 12 killed",
        "\u2013\u2014\u00a0\u202f" * 5000 + " 3 dead",
        "between 1 and " * 3000 + "killed",
        "12 killed and " * 20000,
        "a man was killed and " * 20000,
        "(" * 50000 + "12 killed",
    ],
    ids=[
        "empty",
        "binary",
        "cue-flood",
        "digit-run",
        "qualifier-run",
        "separator-run",
        "word-run",
        "html",
        "quotes",
        "odd-unicode",
        "between-run",
        "one-long-sentence-of-claims",
        "one-long-sentence-of-singulars",
        "open-parentheses",
    ],
)
def test_hostile_input_finishes(text: str) -> None:
    # Each takes well under 0.5 s (measured); 30 s only catches a runaway, never load.
    started = time.perf_counter()
    found = claims_of(text)
    assert time.perf_counter() - started < 30.0
    assert all(len(c.text) <= MAX_EXCERPT for c in found)


def test_ten_megabytes_of_news_finishes() -> None:
    news = "Shelling killed 12 civilians and wounded 40 in the city on Tuesday, officials said. "
    filler = "The council met to discuss the budget for next year and the new bus routes. " * 40
    block = news + filler
    copies = 10_000_000 // len(block)
    started = time.perf_counter()
    found = claims_of(block * copies)
    assert time.perf_counter() - started < 30.0
    assert len(found) == 2 * copies
