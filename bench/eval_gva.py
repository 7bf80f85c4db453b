"""Score document-level killed/injured counts against the Gun Violence Archive corpus.

Reads ../shared/eval-data/gva/documents.jsonl at run time (never copied into the repo).
The reference is GVA's incident total, not a span in the text, so the score is noisy and
upper-bounded (see that folder's README-source.md).

Stated plainly:
* Split: documents are split by incident, ``md5(incident_id)`` modulo 10: 0-6 train, 7-9 dev,
  so that articles on one incident never sit on both sides.
* The document is the headline, a blank line, then the text.
* ``--aggregate product`` (the default since 2026-12-01): the product's own key figure
  (``crosswire.divergence.keyfigures``): ``category_total`` for killed (the key figure, with
  one sentence's groups summed), ``wounded_total`` for injured (the wounded key figure, or
  casualties less the dead when the article states at most one wounded). The other modes
  below are the script's earlier aggregation, kept to compare against.
* Document figure (the aggregation): the ``killed`` claims (``wounded`` for injured) with a
  definite figure are summed per sentence ("six children and two adults were killed" -> 8);
  ``--aggregate mode`` (default) takes the sentence total stated most often, ties going to the
  earliest (news repeats the current toll), ``first`` the first, ``max`` the largest.
  A lower bound counts as its minimum ("at least 3" -> 3); no such claim predicts 0.
* A figure repeated with the same group inside one sentence is summed once (scraped pages
  repeat captions: "family of five found dead ... family of five found dead").
* Sentence totals of one give way to larger totals in the same document ("a man was killed"
  is usually one of "three people killed").
* Injured: the ``wounded`` figure; when that is at most one (no claim, or a single person
  "taken to hospital", usually one of the victims), the ``killed_or_wounded`` figure ("four
  people were shot") minus the killed figure, by the same aggregation, if that is larger.
  (Until 2026-11-21 the subtraction applied only with no ``wounded`` claim at all, so one
  singular "a woman was hospitalised" hid "five people were shot, one fatally".)
* killed accuracy (number in text): documents whose ``killed_number_in_text`` is true (gold
  killed > 1 and its digit or word appears in the text): predicted == gold. The same for
  injured with ``injured_number_in_text``. The "all docs" rows use every document with a
  gold count, where singular deaths ("a man was shot and killed") count as well.

Usage: python bench/eval_gva.py --split train|dev [--data FILE] [--aggregate first|max|mode]
       [--errors N] [--show killed injured] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from evaldata import EVAL_DATA  # also puts the project root first on sys.path

from crosswire.divergence.keyfigures import category_total, wounded_total
from crosswire.divergence.load import article_findings
from crosswire.divergence.model import Source
from crosswire.divergence.settings import QualifierBands
from rules.analyze import analyze
from rules.casualties import find_claims
from rules.model import Claim
from rules.text import Document

DEFAULT_DATA = EVAL_DATA / "gva" / "documents.jsonl"
NOW = datetime(2017, 1, 1, tzinfo=UTC)


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def as_dict(self) -> dict[str, float]:
        return {"accuracy": self.right / self.total if self.total else 0.0, "n": self.total}

    def row(self, name: str) -> str:
        share = self.right / self.total if self.total else 0.0
        return f"{name:<36} accuracy {share:.3f}  ({self.right}/{self.total})"


def split_of(doc: dict[str, Any]) -> str:
    digest = hashlib.md5(str(doc.get("incident_id")).encode(), usedforsecurity=False)
    return "train" if int(digest.hexdigest(), 16) % 10 < 7 else "dev"


def document_figure(claims: list[Claim], category: str, aggregate: str) -> float:
    """One number per document and category, by the aggregation named in the docstring."""
    sums: dict[int, float] = {}
    stated: set[tuple[int, str, str | None]] = set()
    for claim in claims:
        value = claim.min if claim.min is not None else claim.max
        if claim.category != category or value is None:
            continue
        # Scraped pages repeat a caption inside one "sentence"; the same words count once.
        key = (claim.start, claim.figure_text.lower(), claim.group)
        if key not in stated:
            stated.add(key)
            sums[claim.start] = sums.get(claim.start, 0) + value
    numbers = list(sums.values())
    if not numbers:
        return 0
    # Single-person mentions ("a man was killed") are usually one of the victims of a total
    # stated elsewhere in the article; the total wins when there is one.
    numbers = [n for n in numbers if n > 1] or numbers
    if aggregate == "max":
        return max(numbers)
    if aggregate == "mode":
        return Counter(numbers).most_common(1)[0][0]
    return numbers[0]


def product_counts(title: str, text: str) -> dict[str, float]:
    """Killed and wounded as the product states them: the article's key figures."""
    document = f"{title}\n\n{text}"
    found = analyze(document).to_json()
    source = Source(0, "gva", "", 1, NOW, None, 0, title)
    findings = article_findings(
        source,
        found["claims"],
        found["attributions"],
        QualifierBands(),
        text=document,
        title_length=len(title),
    )
    killed = category_total(findings, "killed")
    return {
        "killed": (killed.stated or 0) if killed else 0,
        "wounded": wounded_total(findings) or 0,
    }


