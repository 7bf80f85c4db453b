"""Review 34: the CLI as a desk uses it (all names invented)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from crosswire.cli import main
from crosswire.db import Store
from crosswire.db.bot_store import BotStore
from tests.bot.test_cli import _setup

KNOWN = '"Varna crossing", "Selk floods", "Tamsk\'s bridge"'


@pytest.mark.parametrize("command", ["articles", "claims", "divergences", "digest"])
def test_every_read_command_names_an_unknown_story_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    config, url = _setup(tmp_path)
    with Store.open(url) as store:  # a story added from a chat is a known story too
        rule = {"name": "Tamsk's bridge", "any": ["Tamsk"]}
        BotStore(store).add_watch_rule("Tamsk's bridge", rule, None, None, datetime.now(UTC))
    assert main(["--config", str(config), command, "--story", "Atlantis"]) == 2
    assert capsys.readouterr().err.strip() == (
        f'--story: unknown story "Atlantis"; known stories: {KNOWN}'
    )
    assert main(["--config", str(config), command, "--story", "TAMSK'S BRIDGE"]) == 0


def test_check_config_names_stories_and_outlets_in_double_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "outlets:\n"
        "  - {name: Harbour Post, feeds: ['https://harbour.example/feed']}\n"
        "stories:\n"
        "  - {name: Tamsk's bridge, any: [Tamsk]}\n"
        "  - {name: tamsk's Bridge, any: [Tamsk], outlets: [Harbor Post]}\n",
        encoding="utf-8",
    )
    assert main(["check-config", "--config", str(config)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f'{config}: stories[1].name: duplicate story name "tamsk\'s Bridge" (also stories[0])',
        f'{config}: stories[1].outlets[0]: unknown outlet "Harbor Post"',
    ]
