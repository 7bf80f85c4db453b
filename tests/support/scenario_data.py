"""Fictional divergence scenarios as typed data: the YAML format and its loader.

A scenario (``tests/crosswire/scenarios/<name>.yaml``) is one story covered by a few invented
outlets over a few days, with the divergences the engine should report after the last poll.
The format is described in ``tests/crosswire/scenarios/README.md``; ``load_scenario`` checks
a file and says in one line what is wrong with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

#: Where the scenario files live.
SCENARIO_DIR = Path(__file__).resolve().parents[1] / "crosswire" / "scenarios"
#: The default scenario start: every published time is this plus the article's ``hours``.
DEFAULT_START = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
#: Divergence kinds a scenario may expect or silence (issue 6, section 2).
KINDS = frozenset(
    {"conflict", "discrepancy", "update", "exclusive", "attribution", "non_response", "revision"}
)
_STORY_KEYS = frozenset({"name", "any", "all", "exclude", "outlets", "regex"})


class ScenarioError(ValueError):
    """A scenario file is malformed; the message is one line naming the file and the key."""


@dataclass(frozen=True, slots=True)
class Outlet:
    """A fictional outlet: ``key`` names its feed path, ``name`` is what the config calls it."""

    key: str
    name: str


@dataclass(frozen=True, slots=True)
class Version:
    """One version of an article as served from poll ``step`` on."""

    step: int
    hours: float  # published (first version) or updated time, in hours after the start
    title: str
    text: str
    note: str | None = None  # an update/correction line appended to the text; None = stealth

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The body's paragraphs (blank-line separated), with the note last if there is one."""
        body = tuple(" ".join(p.split()) for p in self.text.split("\n\n") if p.strip())
        return (*body, self.note) if self.note else body


@dataclass(frozen=True, slots=True)
class Article:
    """An article at one URL, with every version it will have."""

    outlet: str
    slug: str
    versions: tuple[Version, ...]

    @property
    def key(self) -> str:
        """``outlet/slug``, as wire links name articles."""
        return f"{self.outlet}/{self.slug}"

    @property
    def path(self) -> str:
        return f"/{self.outlet}/{self.slug}.html"

    @property
    def step(self) -> int:
        """The poll step at which the article first appears."""
        return self.versions[0].step

    def at(self, step: int) -> Version | None:
        """The newest version served at ``step``, or None before the article appears."""
        shown = [v for v in self.versions if v.step <= step]
        return shown[-1] if shown else None


@dataclass(frozen=True, slots=True)
class Expectation:
    """A divergence the engine should report after the last step."""

    kind: str
    outlets: tuple[str, ...]
    category: str | None = None
    party: str | None = None
    stealth: bool | None = None


@dataclass(frozen=True, slots=True)
class WireLink:
    """``copy`` (``outlet/slug``) republishes ``original``."""

    copy: str
    original: str


@dataclass(frozen=True, slots=True)
class Scenario:
    """One story, its outlets and articles, and what the divergence engine should say."""

    name: str
    title: str
    story: Mapping[str, Any]  # a config ``stories[]`` entry
    outlets: tuple[Outlet, ...]
    articles: tuple[Article, ...]
    expect: tuple[Expectation, ...]
    silent: tuple[str, ...]
    wire: tuple[WireLink, ...]

    @property
    def last_step(self) -> int:
        return max(v.step for a in self.articles for v in a.versions)

    def outlet(self, key: str) -> Outlet:
        return next(o for o in self.outlets if o.key == key)

    def article(self, key: str) -> Article:
        """The article named ``outlet/slug``."""
        return next(a for a in self.articles if a.key == key)


def scenario_paths() -> list[Path]:
    """Every scenario file, in name order."""
    return sorted(SCENARIO_DIR.glob("*.yaml"))


def load_scenario(path: Path) -> Scenario:
    """Read and check one scenario file; raise ``ScenarioError`` with one line on a problem."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ScenarioError(f"{path.name}: cannot read: {' '.join(str(exc).split())}") from None
    try:
        return _scenario(path.stem, raw)
    except ScenarioError as exc:
        raise ScenarioError(f"{path.name}: {exc}") from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ScenarioError(f"{path.name}: malformed ({type(exc).__name__}: {exc})") from None


def _scenario(name: str, raw: Any) -> Scenario:
    if not isinstance(raw, dict):
        raise ScenarioError("expected a mapping at the top level")
    story = dict(raw["story"])
    if not story.keys() <= _STORY_KEYS:
        raise ScenarioError(f"story: unknown keys {sorted(story.keys() - _STORY_KEYS)}")
    outlets = tuple(Outlet(str(o["key"]), str(o["name"])) for o in raw["outlets"])
    keys = {o.key for o in outlets}
    if len(keys) != len(outlets):
        raise ScenarioError("outlets: duplicate key")
    articles = tuple(_article(i, a, keys) for i, a in enumerate(raw["articles"]))
    if len({a.key for a in articles}) != len(articles):
        raise ScenarioError("articles: two articles share outlet and slug")
    expect = tuple(_expectation(i, e, keys) for i, e in enumerate(raw.get("expect") or []))
    silent = tuple(str(k) for k in raw.get("silent") or [])
    if not set(silent) <= KINDS:
        raise ScenarioError(f"silent: unknown kinds {sorted(set(silent) - KINDS)}")
    if clash := {e.kind for e in expect} & set(silent):
        raise ScenarioError(f"silent: {sorted(clash)} also expected")
    wire = tuple(WireLink(str(w["copy"]), str(w["original"])) for w in raw.get("wire") or [])
    known = {a.key for a in articles}
    for i, link in enumerate(wire):
        if not {link.copy, link.original} <= known:
            raise ScenarioError(f"wire[{i}]: unknown article {link.copy} or {link.original}")
    frozen_story = MappingProxyType(story)
    return Scenario(name, str(raw["title"]), frozen_story, outlets, articles, expect, silent, wire)


def _article(index: int, raw: Mapping[str, Any], outlets: set[str]) -> Article:
    where = f"articles[{index}]"
    if raw["outlet"] not in outlets:
        raise ScenarioError(f"{where}.outlet: unknown outlet {raw['outlet']!r}")
    first = Version(int(raw["step"]), float(raw["hours"]), str(raw["title"]), str(raw["text"]))
    versions = [first]
    for j, later in enumerate(raw.get("versions") or []):
        previous = versions[-1]
        version = Version(
            step=int(later["step"]),
            hours=float(later["hours"]),
            title=str(later.get("title") or previous.title),
            text=str(later.get("text") or previous.text),
            note=later.get("note"),
        )
        if version.step <= previous.step or version.hours < previous.hours:
            raise ScenarioError(f"{where}.versions[{j}]: step and hours must move forward")
        versions.append(version)
    return Article(str(raw["outlet"]), str(raw["slug"]), tuple(versions))


def _expectation(index: int, raw: Mapping[str, Any], outlets: set[str]) -> Expectation:
    kind = str(raw["kind"])
    if kind not in KINDS:
        raise ScenarioError(f"expect[{index}].kind: unknown kind {kind!r}")
    named = tuple(str(o) for o in raw.get("outlets") or [])
    if not set(named) <= outlets:
        raise ScenarioError(f"expect[{index}].outlets: unknown {sorted(set(named) - outlets)}")
    stealth = raw.get("stealth")
    return Expectation(kind, named, raw.get("category"), raw.get("party"), stealth)


def load_all(paths: Iterable[Path] | None = None) -> list[Scenario]:
    """Every scenario (or those at ``paths``), loaded."""
    return [load_scenario(p) for p in (scenario_paths() if paths is None else paths)]
