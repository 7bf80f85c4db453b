"""What every command shares: configuration loading, the store, usage errors, output helpers."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console

from crosswire.config import Config, ConfigError, load_config
from crosswire.redaction import redact, remember_secrets

if TYPE_CHECKING:
    from crosswire.db import Store

DEFAULT_CONFIG = "config.yaml"
CONFIG_ENV = "CROSSWIRE_CONFIG"


class UsageError(Exception):
    """A problem with how the command was called or configured; exit code 2."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)


@dataclass(frozen=True, slots=True)
class Command:
    """A subcommand: its handler, help line and argument setup."""

    run: Callable[[argparse.Namespace, Console], int]
    help: str
    arguments: Callable[[argparse.ArgumentParser], None] = lambda parser: None


def config_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """Where the configuration is, and whether the user named it (flag or environment)."""
    if args.config:
        return Path(args.config), True
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV]), True
    return Path(DEFAULT_CONFIG), False


def require_config(args: argparse.Namespace) -> Config:
    """Load and validate the configuration or raise ``UsageError`` with one line per problem."""
    path, _ = config_path(args)
    try:
        config = load_config(path)
    except ConfigError as exc:
        prefix = f"{path}: "
        raise UsageError(
            [line if line.startswith(str(path)) else prefix + line for line in exc.problems]
        ) from None
    remember_secrets(_database_password(config.database), config.telegram.token)
    return config


def _database_password(url: str) -> str | None:
    from sqlalchemy.engine import make_url

    return make_url(url).password  # the URL was validated with make_url already


def optional_config(args: argparse.Namespace) -> Config | None:
    """The configuration if one was named or ./config.yaml exists; else ``None``."""
    path, named = config_path(args)
    if not named and not path.exists():
        return None
    return require_config(args)


def open_store(config: Config) -> Store:
    """Open (and create or migrate) the configured database, or raise ``UsageError``."""
    from crosswire.db import Store
    from crosswire.db.store import DatabaseUnavailable

    try:
        return Store.open(config.database)
    except DatabaseUnavailable as exc:
        raise UsageError([str(exc)]) from None


def open_existing_store(config: Config) -> Store:
    """Open the database for a read command: a missing SQLite file is an error, not created."""
    from sqlalchemy.engine import make_url

    url = make_url(config.database)
    name = url.database or ""
    on_disk = name not in ("", ":memory:") and not name.startswith("file:")
    if url.get_backend_name() == "sqlite" and on_disk and not Path(name).exists():
        raise UsageError(
            [
                f"no database at {name} (database: {config.database}); "
                "nothing has been polled into it yet, or the path is mistyped"
            ]
        )
    return open_store(config)


def resolve_story(config: Config, store: Store, name: str | None) -> str | None:
    """The story ``--story NAME`` means (case-insensitive) among every known one: config.yaml's,
    those added from chats, and those with stored divergences; else ``UsageError`` listing
    them. Every read command names stories this one way, in double quotes."""
    if name is None:
        return None
    from crosswire.db.divergence_store import DivergenceStore
    from crosswire.watchrules import effective_stories

    names = [story.name for story in effective_stories(config, store)]
    names += DivergenceStore(store).story_names()
    known: dict[str, str] = {}
    for story in names:
        known.setdefault(story.casefold(), story)
    for story in known.values():
        if story.casefold() == name.strip().casefold():
            return story
    listed = ", ".join(f'"{story}"' for story in known.values())
    listing = f"known stories: {listed}" if listed else "no stories are watched"
    raise UsageError([f'--story: unknown story "{name}"; {listing}'])


def write_json_line(record: dict[str, Any], stream: TextIO | None = None) -> None:
    target = stream or sys.stdout
    target.write(json.dumps(record, ensure_ascii=False) + "\n")


def positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value!r}")
    return number


def one_line(exc: BaseException | str) -> str:
    """A message on one line, at most 300 characters, secrets hidden."""
    return redact(" ".join(str(exc).split())[:300])


def silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    with suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
