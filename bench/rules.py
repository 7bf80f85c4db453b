"""Speed of ``rules.analyze`` on synthetic news articles, against a naive regex baseline.

Generates 1,000 deterministic ~800-word articles from templates (attributions, casualty
figures, non-responses, distractors and ordinary prose), times ``rules.analyze`` over all of
them in this one process (one core), then times a naive baseline in the same run: a fixed list
of regexes (``bench/baseline_patterns.json``: the rules' table patterns as they were at commit
f0c56af), each compiled on its own with ``re`` and run over each whole text.

    python bench/rules.py [--articles 1000] [--words 800] [--seed 20261121] [--json]
    python bench/rules.py --profile      # cProfile top 15 of analyze()
    python bench/rules.py --real 1500    # also real news (CROSSWIRE_EVAL_DATA=... elsewhere)
    python bench/rules.py --linear 1 10  # one analyze call on 1 MB and 10 MB of unbroken text
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import json
import os
import pstats
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent


def _import_real_rules() -> None:
    """Load the rules package under its name, with this folder off the path while it loads."""
    saved = sys.path[:]
    sys.path[:] = [str(ROOT)] + [p for p in saved if Path(p or ".").resolve() != HERE]
    sys.modules.pop("rules", None)
    try:
        importlib.import_module("rules")
    finally:
        sys.path[:] = saved


# This file is itself named rules.py. Run as a script, or imported by mistake as "rules" by
# another bench script (bench/ is first on its sys.path), it puts the real package in
# sys.modules["rules"], so "from rules.casualties import ..." keeps working there.
if __name__ in ("__main__", "rules"):
    _import_real_rules()

# Imported by name: type checkers take this file for the "rules" module itself.
RULES_PACKAGE = importlib.import_module("rules")
analyze: Callable[[str], object] = importlib.import_module("rules.analyze").analyze

PLACES = ["Arden", "Velk", "Stavny", "Miroslav", "Lenhall", "Brask", "Morvik", "Kessel", "Dunmore"]
PEOPLE = [
    ("Colonel", "Ivo Brandt"),
    ("Governor", "Sabina Orlik"),
    ("Interior Minister", "Hana Suvari"),
    ("Mayor", "Petr Halas"),
    ("Captain", "Leo Baros"),
    ("Inspector", "Dana Kovac"),
    ("Police Chief", "Alan Mercer"),
    ("Transport Minister", "Elena Voss"),
    ("Chief inspector", "Maria Dahl"),
    ("President", "Tomas Ilian"),
]
ORGS = [
    "the Defence Ministry",
    "the coast guard",
    "the National Disaster Management Agency",
    "the Red Crescent",
    "the regional health department",
    "the UN human rights office",
    "the general staff",
    "the emergency service",
    "the interior ministry",
    "the state news agency",
]
OUTLETS = ["the Arden Courier", "the Meridian Post", "the Morvik Times", "the BBC", "TNA"]
GROUPS = ["people", "civilians", "soldiers", "workers", "residents", "passengers", "children"]
FIGURES = [
    "at least {n}",
    "more than {n}",
    "about {n}",
    "{n}",
    "nearly {n}",
    "up to {n}",
    "some {n}",
    "between {n} and {m}",
    "dozens of",
    "hundreds of",
    "an estimated {n}",
    "fewer than {n}",
    "{w}",
]
WORDS = ["two", "three", "five", "eight", "eleven", "twelve", "a dozen", "forty"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

CLAIMS = [
    "{Fig} {group} were killed in {place} on {day}, {org} said.",
    "{Fig} {group} were wounded when shells hit {place}, {title} {name} told reporters.",
    "According to {org}, {fig} {group} have been displaced since {day}.",
    "{title} {name} said {fig} {group} were still missing after the flood in {place}.",
    "The death toll rose to {n} on {day}, {org} said in a statement.",
    "{org_cap} said {fig} {group} had been evacuated from {place} overnight.",
    "{Fig} {group} were hospitalised, {name} added.",
    "{org_cap} said, according to {outlet}, that {fig} soldiers had been captured near {place}.",
    "The government has deployed {fig} troops to {place}, {title} {name} announced.",
    "No one was killed in the second blast, {org} confirmed.",
    "{Fig} {group} were killed or wounded in the attack, a senior official said on condition"
    " of anonymity.",
    "Rescuers pulled {fig} survivors from the rubble in {place}, {outlet} reported.",
]
ATTRIBUTIONS = [
    '"We will rebuild {place}," {title} {name} said.',
    "{org_cap} denied that its forces had targeted civilian areas.",
    "{title} {name} wrote in a post on Telegram that the situation was under control.",
    "{name}, speaking to journalists in {place}, promised a full inquiry.",
    "Sources familiar with the matter said talks could resume within {d} days.",
    "{org_cap} warned that more rain was expected in {place} by {day}.",
    "It was reported by {outlet} that convoys had reached {place}.",
    "A person briefed on the plans said the border would stay closed.",
]
NON_RESPONSES = [
    "{org_cap} did not immediately respond to a request for comment.",
    "{title} {name} declined to comment.",
    "{org_cap} could not be reached for comment on {day}.",
    "The company referred questions to {org}.",
    "{org_cap}, which didn't immediately comment, has previously denied the reports.",
    "A spokesman for {org} had no immediate comment.",
]
PROSE = [
    "The {ord} Brigade has held positions near {place} since {year}.",
    "The new bridge in {place} cost {n} million euros and spans {d} kilometres.",
    "Local markets reopened on {day} morning, and buses resumed their routes through {place}.",
    "Arden United lost 3-1 to Kestrel Rovers on {day} in front of a crowd of {big}.",
    "Inflation fell to {d}.{d} percent in October, the central bank said.",
    "The city ordered {n} new buses and {d} armoured vehicles for its police.",
    "Temperatures reached {d}{d} degrees at 3 p.m. on {day}, forecasters noted.",
    "Parliament voted {big} to {n} to extend the emergency measures by {d}{d} days.",
    "The province covers {big} square kilometres of farmland and forest.",
    "Schools in {place} will stay closed until the end of the month, officials said.",
    "Aid agencies have set up field kitchens on the outskirts of {place}.",
    "The river reached its highest level since records began in {year}.",
    "A {d}{d}-year-old teacher described hearing the first explosion shortly before dawn.",
    "Shops along the main road in {place} were boarded up as residents waited for news.",
]


def _fill(template: str, rng: random.Random) -> str:
    title, name = rng.choice(PEOPLE)
    org = rng.choice(ORGS)
    n = rng.choice([3, 7, 12, 23, 38, 64, 140, 212, 1250, 4000, 26400, 350000])
    fig = rng.choice(FIGURES).format(n=f"{n:,}", m=f"{n * 2:,}", w=rng.choice(WORDS))
    return template.format(
        Fig=fig[0].upper() + fig[1:],
        fig=fig,
        group=rng.choice(GROUPS),
        place=rng.choice(PLACES),
        day=rng.choice(DAYS),
        org=org,
        org_cap=org[0].upper() + org[1:],
        title=title,
        name=name,
        outlet=rng.choice(OUTLETS),
        n=n,
        d=rng.randint(1, 9),
        big=f"{rng.randint(1000, 90000):,}",
        year=rng.randint(1950, 2025),
        ord=rng.choice(["72nd", "3rd", "5th", "12th", "41st"]),
    )


def make_article(rng: random.Random, words: int = 800) -> str:
    """One synthetic news article of about ``words`` words, in paragraphs of 1-3 sentences."""
    pools = [(CLAIMS, 3), (ATTRIBUTIONS, 2), (NON_RESPONSES, 1), (PROSE, 4)]
    templates = [t for pool, weight in pools for t in pool for _ in range(weight)]
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = [_fill(rng.choice(templates), rng) for _ in range(rng.randint(1, 3))]
        paragraph = " ".join(sentences)
        count += len(paragraph.split())
        paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def make_articles(count: int, words: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [make_article(rng, words) for _ in range(count)]


BASELINE_FILE = HERE / "baseline_patterns.json"


def baseline_patterns() -> list[str]:
    """The fixed baseline's patterns (``bench/baseline_patterns.json``): the rules' table
    regexes as they were at commit f0c56af, frozen so the ratio measures the rules alone."""
    data = json.loads(BASELINE_FILE.read_text(encoding="utf-8"))
    return [str(p) for p in data["patterns"]]


def naive_baseline(patterns: Sequence[str]) -> Callable[[str], int]:
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]

    def run(text: str) -> int:
        return sum(1 for regex in compiled for _ in regex.finditer(text))

    return run


def timed(function: Callable[[str], object], texts: Sequence[str]) -> tuple[float, float]:
    """CPU seconds of this process (the per-core figure) and wall seconds, over all texts.

    CPU time is the headline: on a shared machine wall time also counts time spent waiting
    for a core.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        function(text)
    return time.process_time() - cpu, time.perf_counter() - wall


