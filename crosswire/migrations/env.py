"""Alembic environment: runs migrations on the connection the Store hands over (or a URL)."""

from __future__ import annotations

from alembic import context
from alembic.config import Config
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from crosswire.db.schema import metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline(config: Config) -> None:
    """Emit SQL to stdout instead of running it (``alembic upgrade --sql``)."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online(config: Config) -> None:
    """Run on the caller's connection if given, else connect to ``sqlalchemy.url``."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection and no sqlalchemy.url given to the migrations")
    engine = create_engine(url)
    try:
        with engine.begin() as own_connection:
            _run(own_connection)
    finally:
        engine.dispose()


# Only Alembic sets ``context.config``; other importers (doctest collection) get the functions.
if getattr(context, "config", None) is not None:
    if context.is_offline_mode():
        run_migrations_offline(context.config)
    else:
        run_migrations_online(context.config)
