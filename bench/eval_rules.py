"""Score ``rules.analyze`` against the annotated corpus in tests/rules/corpus.

Prints precision/recall/F1 per claim category, per claim field, for attributions and
non-responses, and the false claims found in distractor sentences. ``--json`` prints the
same figures as JSON; ``--check`` compares them with bench/floors.json and exits 1 naming
every metric below its floor; ``--errors`` lists every miss and false positive.

Matching (see tests/rules/corpus/README.md):
- a finding is in a gold sentence when its [start, end) overlaps the gold substring;
- a claim matches when sentence and category agree ("detected"), and strictly when min and
  max are equal as well; claim P/R/F1 per category are strict;
- strings (group, claimant, via, source) match leniently when, after normalisation, one
  token sequence lies inside the other and the shorter side holds a head word of the gold
  (last word of an appositive part before "of", "who", "(" ...), and exactly when the
  normalised token sequences are equal. Gold may list alternatives; null is one of them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
# bench/rules.py would shadow the rules package when this script runs from bench/.
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from rules.analyze import analyze  # noqa: E402
from rules.model import Attribution, Claim  # noqa: E402

CORPUS_DIR = ROOT / "tests" / "rules" / "corpus"
FLOORS_FILE = ROOT / "bench" / "floors.json"

QUALIFIERS = frozenset(
    "exact approximately at_least more_than at_most fewer_than almost range unspecified".split()
)
KINDS = frozenset({"statement", "non_response"})
DISTRACTOR_CLASSES = frozenset(
    "date year age time distance area measure money percentage score vote_count ordinal_unit"
    " objects headcount other".split()
)
CATEGORY_RE = re.compile(r"[a-z_]+")

Alternatives = tuple[str | None, ...]


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
class Article:
    name: str
    text: str
    claims: tuple[GoldClaim, ...]
    attributions: tuple[GoldAttribution, ...]
    distractors: tuple[Distractor, ...]


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
    return Article(name, text, claims, attributions, distractors)


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


# ---------------------------------------------------------------- string matching

_STOP_HEAD = frozenset("of from in at who which that with on for to by".split())
_ARTICLES = frozenset({"the", "a", "an"})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens without a leading article ("The agency's" -> agency s)."""
    words = _NON_WORD.sub(" ", text.lower().replace("\u2019", "'")).split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return words


def heads(gold: str) -> set[str]:
    """Head words of a gold span: the last word of each appositive part before a modifier."""
    found: set[str] = set()
    for part in re.split(r"[,(]", gold):
        words = tokens(part)
        cut = next((i for i, w in enumerate(words) if w in _STOP_HEAD and i > 0), len(words))
        if words[:cut]:
            found.add(words[:cut][-1])
    return found


