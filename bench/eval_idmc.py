"""Score figures and qualifiers against IDMC displacement excerpts (humanitarian reporting).

Reads ../shared/eval-data/idmc/idmc_fully_labelled.jsonl at run time (never copied into the
repo). Each row is an excerpt with one labelled displacement figure, reporting term and unit.

Stated plainly:
* Split: rows are split by ``md5(Excerpt)`` modulo 10: 0-6 train, 7-9 dev.
* Rows scored: ``Mentions`` is "Y" and the figure is a number. Terms about people map to our
  categories: Displaced, Forced to Flee, Relocated, Homeless, Sheltered, In Relief Camp ->
  displaced; Evacuated -> evacuated. Housing terms (Destroyed / Partially Destroyed Housing)
  count houses, which the rules deliberately do not extract, so they are reported apart.
* figure recall: a claim of any category states the gold number (its min or max equals it).
  category recall: such a claim also has the mapped category.
* precision: claims of category displaced or evacuated whose min or max equals the row's gold
  number, over all such claims (an excerpt may state other, unlabelled figures; those count
  as wrong, so this is a lower bound). When the gold number is the sum of the figures stated
  (the labeller added up per-province counts), the claims that are not the gold number but
  whose figures (lower bounds) add up to it exactly are its parts and count as right. The
  strict row (``precision_strict``, parts counted wrong) is printed beside it; the gate is on
  ``precision``.
* qualifier agreement: for figure hits, the qualifier we give versus the one implied by the
  words right before the gold number in the excerpt (a fixed lexicon: about/around/some/
  approximately/an estimated -> approximately, more than/over -> more_than, at least,
  up to/as many as -> at_most, nearly/almost -> almost, else exact). The gold has no qualifier
  column, so this checks binding and span more than the lexicon itself.
* figure+qualifier: rows where a claim states the gold number with the mapped category and,
  when the words before the number imply a qualifier, that qualifier too; over all rows
  scored (the issue's aim is >= 0.75).
The gold has known noise (the README names 260,000 labelled 26000); check misses by hand.

Usage: python bench/eval_idmc.py --split train|dev [--data FILE] [--errors N] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaldata import EVAL_DATA  # also puts the project root first on sys.path

from rules.casualties import find_claims
from rules.model import Claim
from rules.text import Document

DEFAULT_DATA = EVAL_DATA / "idmc" / "idmc_fully_labelled.jsonl"
TERM_CATEGORY = {
    "Displaced": "displaced",
    "Forced to Flee": "displaced",
    "Relocated": "displaced",
    "Homeless": "displaced",
    "Sheltered": "displaced",
    "In Relief Camp": "displaced",
    "Evacuated": "evacuated",
}
_PEOPLE_CATEGORIES = frozenset({"displaced", "evacuated"})
_QUALIFIER_WORDS = (
    ("approximately", r"(?:about|around|some|approximately|roughly|an estimated|estimated)"),
    ("more_than", r"(?:more than|over)"),
    ("at_least", r"(?:at least)"),
    ("at_most", r"(?:up to|as many as)"),
    ("almost", r"(?:nearly|almost)"),
)


@dataclass
class Counts:
    rows: int = 0
    figure_hits: int = 0
    category_hits: int = 0
    claims: int = 0
    right_claims: int = 0
    part_claims: int = 0  # parts of a summed gold figure (counted right by ``precision``)
    qualifier_checked: int = 0
    qualifier_agree: int = 0
    housing_rows: int = 0
    figure_and_qualifier: int = 0

    def scores(self) -> dict[str, float]:
        def share(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {
            "figure_recall": share(self.figure_hits, self.rows),
            "category_recall": share(self.category_hits, self.rows),
            "precision": share(self.right_claims + self.part_claims, self.claims),
            "precision_strict": share(self.right_claims, self.claims),
            "qualifier_agreement": share(self.qualifier_agree, self.qualifier_checked),
            "figure_qualifier": share(self.figure_and_qualifier, self.rows),
        }


def split_of(row: dict[str, Any]) -> str:
    digest = hashlib.md5(str(row.get("Excerpt")).encode(), usedforsecurity=False)
    return "train" if int(digest.hexdigest(), 16) % 10 < 7 else "dev"


def gold_number(row: dict[str, Any]) -> float | None:
    try:
        return float(str(row.get("Displacement figure")).replace(",", ""))
    except ValueError:
        return None


def implied_qualifier(excerpt: str, number: float) -> str | None:
    """The qualifier the excerpt's words give the gold number, or None if it is not written."""
    digits = f"{int(number):,}"
    for written in (digits, digits.replace(",", ""), digits.replace(",", " ")):
        index = excerpt.find(written)
        if index >= 0:
            before = excerpt[max(0, index - 20) : index].lower()
            for name, pattern in _QUALIFIER_WORDS:
                if re.search(rf"\b{pattern}\s*$", before):
                    return name
            return "exact"
    return None


