"""Migrations: an empty database is brought to head and matches the declared schema."""

from __future__ import annotations

import io
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from crosswire.db import Store
from crosswire.db.migrate import alembic_config, current_revision, head_revision
from crosswire.db.schema import metadata

TABLES = {"outlets", "feeds", "articles", "article_versions", "story_matches", "rule_results"}


def test_open_migrates_an_empty_file_to_head(tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    assert not db.exists()
    with Store.open(f"sqlite:///{db}") as store, store.engine.connect() as conn:
        assert current_revision(conn) == head_revision() is not None
        assert set(inspect(conn).get_table_names()) >= TABLES


def test_migrated_schema_matches_the_declared_tables(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_reopening_is_a_no_op_and_keeps_rows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'again.db'}"
    with Store.open(url) as store:
        store.engine.dispose()
    with Store.open(url) as store, store.engine.connect() as conn:
        assert current_revision(conn) == head_revision()


def test_sqlite_pragmas_are_set_on_every_connection(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'round.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    with engine.connect() as conn:
        assert not TABLES & set(inspect(conn).get_table_names())
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) >= TABLES
    engine.dispose()


def test_migrations_render_for_postgresql() -> None:
    """The same migration emits plain PostgreSQL DDL (offline mode: no server needed)."""
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", "postgresql://")
    buffer = io.StringIO()
    cfg.output_buffer = buffer
    command.upgrade(cfg, "head", sql=True)
    ddl = buffer.getvalue()
    for table in TABLES:
        assert f"CREATE TABLE {table} (" in ddl
    assert "TIMESTAMP WITH TIME ZONE" in ddl and "SERIAL" in ddl
    assert "CONSTRAINT uq_articles_outlet_id_guid UNIQUE (outlet_id, guid)" in ddl
    assert "PRAGMA" not in ddl and "AUTOINCREMENT" not in ddl
