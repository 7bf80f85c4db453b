"""Divergence on real coverage: GVA incidents reported by several outlets, against hand labels.

Reads ../shared/eval-data/gva/{documents,multi_outlet_groups}.jsonl at run time and the hand
labels in bench/gva_multi_labels.json (ids and figures only; how they were made is in
bench/gva_multi_labels.md). Nothing of the corpus is copied into the repository.

Stated plainly:
* Each labelled group is one story; each of its documents with text is one outlet's article
  (headline, blank line, text), published at its ``dct`` (midnight UTC), analysed by the rules
  and compared by ``crosswire.divergence.detect`` with the default settings and no grace period.
  Wire copies are linked among the group's documents as in production.
* A *figure alarm* is a ``conflict`` or ``discrepancy`` about ``killed``, ``wounded`` or
  ``killed_or_wounded``; an ``update`` (a toll moving over time) is counted apart.
* False-alarm rate: among groups whose labels say the outlets agree (``agree_killed`` and
  ``agree_injured`` true, or null where fewer than two articles state that figure), the share
  with at least one figure alarm. Aim: at most 5 %.
* Disagreements flagged: among groups where the labels say the outlets disagree on killed
  (or injured), those with a figure alarm or an update on that category (injured: ``wounded`` or
  ``killed_or_wounded``). Aim: all.
* Key-figure accuracy against the labels: per document and category with a labelled figure,
  whether the product's key figure (``category_total`` for killed, ``wounded_total`` for
  injured) equals it; no key figure counts as wrong, a label of null is skipped.

Usage: python bench/eval_diverge.py [--labels FILE] [--show] [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from evaldata import EVAL_DATA, ROOT

from crosswire.divergence.compare_texts import CompareInput
from crosswire.divergence.detect import detect
from crosswire.divergence.keyfigures import category_total, wounded_total
from crosswire.divergence.load import article_findings
from crosswire.divergence.model import ArticleFindings, Divergence, Source
from crosswire.divergence.settings import DivergenceConfig
from crosswire.divergence.wire import containment, credit_cue, is_copy, shingles
from rules.analyze import analyze

DOCUMENTS = EVAL_DATA / "gva" / "documents.jsonl"
LABELS = ROOT / "bench" / "gva_multi_labels.json"
FLOORS = ROOT / "bench" / "diverge_floors.json"
FIGURE_CATEGORIES = {"killed", "wounded", "killed_or_wounded"}
INJURED_CATEGORIES = {"wounded", "killed_or_wounded"}


@dataclass
class Tally:
    hit: int = 0
    total: int = 0

    @property
    def share(self) -> float:
        return self.hit / self.total if self.total else 0.0

    def row(self, name: str) -> str:
        share = self.share
        return f"{name:<44} {share:6.3f}  ({self.hit}/{self.total})"


def load_documents(ids: set[str]) -> dict[str, dict[str, Any]]:
    found = {}
    with DOCUMENTS.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            if doc["doc_id"] in ids:
                found[doc["doc_id"]] = doc
    return found


def group_findings(
    group: dict[str, Any], docs: dict[str, dict[str, Any]], settings: DivergenceConfig
) -> list[ArticleFindings]:
    """Each labelled document with text as one outlet's analysed article, copies linked."""
    findings: list[ArticleFindings] = []
    samples: list[frozenset[int]] = []
    for index, label in enumerate(group["docs"]):
        doc = docs.get(label["doc_id"])
        if doc is None or len(doc.get("text") or "") < 200:
            continue
        item = CompareInput(
            doc.get("outlet") or f"outlet{index}",
            label["doc_id"],
            doc.get("title") or "",
            doc["text"],
        )
        body = f"{item.title}\n\n{item.text}"
        sample = shingles(body)
        origin = len(findings)
        for earlier, other in enumerate(samples):
            share = containment(sample, other)
            if is_copy(
                share,
                credit_cue(body),
                plain=settings.wire.containment,
                with_cue=settings.wire.containment_with_cue,
            ):
                origin = findings[earlier].source.origin_id
                break
        when = (
            datetime.fromisoformat(doc["dct"]).replace(tzinfo=UTC)
            if doc.get("dct")
            else datetime(2016, 1, 1, tzinfo=UTC)
        )
        source = Source(
            len(findings), f"{item.outlet}#{index}", item.url, 1, when, when, origin, item.title
        )
        found = analyze(body).to_json()
        findings.append(
            article_findings(
                source,
                found["claims"],
                found["attributions"],
                settings.qualifiers,
                text=body,
                title_length=len(item.title),
            )
        )
        samples.append(sample)
    return findings


