"""Decide which watched stories an article belongs to, by keywords and a safe user regex.

Keywords match case-insensitively on word boundaries, ignoring accents and treating dashes and
punctuation as spaces, so ``"al-Shifa"`` matches ``"Al Shifa"`` and ``"Gaza"`` matches
``"Gaza's"``. User regexes run on google-re2, whose matching time is linear in the text, so a
pattern like ``(a+)+$`` cannot hang the poller.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import re2

MAX_PATTERN_LENGTH = 2000
_REGEX_MAX_MEM = 8 << 20


def compile_user_regex(pattern: str) -> Any:
    """Compile a user's regex with re2 (case-insensitive); ``ValueError`` with one line if invalid.

    >>> bool(compile_user_regex(r"\\bkilled\\b").search("Five were KILLED"))
    True
    """
    if not isinstance(pattern, str):
        raise ValueError(f"regex must be a string, got {type(pattern).__name__}")
    if not pattern.strip():
        raise ValueError("regex is empty")
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ValueError(f"regex is longer than {MAX_PATTERN_LENGTH} characters")
    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = False
    options.max_mem = _REGEX_MAX_MEM
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        reason_line = " ".join(str(reason).split())
        hint = ""
        if "escape" in reason_line or "perl operator" in reason_line:
            hint = " (backreferences and lookaround are not supported)"
        raise ValueError(f"invalid regex {pattern!r}: {reason_line}{hint}") from None


@dataclass(frozen=True, slots=True)
class WatchRule:
    """One watched story: keyword lists, optional outlet filter and optional regex."""

    name: str
    any: tuple[str, ...] = ()
    all: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    regex: str | None = None


def normalise_for_matching(text: str) -> str:
    """Fold case and accents, turn dashes and punctuation into spaces; pad with spaces.

    >>> normalise_for_matching("Al-Shifa’s  ÉCOLE, 12 killed")
    ' al shifa s ecole 12 killed '
    """
    decomposed = unicodedata.normalize("NFKD", text)
    chars: list[str] = []
    for char in decomposed:
        if char.isalnum():
            chars.append(char)
        elif unicodedata.category(char) == "Mn":
            continue
        else:
            chars.append(" ")
    return " " + " ".join("".join(chars).casefold().split()) + " "


@dataclass(frozen=True, slots=True)
class _CompiledRule:
    name: str
    any: tuple[str, ...]
    all: tuple[str, ...]
    exclude: tuple[str, ...]
    outlets: frozenset[str]
    regex: Any | None


def _keywords(words: tuple[str, ...]) -> tuple[str, ...]:
    normalised = (normalise_for_matching(word) for word in words)
    return tuple(word for word in normalised if word.strip())


@functools.lru_cache(maxsize=64)
def _compile_rules(rules: tuple[WatchRule, ...]) -> tuple[_CompiledRule, ...]:
    return tuple(
        _CompiledRule(
            name=rule.name,
            any=_keywords(rule.any),
            all=_keywords(rule.all),
            exclude=_keywords(rule.exclude),
            outlets=frozenset(outlet.casefold() for outlet in rule.outlets),
            regex=compile_user_regex(rule.regex) if rule.regex else None,
        )
        for rule in rules
    )


def match_stories(rules: Sequence[WatchRule], *, outlet: str, title: str, text: str) -> list[str]:
    """Names of the rules that this article (outlet, title, body text) matches, in rule order.

    >>> rules = [WatchRule("hospital", any=("Al-Shifa",), exclude=("football",))]
    >>> match_stories(rules, outlet="Daily", title="Strike near al Shifa", text="")
    ['hospital']
    """
    compiled = _compile_rules(tuple(rules))
    if not compiled:
        return []
    haystack = normalise_for_matching(f"{title}\n{text}")
    raw = f"{title}\n{text}"
    outlet_key = outlet.casefold()
    matched: list[str] = []
    for rule in compiled:
        if rule.outlets and outlet_key not in rule.outlets:
            continue
        if rule.any and not any(word in haystack for word in rule.any):
            continue
        if rule.all and not all(word in haystack for word in rule.all):
            continue
        if not (rule.any or rule.all or rule.regex is not None):
            continue
        if any(word in haystack for word in rule.exclude):
            continue
        if rule.regex is not None and rule.regex.search(raw) is None:
            continue
        matched.append(rule.name)
    return matched
