"""Robustness gate: every feed file in the shared evaluation corpus parses without raising."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from monitors.feeds import parse_feed

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "eval-data" / "feeds"


def test_every_eval_feed_parses_without_raising() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"evaluation feeds not found at {CORPUS}")
    files = sorted(path for path in CORPUS.rglob("*") if path.is_file())
    assert len(files) > 100, f"only {len(files)} files under {CORPUS}"
    started = time.perf_counter()
    unexplained: list[str] = []
    multi_line: list[str] = []
    parsed_items = 0
    for path in files:
        feed = parse_feed(path.read_bytes(), url=f"https://feeds.example.org/{path.name}")
        parsed_items += len(feed.items)
        if feed.bozo and not feed.bozo_reason:
            unexplained.append(str(path))
        for message in (feed.bozo_reason, feed.error):
            if message and "\n" in message:
                multi_line.append(str(path))
    took = time.perf_counter() - started
    assert unexplained == [], f"bozo without a reason: {unexplained[:5]}"
    assert multi_line == [], f"multi-line messages: {multi_line[:5]}"
    assert parsed_items > len(files) // 2  # most files are real feeds with entries
    assert took < 30, f"parsing {len(files)} files took {took:.1f}s"
