"""A feed item that is one 1.5 MB "sentence" of unbalanced quotes: bounded time, memory, disk."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from sqlalchemy import select

from crosswire.analysis import EXCERPT_CHARS, FIELD_CHARS, MAX_FINDINGS
from crosswire.db import Store
from crosswire.db.schema import articles, rule_results
from tests.support.hostile_server import (
    QUICK_HTTP,
    RSS,
    T0,
    FeedEntry,
    quote_storm,
    rss,
    run_watching_memory,
)
from tests.support.httpserver import LoopbackServer, Response

SIZE = 1_500_000
#: Measured: a peak of about 120 MB (the largest of the poll process and its workers) and a
#: 3.6 MB database; the issue saw 2.3 GB and a 745 MB database before findings were bounded.
MAX_RSS_MB = 600
MAX_DB_MB = 20


def test_a_quote_storm_is_stored_bounded(tmp_path: Path) -> None:
    storm = quote_storm(SIZE)
    with LoopbackServer() as server:
        entry = FeedEntry("storm/1", "Quote storm", storm, T0)
        body = rss([entry], server.url("").rstrip("/"))
        server.routes["/storm.xml"] = Response(200, {"Content-Type": RSS}, body)
        db = tmp_path / "storm.db"
        config = tmp_path / "config.yaml"
        config.write_text(
            yaml.safe_dump(
                {
                    "database": f"sqlite:///{db}",
                    "outlets": [{"name": "Storm", "feeds": [server.url("/storm.xml")]}],
                    "http": QUICK_HTTP,
                }
            ),
            encoding="utf-8",
        )
        command = [sys.executable, "-m", "crosswire", "--config", str(config), "poll", "--once"]
        result, peak_mb = run_watching_memory(command, timeout=300)

    assert result.returncode == 0, result.stderr[-2000:]
    assert "new articles: 1" in result.stdout
    assert peak_mb < MAX_RSS_MB, f"peak RSS {peak_mb:.0f} MB"
    db_mb = sum(path.stat().st_size for path in tmp_path.glob("storm.db*")) / 1e6
    assert db_mb < MAX_DB_MB, f"database {db_mb:.1f} MB"
    with Store.open(f"sqlite:///{db}") as store, store.engine.connect() as conn:
        [text] = conn.execute(select(articles.c.text)).scalars().all()
        [row] = conn.execute(select(rule_results)).all()
    assert len(text) == SIZE  # the article itself is kept whole
    assert 0 < len(row.claims) <= MAX_FINDINGS and 0 < len(row.attributions) <= MAX_FINDINGS
    assert row.findings_cut > 0  # the cap was hit, and that is recorded
    for finding in [*row.claims, *row.attributions]:
        assert len(finding["text"]) <= EXCERPT_CHARS
        assert finding["text"] == text[finding["text_start"] : finding["text_end"]]
        assert all(
            len(v) <= FIELD_CHARS for k, v in finding.items() if isinstance(v, str) and k != "text"
        )
