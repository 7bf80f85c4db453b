"""``crosswire digest`` and ``crosswire feedback`` on a real store (no Telegram needed)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from crosswire.cli import main
from crosswire.db import Store
from crosswire.db.bot_store import BotStore, NewDelivery
from tests.bot.alerts_data import HEADLINE, conflict


def _setup(tmp_path: Path) -> tuple[Path, str]:
    url = f"sqlite:///{tmp_path / 'crosswire.db'}"
    config = tmp_path / "config.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "database": url,
                "stories": [
                    {"name": "Varna crossing", "all": ["Varna"]},
                    {"name": "Selk floods", "any": ["Selk"]},
                ],
                "digest": {"time": "07:00", "timezone": "Europe/Berlin"},
            }
        ),
        encoding="utf-8",
    )
    with Store.open(url):  # the database a poll would have made (read commands make none)
        pass
    return config, url


def test_digest_writes_markdown_html_and_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, url = _setup(tmp_path)
    with Store.open(url) as store:
        chats = BotStore(store)
        now = datetime.now(UTC)
        chats.upsert_chat(42, "private", None, None, now)
        chats.subscribe(42, "Selk floods", None, 42, now)
    assert main(["--config", str(config), "digest", "--format", "md", "--chat", "42"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# **Crosswire digest — ")
    assert "## **Selk floods: 0 new article(s)**" in text and "Varna" not in text
    out = tmp_path / "digest.html"
    assert main(["--config", str(config), "digest", "--format", "html", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<b>Varna crossing: 0 new article(s)</b>" in html and "<b>Selk floods" in html
    assert (
        main(
            [
                "--config",
                str(config),
                "digest",
                "--format",
                "text",
                "--story",
                "varna crossing",
                "--since",
                "7d",
            ]
        )
        == 0
    )
    assert "Selk" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "soon"], "--since: not a duration: 'soon' (try 24h, 90m or 7d)"),
        (
            ["--since", "0h"],
            "--since: a duration must be more than zero: '0h' (try 24h, 90m or 7d)",
        ),
        (
            ["--story", "Atlantis"],
            '--story: unknown story "Atlantis"; known stories: "Varna crossing", "Selk floods"',
        ),
        (["--chat", "99"], "--chat: no chat 99 has used the bot"),
    ],
    ids=["since", "since-zero", "story", "chat"],
)
def test_digest_refuses_bad_arguments_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    config, _ = _setup(tmp_path)
    assert main(["--config", str(config), "digest", *args]) == 2
    assert capsys.readouterr().err.strip() == message


def test_feedback_lists_verdicts_and_exports_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, url = _setup(tmp_path)
    assert main(["--config", str(config), "feedback"]) == 0
    assert "No feedback yet" in capsys.readouterr().out
    with Store.open(url) as store:
        chats = BotStore(store)
        now = datetime.now(UTC)
        chats.upsert_chat(42, "private", None, None, now)
        divergence = conflict()
        payload = {"headline": HEADLINE, "divergence": divergence}
        [delivery_id] = chats.record_deliveries(
            42, None, 7, [NewDelivery(5, "Varna crossing", "conflict", payload)], now
        )
        delivery = chats.delivery(delivery_id)
        assert delivery is not None
        chats.record_feedback(delivery, 0, divergence["claims"][0], "confirm", 42, now)
        chats.record_feedback(delivery, 1, divergence["claims"][1], "confirm", 42, now)
        chats.record_feedback(delivery, 1, divergence["claims"][1], "reject", 42, now)  # changed
    assert main(["--config", str(config), "feedback"]) == 0
    table = capsys.readouterr().out
    assert "Harbour Post: 1 confirmed, 0 rejected" in table
    assert "Meridian: 0 confirmed, 1 rejected" in table
    assert main(["--config", str(config), "feedback", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["alert_id"], r["verdict"], r["claim"]["outlet"]) for r in lines] == [
        (5, "confirm", "Harbour Post"),
        (5, "reject", "Meridian"),
    ]
