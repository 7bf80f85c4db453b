"""What feeds pass to ``analyze``: HTML fragments, entities, soft hyphens, other digits.

The rules read the text through the markup; every offset still points into the input.
"""

from __future__ import annotations

import pytest

import rules


def _check_offsets(text: str, analysis: rules.Analysis) -> None:
    for finding in (*analysis.claims, *analysis.attributions):
        assert finding.text == text[finding.text_start : finding.text_end]
        assert finding.start <= (finding.text_start or 0) <= (finding.text_end or 0) <= finding.end
    for claim in analysis.claims:
        assert claim.figure_span is not None
        span = claim.figure_span
        assert span.text == text[span.start : span.end]
    for attribution in analysis.attributions:
        for span in (attribution.source_span, attribution.cue_span):
            assert span is not None and span.text == text[span.start : span.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<p>The ferry sank and <b>14 passengers</b> drowned, the coastguard said.</p>", 14),
        ("<ul><li>Flooding killed 9 people</li><li>Roads closed</li></ul>", 9),
        ("Storms killed&nbsp;11 people in the hills.", 11),
        ("The quake killed 23 vil\u00adlagers in the valley.", 23),
        ("A fire killed 8 work\u200bers at the mill.", 8),
        ("Officials said \uff11\uff12 people were killed.", 12),
        ("Officials said \u0661\u0662 people were killed.", 12),
        ("Officials said \u06f1\u06f5 people were killed.", 15),
        ("The toll rose to \u0661\u066c\u0662\u0660\u0660 on Monday.", 1200),
    ],
    ids=[
        "html-inline",
        "html-list",
        "entity-nbsp",
        "soft-hyphen",
        "zero-width-space",
        "full-width-digits",
        "arabic-indic-digits",
        "persian-digits",
        "arabic-thousands-separator",
    ],
)
def test_figures_are_read_through_markup_and_other_scripts(text: str, expected: int) -> None:
    analysis = rules.analyze(text)
    assert [c.min for c in analysis.claims] == [expected]
    _check_offsets(text, analysis)


def test_block_tags_end_sentences() -> None:
    text = "<p>The ministry said the roads were open</p><p>Five people were killed in a crash</p>"
    analysis = rules.analyze(text)
    (claim,) = analysis.claims
    assert claim.claimant is None  # the statement is in another paragraph
    assert "ministry" not in claim.text
    _check_offsets(text, analysis)


def test_script_and_style_are_not_text() -> None:
    text = "<style>p{}</style><script>var s = '40 people were killed';</script><p>Calm day.</p>"
    assert rules.analyze(text).claims == ()


def test_angle_brackets_that_are_no_markup_stay_text() -> None:
    text = "Officials said 12 people were killed. The scores were a < b > c."
    analysis = rules.analyze(text)
    assert [c.min for c in analysis.claims] == [12]
    _check_offsets(text, analysis)


def test_comments_are_not_text_and_an_unclosed_one_hides_the_rest() -> None:
    text = "<p>Calm night.<!-- 40 people were killed --></p><p>Storms killed 3 people.</p>"
    assert [c.min for c in rules.analyze(text).claims] == [3]
    assert rules.analyze("<p>Storms killed 3 people.<!-- 9 were killed").claims[0].min == 3


def test_hostile_markup_is_read_in_linear_work() -> None:
    # Each of these would cost a regex thousands of steps per character if tags or comments
    # were matched by backtracking; read through, they yield nothing and end.
    for text in ("<p>" + "<!--" * 100_000, "<p>" + "<a " * 100_000, "&#" * 100_000):
        assert rules.analyze(text).claims == ()
