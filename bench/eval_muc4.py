"""Score casualty-claim extraction (count + effect) against MUC-4 terrorism templates.

Reads ../shared/eval-data/muc4/muc4_documents.jsonl at run time (never copied into the
repo). Text is 1990 upper-case wire copy; the rules are case-insensitive for that reason.

Matching, stated plainly:
* Gold items: every template victim whose effects include DEATH or INJURY and whose count
  is not a single person ("1"): a named or singular victim has no figure to extract.
  DEATH maps to ``killed``, INJURY to ``wounded``; a victim with both accepts ``killed``,
  ``wounded`` or ``killed_or_wounded``.
* Predictions: ``find_claims`` claims of category killed, wounded or killed_or_wounded whose
  figure is not exactly 1, deduplicated per document on (category, min, max). In every row,
  a claim the rules mark as a running total over years (``period`` set: "has claimed 8,200
  lives since 2004") is left out: the key lists one incident's victims, and the product
  itself reads such a total as a war's dead, not the news's toll.
* A prediction matches a gold item when the categories agree and the figure agrees with one
  of the gold's alternative fills: exact/approx N -> our min or max is N; range a-b -> our
  bounds are a and b; at least N -> our min is N; up to N -> our max is N; PLURAL -> our
  figure is a vague/open lower bound ("dozens"), or unspecified ("several", a bare plural
  "the villagers were killed") AND the head noun of our group occurs in one of the gold's
  filler strings ("VILLAGERS" / "PEASANT VILLAGERS"; a trailing "s" is ignored). A
  prediction that equals the template's summed killed/injured total also counts as correct.
* Unspecified predictions are deduplicated per document on (category, group head), not on
  the empty figure: "the priests were killed" and "civilians were wounded" are two claims.
  An unspecified prediction naming victims that the key counts with a number ("THE JESUITS
  WERE KILLED" where the key has "6: JESUITS") is neutral: left out of the predictions, as
  it is true but states no count, and it finds no gold item.
  (Until 2026-11-21 all unspecified claims of a category collapsed into one, which matched
  every PLURAL victim of the document whatever its group.)
* Precision: matched predictions / predictions; recall: matched gold items / gold items.
* The "strict" rows count every keyed DEATH/INJURY victim, singular victims included: a
  victim keyed "1" (a named or singular person) is a gold item of figure 1, and PLURAL
  victims stay gold items matched as above. Predictions are every killed/wounded/
  killed_or_wounded claim (figure 1 included, figure 0 left out since no victim is keyed
  0), deduplicated per document on (category, min, max, head noun of the group), so "a
  soldier was killed" and "a civilian was killed" are two; a single victim with no group
  (a named person) is told apart by the figure as written, its name. Matching is
  one-to-one (each prediction pairs with at most one gold item and vice versa, greedily in
  text order), with
  none of the leniencies of the other rows: no credit for summed template totals or
  sentence sums, and no neutral unspecified claims.
  "relevant docs" rows use only documents with at least one keyed incident (MUC keys only
  terrorism, so casualties of combat or crime in other documents are correct claims that
  the key does not list); "all docs" rows use every document of the split.

Usage: python bench/eval_muc4.py --split train|dev [--data FILE] [--errors N] [--json]
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaldata import EVAL_DATA  # also puts the project root first on sys.path

from rules.casualties import find_claims
from rules.model import Claim
from rules.text import Document

DEFAULT_DATA = EVAL_DATA / "muc4" / "muc4_documents.jsonl"
_EFFECT_CATEGORIES = {
    frozenset({"DEATH"}): frozenset({"killed"}),
    frozenset({"INJURY"}): frozenset({"wounded"}),
    frozenset({"DEATH", "INJURY"}): frozenset({"killed", "wounded", "killed_or_wounded"}),
}
_CASUALTY = frozenset({"killed", "wounded", "killed_or_wounded"})

log = logging.getLogger("eval_muc4")


@dataclass(frozen=True)
class GoldItem:
    categories: frozenset[str]
    alternatives: tuple[dict[str, Any], ...]
    raw: str


@dataclass
class Tally:
    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    def add(self, other: Tally) -> None:
        self.predicted += other.predicted
        self.correct += other.correct
        self.gold += other.gold
        self.found += other.found

    def scores(self) -> dict[str, float]:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

    def row(self, name: str) -> str:
        p, r, f = self.scores().values()
        return (
            f"{name:<28} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
            f"(pred {self.predicted}, correct {self.correct}, gold {self.gold}, found {self.found})"
        )


def gold_items(doc: dict[str, Any]) -> list[GoldItem]:
    """The countable DEATH/INJURY victims of a document's templates."""
    items = []
    for template in doc.get("templates", []):
        for victim in template.get("victims", []):
            effects = frozenset(victim.get("effects", [])) & {"DEATH", "INJURY"}
            if not effects:
                continue
            alternatives = tuple(victim.get("number_alternatives_norm") or [])
            if not alternatives or all(_is_one(a) for a in alternatives):
                continue
            item = GoldItem(_EFFECT_CATEGORIES[effects], alternatives, victim.get("number_raw", ""))
            if item not in items:
                items.append(item)
    return items


