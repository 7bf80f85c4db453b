"""The bot's tables: state survives reopening, migrations round-trip, PostgreSQL DDL renders."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

from crosswire.db import Store
from crosswire.db.bot_store import BotStore, DuplicateName, NewDelivery
from crosswire.db.migrate import alembic_config

BOT_TABLES = {
    "bot_chats",
    "bot_subscriptions",
    "bot_mutes",
    "bot_watch_rules",
    "bot_outlets",
    "bot_deliveries",
    "bot_feedback",
}
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_bot_state_survives_reopening(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    with Store.open(url) as store:
        chats = BotStore(store)
        chats.upsert_chat(-1001, "supergroup", "Desk", None, NOW)
        chats.subscribe(-1001, "Varna crossing", 7, 11, NOW)
        chats.mute(-1001, "Selk floods", NOW + timedelta(hours=2))
        chats.add_watch_rule(
            "Port strike", {"name": "Port strike", "all": ["dock"]}, -1001, 11, NOW
        )
        chats.record_deliveries(
            -1001, 7, 55, [NewDelivery(3, "Varna crossing", "conflict", {})], NOW
        )
        chats.set_digest(-1001, time="07:30", zone="Europe/Kyiv", thread_id=7, off=False, now=NOW)
    with Store.open(url) as store:
        chats = BotStore(store)
        chat = chats.chat(-1001)
        assert chat is not None and (chat.digest_time, chat.digest_zone) == ("07:30", "Europe/Kyiv")
        assert [(s.story, s.thread_id) for s in chats.subscriptions(-1001)] == [
            ("Varna crossing", 7)
        ]
        assert [m.story for m in chats.mutes(-1001, NOW)] == ["Selk floods"]
        assert chats.mutes(-1001, NOW + timedelta(hours=3)) == []
        assert chats.delivered_chats([3, 4]) == {(3, -1001)}
        assert [r.name for r in chats.watch_rules()] == ["Port strike"]
        with pytest.raises(DuplicateName):
            chats.add_watch_rule(
                "PORT STRIKE", {"name": "PORT STRIKE", "all": ["x"]}, None, None, NOW
            )


def test_deactivated_chats_get_no_alerts_until_they_write_again(store: Store) -> None:
    chats = BotStore(store)
    chats.upsert_chat(5, "private", None, None, NOW)
    chats.subscribe(5, "*", None, 5, NOW)
    chats.deactivate_chat(5, "Forbidden: bot was blocked by the user")
    assert chats.subscriptions() == [] and chats.subscriptions(5) != []
    chats.upsert_chat(5, "private", None, None, NOW)
    assert [s.chat_id for s in chats.subscriptions()] == [5]


def test_bot_migration_goes_down_and_up_and_renders_for_postgresql(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'round.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        assert not BOT_TABLES & names and "articles" in names
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) >= BOT_TABLES
    engine.dispose()
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", "postgresql://")
    buffer = io.StringIO()
    cfg.output_buffer = buffer
    command.upgrade(cfg, "head", sql=True)
    ddl = buffer.getvalue()
    for table in BOT_TABLES:
        assert f"CREATE TABLE {table} (" in ddl
    assert "id BIGINT NOT NULL" in ddl  # Telegram chat ids exceed 32 bits
