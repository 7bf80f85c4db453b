"""Watch rules typed in a chat: how the words are read, and the one-line problems."""

from __future__ import annotations

from typing import Any

import pytest

from crosswire.watchrules import WatchRuleError, parse_watch_add

CASES: list[tuple[str, dict[str, Any]]] = [
    ("Varna border", {"name": "Varna", "all": ["border"]}),
    (
        '"Port strike" "dock workers" Halden',
        {"name": "Port strike", "all": ["dock workers", "Halden"]},
    ),
    (
        "Floods --any Selk Varna --exclude football",
        {"name": "Floods", "any": ["Selk", "Varna"], "exclude": ["football"]},
    ),
    (
        'Floods Selk --outlets "Harbour Post",Meridian',
        {"name": "Floods", "all": ["Selk"], "outlets": ["Harbour Post", "Meridian"]},
    ),
    (
        "Floods Selk --kinds conflict,exclusive,conflict --min-diff 0.35",
        {
            "name": "Floods",
            "all": ["Selk"],
            "alert": {"kinds": ["conflict", "exclusive"], "min_diff": 0.35},
        },
    ),
    ("Floods —regex “sel[kq]”", {"name": "Floods", "regex": "sel[kq]"}),
]
PROBLEMS = [
    ("--any x", "give the rule a NAME first, then its keywords"),
    ('Floods "Selk', "cannot read the words: No closing quotation (close your quotes)"),
    ("Floods x --min-diff lots", "--min-diff: expected a percentage like 20%, got 'lots'"),
    ("Floods x --min-diff 5000%", "--min-diff: must be between 0% and 1000%, got '5000%'"),
    ("Floods x --min-diff 1 2", "--min-diff takes exactly one value"),
    ("Floods x --any a --any b", "--any given twice"),
    ("Floods x --colour red", "unknown option --colour (see /help watch)"),
    ("Floods " + "w " * 51, "at most 50 words per list"),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_words_become_the_rule_config_yaml_would_hold(text: str, expected: dict[str, Any]) -> None:
    assert parse_watch_add(text) == expected


def test_a_pattern_left_unquoted_is_shown_quoted() -> None:
    # as the bot passes the words of "/watch add Floods --regex \d+ (killed|hurt)"
    with pytest.raises(WatchRuleError) as error:
        parse_watch_add(["Floods", "--regex", r"\d+", "(killed|hurt)"])
    assert str(error.value) == (
        r'--regex takes one value; quote a pattern with spaces: --regex "\d+ (killed|hurt)"'
    )


@pytest.mark.parametrize(("text", "problem"), PROBLEMS, ids=[p[1][:25] for p in PROBLEMS])
def test_malformed_rules_are_one_line(text: str, problem: str) -> None:
    with pytest.raises(WatchRuleError) as error:
        parse_watch_add(text)
    assert str(error.value) == problem
