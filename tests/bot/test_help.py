"""Every bot command has handler, help and documentation, and nothing else is listed."""

from __future__ import annotations

from pathlib import Path

from bot.app import HANDLERS
from bot.help import COMMANDS

BOT_DOC = (Path(__file__).resolve().parents[2] / "docs" / "BOT.md").read_text(encoding="utf-8")


def test_handlers_and_help_name_the_same_commands() -> None:
    assert [c.name for c in COMMANDS] == list(HANDLERS)


def test_every_command_is_documented_with_a_one_line_summary() -> None:
    for command in COMMANDS:
        assert f"`/{command.name}" in BOT_DOC, f"docs/BOT.md does not document /{command.name}"
        assert command.summary and "\n" not in command.summary and len(command.summary) <= 256
