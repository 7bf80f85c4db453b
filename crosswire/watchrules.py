"""Watch rules from config.yaml and from chats, as one list of stories.

A rule added in a chat (``/watch add``) is validated exactly like one in config.yaml: it is put
into the configuration's own data and the whole is checked by ``validate_config``, so re2
regexes, unknown outlets and duplicate names give the same one-line errors. ``effective_stories``
is what matching and alerting use.
"""

from __future__ import annotations

import logging
import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crosswire.config import Config, ConfigError, StoryConfig, validate_config
from crosswire.db.bot_store import BotStore
from crosswire.db.store import Store

#: The divergence kinds an alert setting may name (issue 6 §2).
ALERT_KINDS = (
    "conflict",
    "discrepancy",
    "update",
    "exclusive",
    "attribution",
    "non_response",
    "revision",
)
MAX_KEYWORDS = 50
log = logging.getLogger(__name__)
_LIST_OPTIONS = {"--any": "any", "--exclude": "exclude", "--outlets": "outlets", "--kinds": "kinds"}
_VALUE_OPTIONS = {"--min-diff": "min_diff", "--regex": "regex"}


class WatchRuleError(ValueError):
    """A watch rule from a chat is malformed or invalid; the message is one line."""


@dataclass(frozen=True, slots=True)
class WatchedStory:
    """A story with where it came from: ``config`` or ``chat <id>``."""

    story: StoryConfig
    origin: str


def parse_watch_add(arguments: Sequence[str] | str) -> dict[str, Any]:
    """``NAME KEYWORD... [--any ...] [--exclude ...] [--outlets ...] [--kinds a,b]
    [--min-diff 20%] [--regex RE]`` -> the rule as config.yaml would hold it.

    >>> parse_watch_add('Varna "border clash" --any shelling --min-diff 20%')
    {'name': 'Varna', 'all': ['border clash'], 'any': ['shelling'], 'alert': {'min_diff': 0.2}}
    """
    words = _split(arguments)
    if not words or words[0].startswith("--"):
        raise WatchRuleError("give the rule a NAME first, then its keywords")
    rule: dict[str, Any] = {"name": words[0]}
    alert: dict[str, Any] = {}
    current = "all"
    values: dict[str, list[str]] = {"all": []}
    for word in words[1:]:
        if word.startswith("--"):
            current = _LIST_OPTIONS.get(word) or _VALUE_OPTIONS.get(word) or ""
            if not current:
                raise WatchRuleError(f"unknown option {word} (see /help watch)")
            if current in values:
                raise WatchRuleError(f"{word} given twice")
            values[current] = []
            continue
        parts = [p for p in word.split(",") if p] if current in {"kinds", "outlets"} else [word]
        values[current].extend(parts)
    for key, items in values.items():
        if key in _VALUE_OPTIONS.values():
            if len(items) > 1 and key == "regex":
                # "--regex \d+ killed": a pattern with spaces is one quoted word
                quoted = " ".join(items)
                raise WatchRuleError(
                    f'--regex takes one value; quote a pattern with spaces: --regex "{quoted}"'
                )
            if len(items) != 1:
                raise WatchRuleError(f"--{key.replace('_', '-')} takes exactly one value")
            if key == "regex":
                rule["regex"] = items[0]
            else:
                alert["min_diff"] = parse_min_diff(items[0])
        elif key == "kinds":
            alert["kinds"] = _kinds(items)
        elif items:
            if len(items) > MAX_KEYWORDS:
                raise WatchRuleError(f"at most {MAX_KEYWORDS} words per list")
            rule[key] = items
    if alert:
        rule["alert"] = alert
    return rule


def parse_min_diff(text: str) -> float:
    """``20%`` or ``0.2`` -> 0.2; a relative difference between 0 and 10 (1,000 %).

    >>> parse_min_diff("35%")
    0.35
    """
    raw = text.strip()
    try:
        value = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        raise WatchRuleError(f"--min-diff: expected a percentage like 20%, got {text!r}") from None
    if not 0 <= value <= 10:
        raise WatchRuleError(f"--min-diff: must be between 0% and 1000%, got {text!r}")
    return round(value, 6)


def _kinds(items: list[str]) -> list[str]:
    unknown = [k for k in items if k not in ALERT_KINDS]
    if unknown:
        raise WatchRuleError(
            f"--kinds: unknown kind {unknown[0]!r} (one of {', '.join(ALERT_KINDS)})"
        )
    if not items:
        raise WatchRuleError("--kinds: name at least one kind")
    return list(dict.fromkeys(items))


def _split(arguments: Sequence[str] | str) -> list[str]:
    text = arguments if isinstance(arguments, str) else " ".join(_quote(a) for a in arguments)
    text = text.replace("“", '"').replace("”", '"').replace("—", "--")  # phone keyboards
    try:
        return shlex.split(text)
    except ValueError as exc:
        raise WatchRuleError(f"cannot read the words: {exc} (close your quotes)") from None


def _quote(word: str) -> str:
    return word if '"' in word or "'" in word else shlex.quote(word)


