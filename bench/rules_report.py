"""The figures bench/eval_rules.py keeps, and how they are printed and checked against floors.

``Score`` turns counts into precision/recall/F1 (an empty side scores 1.0 only when the other
is empty too); ``Accuracy`` is a share of correct fields; ``check`` names every metric below
its floor in bench/floors.json.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rules_corpus import Article

#: The key-figure rows, in print order.
KEY_ROWS = ("killed", "wounded")


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
    #: Per article with a gold ``key``: the product's key figure equals it ("killed", "wounded").
    key: dict[str, Accuracy] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


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
        "key": {k: v.as_dict() for k, v in sorted(report.key.items())},
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
    for name, a in data.get("key", {}).items():
        flat[f"key.{name}"] = a["accuracy"]
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
    lines.append("key figures (product's per-article key figure vs the gold `key`):")
    for name in KEY_ROWS:
        a = data.get("key", {}).get(name)
        row = f"key {name} = gold"
        if a is None or not a["n"]:
            lines.append(f"  {row:28} n/a (no article has a key)")
        else:
            lines.append(f"  {row:28} {a['correct']}/{a['n']}  {a['accuracy']:.3f}")
    return "\n".join(lines)
