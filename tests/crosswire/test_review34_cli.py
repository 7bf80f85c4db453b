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


def test_square_brackets_in_articles_are_printed_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # an editor's insertion and "[sic]" are common in quotes; rich read them as markup, so
    # the evidence was misquoted ("They  killed") and a "[/b]" stopped the command
    first = tmp_path / "[wire] first.txt"
    first.write_text(
        '"They [the rebels] killed 12 people," the mayor said.\n\n'
        "The ministry said 14 [sic] soldiers were wounded [/b] on Monday.\n",
        encoding="utf-8",
    )
    second = tmp_path / "second.txt"
    second.write_text("Police said 15 soldiers were wounded on Monday.\n", encoding="utf-8")
    assert main(["analyze", str(first)]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert f"{first}: 2 claim(s)" in shown
    assert '"They [the rebels] killed 12 people," the mayor said.' in shown
    assert "14 [sic] soldiers were wounded [/b] on Monday." in shown
    assert main(["compare", str(first), str(second)]) == 0
    assert "[wire] first" in capsys.readouterr().out