def states(claim: Claim, number: float) -> bool:
    return number in (claim.min, claim.max)


def addends(claims: list[Claim], number: float) -> list[Claim]:
    """The claims not stating ``number`` when their figures (lower bounds) add up to it
    exactly: its parts, which the labeller summed. Else none."""
    others = [c for c in claims if not states(c, number)]
    lows = [c.min for c in others if c.min is not None]
    if len(others) < 2 or len(lows) != len(others):
        return []
    return others if sum(lows) == number else []


def rows(path: Path, split: str) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if split_of(row) == split:
                yield row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print this many misses")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"skipped: IDMC data not found at {args.data} (evaluation needs ../shared/eval-data)")
        return 0
    counts = Counts()
    qualifiers: Counter[str] = Counter()
    misses: list[str] = []
    for row in rows(args.data, args.split):
        number = gold_number(row)
        excerpt = str(row.get("Excerpt") or "")
        if row.get("Mentions") != "Y" or number is None:
            continue
        category = TERM_CATEGORY.get(str(row.get("Reporting term")))
        if category is None:
            counts.housing_rows += 1
            continue
        counts.rows += 1
        claims = find_claims(Document(excerpt), ())
        hits = [c for c in claims if states(c, number)]
        counts.figure_hits += bool(hits)
        counts.category_hits += any(c.category == category for c in hits)
        people = [c for c in claims if c.category in _PEOPLE_CATEGORIES]
        counts.claims += len(people)
        counts.right_claims += sum(states(c, number) for c in people)
        counts.part_claims += len(addends(people, number))
        implied = implied_qualifier(excerpt, number)
        counts.figure_and_qualifier += any(
            c.category == category and implied in (None, c.qualifier) for c in hits
        )
        if hits and implied is not None:
            counts.qualifier_checked += 1
            counts.qualifier_agree += hits[0].qualifier == implied
            qualifiers[f"{implied}->{hits[0].qualifier}"] += 1
        if not any(c.category == category for c in hits):
            found = [(c.category, c.figure_text) for c in claims]
            misses.append(f"gold {category} {number:g} :: {found} :: {excerpt[:200]!r}")
    if args.json:
        print(json.dumps(counts.scores()))
        return 0
    _report(args.split, counts, qualifiers)
    for line in misses[: args.errors]:
        print(line)
    return 0


def _report(split: str, counts: Counts, qualifiers: Counter[str]) -> None:
    def share(a: int, b: int) -> float:
        return a / b if b else 0.0

    print(
        f"IDMC {split}: {counts.rows} people-figure rows ({counts.housing_rows} housing rows apart)"
    )
    print(
        f"figure recall        {share(counts.figure_hits, counts.rows):.3f}  "
        f"({counts.figure_hits}/{counts.rows})"
    )
    print(
        f"category recall      {share(counts.category_hits, counts.rows):.3f}  "
        f"({counts.category_hits}/{counts.rows})"
    )
    right = counts.right_claims + counts.part_claims
    print(f"precision (lower b.) {share(right, counts.claims):.3f}  ({right}/{counts.claims})")
    print(
        f"  strict, parts wrong {share(counts.right_claims, counts.claims):.3f}  "
        f"({counts.right_claims}/{counts.claims})"
    )
    print(
        f"qualifier agreement  {share(counts.qualifier_agree, counts.qualifier_checked):.3f}  "
        f"({counts.qualifier_agree}/{counts.qualifier_checked})  {dict(qualifiers)}"
    )
    print(
        f"figure+qualifier     {share(counts.figure_and_qualifier, counts.rows):.3f}  "
        f"({counts.figure_and_qualifier}/{counts.rows})"
    )


if __name__ == "__main__":
    sys.exit(main())
