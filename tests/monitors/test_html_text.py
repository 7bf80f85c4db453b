"""html_to_text: markup to paragraphs of plain text."""

from __future__ import annotations

import pytest

from monitors.html_text import html_to_text


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        pytest.param("", "", id="empty"),
        pytest.param("No markup here.", "No markup here.", id="plain"),
        pytest.param("Tom &amp; Jerry &eacute;t&eacute;", "Tom & Jerry été", id="entities-only"),
        pytest.param("<p>One.</p><p>Two.</p>", "One.\n\nTwo.", id="paragraphs"),
        pytest.param("<p>A\nwrapped   line</p>", "A wrapped line", id="source-newlines-are-spaces"),
        pytest.param("Line one<br>Line two", "Line one\nLine two", id="br"),
        pytest.param("<p>Kept</p><script>var x = '<p>no</p>';</script>", "Kept", id="script"),
        pytest.param("<style>p { color: red }</style>Text", "Text", id="style"),
        pytest.param("Before<!-- hidden -->after", "Beforeafter", id="comment"),
        pytest.param("<ul><li>first</li><li>second</li></ul>", "first\n\nsecond", id="list"),
        pytest.param("<div><div><p>deep</p></div></div>", "deep", id="nested-blocks"),
        pytest.param("<b>Bold</b> and <a href='x'>link</a>", "Bold and link", id="inline"),
        pytest.param("<p>unclosed <b>tags", "unclosed tags", id="unclosed"),
        pytest.param("<img src='a.jpg' alt='Map of the area'>", "Map of the area", id="img-alt"),
        pytest.param("12\u00a0000 people", "12 000 people", id="nbsp"),
        pytest.param("para one\n\n  para two", "para one\n\npara two", id="plain-paragraphs"),
    ],
)
def test_html_to_text(fragment: str, expected: str) -> None:
    assert html_to_text(fragment) == expected


def test_deep_nesting_keeps_the_text() -> None:
    assert html_to_text("<b>" * 10_000 + "<script>bad()</script>deep text") == "deep text"
    nested = "<div>" * 5_000 + "inner" + "</div>" * 5_000
    assert html_to_text(nested) == "inner"


def test_control_characters_do_not_crash() -> None:
    assert html_to_text("<p>x\x0by</p>") == "x y"
    assert "q" in html_to_text("&#0;<p>q</p>\x00")