def strict_gold_items(doc: dict[str, Any]) -> list[GoldItem]:
    """Every DEATH/INJURY victim of a document's templates that has a number, singular ones
    included ("1": a named or singular person)."""
    items = []
    for template in doc.get("templates", []):
        for victim in template.get("victims", []):
            effects = frozenset(victim.get("effects", [])) & {"DEATH", "INJURY"}
            alternatives = tuple(victim.get("number_alternatives_norm") or [])
            if effects and alternatives:
                raw = victim.get("number_raw", "") or " / ".join(victim.get("desc", []))
                items.append(GoldItem(_EFFECT_CATEGORIES[effects], alternatives, raw))
    return items


def score_strict(doc: dict[str, Any], claims: list[Claim], errors: list[str]) -> Tally:
    """The strict row: every keyed victim, one-to-one, no leniencies (module docstring)."""
    unique: dict[tuple[str, float | None, float | None, str], Claim] = {}
    for claim in claims:
        if claim.max == 0:
            continue
        head = ((claim.group or "").split()[-1:] or [""])[0].lower().rstrip("s")
        if not head and claim.max == 1:
            head = claim.figure_text.lower()  # a named victim: "ANA RUIZ" and "TOMAS BREL"
        unique.setdefault((claim.category, claim.min, claim.max, head), claim)
    items = strict_gold_items(doc)
    tally = Tally(predicted=len(unique), gold=len(items))
    free = set(range(len(items)))
    for claim in unique.values():
        match = next(
            (
                n
                for n in sorted(free)
                if claim.category in items[n].categories
                and any(figure_agrees(claim, a, items[n].raw) for a in items[n].alternatives)
            ),
            None,
        )
        if match is None:
            if items:
                where = f"{doc['doc_id']}: {claim.category} {claim.figure_text!r}"
                errors.append(f"FP strict {where} :: {claim.text[:160]!r}")
            continue
        free.discard(match)
        tally.correct += 1
        tally.found += 1
    for n in sorted(free):
        errors.append(f"FN strict {doc['doc_id']}: {sorted(items[n].categories)} {items[n].raw!r}")
    return tally


def totals(doc: dict[str, Any]) -> list[tuple[str, float]]:
    """Summed killed/injured totals over the templates, as extra acceptable figures."""
    found = []
    for template in doc.get("templates", []):
        for key, category in (("killed", "killed"), ("injured", "wounded")):
            total = template.get(key)
            if total and total.get("min") and total.get("min") == total.get("max"):
                found.append((category, float(total["min"])))
    return found


def _is_one(alternative: dict[str, Any]) -> bool:
    return alternative.get("qualifier") == "exact" and alternative.get("min") == 1


def _group_named(group: str | None, fills: str) -> bool:
    """Is the head noun of ``group`` one of the words of the gold filler strings?"""
    if not group:
        return False
    head = group.split()[-1].lower().rstrip("s")
    words = {w.rstrip("s") for w in re.findall(r"[a-z]+", fills.lower())}
    return bool(head) and head in words


def figure_agrees(claim: Claim, alternative: dict[str, Any], fills: str = "") -> bool:
    """Does the claim's figure state the gold fill (see module docstring)?"""
    kind = alternative.get("qualifier")
    low, high = alternative.get("min"), alternative.get("max")
    if kind == "plural":
        if claim.qualifier == "unspecified":
            return _group_named(claim.group, fills)
        return claim.max is None and claim.min is not None
    if kind in ("exact", "approx"):
        return low in (claim.min, claim.max)
    if kind == "range":
        return claim.min == low and claim.max == high
    if kind == "at_least":
        return claim.min == low
    if kind == "at_most":
        return claim.max in (high, low)
    return low in (claim.min, claim.max)


