"""The annotated corpus of tests/rules/corpus, loaded and checked (for bench/eval_rules.py).

Each YAML file holds one fictional article and its gold claims, attributions and distractor
sentences; tests/rules/corpus/README.md describes the format. A file that cannot be used raises
``CorpusError`` naming the file and what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rules_matching import Alternatives

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "tests" / "rules" / "corpus"

QUALIFIERS = frozenset(
    "exact approximately at_least more_than at_most fewer_than almost range unspecified".split()
)
KINDS = frozenset({"statement", "non_response"})
DISTRACTOR_CLASSES = frozenset(
    "date year age time distance area measure money percentage score vote_count ordinal_unit"
    " objects headcount other".split()
)
CATEGORY_RE = re.compile(r"[a-z_]+")


class CorpusError(ValueError):
    """An annotation file that cannot be used: says which file and what is wrong."""


@dataclass(frozen=True, slots=True)
class Located:
    """A gold annotation's sentence: the quoted substring and where it sits in the text."""

    quote: str
    start: int
    end: int

    def overlaps(self, start: int, end: int) -> bool:
        return start < self.end and self.start < end


@dataclass(frozen=True, slots=True)
class GoldClaim:
    where: Located
    category: str
    min: float | None
    max: float | None
    qualifier: str
    group: Alternatives
    claimant: Alternatives
    via: Alternatives
    as_of: Alternatives | None
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    where: Located
    source: Alternatives
    cue: Alternatives
    kind: str
    anonymous: bool
    via: Alternatives


@dataclass(frozen=True, slots=True)
class Distractor:
    where: Located
    klass: str


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """What a reader would give as the main incident's current toll (None: the article states
    none): the optional top-level ``key: {killed: N|null, wounded: N|null}``."""

    killed: int | None
    wounded: int | None


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    claims: tuple[GoldClaim, ...]
    attributions: tuple[GoldAttribution, ...]
    distractors: tuple[Distractor, ...]
    title: str = ""
    key: KeyFigure | None = None


TOP_LEVEL = frozenset({"title", "text", "claims", "attributions", "distractors", "key"})


# ---------------------------------------------------------------- loading


def load_corpus(directory: Path = CORPUS_DIR) -> list[Article]:
    """Every annotated article in ``directory``, validated; CorpusError names the problem."""
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise CorpusError(f"{directory}: no *.yaml corpus files")
    return [load_article(path) for path in files]


def load_article(path: Path) -> Article:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CorpusError(f"{path.name}: cannot read: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise CorpusError(f"{path.name}: expected a mapping with a 'text' string")
    text: str = data["text"]
    name = path.name
    unknown = sorted(data.keys() - TOP_LEVEL)
    if unknown:
        raise CorpusError(f"{name}: unknown top-level keys {unknown}")
    title = data.get("title") or ""
    if not isinstance(title, str):
        raise CorpusError(f"{name}: 'title' must be a string")
    claims = tuple(
        _gold_claim(name, text, i, item) for i, item in enumerate(data.get("claims") or [])
    )
    attributions = tuple(
        _gold_attribution(name, text, i, item)
        for i, item in enumerate(data.get("attributions") or [])
    )
    distractors = tuple(
        _distractor(name, text, i, item) for i, item in enumerate(data.get("distractors") or [])
    )
    for d in distractors:
        for c in claims:
            if d.where.overlaps(c.where.start, c.where.end):
                raise CorpusError(f"{name}: distractor {d.where.quote!r} overlaps a gold claim")
    key = None if data.get("key") is None else _key(name, data["key"])
    return Article(name, text, claims, attributions, distractors, title, key)


def _key(name: str, item: Any) -> KeyFigure:
    _keys(name, "key", item, {"killed", "wounded"}, set())
    values = [item["killed"], item["wounded"]]
    for value in values:
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 0
        ):
            raise CorpusError(f"{name}: key: killed/wounded must be a non-negative integer or null")
    return KeyFigure(killed=item["killed"], wounded=item["wounded"])