def _inside(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def lenient_match(predicted: str | None, gold: str | None) -> bool:
    """Same string after normalisation, or one inside the other keeping a head word of gold."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    p, g = tokens(predicted), tokens(gold)
    if not p or not g:
        return p == g
    if p == g:
        return True
    if _inside(p, g):
        return bool(heads(gold) & set(p))
    if _inside(g, p):
        return len(p) <= 2 * len(g) + 3
    return False


def exact_match(predicted: str | None, gold: str | None) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return tokens(predicted) == tokens(gold)


def any_lenient(predicted: str | None, gold: Alternatives) -> bool:
    return any(lenient_match(predicted, g) for g in gold)


def any_exact(predicted: str | None, gold: Alternatives) -> bool:
    return any(exact_match(predicted, g) for g in gold)


def cue_match(predicted: str, gold: Alternatives) -> bool:
    """One normalised cue lies inside the other ("said" ~ "said in a statement")."""
    p = tokens(predicted)
    return any(
        g is not None and bool(p) and (_inside(p, tokens(g)) or _inside(tokens(g), p)) for g in gold
    )


# ---------------------------------------------------------------- scoring


@dataclass
class Score:
    """True positives, predictions and gold items, turned into precision/recall/F1."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def as_dict(self) -> dict[str, float | int]:
        p = self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)
        r = self.tp / self.gold if self.gold else (1.0 if not self.predicted else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += ok
        self.total += 1

    def as_dict(self) -> dict[str, float | int]:
        value = self.correct / self.total if self.total else 1.0
        return {"accuracy": round(value, 4), "correct": self.correct, "n": self.total}


@dataclass
class Report:
    """Everything eval_rules measures, plus the individual errors for ``--errors``."""

    claim_strict: dict[str, Score] = field(default_factory=dict)
    claim_detected: dict[str, Score] = field(default_factory=dict)
    claim_fields: dict[str, Accuracy] = field(default_factory=dict)
    attribution: dict[str, Score] = field(default_factory=dict)
    attribution_fields: dict[str, Accuracy] = field(default_factory=dict)
    distractor_false_claims: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def _claim_row(c: Claim) -> str:
    return (
        f"{c.category} {c.min}/{c.max} {c.qualifier} group={c.group!r} "
        f"claimant={c.claimant!r} via={c.via!r}"
    )


def _gold_claim_row(g: GoldClaim) -> str:
    return (
        f"{g.category} {g.min}/{g.max} {g.qualifier} group={list(g.group)} "
        f"claimant={list(g.claimant)} via={list(g.via)}"
    )


def _same_figure(c: Claim, g: GoldClaim) -> bool:
    return c.min == g.min and c.max == g.max


G = TypeVar("G")
P = TypeVar("P")


def _pair(
    gold: Sequence[G],
    predicted: Sequence[P],
    fits: Callable[[G, P], bool],
    preferred: Callable[[G, P], bool],
) -> tuple[list[tuple[G, P]], list[G], list[P]]:
    """Pair greedily, one to one: first pairs that fit and are preferred, then any that fit."""
    free = list(predicted)
    pairs: list[tuple[G, P]] = []
    unpaired: list[G] = []
    for strict in (True, False):
        pending = list(gold) if strict else unpaired
        unpaired = []
        for g in pending:
            hit = next((c for c in free if fits(g, c) and (not strict or preferred(g, c))), None)
            if hit is None:
                unpaired.append(g)
            else:
                free.remove(hit)
                pairs.append((g, hit))
    return pairs, unpaired, free


def _pair_claims(
    gold: Sequence[GoldClaim], predicted: Sequence[Claim]
) -> tuple[list[tuple[GoldClaim, Claim]], list[GoldClaim], list[Claim]]:
    """Pair gold and predicted claims: same figure first, then same sentence and category."""
    return _pair(
        gold,
        predicted,
        lambda g, c: g.where.overlaps(c.start, c.end) and c.category == g.category,
        lambda g, c: _same_figure(c, g),
    )


def _pair_attributions(
    gold: Sequence[GoldAttribution], predicted: Sequence[Attribution]
) -> tuple[list[tuple[GoldAttribution, Attribution]], list[GoldAttribution], list[Attribution]]:
    """Pair gold and predicted attributions of one kind in one sentence, same source first."""
    return _pair(
        gold,
        predicted,
        lambda g, a: g.where.overlaps(a.start, a.end) and a.kind == g.kind,
        lambda g, a: any_lenient(a.source, g.source),
    )


def _score(table: dict[str, Score], key: str) -> Score:
    return table.setdefault(key, Score())


def _acc(table: dict[str, Accuracy], key: str) -> Accuracy:
    return table.setdefault(key, Accuracy())


def evaluate(articles: Iterable[Article]) -> Report:
    """Run analyze() on every article and score it against the gold annotations."""
    report = Report()
    for article in articles:
        analysis = analyze(article.text)
        _score_claims(report, article, analysis.claims)
        _score_attributions(report, article, analysis.attributions)
    return report


def _score_claims(report: Report, article: Article, predicted: Sequence[Claim]) -> None:
    pairs, missed, extra = _pair_claims(article.claims, predicted)
    # An optional claim (a single person, say) is neither required nor wrong when found.
    excused = {id(c) for g, c in pairs if g.optional}
    pairs = [(g, c) for g, c in pairs if not g.optional]
    missed = [g for g in missed if not g.optional]
    predicted = [c for c in predicted if id(c) not in excused]
    for g in (g for g in article.claims if not g.optional):
        for key in (g.category, "ALL"):
            _score(report.claim_strict, key).gold += 1
            _score(report.claim_detected, key).gold += 1
    for c in predicted:
        for key in (c.category, "ALL"):
            _score(report.claim_strict, key).predicted += 1
            _score(report.claim_detected, key).predicted += 1
    for g, c in pairs:
        figure_ok = _same_figure(c, g)
        for key in (g.category, "ALL"):
            _score(report.claim_detected, key).tp += 1
            _score(report.claim_strict, key).tp += figure_ok
        _acc(report.claim_fields, "min_max").add(figure_ok)
        _acc(report.claim_fields, "qualifier").add(c.qualifier == g.qualifier)
        for name, value, gold in (
            ("group", c.group, g.group),
            ("claimant", c.claimant, g.claimant),
            ("via", c.via, g.via),
        ):
            _acc(report.claim_fields, name).add(any_lenient(value, gold))
            _acc(report.claim_fields, f"{name}_exact").add(any_exact(value, gold))
        if g.as_of is not None:
            _acc(report.claim_fields, "as_of").add(any_lenient(c.as_of, g.as_of))
        problems = [
            label
            for label, ok in (
                ("figure", figure_ok),
                ("qualifier", c.qualifier == g.qualifier),
                ("group", any_lenient(c.group, g.group)),
                ("claimant", any_lenient(c.claimant, g.claimant)),
                ("via", any_lenient(c.via, g.via)),
            )
            if not ok
        ]
        if problems:
            report.errors.append(
                f"CLAIM FIELD {article.name}: wrong {', '.join(problems)}\n"
                f"    gold: {_gold_claim_row(g)}\n    got:  {_claim_row(c)}\n"
                f"    in:   {c.text!r}"
            )
    for g in missed:
        report.errors.append(
            f"CLAIM MISS {article.name}: {_gold_claim_row(g)}\n    in:   {g.where.quote!r}"
        )
    for c in extra:
        hits = [d for d in article.distractors if d.where.overlaps(c.start, c.end)]
        if hits:
            report.distractor_false_claims[hits[0].klass] += 1
        label = f"DISTRACTOR ({hits[0].klass})" if hits else "FALSE CLAIM"
        report.errors.append(f"{label} {article.name}: {_claim_row(c)}\n    in:   {c.text!r}")


def _score_attributions(report: Report, article: Article, predicted: Sequence[Attribution]) -> None:
    for kind in sorted(KINDS):
        gold = [g for g in article.attributions if g.kind == kind]
        mine = [a for a in predicted if a.kind == kind]
        pairs, missed, extra = _pair_attributions(gold, mine)
        detected = _score(report.attribution, f"{kind}.detected")
        source = _score(report.attribution, f"{kind}.source")
        source_exact = _score(report.attribution, f"{kind}.source_exact")
        for s in (detected, source, source_exact):
            s.gold += len(gold)
            s.predicted += len(mine)
        for g, a in pairs:
            detected.tp += 1
            source_ok = any_lenient(a.source, g.source)
            source.tp += source_ok
            source_exact.tp += any_exact(a.source, g.source)
            cue_ok = cue_match(a.cue, g.cue)
            _acc(report.attribution_fields, f"{kind}.cue").add(cue_ok)
            _acc(report.attribution_fields, f"{kind}.anonymous").add(a.anonymous == g.anonymous)
            _acc(report.attribution_fields, f"{kind}.via").add(any_lenient(a.via, g.via))
            if g.anonymous:
                _acc(report.attribution_fields, f"{kind}.anonymous_recall").add(a.anonymous)
            if not (source_ok and cue_ok and a.anonymous == g.anonymous):
                report.errors.append(
                    f"ATTRIBUTION FIELD {article.name} ({kind}): gold source={list(g.source)} "
                    f"cue={list(g.cue)} anon={g.anonymous}\n"
                    f"    got source={a.source!r} cue={a.cue!r} anon={a.anonymous}\n"
                    f"    in:   {a.text!r}"
                )
        for g in missed:
            report.errors.append(
                f"ATTRIBUTION MISS {article.name} ({kind}): source={list(g.source)} "
                f"cue={list(g.cue)}\n    in:   {g.where.quote!r}"
            )
        for a in extra:
            report.errors.append(
                f"ATTRIBUTION FALSE {article.name} ({kind}): source={a.source!r} cue={a.cue!r}\n"
                f"    in:   {a.text!r}"
            )


# ---------------------------------------------------------------- output


def metrics(report: Report) -> dict[str, Any]:
    """The report as nested JSON-ready data."""
    return {
        "claims": {
            "strict": {k: v.as_dict() for k, v in sorted(report.claim_strict.items())},
            "detected": {k: v.as_dict() for k, v in sorted(report.claim_detected.items())},
            "fields": {k: v.as_dict() for k, v in sorted(report.claim_fields.items())},
        },
        "attributions": {
            "scores": {k: v.as_dict() for k, v in sorted(report.attribution.items())},
            "fields": {k: v.as_dict() for k, v in sorted(report.attribution_fields.items())},
        },
        "distractors": {
            "false_claims": sum(report.distractor_false_claims.values()),
            "by_class": dict(sorted(report.distractor_false_claims.items())),
        },
    }


def flat_metrics(data: dict[str, Any]) -> dict[str, float]:
    """Metric names used by floors.json, e.g. ``claims.strict.killed.f1``."""
    flat: dict[str, float] = {}
    for section in ("strict", "detected"):
        for cat, s in data["claims"][section].items():
            for key in ("precision", "recall", "f1"):
                flat[f"claims.{section}.{cat}.{key}"] = s[key]
    for name, a in data["claims"]["fields"].items():
        flat[f"claims.fields.{name}"] = a["accuracy"]
    for name, s in data["attributions"]["scores"].items():
        for key in ("precision", "recall", "f1"):
            flat[f"attributions.{name}.{key}"] = s[key]
    for name, a in data["attributions"]["fields"].items():
        flat[f"attributions.fields.{name}"] = a["accuracy"]
    flat["distractors.false_claims"] = data["distractors"]["false_claims"]
    return flat


def check(flat: dict[str, float], floors: dict[str, Any]) -> list[str]:
    """Every metric below its floor (or above its ceiling), as readable lines."""
    failures: list[str] = []
    for name, floor in sorted(floors.get("floors", {}).items()):
        value = flat.get(name)
        if value is None:
            failures.append(f"{name}: not measured (floor {floor})")
        elif value < floor:
            failures.append(f"{name}: {value:.4f} < floor {floor:.4f}")
    for name, ceiling in sorted(floors.get("ceilings", {}).items()):
        value = flat.get(name)
        if value is None:
            failures.append(f"{name}: not measured (ceiling {ceiling})")
        elif value > ceiling:
            failures.append(f"{name}: {value} > ceiling {ceiling}")
    return failures


def _table(title: str, rows: dict[str, dict[str, Any]]) -> list[str]:
    lines = [title, f"  {'':28} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for name, s in rows.items():
        lines.append(
            f"  {name:28} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
            f" {s['tp']:5d} {s['predicted']:5d} {s['gold']:5d}"
        )
    return lines


def render(data: dict[str, Any], articles: Sequence[Article]) -> str:
    sentences = sum(len(re.findall(r"[.!?](?:\s|$)", a.text)) for a in articles)
    lines = [
        f"corpus: {len(articles)} articles, ~{sentences} sentences, "
        f"{sum(not c.optional for a in articles for c in a.claims)} gold claims, "
        f"{sum(len(a.attributions) for a in articles)} gold attributions, "
        f"{sum(len(a.distractors) for a in articles)} distractor sentences",
        "",
    ]
    lines += _table("claims, strict (sentence+category+min+max):", data["claims"]["strict"])
    lines += _table("claims, detected (sentence+category):", data["claims"]["detected"])
    lines.append(
        "claim fields, over detected claims (lenient strings; *_exact = normalised equal):"
    )
    for name, a in data["claims"]["fields"].items():
        lines.append(f"  {name:28} {a['accuracy']:6.3f}  ({a['correct']}/{a['n']})")
    lines += _table("attributions (source = lenient match):", data["attributions"]["scores"])
    lines.append("attribution fields, over detected attributions:")
    for name, a in data["attributions"]["fields"].items():
        lines.append(f"  {name:28} {a['accuracy']:6.3f}  ({a['correct']}/{a['n']})")
    d = data["distractors"]
    lines.append(f"false claims in distractor sentences: {d['false_claims']} {d['by_class']}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument("--check", action="store_true", help="fail below bench/floors.json")
    parser.add_argument("--errors", action="store_true", help="list every miss and false hit")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    parser.add_argument("--floors", type=Path, default=FLOORS_FILE)
    args = parser.parse_args(argv)
    try:
        articles = load_corpus(args.corpus)
    except CorpusError as exc:
        print(f"eval_rules: {exc}", file=sys.stderr)
        return 2
    report = evaluate(articles)
    data = metrics(report)
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        print(render(data, articles))
    if args.errors:
        print("\n" + "\n".join(report.errors))
    if args.check:
        try:
            floors = json.loads(args.floors.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            print(f"eval_rules: cannot read floors {args.floors}: {exc}", file=sys.stderr)
            return 2
        failures = check(flat_metrics(data), floors)
        for line in failures:
            print(f"BELOW FLOOR {line}", file=sys.stderr)
        if failures:
            return 1
        print(
            f"all {len(floors.get('floors', {})) + len(floors.get('ceilings', {}))} floors met",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
