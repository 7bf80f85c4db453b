"""Every rule documents itself: a docstring, a code, examples and counter-examples that hold.

Examples run through the whole engine (``analyze``): a finding made by the rule (its code in
``rule``) must have the example's expected fields; a counter-example must get no finding from
that rule.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest

import rules
from rules.base import Rule
from rules.claims.registry import (
    BOUND_RULES,
    EXTRA_RULES,
    FIGURE_RULES,
    PLURAL_RULES,
    SPANISH_BOUND_RULES,
    SPANISH_RULES,
    STORY_RULES,
)
from rules.speech.registry import CUE_RULES, QUOTE_RULES


def _all_rules() -> list[type[Rule]]:
    for module in pkgutil.walk_packages(rules.__path__, "rules."):
        importlib.import_module(module.name)
    found: list[type[Rule]] = []
    pending = list(Rule.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.code:  # bases of a kind of rule (FigureRule, CueRule, ...) have none
            found.append(cls)
    return sorted(found, key=lambda c: c.code)


RULES = _all_rules()


def test_there_are_rules() -> None:
    codes = {cls.code for cls in RULES}
    assert {"AT01", "AT02", "AT05", "CB01", "CB02", "CB11"} <= codes


def test_every_rule_is_registered_with_the_engine() -> None:
    from rules.anonymous import ANONYMOUS
    from rules.claims.registry import FATAL_PART

    registered = [
        *CUE_RULES,
        *QUOTE_RULES,
        *FIGURE_RULES,
        *BOUND_RULES,
        *EXTRA_RULES,
        *PLURAL_RULES,
    ]
    registered += [*SPANISH_RULES, *SPANISH_BOUND_RULES, *STORY_RULES]
    registered += [ANONYMOUS, FATAL_PART]
    assert sorted(type(r).__name__ for r in registered) == sorted(c.__name__ for c in RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda c: c.code)
def test_rule_is_documented(rule: type[Rule]) -> None:
    assert rule.__doc__ and rule.__doc__.strip().splitlines()[0].startswith(rule.code)
    assert rule.examples, f"{rule.__name__} has no examples"
    assert rule.counter_examples, f"{rule.__name__} has no counter-examples"
    assert callable(getattr(rule, "find", None)), f"{rule.__name__} has no find"


def test_codes_are_unique() -> None:
    codes = [cls.code for cls in RULES]
    assert len(codes) == len(set(codes))


def _matches(finding: Any, fields: dict[str, Any]) -> bool:
    return all(getattr(finding, name) == value for name, value in fields.items())


@pytest.mark.parametrize(
    ("rule", "example"),
    [(cls, example) for cls in RULES for example in cls.examples],
    ids=lambda v: v.code if isinstance(v, type) else str(v[0])[:40],
)
def test_example_finds_its_fields(rule: type[Rule], example: tuple[str, dict[str, Any]]) -> None:
    text, fields = example
    found = rule().finds(text)
    assert any(_matches(f, fields) for f in found), (rule.code, text, found)


@pytest.mark.parametrize(
    ("rule", "example"),
    [(cls, example) for cls in RULES for example in cls.counter_examples],
    ids=lambda v: v.code if isinstance(v, type) else str(v)[:40],
)
def test_counter_example_finds_nothing(rule: type[Rule], example: str) -> None:
    assert not rule().finds(example), f"{rule.code} found something in {example!r}"