def casualty_claims(doc: dict[str, Any]) -> list[Claim]:
    """The document's killed/wounded claims."""
    # Wire copy breaks lines inside sentences; a lone newline becomes a space (same offsets).
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", doc["text"])
    found = find_claims(Document(text), ())
    return [c for c in found if c.category in _CASUALTY and c.period is None]


def score_document(doc: dict[str, Any], errors: list[str], claims: list[Claim]) -> Tally:
    unique: dict[tuple[str, float | str | None, float | None], Claim] = {}
    for claim in claims:
        if claim.max in (0, 1):
            continue  # singular and zero figures are not keyed as counts
        if claim.qualifier == "unspecified":
            head = (claim.group or "").split()[-1:] or [""]
            unique.setdefault((claim.category, head[0].lower().rstrip("s"), None), claim)
            continue
        unique.setdefault((claim.category, claim.min, claim.max), claim)
    items = gold_items(doc)
    extra = totals(doc)
    tally = Tally(predicted=len(unique), gold=len(items))
    summed = _sentence_sums(claims)
    found: set[int] = set()
    for claim in unique.values():
        hits = {
            n
            for n, item in enumerate(items)
            if claim.category in item.categories
            and any(figure_agrees(claim, a, item.raw) for a in item.alternatives)
        }
        # "6 killed and 5 wounded" keyed as one victim "11" with DEATH and INJURY.
        hits |= {
            n
            for n, item in enumerate(items)
            if len(item.categories) > 1
            and any(a.get("min") == summed.get(claim.start) for a in item.alternatives)
        }
        found |= hits
        if not hits and claim.qualifier == "unspecified" and _names_counted(claim, items):
            tally.predicted -= 1  # neutral: true, but the key gives those victims a number
            continue
        if hits or any(claim.category == cat and claim.min == value for cat, value in extra):
            tally.correct += 1
        elif items:
            where = f"{doc['doc_id']}: {claim.category} {claim.figure_text!r}"
            errors.append(f"FP {where} :: {claim.text[:160]!r}")
    tally.found = len(found)
    for n, item in enumerate(items):
        if n not in found:
            errors.append(f"FN {doc['doc_id']}: {sorted(item.categories)} {item.raw!r}")
    return tally


def _names_counted(claim: Claim, items: list[GoldItem]) -> bool:
    """Does an unspecified claim name victims that the key counts ("6: JESUITS")?"""
    return any(
        claim.category in item.categories and _group_named(claim.group, item.raw) for item in items
    )


def _sentence_sums(claims: list[Claim]) -> dict[int, float]:
    """Killed plus wounded figures stated in one sentence, by sentence start."""
    sums: dict[int, float] = {}
    for claim in claims:
        if claim.category in ("killed", "wounded") and claim.min is not None:
            sums[claim.start] = sums.get(claim.start, 0) + claim.min
    return sums


def documents(path: Path, split: str) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            if doc.get("split") == split:
                yield doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print this many error lines")
    parser.add_argument("--json", action="store_true", help="print P/R/F1 per row as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if not args.data.is_file():
        print(
            f"skipped: MUC-4 data not found at {args.data} (evaluation needs ../shared/eval-data)"
        )
        return 0
    relevant, everything = Tally(), Tally()
    strict_relevant, strict_all = Tally(), Tally()
    errors: list[str] = []
    started = time.perf_counter()
    count = 0
    for doc in documents(args.data, args.split):
        count += 1
        claims = casualty_claims(doc)
        tally = score_document(doc, errors, claims)
        strict = score_strict(doc, claims, errors)
        everything.add(tally)
        strict_all.add(strict)
        if doc.get("templates"):
            relevant.add(tally)
            strict_relevant.add(strict)
    elapsed = time.perf_counter() - started
    rows = {
        "count+effect, relevant docs": relevant,
        "count+effect, all docs": everything,
        "strict, relevant docs": strict_relevant,
        "strict, all docs": strict_all,
    }
    if args.json:
        print(json.dumps({name: tally.scores() for name, tally in rows.items()}))
        return 0
    print(f"MUC-4 {args.split}: {count} documents in {elapsed:.1f} s")
    for name, tally in rows.items():
        print(tally.row(name))
    for line in errors[: args.errors]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