def _rates(count: int, megabytes: float, cpu: float, wall: float) -> dict[str, float]:
    cpu, wall = max(cpu, 1e-9), max(wall, 1e-9)
    return {
        "cpu_seconds": round(cpu, 3),
        "wall_seconds": round(wall, 3),
        "articles_per_s": round(count / cpu, 1),
        "mb_per_s": round(megabytes / cpu, 3),
        "wall_articles_per_s": round(count / wall, 1),
    }


def profile(texts: Sequence[str]) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        analyze(text)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(15)
    return out.getvalue()


#: ``CROSSWIRE_EVAL_DATA`` overrides where the corpora are, as for ``bench/evaldata.py`` (a git
#: worktree has no ``../shared/eval-data``).
EVAL_DATA = Path(os.environ.get("CROSSWIRE_EVAL_DATA") or ROOT.parent / "shared" / "eval-data")
GVA_DOCUMENTS = EVAL_DATA / "gva" / "documents.jsonl"


def real_news_rates(count: int) -> dict[str, object]:
    """Time analyze() on real local-news articles; rates also per 800 words of text."""
    if not GVA_DOCUMENTS.is_file():
        return {"skipped": f"no real news at {GVA_DOCUMENTS}"}
    texts: list[str] = []
    with GVA_DOCUMENTS.open(encoding="utf-8") as lines:
        for line in lines:
            if len(texts) >= count:
                break
            texts.append(json.loads(line)["text"])
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    words = sum(len(t.split()) for t in texts)
    cpu, wall = timed(analyze, texts)
    rates = _rates(len(texts), megabytes, cpu, wall)
    rates["mean_words"] = round(words / len(texts))
    rates["per_800_words_per_s"] = round(words / 800 / cpu, 1)
    return rates


