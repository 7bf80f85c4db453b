"""Run the examples in the docstrings of the bot and of the core modules it brought."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "bot.args",
    "crosswire.messages",
    "crosswire.digest",
    "crosswire.watchrules",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"no examples in {name}"
    assert result.failed == 0, f"{result.failed} failing examples in {name}"
