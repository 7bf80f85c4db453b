"""The command line, through ``main(argv)`` and a real subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import rules
from crosswire.cli import main
from tests.crosswire.newsroom import FAST_HTTP, FERRY_PARAGRAPHS, article_page, serve_wire
from tests.support.httpserver import LoopbackServer, Response

ARTICLE_KEYS = {"url", "outlet", "title", "published", "stories", "versions", "duplicate_of"}
FERRY_TEXT = "\n\n".join(FERRY_PARAGRAPHS)


def write_config(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def newsroom_config(tmp_path: Path, server: LoopbackServer, *feeds: str) -> Path:
    return write_config(
        tmp_path,
        {
            "database": f"sqlite:///{tmp_path / 'cli.db'}",
            "outlets": [
                {"name": "Harbour Wire", "feeds": [server.url("/wire.xml")]},
                {
                    "name": "Broken Gazette",
                    "feeds": [server.url(f) for f in feeds] or [server.url("/missing.xml")],
                },
            ],
            "stories": [{"name": "Kessa ferry", "any": ["ferry"]}],
            "http": FAST_HTTP,
        },
    )


def test_check_config_reports_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_config(
        tmp_path,
        {
            "outlets": [
                {"name": "A", "feeds": ["https://a.example/rss", "https://a.example/world"]},
                {"name": "B", "feeds": ["https://b.example/feed"]},
            ],
            "stories": [{"name": "flood", "any": ["flood"]}],
        },
    )
    assert main(["--config", str(path), "check-config"]) == 0
    assert capsys.readouterr().out.strip() == "config OK: 2 outlets, 3 feeds, 1 stories"


def test_config_problems_are_one_line_each_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config(
        tmp_path, {"outlets": [{"name": "A", "feeds": ["not a url"]}], "colour": "blue"}
    )
    assert main(["--config", str(path), "check-config"]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 2 and captured.out == ""
    assert all(line.startswith(f"{path}: ") for line in lines)
    assert any("outlets[0].feeds[0]" in line for line in lines)
    assert any("colour" in line for line in lines)


def test_missing_config_and_env_variable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["--config", str(tmp_path / "nope.yaml"), "poll", "--once"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    path = write_config(tmp_path, {"outlets": []})
    monkeypatch.setenv("CROSSWIRE_CONFIG", str(path))
    assert main(["check-config"]) == 0
    assert "config OK: 0 outlets" in capsys.readouterr().out


def test_poll_once_prints_a_summary_and_exits_0_despite_failures(
    tmp_path: Path, server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_wire(server)
    path = newsroom_config(tmp_path, server)
    assert main(["--config", str(path), "poll", "--once"]) == 0
    out = capsys.readouterr().out
    assert "feeds: 1 ok, 0 not modified, 1 failed, 0 paused" in out
    assert "new articles: 3; new versions: 0; matched stories: 1" in out
    assert "404" in out
    assert main(["--config", str(path), "poll", "--once"]) == 0
    assert "feeds: 0 ok, 1 not modified, 1 failed" in capsys.readouterr().out


def test_articles_json_contract(
    tmp_path: Path, server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_wire(server)
    path = newsroom_config(tmp_path, server)
    main(["--config", str(path), "poll", "--once"])
    capsys.readouterr()

    assert main(["--config", str(path), "articles", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 3
    for record in records:
        assert set(record) == ARTICLE_KEYS
        assert record["outlet"] == "Harbour Wire" and record["url"].startswith("http://127.0.0.1")
        assert isinstance(record["stories"], list) and record["versions"] == 1
        assert record["duplicate_of"] is None
        assert record["published"].endswith("+00:00")
    ferry = next(r for r in records if r["url"].endswith("/ferry"))
    assert ferry["stories"] == ["Kessa ferry"] and ferry["published"] == "2026-03-02T08:00:00+00:00"

    assert main(["--config", str(path), "articles", "--story", "Kessa ferry", "--json"]) == 0
    only = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["url"] for r in only] == [ferry["url"]]

    assert main(["--config", str(path), "articles"]) == 0
    table = capsys.readouterr().out
    assert "3 article(s)" in table and "Kessa fish market reopens" in table


def test_analyze_files_stdin_and_urls_and_keeps_going_after_errors(
    tmp_path: Path,
    server: LoopbackServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # ./config.yaml only allows the loopback server
    write_config(tmp_path, {"http": FAST_HTTP})
    article = tmp_path / "ferry.txt"
    article.write_text(FERRY_TEXT, encoding="utf-8")
    server.routes["/story"] = Response(
        200, {"Content-Type": "text/html"}, article_page("Ferry", FERRY_PARAGRAPHS)
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FERRY_TEXT.encode("utf-8"))))
    inputs = [
        str(article),
        "-",
        str(tmp_path / "missing.txt"),
        server.url("/story"),
        server.url("/gone"),
    ]

    assert main(["analyze", *inputs, "--json"]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["source"] for r in records] == [inputs[0], "-", inputs[3]]
    expected = rules.analyze(FERRY_TEXT).to_json()
    for record in records:
        assert set(record) == {"source", "claims", "attributions", "truncated"}
    assert records[0]["claims"] == expected["claims"]
    assert records[0]["attributions"] == expected["attributions"]
    assert records[1] == {"source": "-", **expected}
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert "missing.txt: no such file" in errors[0]
    assert "/gone" in errors[1] and "404" in errors[1]


def test_analyze_url_without_config_obeys_the_network_policy(
    tmp_path: Path,
    server: LoopbackServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./config.yaml: the default policy refuses loopback
    server.routes["/story"] = Response(200, {"Content-Type": "text/html"}, b"<p>text</p>")
    assert main(["analyze", server.url("/story")]) == 1
    error = capsys.readouterr().err.strip()
    assert error == (
        f"crosswire analyze: {server.url('/story')}: refused: 127.0.0.1 is a loopback address "
        "(http.allow_networks to allow)"
    )
    assert server.count("/story") == 0


#: English news text naming places and people in Cyrillic, to be sent as windows-1251.
CYRILLIC_NEWS = (
    "Officials in Бельск said 14 people were killed when the river flooded the lower town, "
    "the regional governor Пётр Соколов told reporters on Monday."
)


def test_analyze_reads_non_utf8_stdin_correctly(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "crosswire", "analyze", "-", "--json"],
        input=CYRILLIC_NEWS.encode("cp1251"),
        capture_output=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    record = json.loads(result.stdout.decode("utf-8"))
    assert record == {"source": "-", **rules.analyze(CYRILLIC_NEWS).to_json()}
    assert record["claims"][0]["claimant"] == "Officials in Бельск"


def test_analyze_encoding_overrides_the_guess(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "koi8.txt"
    article.write_bytes(CYRILLIC_NEWS.encode("koi8-r"))
    assert main(["analyze", str(article), "--json", "--encoding", "koi8-r"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["claims"][0]["claimant"] == "Officials in Бельск"
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", str(article), "--encoding", "klingon-8"])
    assert exit_info.value.code == 2
    assert "unknown encoding 'klingon-8'" in capsys.readouterr().err


def test_global_options_before_or_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no ./config.yaml: only the flag can find the file
    moved = write_config(tmp_path, {"outlets": []}).rename(tmp_path / "crosswire.yaml")
    for argv in (
        ["--config", str(moved), "-v", "check-config"],
        ["check-config", "--config", str(moved), "-v"],
        ["-v", "check-config", "--config", str(moved)],
        ["--config", str(moved), "check-config", "--verbose"],
    ):
        assert main(argv) == 0, argv
        assert "config OK: 0 outlets" in capsys.readouterr().out


def test_read_commands_do_not_create_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo" / "crosswrie.db"
    path = write_config(tmp_path, {"database": f"sqlite:///{missing}"})
    assert main(["articles", "--config", str(path)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"no database at {missing}") and "\n" not in error
    assert not missing.exists() and not missing.parent.exists()
    beside = tmp_path / "crosswrie.db"  # its folder exists: SQLite would create the file
    path = write_config(tmp_path, {"database": f"sqlite:///{beside}"})
    for command in ("articles", "divergences", "claims", "sources", "feedback", "digest"):
        assert main([command, "--config", str(path)]) == 2, command
        error = capsys.readouterr().err.strip()
        assert error.startswith(f"no database at {beside}"), (command, error)
    assert not beside.exists()


def test_story_names_are_case_insensitive_and_unknown_ones_listed(
    tmp_path: Path, server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    serve_wire(server)
    path = newsroom_config(tmp_path, server)
    main(["--config", str(path), "poll", "--once"])
    capsys.readouterr()
    assert main(["articles", "--config", str(path), "--story", "KESSA Ferry", "--json"]) == 0
    urls = [json.loads(line)["url"] for line in capsys.readouterr().out.splitlines()]
    assert len(urls) == 1 and urls[0].endswith("/ferry")
    assert main(["articles", "--config", str(path), "--story", "Kesa ferry"]) == 2
    assert capsys.readouterr().err.strip() == (
        '--story: unknown story "Kesa ferry"; known stories: "Kessa ferry"'
    )


def test_an_unexpected_error_is_one_line_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosswire.cli import COMMANDS
    from crosswire.cli.common import Command

    def explode(args: object, out: object) -> int:
        raise RuntimeError("the presses\nstopped")

    monkeypatch.setitem(COMMANDS, "check-config", Command(explode, "explodes"))
    path = write_config(tmp_path, {"outlets": []})
    assert main(["--config", str(path), "check-config"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "crosswire check-config: unexpected RuntimeError: the presses stopped "
        "(run with -v for details)\n"
    )


def test_analyze_table_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "ferry.txt"
    article.write_text(FERRY_TEXT, encoding="utf-8")
    assert main(["analyze", str(article)]) == 0
    out = capsys.readouterr().out
    expected = rules.analyze(FERRY_TEXT)
    assert f"{len(expected.claims)} claim(s), {len(expected.attributions)} attribution(s)" in out


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    path = write_config(tmp_path, {"outlets": []})
    result = subprocess.run(
        [sys.executable, "-m", "crosswire", "--config", str(path), "check-config"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "config OK: 0 outlets, 0 feeds, 0 stories"


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_demo_polls_the_bundled_site_and_keeps_its_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    kept = tmp_path / "demo.db"
    assert main(["demo", "--keep", str(kept)]) == 0
    out = capsys.readouterr().out
    for heading in ("Poll summary", "Articles per outlet", "Story matches", "Claims per outlet"):
        assert heading in out
    assert "0 failed" in out and "2 new version(s)" in out  # one noted, one stealth edit

    config = write_config(tmp_path, {"database": f"sqlite:///{kept}"})
    assert main(["--config", str(config), "articles", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) >= 10 and len({r["outlet"] for r in records}) >= 3
    assert [r["versions"] for r in records].count(2) == 2
    assert any(r["stories"] for r in records)
