"""extract_main_text: the article body, without navigation, footer or readers' comments."""

from __future__ import annotations

import logging

import pytest

from monitors.fulltext import extract_main_text

PAGE = """<!DOCTYPE html>
<html><head><title>Ferry services resume | Harbour Gazette</title>
<script>window.analytics = {id: 42};</script><style>body { font: 12px serif }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
  <h1>Ferry services resume after three-day storm</h1>
  <p>The port authority said on Tuesday that fourteen crossings ran after the storm, and that
  two piers would stay closed until engineers finish their checks.</p>
  <p>Union representatives welcomed the decision but warned that staff shortages could delay
  the full timetable for several weeks, according to a statement released in the evening.</p>
</article>
<section id="comments" class="comments">
  <h3>Comments</h3>
  <div class="comment"><p>Reader Bob: finally! this took far too long.</p></div>
</section>
<footer>Copyright 2026 Harbour Gazette. All rights reserved.</footer>
</body></html>"""


def test_extracts_article_paragraphs() -> None:
    text = extract_main_text(PAGE.encode("utf-8"), url="https://news.example.org/ferry")
    assert text is not None
    assert "fourteen crossings ran after the storm" in text
    assert "staff shortages could delay" in text
    assert "\n\n" in text  # paragraphs kept apart


def test_leaves_out_comments_navigation_and_scripts() -> None:
    text = extract_main_text(PAGE, url="https://news.example.org/ferry")
    assert text is not None
    assert "Reader Bob" not in text
    assert "analytics" not in text
    assert "Sport" not in text


def test_no_article_gives_none() -> None:
    assert extract_main_text(b"") is None
    assert extract_main_text(b"<html><body><p>Hi</p></body></html>") is None
    assert extract_main_text(bytes(range(256))) is None


def test_trafilatura_problems_name_the_page(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="trafilatura"):
        assert extract_main_text(b"   ", url="https://news.example.org/blank") is None
    tree = [r.getMessage() for r in caplog.records if "empty HTML tree" in r.getMessage()]
    assert tree == ["empty HTML tree: https://news.example.org/blank"]
    assert all("https://news.example.org/blank" in r.getMessage() for r in caplog.records)
