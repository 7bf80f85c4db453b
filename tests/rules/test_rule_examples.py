"""Every rule documents itself: a docstring, a code, examples and counter-examples that hold."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import rules
from rules.base import Rule


def _all_rules() -> list[type[Rule]]:
    for module in pkgutil.walk_packages(rules.__path__, "rules."):
        importlib.import_module(module.name)
    found: list[type[Rule]] = []
    pending = list(Rule.__subclasses__())
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return sorted(found, key=lambda c: c.__name__)


RULES = _all_rules()


def test_there_are_rules() -> None:
    names = {cls.__name__ for cls in RULES}
    assert {"ReportingVerb", "AccordingTo", "NonResponse", "AnonymousSource"} <= names


@pytest.mark.parametrize("rule", RULES, ids=lambda c: c.__name__)
def test_rule_is_documented(rule: type[Rule]) -> None:
    assert rule.__doc__ and rule.__doc__.strip().splitlines()[0].strip()
    assert rule.code, f"{rule.__name__} has no code"
    assert rule.examples, f"{rule.__name__} has no examples"
    assert rule.counter_examples, f"{rule.__name__} has no counter-examples"
    assert callable(getattr(rule, "find", None)), f"{rule.__name__} has no find(text)"


def test_codes_are_unique() -> None:
    codes = [cls.code for cls in RULES]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize(
    ("rule", "example"),
    [(cls, example) for cls in RULES for example in cls.examples],
    ids=lambda v: v.__name__ if isinstance(v, type) else str(v)[:40],
)
def test_example_finds_something(rule: type[Rule], example: str) -> None:
    assert rule().find(example), f"{rule.__name__} found nothing in {example!r}"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("rule", "example"),
    [(cls, example) for cls in RULES for example in cls.counter_examples],
    ids=lambda v: v.__name__ if isinstance(v, type) else str(v)[:40],
)
def test_counter_example_finds_nothing(rule: type[Rule], example: str) -> None:
    assert not rule().find(example), f"{rule.__name__} found something in {example!r}"  # type: ignore[attr-defined]