def _locate(name: str, text: str, what: str, item: dict[str, Any]) -> Located:
    quote = item.get("sentence")
    if not isinstance(quote, str) or not quote:
        raise CorpusError(f"{name}: {what}: 'sentence' must be a non-empty string")
    count = text.count(quote)
    if count != 1:
        raise CorpusError(f"{name}: {what}: sentence {quote!r} occurs {count} times, not once")
    start = text.index(quote)
    return Located(quote, start, start + len(quote))


def _keys(name: str, what: str, item: Any, required: set[str], optional: set[str]) -> None:
    if not isinstance(item, dict):
        raise CorpusError(f"{name}: {what}: expected a mapping")
    missing = required - item.keys()
    unknown = item.keys() - required - optional
    if missing or unknown:
        raise CorpusError(f"{name}: {what}: missing {sorted(missing)}, unknown {sorted(unknown)}")


def _alternatives(name: str, what: str, value: Any) -> Alternatives:
    values = value if isinstance(value, list) else [value]
    if not values or not all(v is None or (isinstance(v, str) and v.strip()) for v in values):
        raise CorpusError(f"{name}: {what}: expected a string, null or a list of them")
    return tuple(values)


def _number(name: str, what: str, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise CorpusError(f"{name}: {what}: min/max must be a non-negative number or null")
    return float(value)


def _gold_claim(name: str, text: str, index: int, item: Any) -> GoldClaim:
    what = f"claim {index + 1}"
    _keys(
        name,
        what,
        item,
        {"sentence", "category", "min", "max", "qualifier", "group", "claimant", "via"},
        {"as_of", "optional"},
    )
    category = item["category"]
    if not isinstance(category, str) or not CATEGORY_RE.fullmatch(category):
        raise CorpusError(f"{name}: {what}: bad category {category!r}")
    if item["qualifier"] not in QUALIFIERS:
        raise CorpusError(f"{name}: {what}: bad qualifier {item['qualifier']!r}")
    low, high = _number(name, what, item["min"]), _number(name, what, item["max"])
    if low is not None and high is not None and low > high:
        raise CorpusError(f"{name}: {what}: min {low} > max {high}")
    as_of = item.get("as_of")
    if not isinstance(item.get("optional", False), bool):
        raise CorpusError(f"{name}: {what}: optional must be true or false")
    return GoldClaim(
        where=_locate(name, text, what, item),
        category=category,
        min=low,
        max=high,
        qualifier=item["qualifier"],
        group=_alternatives(name, what, item["group"]),
        claimant=_alternatives(name, what, item["claimant"]),
        via=_alternatives(name, what, item["via"]),
        as_of=None if as_of is None else _alternatives(name, what, as_of),
        optional=item.get("optional", False),
    )


def _gold_attribution(name: str, text: str, index: int, item: Any) -> GoldAttribution:
    what = f"attribution {index + 1}"
    _keys(name, what, item, {"sentence", "source", "cue", "kind", "anonymous"}, {"via"})
    if item["kind"] not in KINDS:
        raise CorpusError(f"{name}: {what}: bad kind {item['kind']!r}")
    if not isinstance(item["anonymous"], bool):
        raise CorpusError(f"{name}: {what}: anonymous must be true or false")
    source = _alternatives(name, what, item["source"])
    cue = _alternatives(name, what, item["cue"])
    if None in source or None in cue:
        raise CorpusError(f"{name}: {what}: source and cue cannot be null")
    return GoldAttribution(
        where=_locate(name, text, what, item),
        source=source,
        cue=cue,
        kind=item["kind"],
        anonymous=item["anonymous"],
        via=_alternatives(name, what, item.get("via")),
    )


def _distractor(name: str, text: str, index: int, item: Any) -> Distractor:
    what = f"distractor {index + 1}"
    _keys(name, what, item, {"sentence", "class"}, set())
    if item["class"] not in DISTRACTOR_CLASSES:
        raise CorpusError(f"{name}: {what}: bad class {item['class']!r}")
    return Distractor(_locate(name, text, what, item), item["class"])
