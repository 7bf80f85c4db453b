"""Score ``rules.analyze`` against the annotated corpus in tests/rules/corpus.

Prints precision/recall/F1 per claim category, per claim field, for attributions and
non-responses, and the false claims found in distractor sentences. ``--json`` prints the
same figures as JSON; ``--check`` compares them with bench/floors.json (or ``--floors``, and
``--section`` for a file with one section per corpus, like bench/floors-blind.json) and exits 1
naming every metric below its floor; ``--errors`` lists every miss and false positive.
``--corpus DIR`` scores another annotated directory (tests/rules/blind_a).

Matching (see tests/rules/corpus/README.md):
- a finding is in a gold sentence when its [start, end) overlaps the gold substring;
- a claim matches when sentence and category agree ("detected"), and strictly when min and
  max are equal as well; claim P/R/F1 per category are strict;
- strings (group, claimant, via, source) match leniently when, after normalisation, one
  token sequence lies inside the other and the shorter side holds a head word of the gold
  (last word of an appositive part before "of", "who", "(" ...), and exactly when the
  normalised token sequences are equal. Gold may list alternatives; null is one of them.

Key figures (articles with a top-level ``key``; others print n/a): the product's own key
figures for the article, exactly as bench/eval_gva.py takes them (``product_counts``: the
headline, a blank line and the text through ``analyze``, then
``crosswire.divergence.keyfigures.category_total`` for killed and ``wounded_total`` for
wounded, reference date 2017-01-01, so a year in the text is background unless it is 2017).
"key killed = gold" counts articles whose figure equals ``key.killed``; the same for wounded.
The product gives 0 when it finds no figure, so a gold null matches a predicted 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
# bench/rules.py would shadow the rules package when this script runs from bench/; the
# corpus and matching helpers sit beside this script.
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(Path(__file__).resolve().parent))

from eval_gva import product_counts  # noqa: E402
from rules_corpus import (  # noqa: E402
    CORPUS_DIR,
    DISTRACTOR_CLASSES,
    KINDS,
    QUALIFIERS,
    Article,
    CorpusError,
    GoldAttribution,
    GoldClaim,
    load_article,
    load_corpus,
)
from rules_matching import (  # noqa: E402
    any_exact,
    any_lenient,
    cue_match,
    exact_match,
    lenient_match,
    tokens,
)
from rules_report import (  # noqa: E402
    KEY_ROWS,
    Accuracy,
    Report,
    Score,
    check,
    flat_metrics,
    metrics,
    render,
)

from rules.analyze import analyze  # noqa: E402
from rules.model import Attribution, Claim  # noqa: E402

FLOORS_FILE = ROOT / "bench" / "floors.json"
__all__ = [
    "DISTRACTOR_CLASSES",
    "KINDS",
    "QUALIFIERS",
    "CorpusError",
    "check",
    "exact_match",
    "flat_metrics",
    "lenient_match",
    "load_article",
    "load_corpus",
    "tokens",
]


# ---------------------------------------------------------------- scoring


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
        _score_key(report, article)
    return report


def _score_key(report: Report, article: Article) -> None:
    """Whether the product's key figures equal the article's gold ``key`` (see docstring)."""
    if article.key is None:
        return
    found = product_counts(article.title, article.text)
    for name in KEY_ROWS:
        gold = getattr(article.key, name)
        ok = found[name] == (gold or 0)
        _acc(report.key, name).add(ok)
        if not ok:
            report.errors.append(f"KEY {article.name}: {name} gold {gold} product {found[name]:g}")


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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument("--check", action="store_true", help="fail below bench/floors.json")
    parser.add_argument("--errors", action="store_true", help="list every miss and false hit")
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR)
    parser.add_argument("--floors", type=Path, default=FLOORS_FILE)
    parser.add_argument(
        "--section",
        help="check against this section of the floors file (bench/floors-blind.json has one"
        " per blind half: blind_a, blind_b)",
    )
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
        if args.section is not None:
            if not isinstance(floors.get(args.section), dict):
                print(f"eval_rules: {args.floors} has no section {args.section!r}", file=sys.stderr)
                return 2
            floors = floors[args.section]
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
