"""``crosswire run`` with a token starts the bot; kill -9 mid-delivery loses and repeats nothing.

The bot runs as a real subprocess (``crosswire -v run``) against the stand-in. The stand-in
holds every sendMessage; one is let through and recorded, then the process is killed while
the others wait. A restart delivers exactly the rest. The captured output, at debug level,
never contains the token.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import yaml

from crosswire.db.bot_store import BotStore
from crosswire.db.store import Store
from crosswire.outbox import Outbox
from tests.bot.alerts_data import enqueue
from tests.support.botapi import BotApiStandIn

CHATS = (801, 802, 803)
ALERTS = 2


def _config(tmp_path: Path, api: BotApiStandIn) -> Path:
    path = tmp_path / "config.yaml"
    data = {
        "database": f"sqlite:///{tmp_path / 'crosswire.db'}",
        "stories": [{"name": "Varna crossing", "all": ["Varna"]}],
        "telegram": {
            "token": "${TEST_BOT_TOKEN}",
            "base_url": api.base_url,
            "poll_timeout": 1,
            "outbox_interval": 0.2,
        },
    }
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _start(config: Path, log: Path, token: str) -> subprocess.Popen[bytes]:
    env = os.environ | {"TEST_BOT_TOKEN": token}
    with log.open("ab") as out:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "crosswire",
                "-v",
                "--config",
                str(config),
                "run",
                "--dispatch-every",
                "3600",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )


def _alert_messages(api: BotApiStandIn) -> Counter[tuple[int, str]]:
    return Counter(
        (m.chat_id, m.visible.splitlines()[0]) for m in api.sent if m.visible.startswith("⚠️")
    )


def test_kill_9_mid_delivery_then_restart_sends_each_alert_once(
    tmp_path: Path, api: BotApiStandIn
) -> None:
    config = _config(tmp_path, api)
    with Store.open(f"sqlite:///{tmp_path / 'crosswire.db'}") as store:
        chats = BotStore(store)
        for chat in CHATS:
            api.add_chat(chat)
            chats.upsert_chat(chat, "private", None, None, _now())
            chats.subscribe(chat, "Varna crossing", None, chat, _now())
        for i in range(ALERTS):
            enqueue(Outbox(store), headline=f"Conflicting tolls, round {i}")
    log = tmp_path / "run.log"
    api.hold("sendMessage")
    first = _start(config, log, api.token)
    try:
        api.wait_for(lambda: api.held >= 2, timeout=60, what="sends held")
        api.release("sendMessage")
        with Store.open(f"sqlite:///{tmp_path / 'crosswire.db'}") as store:
            _until(lambda: BotStore(store).delivery_count() == 1, "one recorded delivery")
        first.send_signal(signal.SIGKILL)
        first.wait(30)
    finally:
        if first.poll() is None:
            first.kill()
    api.unhold("sendMessage")
    assert sum(_alert_messages(api).values()) == 1
    second = _start(config, log, api.token)
    try:
        expected = {
            (chat, f"⚠️ Conflicting tolls, round {i}") for chat in CHATS for i in range(ALERTS)
        }
        api.wait_for(
            lambda: set(_alert_messages(api)) == expected,
            timeout=60,
            what="every alert in every chat",
        )
        with Store.open(f"sqlite:///{tmp_path / 'crosswire.db'}") as store:
            _until(lambda: Outbox(store).pending("telegram") == [], "outbox drained")
            time.sleep(1.0)  # several more delivery rounds: nothing may be sent again
            assert BotStore(store).delivery_count() == len(CHATS) * ALERTS
        assert all(count == 1 for count in _alert_messages(api).values())
        api.user_says(CHATS[0], "/start")
        api.wait_for(
            lambda: any(m.visible.startswith("Crosswire") for m in api.sent),
            timeout=30,
            what="the restarted bot answering",
        )
    finally:
        second.send_signal(signal.SIGTERM)
        try:
            second.wait(30)
        except subprocess.TimeoutExpired:
            second.kill()
    output = log.read_text(encoding="utf-8", errors="replace")
    assert "getUpdates" in output or "sendMessage" in output, "debug logging was not captured"
    assert "[token]" in output, "PTB logs its API URL at debug level; it must be masked"
    secret = api.token.split(":", 1)[1]
    assert secret not in output


def _until(condition: object, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def _now() -> datetime:
    return datetime.now(UTC)


def test_an_unreachable_bot_api_is_one_line_without_the_token(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again below: nothing listens there
    token = "123456789:AAFakeTokenForTestsOnly_abcdefghijklmn"
    config = tmp_path / "config.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "database": f"sqlite:///{tmp_path / 'crosswire.db'}",
                "telegram": {
                    "token": "${TEST_BOT_TOKEN}",
                    "base_url": f"http://127.0.0.1:{port}/bot",
                },
            }
        ),
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "crosswire", "-v", "--config", str(config), "run"],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"TEST_BOT_TOKEN": token},
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].startswith("cannot start TelegramConsumer: ")
    assert token.split(":", 1)[1] not in done.stdout + done.stderr
