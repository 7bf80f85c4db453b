"""Story matching: keyword semantics, outlet filter, and the safe regex engine."""

from __future__ import annotations

import time

import pytest

from monitors.matching import WatchRule, compile_user_regex, match_stories

TITLE = "Strike on al-Shifa hospital: health ministry says 12 killed"
TEXT = (
    "The Gaza health ministry said on Tuesday that twelve people were killed when a strike hit "
    "the courtyard of Al Shifa hospital. The army said it was reviewing the report. "
    "Médecins Sans Frontières said its staff were safe."
)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        pytest.param(WatchRule("s", any=("hospital",)), True, id="any-single-word"),
        pytest.param(WatchRule("s", any=("HOSPITAL",)), True, id="any-case-insensitive"),
        pytest.param(WatchRule("s", any=("hosp",)), False, id="no-partial-word"),
        pytest.param(WatchRule("s", any=("school", "hospital")), True, id="any-one-of-two"),
        pytest.param(WatchRule("s", any=("school", "bridge")), False, id="any-none"),
        pytest.param(WatchRule("s", any=("Al Shifa hospital",)), True, id="phrase"),
        pytest.param(WatchRule("s", any=("al-Shifa",)), True, id="dash-tolerant"),
        pytest.param(WatchRule("s", any=("Medecins sans frontieres",)), True, id="accent-fold"),
        pytest.param(WatchRule("s", any=("killed hospital",)), False, id="phrase-order-kept"),
        pytest.param(WatchRule("s", all=("strike", "ministry")), True, id="all-present"),
        pytest.param(WatchRule("s", all=("strike", "ceasefire")), False, id="all-one-missing"),
        pytest.param(
            WatchRule("s", any=("hospital",), exclude=("football",)), True, id="exclude-absent"
        ),
        pytest.param(
            WatchRule("s", any=("hospital",), exclude=("army",)), False, id="exclude-vetoes"
        ),
        pytest.param(WatchRule("s", outlets=("Daily Wire",), any=("strike",)), True, id="outlet"),
        pytest.param(WatchRule("s", outlets=("Other",), any=("strike",)), False, id="wrong-outlet"),
        pytest.param(
            WatchRule("s", any=("hospital",), regex=r"\b\d+ killed"), True, id="regex-matches"
        ),
        pytest.param(
            WatchRule("s", any=("hospital",), regex=r"\b\d+ wounded"), False, id="regex-vetoes"
        ),
        pytest.param(WatchRule("s", regex=r"health\s+ministry"), True, id="regex-only"),
        pytest.param(WatchRule("s"), False, id="empty-rule-matches-nothing"),
    ],
)
def test_rule_semantics(rule: WatchRule, expected: bool) -> None:
    names = match_stories([rule], outlet="daily wire", title=TITLE, text=TEXT)
    assert (names == ["s"]) is expected


def test_several_rules_keep_order() -> None:
    rules = [
        WatchRule("second", any=("ministry",)),
        WatchRule("none", any=("earthquake",)),
        WatchRule("first", all=("hospital", "killed")),
    ]
    assert match_stories(rules, outlet="x", title=TITLE, text=TEXT) == ["second", "first"]


def test_title_alone_can_match() -> None:
    rules = [WatchRule("s", any=("al shifa",))]
    assert match_stories(rules, outlet="x", title="Al-Shifa update", text="") == ["s"]


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param("(a)\\1", id="backreference"),
        pytest.param("(?<=a)b", id="lookbehind"),
        pytest.param("(?=a)", id="lookahead"),
        pytest.param("(", id="unbalanced"),
        pytest.param("", id="empty"),
        pytest.param("a" * 5000, id="too-long"),
    ],
)
def test_bad_regex_is_one_line_value_error(pattern: str) -> None:
    with pytest.raises(ValueError) as info:
        compile_user_regex(pattern)
    message = str(info.value)
    assert message and "\n" not in message


def test_bad_regex_in_rule_raises_value_error() -> None:
    with pytest.raises(ValueError, match="invalid regex"):
        match_stories([WatchRule("s", regex="(?<=x)y")], outlet="o", title="t", text="xy")


def test_catastrophic_regex_completes_fast() -> None:
    pattern = compile_user_regex("(a+)+$")
    hostile = "a" * 50_000 + "!"
    started = time.perf_counter()
    assert pattern.search(hostile) is None
    rules = [WatchRule("evil", regex="(x+x+)+y")]
    assert match_stories(rules, outlet="o", title="t", text="x" * 50_000) == []
    assert time.perf_counter() - started < 1.0


def test_regex_is_case_insensitive() -> None:
    assert compile_user_regex("killed").search("KILLED") is not None