def documents(path: Path, split: str) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            if doc.get("gold") and split_of(doc) == split:
                yield doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--aggregate", choices=("product", "first", "max", "mode"), default="product"
    )
    parser.add_argument("--errors", type=int, default=0, help="print this many misses")
    parser.add_argument("--json", action="store_true", help="print the accuracies as JSON")
    parser.add_argument(
        "--show",
        nargs="+",
        choices=("killed", "injured"),
        default=["killed"],
        help="which misses --errors prints",
    )
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"skipped: GVA data not found at {args.data} (evaluation needs ../shared/eval-data)")
        return 0
    scores = {name: Accuracy() for name in ("killed_in", "injured_in", "killed_all", "injured_all")}
    misses: list[str] = []
    started = time.perf_counter()
    count = 0
    for doc in documents(args.data, args.split):
        count += 1
        # The headline is part of the article and often carries the toll.
        title = doc.get("title") or ""
        claims = find_claims(Document(f"{title}\n\n{doc['text']}"), ())
        product = product_counts(title, doc["text"]) if args.aggregate == "product" else None
        gold = doc["gold"]
        for category, key, flag, name in (
            ("killed", "num_killed", "killed_number_in_text", "killed"),
            ("wounded", "num_injured", "injured_number_in_text", "injured"),
        ):
            if product is not None:
                predicted = product[category]
            else:
                predicted = document_figure(claims, category, args.aggregate)
            if category == "wounded" and product is None:
                # "Four people were shot" is killed_or_wounded; the wounded are the rest.
                shot = document_figure(claims, "killed_or_wounded", args.aggregate)
                killed = document_figure(claims, "killed", args.aggregate)
                predicted = max(predicted, shot - killed) if predicted <= 1 else predicted
            right = predicted == gold[key]
            scores[f"{name}_all"].total += 1
            scores[f"{name}_all"].right += right
            if doc.get(flag):
                scores[f"{name}_in"].total += 1
                scores[f"{name}_in"].right += right
                if not right and name in args.show:
                    found = [(c.category, c.figure_text) for c in claims][:6]
                    misses.append(
                        f"{doc['doc_id']}: {name} gold {gold[key]} predicted {predicted} :: {found}"
                    )
    elapsed = time.perf_counter() - started
    if args.json:
        print(json.dumps({name: score.as_dict() for name, score in scores.items()}))
        return 0
    print(f"GVA {args.split}: {count} documents with a gold count in {elapsed:.1f} s")
    print(scores["killed_in"].row("killed, number in text"))
    print(scores["injured_in"].row("injured, number in text"))
    print(scores["killed_all"].row("killed, all docs"))
    print(scores["injured_all"].row("injured, all docs"))
    for line in misses[: args.errors]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
