"""Webhook mode: the bot registers its URL and secret, and only accepts updates carrying it."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.app import build_app, start_bot, stop_bot
from crosswire.db import Store
from tests.bot.conftest import bot_config
from tests.support.botapi import BotApiStandIn
from tests.support.runningbot import TEST_TIMING

SECRET = "s3cret-token_for-tests"
USER = 1201


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def _webhook_bot(api: BotApiStandIn, store: Store, port: int) -> Iterator[None]:
    config = bot_config(
        api,
        webhook_url=f"https://bot.example.org/hook/{port}",
        webhook_secret=SECRET,
        webhook_listen=f"127.0.0.1:{port}",
    )
    app = build_app(config, store, timing=TEST_TIMING)
    ready, stop = threading.Event(), threading.Event()

    async def main() -> None:
        await start_bot(app, config, poll_timeout=1)
        ready.set()
        while not stop.is_set():
            await asyncio.sleep(0.05)
        await stop_bot(app)

    thread = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    thread.start()
    assert ready.wait(30)
    try:
        yield
    finally:
        stop.set()
        thread.join(30)


def _post(port: int, body: dict[str, object], secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/hook/{port}", json.dumps(body).encode(), headers
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def test_webhook_mode_registers_and_checks_the_secret(
    tmp_path: Path, api: BotApiStandIn, store: Store
) -> None:
    port = _free_port()
    api.add_chat(USER)
    update = {
        "update_id": 5,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": USER, "type": "private", "first_name": "R"},
            "from": {"id": USER, "is_bot": False, "first_name": "R"},
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }
    with _webhook_bot(api, store, port):
        assert api.webhook == {
            "url": f"https://bot.example.org/hook/{port}",
            "secret_token": SECRET,
        }
        assert _post(port, update, None) == 403
        assert _post(port, update, "wrong") == 403
        assert _post(port, update, SECRET) == 200
        assert api.wait_reply(USER)[0].visible.startswith("Crosswire watches")
    assert not any(method == "getUpdates" for method, _ in api.calls)
