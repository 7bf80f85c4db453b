"""Configuration: the shape of config.yaml and its validation.

Stub of the contract: field names below are fixed; validators and loading are filled in by
the configuration work (see ``load_config``).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, HttpUrl

DEFAULT_DATABASE = "sqlite:///crosswire.db"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FeedConfig(_Strict):
    url: HttpUrl
    poll_interval: int | None = None  # seconds; None = adaptive


class OutletConfig(_Strict):
    name: str
    feeds: list[FeedConfig] = Field(min_length=1)
    poll_interval: int | None = None  # seconds; None = adaptive
    full_text: bool = True
    homepage: HttpUrl | None = None


class StoryConfig(_Strict):
    name: str
    any: list[str] = Field(default_factory=list)
    all: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)  # empty = every outlet
    regex: str | None = None


class TelegramConfig(_Strict):
    token: str | None = None
    base_url: HttpUrl | None = None
    admins: list[int] = Field(default_factory=list)


class DigestConfig(_Strict):
    time: str = "08:00"
    timezone: str = "UTC"


class HttpConfig(_Strict):
    user_agent: str = "Crosswire/0.1 (+https://github.com/crosswire/crosswire; media monitoring)"
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_redirects: int = 5
    max_bytes: int = 5_000_000
    per_host_concurrency: int = 2
    per_host_delay: float = 1.0
    concurrency: int = 50


class Config(_Strict):
    database: str = DEFAULT_DATABASE
    outlets: list[OutletConfig] = Field(default_factory=list)
    stories: list[StoryConfig] = Field(default_factory=list)
    telegram: TelegramConfig = Field(default_factory=TelegramConfig)
    digest: DigestConfig = Field(default_factory=DigestConfig)
    http: HttpConfig = Field(default_factory=HttpConfig)


class ConfigError(Exception):
    """Configuration is invalid; ``problems`` holds one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def load_config(path: Path) -> Config:
    """Read, substitute ``${ENV}`` and validate ``path``; raise ``ConfigError``."""
    raise NotImplementedError
