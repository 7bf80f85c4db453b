"""Run the examples in monitors' docstrings (pytest's testpaths do not include the package)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import monitors

MODULES = sorted(info.name for info in pkgutil.iter_modules(monitors.__path__, "monitors."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} failing examples in {name}"
