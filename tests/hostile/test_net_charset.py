"""A feed in windows-1251 that declares no charset is stored as Cyrillic, not mojibake."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from crosswire.db import Store
from crosswire.pipeline import poll_once
from monitors.feeds import parse_feed
from tests.crosswire.newsroom import make_config
from tests.support.httpserver import LoopbackServer, Response

TITLE = "Паводок в Бельске: паром отменён, жители ждут помощи"
SUMMARY = (
    "Спасатели сообщили, что сорок две семьи эвакуированы из нижнего города; "
    "по словам мэра, пострадавших нет, а переправа закрыта до понедельника."
)


def feed_1251(link: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Вестник Бельска</title>'
        f"<link>{link}</link><item><title>{TITLE}</title><link>{link}flood</link>"
        f"<description>{SUMMARY}</description></item></channel></rss>"
    ).encode("cp1251")


def test_parse_feed_detects_and_records_the_guess(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="monitors.feeds"):
        parsed = parse_feed(feed_1251("https://news.example/"), url="https://news.example/rss")
    assert parsed.ok and parsed.charset_guess == "cp1251"
    assert parsed.title == "Вестник Бельска" and parsed.items[0].title == TITLE
    assert "https://news.example/rss declares no charset and is not UTF-8; read as cp1251" in (
        caplog.text
    )


def test_declared_charsets_are_trusted_not_guessed() -> None:
    body = feed_1251("https://news.example/").replace(
        b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="windows-1251"?>'
    )
    parsed = parse_feed(body, url="https://news.example/rss")
    assert parsed.charset_guess is None and parsed.items[0].title == TITLE


def test_undeclared_windows_1251_feed_is_stored_readable(tmp_path: Path) -> None:
    with LoopbackServer() as server:
        server.routes["/rss"] = Response(
            200, {"Content-Type": "application/rss+xml"}, feed_1251(server.url("/"))
        )
        config = make_config(
            tmp_path / "news.db",
            [{"name": "Belsk Herald", "full_text": False, "feeds": [server.url("/rss")]}],
        )
        with Store.open(config.database) as store:
            summary = asyncio.run(poll_once(config, store))
            listing = store.list_articles()
    assert summary.count("ok") == 1 and summary.new_articles == 1
    assert [article.title for article in listing] == [TITLE]