def _story_fields(rule: dict[str, Any]) -> dict[str, Any]:
    """The part of a stored rule that StoryConfig knows (``alert`` once the core has it)."""
    known = set(StoryConfig.model_fields)
    return {key: value for key, value in rule.items() if key in known}


def validate_watch_rule(config: Config, store: Store, rule: dict[str, Any]) -> StoryConfig:
    """Check ``rule`` as config.yaml's ``stories[]`` would be, next to every existing rule."""
    chats = BotStore(store)
    stored = [r.rule for r in chats.watch_rules()]
    data = config.model_dump(mode="json", exclude_none=True)
    _add_chat_outlets(data, chats)
    data["stories"] = [*data.get("stories", []), *map(_story_fields, stored), _story_fields(rule)]
    index = len(data["stories"]) - 1
    try:
        checked = validate_config(_escape_dollars(data), source="watch rule")
    except ConfigError as exc:
        prefix = f"stories[{index}]"
        mine = [p for p in exc.problems if p.startswith(prefix)]
        line = (mine or exc.problems)[0]
        raise WatchRuleError(_readable(line.removeprefix(prefix).lstrip("."))) from None
    return checked.stories[index]


def _readable(problem: str) -> str:
    """``all: ...`` stays; a bare problem on the rule itself loses its leading colon."""
    text = problem.removeprefix(":").strip()
    # "(also stories[3])" is a place in config.yaml's merged list, which a chat never sees
    text = re.sub(r" \(also stories\[\d+\]\)$", "; /watch list shows the rules", text)
    return text.replace(
        "a story needs at least one of any, all or regex",
        "give at least one keyword (or --any / --regex)",
    )


def _escape_dollars(value: Any) -> Any:
    """Values are already substituted; ``$`` must survive a second pass literally."""
    if isinstance(value, str):
        return value.replace("$", "$$")
    if isinstance(value, dict):
        return {key: _escape_dollars(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_escape_dollars(item) for item in value]
    return value


def watch_rules(config: Config, store: Store) -> list[WatchedStory]:
    """Config stories (origin ``config``) then chat rules (origin ``chat <id>``)."""
    rules = [WatchedStory(story, "config") for story in config.stories]
    known = {story.name.casefold() for story in config.stories}
    for record in BotStore(store).watch_rules():
        if record.name.casefold() in known:
            continue  # config.yaml wins if it later gained a story of the same name
        try:
            story = StoryConfig.model_validate(_story_fields(record.rule))
        except ValueError:
            continue  # a rule the current schema refuses is skipped, never half-applied
        origin = f"chat {record.chat_id}" if record.chat_id is not None else "chat"
        rules.append(WatchedStory(story, origin))
    return rules


def effective_stories(config: Config, store: Store) -> list[StoryConfig]:
    """Every story to match and alert on: config.yaml's, then those added from chats."""
    return [rule.story for rule in watch_rules(config, store)]


def describe_rule(rule: WatchedStory) -> list[str]:
    """Plain-text lines for ``/watch show`` and the CLI."""
    story = rule.story
    lines = [f"{story.name} (from {rule.origin})"]
    for label, items in (
        ("all of", story.all),
        ("any of", story.any),
        ("excluding", story.exclude),
        ("outlets", story.outlets),
    ):
        if items:
            lines.append(f"{label}: {', '.join(items)}")
    if story.regex:
        lines.append(f"regex: {story.regex}")
    alert = story.alert
    lines.append(f"alert kinds: {', '.join(alert.kinds) or 'none'}")
    if alert.categories:
        lines.append(f"alert categories: {', '.join(alert.categories)}")
    if alert.min_diff is not None:
        lines.append(f"minimum difference: {alert.min_diff:.0%}")
    return lines


def effective_config(config: Config, store: Store) -> Config:
    """``config`` with the outlets and watch rules added from chats (config.yaml wins a clash).

    Used when ``crosswire poll`` and ``run`` start. An addition the configuration now refuses
    leaves them all out, and that is logged.
    """
    try:
        return with_chat_additions(config, store)
    except ConfigError as exc:
        log.warning("chat-added outlets or rules ignored: %s", exc.problems[0])
        return config


def with_chat_additions(config: Config, store: Store) -> Config:
    """``config`` with the chat additions; raises ``ConfigError`` when one is refused.

    ``crosswire run`` calls it at every dispatch round and keeps what it ran with when it
    raises, so one bad addition never drops the chat outlets already being polled.
    """
    data = config.model_dump(mode="json", exclude_none=True)
    _add_chat_outlets(data, BotStore(store))
    data["stories"] = [
        *data.get("stories", []),
        *(
            _story_fields(r.story.model_dump(mode="json", exclude_none=True))
            for r in watch_rules(config, store)
            if r.origin != "config"
        ),
    ]
    return validate_config(_escape_dollars(data), source="chat additions")


def _add_chat_outlets(data: dict[str, Any], chats: BotStore) -> None:
    """Outlets added from chats, after config.yaml's (which win a name clash)."""
    taken = {o["name"].casefold() for o in data.get("outlets", [])}
    for outlet in chats.outlets():
        if outlet.name.casefold() not in taken:
            data.setdefault("outlets", []).append({"name": outlet.name, "feeds": outlet.feeds})
