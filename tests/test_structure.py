"""The house limits on the size of product code: small files, short functions (issue 9)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("rules", "crosswire", "monitors", "bot")
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60

# Migrations are generated schema steps, read once and never edited.
SOURCES = [
    p
    for package in PACKAGES
    for p in sorted((ROOT / package).glob("**/*.py"))
    if "migrations" not in p.parts
]


@pytest.mark.parametrize("path", SOURCES, ids=[p.relative_to(ROOT).as_posix() for p in SOURCES])
def test_module_and_functions_within_limits(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_MODULE_LINES
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long
