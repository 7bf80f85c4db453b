"""Configuration: the shape of config.yaml and its validation.

``load_config`` and ``parse_config`` read YAML, substitute ``${VAR}`` / ``${VAR:-default}``
from the environment, validate with pydantic and report every problem as one line naming
its key path (``outlets[2].feeds[0].url: not a URL``). Field names are a contract; the
documentation in docs/CONFIG.md is checked against them by a test.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from ipaddress import ip_network
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    HttpUrl,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from crosswire.config_text import (
    MAX_VALUES,
    cross_check_data,
    cross_problems,
    dedupe,
    describe,
    kind_of,
    one_line,
    render_loc,
    substitute,
)
from crosswire.divergence.settings import AlertSettings, DivergenceConfig
from monitors.matching import compile_user_regex

DEFAULT_DATABASE = "sqlite:///crosswire.db"
DEFAULT_USER_AGENT = "Crosswire/0.1 (+https://github.com/crosswire/crosswire; media monitoring)"

#: Bounds for any fixed poll interval, in seconds: one minute to one week.
MIN_POLL_INTERVAL = 60
MAX_POLL_INTERVAL = 7 * 24 * 3600


_TOKEN = re.compile(r"\d{3,15}:[A-Za-z0-9_-]{30,64}")
_HH_MM = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")


def _problem(message: str) -> PydanticCustomError:
    """An error whose message is shown verbatim after the key path."""
    return PydanticCustomError("crosswire", "{reason}", {"reason": message})


def _poll_interval(value: int | None) -> int | None:
    if value is not None and not MIN_POLL_INTERVAL <= value <= MAX_POLL_INTERVAL:
        raise _problem(
            f"must be between {MIN_POLL_INTERVAL} and {MAX_POLL_INTERVAL} seconds "
            f"(1 minute to 7 days), got {value}"
        )
    return value


def _non_empty(value: str) -> str:
    stripped = value.strip()
    if not stripped:
        raise _problem("must not be empty")
    return stripped


def _strict_int(value: object) -> object:
    """Accept ints and digit strings (from ``${VAR}``), refuse booleans and floats."""
    if isinstance(value, bool):
        raise _problem("expected an integer, got a boolean")
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
        return int(value.strip())
    return value


def _blank_is_none(value: object) -> object:
    """An empty string (e.g. ``${TOKEN:-}`` unset) means the optional value is absent."""
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _cidr(value: str) -> str:
    """A network such as ``127.0.0.0/8`` or ``fd00::/8`` (a bare address means just it)."""
    try:
        return str(ip_network(value.strip(), strict=False))
    except ValueError:
        raise _problem(f"not a network in CIDR form (like 127.0.0.0/8), got {value!r}") from None


PollInterval = Annotated[int | None, AfterValidator(_poll_interval)]
NonEmpty = Annotated[str, AfterValidator(_non_empty)]
AdminId = Annotated[int, BeforeValidator(_strict_int)]
Cidr = Annotated[str, AfterValidator(_cidr)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FeedConfig(_Strict):
    """One feed of an outlet."""

    url: HttpUrl
    poll_interval: PollInterval = None  # seconds; None = adaptive


class OutletConfig(_Strict):
    """A news outlet: a name and the feeds it publishes."""

    name: NonEmpty
    feeds: list[FeedConfig] = Field(min_length=1)
    poll_interval: PollInterval = None  # seconds; None = adaptive
    full_text: bool = True
    homepage: Annotated[HttpUrl | None, BeforeValidator(_blank_is_none)] = None

    @field_validator("feeds", mode="before")
    @classmethod
    def _feeds_as_strings(cls, value: object) -> object:
        """Allow ``feeds: [https://...]`` as shorthand for ``feeds: [{url: https://...}]``."""
        if isinstance(value, str):
            return [{"url": value}]
        if isinstance(value, list):
            return [{"url": item} if isinstance(item, str) else item for item in value]
        return value


class StoryConfig(_Strict):
    """A story to watch: which articles belong to it."""

    name: NonEmpty
    any: list[NonEmpty] = Field(default_factory=list)
    all: list[NonEmpty] = Field(default_factory=list)
    exclude: list[NonEmpty] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)  # empty = every outlet
    regex: str | None = None
    alert: AlertSettings = Field(default_factory=AlertSettings)

    @field_validator("regex")
    @classmethod
    def _safe_regex(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not value.strip():
            raise _problem("must not be empty")
        try:
            compile_user_regex(value)
        except ValueError as exc:
            reason = one_line(str(exc)).removeprefix(f"invalid regex {value!r}: ")
            raise _problem(f"invalid regex: {reason}") from None
        return value

    @model_validator(mode="after")
    def _has_a_matcher(self) -> StoryConfig:
        if not (self.any or self.all or self.regex):
            raise _problem("a story needs at least one of any, all or regex")
        return self


class TelegramConfig(_Strict):
    """The Telegram bot: token, optional Bot API server, and who may administer it."""

    token: Annotated[str | None, BeforeValidator(_blank_is_none)] = None
    base_url: Annotated[HttpUrl | None, BeforeValidator(_blank_is_none)] = None
    admins: list[AdminId] = Field(default_factory=list)
    webhook_url: Annotated[HttpUrl | None, BeforeValidator(_blank_is_none)] = None
    webhook_secret: Annotated[str | None, BeforeValidator(_blank_is_none)] = None
    webhook_listen: str = "127.0.0.1:8443"
    poll_timeout: float = Field(default=10.0, gt=0, le=60, allow_inf_nan=False)
    outbox_interval: float = Field(default=5.0, gt=0, le=3600, allow_inf_nan=False)
    max_messages_per_second: float = Field(default=30.0, gt=0, le=1000, allow_inf_nan=False)
    group_messages_per_minute: float = Field(default=20.0, gt=0, le=1000, allow_inf_nan=False)
    batch_after: int = Field(default=3, ge=1, le=100)

    @field_validator("webhook_secret")
    @classmethod
    def _secret_token(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value):
            raise _problem("1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)")
        return value

    @field_validator("webhook_listen")
    @classmethod
    def _host_port(cls, value: str) -> str:
        host, _, port = value.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise _problem("expected HOST:PORT, e.g. 0.0.0.0:8443")
        return value

    @field_validator("token")
    @classmethod
    def _token_format(cls, value: str | None) -> str | None:
        if value is not None and not _TOKEN.fullmatch(value.strip()):
            raise _problem("not a Telegram bot token (expected digits:secret, as BotFather gives)")
        return value.strip() if value is not None else None


class DigestConfig(_Strict):
    """When the daily digest is sent, in local time."""

    time: str = "08:00"
    timezone: str = "UTC"

    @field_validator("time", mode="before")
    @classmethod
    def _hh_mm(cls, value: object) -> object:
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
            # YAML 1.1 reads an unquoted 08:30 as the sexagesimal integer 510.
            return f"{value // 60:02d}:{value % 60:02d}"
        if not isinstance(value, str) or not _HH_MM.fullmatch(value.strip()):
            raise _problem("expected HH:MM")
        return value.strip()

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise _problem(f"unknown time zone {value!r}") from None
        return value

    @property
    def zone(self) -> ZoneInfo:
        """The time zone as a ``ZoneInfo``."""
        return ZoneInfo(self.timezone)


class HttpConfig(_Strict):
    """How Crosswire fetches: identity, timeouts, size limit and politeness."""

    user_agent: NonEmpty = (
        "Crosswire/0.1 (+https://github.com/crosswire/crosswire; media monitoring)"
    )
    connect_timeout: float = Field(default=10.0, gt=0, le=600, allow_inf_nan=False)
    read_timeout: float = Field(default=20.0, gt=0, le=600, allow_inf_nan=False)
    max_redirects: int = Field(default=5, ge=0, le=30)
    max_bytes: int = Field(default=5_000_000, gt=0)
    per_host_concurrency: int = Field(default=2, gt=0, le=100)
    per_host_delay: float = Field(default=1.0, ge=0, le=3600, allow_inf_nan=False)
    concurrency: int = Field(default=50, gt=0, le=1000)
    # Seconds one feed's items may take per poll; the rest wait for the next poll.
    feed_budget: float = Field(default=240.0, gt=0, le=86_400, allow_inf_nan=False)
    # New items handled per feed per poll, newest first; the rest wait for the next poll.
    max_new_items: int = Field(default=200, gt=0, le=1_000_000)
    allow_networks: list[Cidr] = Field(default_factory=list)  # exempt from the network policy


class Config(_Strict):
    """The whole configuration file."""

    database: str = DEFAULT_DATABASE
    outlets: list[OutletConfig] = Field(default_factory=list)
    stories: list[StoryConfig] = Field(default_factory=list)
    telegram: TelegramConfig = Field(default_factory=TelegramConfig)
    digest: DigestConfig = Field(default_factory=DigestConfig)
    http: HttpConfig = Field(default_factory=HttpConfig)
    divergence: DivergenceConfig = Field(default_factory=DivergenceConfig)

    @field_validator("database")
    @classmethod
    def _sqlalchemy_url(cls, value: str) -> str:
        try:
            make_url(value)
        except (ArgumentError, ValueError):
            raise _problem("not a SQLAlchemy URL") from None
        return value

    def outlet(self, name: str) -> OutletConfig | None:
        """The outlet called ``name``, if any."""
        return next((o for o in self.outlets if o.name == name), None)


class ConfigError(Exception):
    """Configuration is invalid; ``problems`` holds one line per problem."""

    def __init__(self, problems: list[str], *, source: str | None = None) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
        self.source = source


def load_config(path: Path) -> Config:
    """Read, substitute ``${ENV}`` and validate ``path``; raise ``ConfigError``."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([f"{path}: no such file"], source=str(path)) from None
    except IsADirectoryError:
        raise ConfigError([f"{path}: is a directory, not a file"], source=str(path)) from None
    except UnicodeDecodeError as exc:
        problem = f"{path}: not UTF-8 text (byte {exc.start})"
        raise ConfigError([problem], source=str(path)) from None
    except OSError as exc:
        problem = f"{path}: cannot read: {exc.strerror or exc}"
        raise ConfigError([problem], source=str(path)) from None
    return parse_config(text, source=str(path))


def parse_config(
    text: str, *, source: str = "<string>", env: Mapping[str, str] | None = None
) -> Config:
    """Parse YAML ``text`` into a validated ``Config``; raise ``ConfigError``.

    ``env`` replaces ``os.environ`` for ``${VAR}`` substitution (tests pass their own).
    """
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"
        reason = exc.problem or exc.context or "cannot parse"
        raise ConfigError([f"{source}: invalid YAML at {where}: {reason}"], source=source) from None
    except yaml.YAMLError as exc:
        problem = f"{source}: invalid YAML: {one_line(str(exc))}"
        raise ConfigError([problem], source=source) from None
    duplicates = _duplicate_keys(yaml.compose(text, Loader=yaml.SafeLoader), (), set())
    try:
        config = validate_config(data, source=source, env=env)
    except ConfigError as exc:
        raise ConfigError(dedupe(duplicates + exc.problems), source=source) from None
    if duplicates:
        raise ConfigError(duplicates, source=source)
    return config


def _duplicate_keys(
    node: yaml.Node | None, path: tuple[int | str, ...], seen: set[int]
) -> list[str]:
    """YAML keeps the last of two equal keys silently; a config file should not."""
    if node is None or id(node) in seen:
        return []
    seen.add(id(node))
    problems: list[str] = []
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if isinstance(key_node, yaml.ScalarNode) and key in keys and key != "<<":
                line = key_node.start_mark.line + 1
                problems.append(f"{render_loc((*path, key))}: duplicate key (again on line {line})")
            keys.add(key)
            problems += _duplicate_keys(value_node, (*path, key), seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            problems += _duplicate_keys(item, (*path, i), seen)
    return problems


def validate_config(
    data: object, *, source: str = "<data>", env: Mapping[str, str] | None = None
) -> Config:
    """Validate already-loaded data (a mapping, or None for defaults) into a ``Config``."""
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        kind = kind_of(data)
        raise ConfigError([f"(top level): expected a mapping of keys, got {kind}"], source=source)
    problems: list[str] = []
    counter = [0]
    substituted = substitute(data, (), os.environ if env is None else env, problems, counter)
    if counter[0] > MAX_VALUES:
        raise ConfigError([f"(top level): more than {MAX_VALUES} values"], source=source)
    # Every problem in one pass: unset variables, then the shape of each key (except where a
    # variable was missing: that line already says why), then the cross-references.
    unset = {line.split(": ", 1)[0] for line in problems}
    config: Config | None = None
    try:
        config = Config.model_validate(substituted)
    except ValidationError as exc:
        described = (describe(error, Config) for error in exc.errors())
        problems += [line for line in described if line.split(": ", 1)[0] not in unset]
    problems += cross_check_data(substituted)
    if problems or config is None:
        raise ConfigError(dedupe(problems), source=source)
    return config


def cross_check(config: Config) -> list[str]:
    """Problems that span several keys: duplicate names, stories naming unknown outlets."""
    return cross_problems(
        [o.name for o in config.outlets], [(s.name, list(s.outlets)) for s in config.stories]
    )
