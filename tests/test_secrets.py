"""Secrets never printed: every command, run with -v, against configurations holding sentinels.

One configuration points at a PostgreSQL server that is not there, with the password coming
from ``${CW_DB_PASSWORD}``, so that opening the database fails and its error is printed; the
other works (SQLite and a loopback feed), so that the commands log everything they do. Both
hold a sentinel Telegram token. No byte of stdout or stderr may contain a sentinel.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from crosswire.redaction import hide_password, redact, remember_secrets
from tests.crosswire.newsroom import FAST_HTTP, serve_wire
from tests.support.httpserver import LoopbackServer

DB_PASSWORD = "Sentinel-Pw-7f3a9c"
TOKEN_SECRET = "SENTINELtokenQq7Zr2Xw9Lm4Np8Kd3Vb6"
TOKEN = f"918273645:{TOKEN_SECRET}"
SENTINELS = (DB_PASSWORD, TOKEN_SECRET)


def write(path: Path, data: dict[str, object]) -> Path:
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def run(argv: list[str], cwd: Path, *, stop_after: float | None = None) -> tuple[int, str]:
    """Run ``crosswire`` in a subprocess; ``stop_after`` sends SIGINT that many seconds after
    its first log line (with -v there is one as soon as the command runs, so the signal never
    lands during interpreter start-up, whatever the load)."""
    env = {**os.environ, "CW_DB_PASSWORD": DB_PASSWORD, "CROSSWIRE_TELEGRAM_TOKEN": TOKEN}
    out_path, err_path = cwd / "stdout.txt", cwd / "stderr.txt"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "crosswire", *argv],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
        )
        if stop_after is not None:
            deadline = time.monotonic() + 300
            while not err_path.stat().st_size and process.poll() is None:
                assert time.monotonic() < deadline, "the command logged nothing"
                time.sleep(0.1)
            time.sleep(stop_after)
            process.send_signal(signal.SIGINT)
        process.wait(timeout=300)
    output = out_path.read_bytes() + err_path.read_bytes()
    return process.returncode, output.decode("utf-8", errors="replace")


def commands(config: Path, server: LoopbackServer | None) -> list[tuple[list[str], float | None]]:
    article = config.parent / "article.txt"
    if server is not None:
        article.write_text("Officials said 3 people were hurt.", encoding="utf-8")
    page = server.url("/ferry") if server is not None else "http://127.0.0.1:9/ferry"
    return [
        (["check-config"], None),
        (["poll", "--once"], None),
        (["run", "--dispatch-every", "1"], 3.0),
        (["articles"], None),
        (["articles", "--json", "--story", "kessa ferry"], None),
        (["analyze", str(article), page, "-"], None),
        (["compare", str(article), page], None),
        (["divergences", "--story", "kessa ferry"], None),
        (["claims", "--json"], None),
        (["sources"], None),
        (["digest", "--format", "text"], None),
        (["feedback", "--json"], None),
        (["demo"], None),
    ]


def test_every_command_is_exercised() -> None:
    from crosswire.cli import COMMANDS

    exercised = {argv[0] for argv, _ in commands(Path("/nonexistent/config.yaml"), None)}
    assert exercised == set(COMMANDS)


@pytest.mark.parametrize("database", ["postgres", "sqlite"])
def test_no_command_prints_a_secret(tmp_path: Path, database: str) -> None:
    with LoopbackServer() as server:
        serve_wire(server)
        url = (
            "postgresql+psycopg://reader:${CW_DB_PASSWORD}@127.0.0.1:1/news"
            if database == "postgres"
            else f"sqlite:///{tmp_path / 'secret.db'}"
        )
        config = write(
            tmp_path / "config.yaml",
            {
                "database": url,
                "outlets": [{"name": "Harbour Wire", "feeds": [server.url("/wire.xml")]}],
                "stories": [{"name": "Kessa ferry", "any": ["ferry"]}],
                "telegram": {"token": "${CROSSWIRE_TELEGRAM_TOKEN}", "admins": [1]},
                "http": FAST_HTTP,
            },
        )
        seen: list[str] = []
        for argv, stop_after in commands(config, server):
            code, output = run(
                [*argv, "-v", "--config", str(config)], tmp_path, stop_after=stop_after
            )
            seen.append(output)
            for sentinel in SENTINELS:
                assert sentinel not in output, (argv, code, output[-2000:])
            assert "Traceback" not in output, (argv, output[-2000:])
    everything = "\n".join(seen)
    if database == "postgres":
        # The failure really was printed, with the password masked.
        assert "cannot open database postgresql+psycopg://reader:***@127.0.0.1:1/news" in everything
    else:
        assert "new articles: 3" in everything  # the commands did real work while logging


def test_redaction_helpers() -> None:
    assert hide_password(f"postgresql://u:{DB_PASSWORD}@h/db") == "postgresql://u:***@h/db"
    assert redact(f"GET https://api.telegram.org/bot{TOKEN}/getMe") == (
        "GET https://api.telegram.org/bot***/getMe"
    )
    remember_secrets("not-a-url-but-secret")
    assert redact("value not-a-url-but-secret here") == "value *** here"
