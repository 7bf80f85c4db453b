"""The documentation cannot drift from the code: commands, README commands, CI."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from crosswire.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert actions, "the CLI has no sub-commands"
    return dict(actions[0].choices)


def test_every_command_and_option_is_in_the_readme() -> None:
    commands = _commands()
    assert {"demo", "poll", "run", "articles", "analyze", "check-config"} <= set(commands)
    for name, sub in commands.items():
        assert f"`crosswire {name}" in README, f"README does not document `crosswire {name}`"
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in README, f"README does not mention {name} {option}"


def test_readme_opens_with_the_two_commands_and_ci_runs_the_second() -> None:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block is not None and README.index("```sh") < README.index("\n## ")
    demo, tests = block.group(1).strip().splitlines()
    assert demo.endswith("crosswire demo")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines(), "CI must run the README's test command verbatim"


def test_linked_documents_exist() -> None:
    for target in re.findall(r"\]\(([^)#]+\.md)\)", README):
        assert (ROOT / target).is_file(), f"README links to missing {target}"