def alarms(found: Iterable[Divergence], categories: set[str], kinds: set[str]) -> list[Divergence]:
    return [d for d in found if d.kind in kinds and d.category in categories]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--show", action="store_true", help="print each group's alarms")
    parser.add_argument("--check", action="store_true", help="fail below bench/diverge_floors.json")
    args = parser.parse_args(argv)
    if not DOCUMENTS.is_file():
        print(f"skipped: GVA data not found at {DOCUMENTS} (evaluation needs ../shared/eval-data)")
        return 0
    groups = json.loads(args.labels.read_text(encoding="utf-8"))["groups"]
    docs = load_documents({d["doc_id"] for g in groups for d in g["docs"]})
    outlets = {}
    with (EVAL_DATA / "gva" / "multi_outlet_groups.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            entry = json.loads(line)
            for doc in entry["docs"]:
                outlets[doc["doc_id"]] = doc["outlet"]
    for doc_id, doc in docs.items():
        doc["outlet"] = outlets.get(doc_id, "unknown")
    settings = DivergenceConfig().model_copy(update={"exclusive_grace_hours": 0.0})
    agree, killed_flagged, injured_flagged = Tally(), Tally(), Tally()
    updates = 0
    key_killed, key_injured = Tally(), Tally()
    for group in groups:
        findings = group_findings(group, docs, settings)
        if len(findings) < 2:
            continue
        now = max(f.source.when for f in findings) + timedelta(days=1)
        found = detect(group["incident_id"], findings, {}, settings, now=now)
        figure_alarms = alarms(found, FIGURE_CATEGORIES, {"conflict", "discrepancy"})
        updates += len(alarms(found, FIGURE_CATEGORIES, {"update"}))
        agrees = group["agree_killed"] is not False and group["agree_injured"] is not False
        if agrees:
            agree.total += 1
            agree.hit += bool(figure_alarms)
        moved = alarms(found, FIGURE_CATEGORIES, {"conflict", "discrepancy", "update"})
        if group["agree_killed"] is False:
            killed_flagged.total += 1
            killed_flagged.hit += any(d.category == "killed" for d in moved)
        if group["agree_injured"] is False:
            injured_flagged.total += 1
            injured_flagged.hit += any(d.category in INJURED_CATEGORIES for d in moved)
        _score_key_figures(group, findings, key_killed, key_injured)
        if args.show and (figure_alarms or not agrees):
            flags = f"agree killed={group['agree_killed']} injured={group['agree_injured']}"
            print(f"{group['incident_id']}: {flags}")
            for divergence in found:
                if divergence.category in FIGURE_CATEGORIES:
                    print(f"   {divergence.kind}: {divergence.summary}")
    print(f"GVA multi-outlet groups (dev, hand-labelled): {len(groups)} groups")
    print(agree.row("false figure alarms where outlets agree"))
    print(killed_flagged.row("killed disagreements flagged"))
    print(injured_flagged.row("injured disagreements flagged"))
    print(f"{'updates reported (figure categories)':<44} {updates}")
    print(key_killed.row("key figure = labelled killed (per doc)"))
    print(key_injured.row("key figure = labelled injured (per doc)"))
    measured = {
        "false_alarm_rate": agree.share,
        "killed_flagged": killed_flagged.share,
        "injured_flagged": injured_flagged.share,
        "key_killed": key_killed.share,
        "key_injured": key_injured.share,
    }
    return check(measured) if args.check else 0


def check(measured: dict[str, float]) -> int:
    """Compare with the pinned floors and ceilings; 1 when any is broken."""
    gate = json.loads(FLOORS.read_text(encoding="utf-8"))
    broken = [
        f"{name} {measured[name]:.3f} below floor {floor}"
        for name, floor in gate["floors"].items()
        if measured[name] < floor
    ] + [
        f"{name} {measured[name]:.3f} above ceiling {ceiling}"
        for name, ceiling in gate["ceilings"].items()
        if measured[name] > ceiling
    ]
    for line in broken:
        print(f"GATE: {line}")
    print("divergence gate: " + ("FAILED" if broken else "passed"))
    return 1 if broken else 0


def _score_key_figures(
    group: dict[str, Any], findings: list[ArticleFindings], killed: Tally, injured: Tally
) -> None:
    by_doc = {f.source.url: f for f in findings}
    for label in group["docs"]:
        found = by_doc.get(label["doc_id"])
        if found is None:
            continue
        if label.get("killed") is not None:
            claim = category_total(found, "killed")
            killed.total += 1
            killed.hit += (claim.stated if claim else None) == label["killed"] or (
                claim is None and label["killed"] == 0
            )
        if label.get("injured") is not None:
            value = wounded_total(found)
            injured.total += 1
            injured.hit += value == label["injured"] or (value is None and label["injured"] == 0)


if __name__ == "__main__":
    sys.exit(main())
