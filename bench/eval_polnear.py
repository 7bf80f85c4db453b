"""Score rules.attribution against PolNeAR (political news attribution relations).

Reads ../shared/eval-data/polnear/{sentences,attributions}.jsonl at run time (never copied
into the repo), rebuilds each document from its sentences at their original offsets, runs
``find_attributions`` over the whole document and compares with the primary annotator.

Matching, stated plainly:
* A prediction is paired with the gold attribution whose cue span overlaps its cue span
  (most overlapping characters; one-to-one, in text order). Unpaired predictions are false
  positives, unpaired gold attributions false negatives.
* cue exact: the paired cue spans are equal after trimming spaces and punctuation;
  cue overlap: the pairing itself.
* source exact: the paired source spans are equal after trimming spaces and punctuation
  (gold discontinuous spans are taken as their hull); source overlap: they share at least
  one word character. Precision divides by predictions with a source, recall by gold
  attributions with a source. Our span is ``source_span`` (the words written, e.g. "he"),
  since PolNeAR marks the pronoun, not its referent.
* "reporting-verb" rows keep only gold attributions whose cue contains a reporting verb
  from ``REPORTING_LEXICON`` below (fixed from the task's list of cues, not tuned to the
  data); predictions paired with other gold cues (beliefs, polls, endorsements) are left
  out of those rows rather than counted wrong, unpaired predictions still count as wrong.
* "span set" rows ignore cues: every predicted source span against every gold source span
  of the document (exact after trimming), closer to how BIO-tagging papers score sources.

Usage: python bench/eval_polnear.py --split train|dev [--data DIR] [--errors N] [--json]
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from evaldata import EVAL_DATA  # also puts the project root first on sys.path

from rules.attribution import find_attributions
from rules.text import Document

DEFAULT_DATA = EVAL_DATA / "polnear"

REPORTING_LEXICON = frozenset(
    """say says said saying tell tells told telling add adds added adding state states stated
    stating announce announces announced announcing confirm confirms confirmed confirming
    deny denies denied denying claim claims claimed claiming warn warns warned warning insist
    insists insisted insisting note notes noted noting acknowledge acknowledges acknowledged
    acknowledging report reports reported reporting write writes wrote writing written
    tweet tweets tweeted explain explains explained argue argues argued reply replies replied
    declare declares declared assert asserts asserted allege alleges alleged admit admits
    admitted according""".split()
)
_TRIM = " \t\n,.;:\"'“”‘’()[]—-"
_WORDS = re.compile(r"[a-z]+")

log = logging.getLogger("eval_polnear")


@dataclass
class Gold:
    id: str
    cue: tuple[int, int]
    source: tuple[int, int] | None
    cue_text: str

    @property
    def reporting(self) -> bool:
        return any(w in REPORTING_LEXICON for w in _WORDS.findall(self.cue_text.lower()))


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

    def row(self, name: str) -> str:
        p, r, f = self.scores().values()
        counts = f"(tp={self.tp} pred={self.predicted} gold={self.gold})"
        return f"{name:<44} P={p:.3f} R={r:.3f} F1={f:.3f}  {counts}"


@dataclass
class Tally:
    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    missed_cues: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def load(data: Path, split: str) -> tuple[dict[str, str], dict[str, list[Gold]]]:
    """Documents rebuilt from sentences, and the primary annotator's attributions per doc."""
    pieces: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    with (data / "sentences.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["compartment"] == split:
                pieces[row["doc"]].append((row["span"][0], row["span"][1], row["text"]))
    docs = {doc: _rebuild(parts) for doc, parts in pieces.items()}
    gold: dict[str, list[Gold]] = defaultdict(list)
    with (data / "attributions.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["compartment"] != split or not row["primary_annotation"] or not row["cue"]:
                continue
            if row["doc"] not in docs:
                continue
            cue = _hull(row["cue"]["spans"])
            source = _hull(row["source"]["spans"]) if row["source"] else None
            gold[row["doc"]].append(Gold(row["id"], cue, source, row["cue"]["text"]))
    return docs, gold


def _rebuild(parts: list[tuple[int, int, str]]) -> str:
    chars: list[str] = []
    for start, _end, text in sorted(parts):
        gap = start - len(chars)
        if gap > 0:
            chars.extend(" " if gap == 1 else "\n" + " " * (gap - 1))
        chars[start:] = list(text)
    return "".join(chars)


def _hull(spans: list[list[int]]) -> tuple[int, int]:
    return (min(s for s, _ in spans), max(e for _, e in spans))


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return (start, end)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_doc(text: str, golds: list[Gold], tally: Tally, keep_errors: int) -> None:
    found = find_attributions(Document(text))
    preds = [
        (a.cue_span, a.source_span, a.kind)
        for a in found
        if a.cue_span is not None and a.source_span is not None
    ]
    used: set[int] = set()
    pairs: list[tuple[int, Gold | None]] = []
    for index, (cue, _source, _kind) in enumerate(preds):
        best: Gold | None = None
        best_overlap = 0
        for candidate in golds:
            o = _overlap((cue.start, cue.end), candidate.cue)
            if o > best_overlap and id(candidate) not in used:
                best, best_overlap = candidate, o
        if best is not None:
            used.add(id(best))
        pairs.append((index, best))
    s = tally.scores
    for each in golds:
        for prefix in ("all", "rv") if each.reporting else ("all",):
            s[f"{prefix} cue overlap"].gold += 1
            s[f"{prefix} cue exact"].gold += 1
            if each.source is not None:
                s[f"{prefix} source exact"].gold += 1
                s[f"{prefix} source overlap"].gold += 1
        if each.reporting and id(each) not in used:
            tally.missed_cues[each.cue_text.lower()] += 1
    for index, g in pairs:
        cue, source, kind = preds[index]
        prefixes = ["all"]
        if g is None or g.reporting:
            prefixes.append("rv")
        if kind == "non_response":
            s["non-response predictions paired"].predicted += 1
            s["non-response predictions paired"].tp += g is not None
        for prefix in prefixes:
            s[f"{prefix} cue overlap"].predicted += 1
            s[f"{prefix} cue exact"].predicted += 1
            s[f"{prefix} source exact"].predicted += 1
            s[f"{prefix} source overlap"].predicted += 1
            if g is None:
                continue
            s[f"{prefix} cue overlap"].tp += 1
            s[f"{prefix} cue exact"].tp += _trim(text, (cue.start, cue.end)) == _trim(text, g.cue)
            if g.source is None:
                continue
            ours = _trim(text, (source.start, source.end))
            theirs = _trim(text, g.source)
            s[f"{prefix} source exact"].tp += ours == theirs
            s[f"{prefix} source overlap"].tp += _overlap(ours, theirs) > 0
        if len(tally.errors) < keep_errors:
            if g is None:
                tally.errors.append(
                    f"FP  {source.text!r} / {cue.text!r} in {_context(text, cue.start)}"
                )
            elif g.source is not None and _trim(text, (source.start, source.end)) != _trim(
                text, g.source
            ):
                gold_text = text[g.source[0] : g.source[1]]
                tally.errors.append(
                    f"SRC ours={source.text!r} gold={gold_text!r} / {cue.text!r} in "
                    f"{_context(text, cue.start)}"
                )
    ours_set = {_trim(text, (p[1].start, p[1].end)) for p in preds}
    gold_set = {_trim(text, g.source) for g in golds if g.source is not None}
    span_set = s["all source span set (no cue pairing)"]
    span_set.predicted += len(ours_set)
    span_set.gold += len(gold_set)
    span_set.tp += len(ours_set & gold_set)


def _context(text: str, at: int) -> str:
    lo = max(0, text.rfind("\n", 0, at) + 1, at - 160)
    return repr(text[lo : at + 80])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help="print this many error samples")
    parser.add_argument("--missed", type=int, default=0, help="print the most missed gold cues")
    parser.add_argument("--json", action="store_true", help="print P/R/F1 per row as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if (
        not (args.data / "sentences.jsonl").is_file()
        or not (args.data / "attributions.jsonl").is_file()
    ):
        print(f"SKIP: PolNeAR data not found under {args.data}; nothing scored.")
        return 0
    docs, gold = load(args.data, args.split)
    tally = Tally()
    began = time.perf_counter()
    for doc, text in docs.items():
        score_doc(text, gold.get(doc, []), tally, args.errors)
    elapsed = time.perf_counter() - began
    if args.json:
        scored = {n: v for n, v in tally.scores.items() if not n.startswith("non-response")}
        print(json.dumps({name: scored[name].scores() for name in sorted(scored)}))
        return 0
    print(f"PolNeAR {args.split}: {len(docs)} documents, {elapsed:.2f} s extraction+scoring")
    for name in sorted(tally.scores):
        score = tally.scores[name]
        if name.startswith("non-response"):
            # PolNeAR annotates "did not respond" inconsistently: report, do not score.
            share = score.tp / score.predicted if score.predicted else 0.0
            print(f"{name:<44} {score.tp}/{score.predicted} = {share:.3f} (no gold class)")
        else:
            print(score.row(name))
    for line in tally.errors:
        print(line)
    if args.missed:
        print("most missed reporting-verb gold cues:", tally.missed_cues.most_common(args.missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