def _real_news_line(real: dict[str, object]) -> str:
    if "skipped" in real:
        return f"real news: skipped, {real['skipped']}"
    return (
        f"real news (GVA, ~{real['mean_words']} words each): {real['articles_per_s']} articles/s, "
        f"{real['mb_per_s']} MB/s per core = {real['per_800_words_per_s']} 800-word articles/s"
    )


#: The unbroken texts of ``tests/rules/test_bounds.py`` (no full stop anywhere), repeated to size.
LINEAR_UNITS = {
    "no punctuation": (
        "officials said twelve soldiers were killed and the ministry told reporters that "
    ),
    "unbalanced quotes": 'He said "the army killed 12 people and officials said 3 were wounded ',
}
_LINEAR_CHILD = """
import json, resource, sys, time
import rules
unit, size = sys.argv[1], int(sys.argv[2])
text = (unit * (size // len(unit) + 1))[:size]
started = time.process_time()
rules.analyze(text)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"cpu_seconds": round(time.process_time() - started, 2), "rss_mb": round(rss)}))
"""


def linear_time(sizes_mb: Sequence[float]) -> dict[str, dict[str, object]]:
    """CPU seconds and peak RSS (MB, Linux) of one ``analyze`` call per unbroken text and size,
    each in a fresh interpreter so that its memory is the call's own."""
    report: dict[str, dict[str, object]] = {}
    for name, unit in LINEAR_UNITS.items():
        for size in sizes_mb:
            args = [sys.executable, "-c", _LINEAR_CHILD, unit, str(int(size * 1_000_000))]
            done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
            report.setdefault(name, {})[f"{size:g} MB"] = json.loads(done.stdout)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Speed of rules.analyze vs a naive baseline.")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--profile", action="store_true", help="print cProfile top 15 and exit")
    parser.add_argument(
        "--real",
        type=int,
        default=0,
        metavar="N",
        help="also time N real local-news articles from ../shared/eval-data/gva",
    )
    parser.add_argument(
        "--linear",
        type=float,
        nargs="+",
        metavar="MB",
        help="only time analyze on unbroken texts of these sizes (e.g. --linear 1 10) and exit",
    )
    args = parser.parse_args(argv)
    if args.articles < 1 or args.words < 1:
        parser.error("--articles and --words must be positive")
    if args.linear:
        for name, sizes in linear_time(args.linear).items():
            print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in sizes.items()))
        return 0
    texts = make_articles(args.articles, args.words, args.seed)
    if args.profile:
        print(profile(texts))
        return 0
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    words = sum(len(t.split()) for t in texts)
    analyze(texts[0])  # warm caches and lazy imports outside the timing
    rules_cpu, rules_wall = timed(analyze, texts)
    patterns = baseline_patterns()
    baseline = naive_baseline(patterns)
    baseline_cpu, baseline_wall = timed(baseline, texts)
    result = {
        "articles": len(texts),
        "mean_words": round(words / len(texts)),
        "megabytes": round(megabytes, 3),
        "rules": _rates(len(texts), megabytes, rules_cpu, rules_wall),
        "naive_baseline": {
            "patterns": len(patterns),
            **_rates(len(texts), megabytes, baseline_cpu, baseline_wall),
        },
        "speedup_vs_baseline": round(baseline_cpu / rules_cpu, 2),
        "aim_articles_per_s": 1000,
    }
    real = real_news_rates(args.real) if args.real else None
    if real is not None:
        result["real_news"] = real
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    if real is not None:
        print(_real_news_line(real))
    r, b = result["rules"], result["naive_baseline"]
    assert isinstance(r, dict) and isinstance(b, dict)
    print(
        f"{len(texts)} synthetic articles, ~{result['mean_words']} words each, "
        f"{megabytes:.2f} MB, one process; rates per CPU-second (wall-clock in brackets)\n"
        f"rules.analyze   {r['articles_per_s']:>8} articles/s  {r['mb_per_s']:>7} MB/s"
        f"  ({r['wall_articles_per_s']} articles/s wall; {r['cpu_seconds']} s CPU)\n"
        f"naive baseline  {b['articles_per_s']:>8} articles/s  {b['mb_per_s']:>7} MB/s"
        f"  ({b['wall_articles_per_s']} articles/s wall; {b['cpu_seconds']} s CPU;"
        f" {b['patterns']} patterns, each over the whole text)\n"
        f"rules / baseline speed: {result['speedup_vs_baseline']}x; "
        f"aim >= 1000 articles/s per core: {'met' if r['articles_per_s'] >= 1000 else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
