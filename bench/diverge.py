"""Cost of the divergence step per new article, and its growth as the store doubles.

Builds a SQLite store of synthetic stories (default 1,000 stories × 200 claims: 50 articles of
4 claims each, 50,000 articles with sampled shingles indexed), then times what one new article
costs: its wire-copy lookup and link, recomputing its story's divergences, and saving them with
their alerts (one transaction). The store is grown in doublings and the same measurement
repeated, so flat growth shows as a flat column.

Columns (milliseconds, medians over the probes): ``link`` the wire-copy lookup and index
update, ``compare`` loading and detecting the story, ``save`` the divergences and alerts in one
transaction, ``total`` and its 95th percentile. Baseline, measured in the same run: ``brute
link``, the containment of the new article's sample against every stored article's sample
(precomputed, so only the comparisons are timed): what the index avoids. ``cold story``: the
same story computed from scratch (no compared pairs kept), what a new process pays once.
Before each timed article its story is computed once, as the previous poll would have.

    python bench/diverge.py                        # 1,000 stories x 200 claims, 50,000 articles
    python bench/diverge.py --stories 100 --probe 50   # a quick run
    python bench/diverge.py --agree 0.8               # most outlets agree, as in real stories
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from evaldata import ROOT  # noqa: F401  (puts the project first on sys.path)
from sqlalchemy import insert, select

from crosswire.config import validate_config
from crosswire.db import OutletSpec, Store
from crosswire.db.divergence_schema import wire_checks, wire_shingle_counts, wire_shingles
from crosswire.db.divergence_store import DivergenceStore
from crosswire.db.schema import article_versions, articles, rule_results, story_matches
from crosswire.divergence.service import compute_story, link_wire_copies, save_story
from crosswire.divergence.wire import containment, shingles
from crosswire.rules_version import rules_version

T0 = datetime(2026, 1, 1, tzinfo=UTC)
OUTLETS = 40
VOCABULARY = [
    f"{a}{b}"
    for a in ("ka", "lo", "mi", "nu", "pe", "ra", "si", "tu", "ve", "zo")
    for b in (
        "dam",
        "ren",
        "sol",
        "tik",
        "vor",
        "wen",
        "xil",
        "yor",
        "zun",
        "bel",
        "cor",
        "dun",
        "fel",
        "gar",
        "hol",
        "jin",
        "kel",
        "lum",
        "mor",
        "nel",
    )
]
CATEGORIES = ("killed", "wounded", "missing", "displaced")
CLAIMANTS = ("the health ministry", "police", "the Red Crescent", "a local official", None)


def text_for(rng: random.Random, words: int = 160) -> str:
    return " ".join(rng.choice(VOCABULARY) + str(rng.randint(0, 40)) for _ in range(words))


#: Share of claims that state their story's consensus figure (``--agree``); the rest drift.
AGREE = [0.0]


def claims_for(rng: random.Random, story: int, count: int) -> list[dict[str, Any]]:
    claims = []
    for index in range(count):
        drift = 0 if rng.random() < AGREE[0] else rng.choice((0, 0, 0, 1, 2, 5, 12))
        figure = 10 + (story % 50) + drift
        claims.append(
            {
                "category": CATEGORIES[index % len(CATEGORIES)],
                "min": figure,
                "max": figure,
                "qualifier": rng.choice(("exact", "exact", "at_least", "approximately")),
                "group": rng.choice(("civilians", "people", None)),
                "claimant": rng.choice(CLAIMANTS),
                "via": None,
                "text": f"{figure} people, officials said.",
                "start": index * 40,
                "end": index * 40 + 30,
                "figure_text": str(figure),
            }
        )
    return claims


def populate(
    store: Store, first_story: int, stories: int, per_story: int, claims: int, rng: random.Random
) -> None:
    """Bulk-insert ``stories`` synthetic stories with indexed shingles (no per-row API calls)."""
    with store.engine.begin() as conn:
        next_id = (
            conn.execute(select(articles.c.id).order_by(articles.c.id.desc()).limit(1)).scalar()
            or 0
        ) + 1
        rows, versions, results, matches, postings, checks = [], [], [], [], [], []
        counts: dict[int, int] = {}
        for story in range(first_story, first_story + stories):
            for n in range(per_story):
                article_id = next_id
                next_id += 1
                when = T0 + timedelta(hours=story % 500, minutes=n)
                text = text_for(rng)
                rows.append(
                    {
                        "id": article_id,
                        "url": f"https://o{n % OUTLETS}.example/{article_id}",
                        "guid": None,
                        "outlet_id": 1 + (article_id % OUTLETS),
                        "feed_id": None,
                        "title": f"story {story}",
                        "published": when,
                        "first_seen": when,
                        "text": text,
                        "text_source": "feed",
                        "content_hash": f"{article_id:064d}",
                        "feed_hash": None,
                        "version": 1,
                        "next_recheck_at": None,
                        "checks_done": 0,
                        "duplicate_of": None,
                    }
                )
                versions.append(
                    {
                        "article_id": article_id,
                        "version": 1,
                        "title": "",
                        "text": text,
                        "content_hash": f"{article_id:064d}",
                        "seen_at": when,
                    }
                )
                results.append(
                    {
                        "article_id": article_id,
                        "version": 1,
                        "analysed_at": when,
                        "claims": claims_for(rng, story, claims),
                        "attributions": [],
                        # Made by the running rules: not made again before comparing.
                        "rules_version": rules_version(),
                    }
                )
                matches.append(
                    {
                        "story": f"story {story}",
                        "article_id": article_id,
                        "version": 1,
                        "matched_at": when,
                    }
                )
                sample = shingles(text)
                for value in sample:
                    counts[value] = counts.get(value, 0) + 1
                    postings.append({"hash": value, "article_id": article_id})
                checks.append(
                    {
                        "article_id": article_id,
                        "checked_at": when,
                        "original_id": None,
                        "containment": None,
                        "cue": None,
                        "sample_size": len(sample),
                    }
                )
        conn.execute(insert(articles), rows)
        conn.execute(insert(article_versions), versions)
        conn.execute(insert(rule_results), results)
        conn.execute(insert(story_matches), matches)
        conn.execute(insert(wire_shingles), postings)
        conn.execute(insert(wire_checks), checks)
        new_counts = [{"hash": value, "articles": count} for value, count in counts.items()]
        conn.execute(insert(wire_shingle_counts).prefix_with("OR IGNORE"), new_counts)


def probe(
    store: Store, config: Any, stories: int, count: int, per_article: int, rng: random.Random
) -> dict[str, list[float]]:
    """Add ``count`` new articles to random stories; time each part of their divergence step."""
    dstore = DivergenceStore(store)
    settings = config.divergence
    times: dict[str, list[float]] = {
        "link": [],
        "compare": [],
        "save": [],
        "brute": [],
        "cold": [],
    }
    with store.engine.begin() as conn:
        samples = [shingles(t) for t in conn.execute(select(articles.c.text)).scalars()]
    for _ in range(count):
        story = rng.randrange(stories)
        name = f"story {story}"
        now = T0 + timedelta(days=30)
        # The story as the previous poll left it: computed once (cold, timed apart).
        started = time.perf_counter()
        save_story(dstore, config, name, compute_story(dstore, settings, name, now), now)
        times["cold"].append((time.perf_counter() - started) * 1000)
        populate(store, story, 1, 1, per_article, rng)
        # populate() marks articles checked; un-check the newest so the step links it for real.
        with store.engine.begin() as conn:
            query = select(articles.c.id, articles.c.text).order_by(articles.c.id.desc()).limit(1)
            newest = conn.execute(query).one()
            conn.execute(wire_checks.delete().where(wire_checks.c.article_id == newest.id))
            conn.execute(wire_shingles.delete().where(wire_shingles.c.article_id == newest.id))
        started = time.perf_counter()
        link_wire_copies(dstore, settings, now)
        linked = time.perf_counter()
        found = compute_story(dstore, settings, name, now)
        compared = time.perf_counter()
        save_story(dstore, config, name, found, now)
        saved = time.perf_counter()
        times["link"].append((linked - started) * 1000)
        times["compare"].append((compared - linked) * 1000)
        times["save"].append((saved - compared) * 1000)
        started = time.perf_counter()
        mine = shingles(newest.text)
        best = max(containment(mine, other) for other in samples)
        times["brute"].append((time.perf_counter() - started) * 1000)
        assert 0.0 <= best <= 1.0
    return times


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--claims", type=int, default=200, help="claims per story")
    parser.add_argument("--per-article", type=int, default=4, help="claims per article")
    parser.add_argument("--probe", type=int, default=100, help="new articles timed per size")
    parser.add_argument("--doublings", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--agree",
        type=float,
        default=0.0,
        help="share of claims stating the story's consensus figure (0: every claim drifts)",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    AGREE[0] = args.agree
    per_story = max(1, args.claims // args.per_article)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        config = validate_config({"database": f"sqlite:///{db}"})
        with Store.open(config.database) as store:
            store.sync_outlets(
                [
                    OutletSpec(f"Outlet {i}", False, None, ((f"https://o{i}.example/f", None),))
                    for i in range(OUTLETS)
                ]
            )
            sizes = [args.stories >> (args.doublings - 1 - i) for i in range(args.doublings)]
            built = 0
            header = (
                "stories",
                "articles",
                "link",
                "compare",
                "save",
                "total",
                "p95",
                "brute link",
                "cold story",
            )
            print("{:>8} {:>9} {:>7} {:>8} {:>7} {:>7} {:>7} {:>11} {:>11}".format(*header))
            for size in sizes:
                started = time.perf_counter()
                populate(store, built, size - built, per_story, args.per_article, rng)
                built = size
                build_s = time.perf_counter() - started
                times = probe(store, config, built, args.probe, args.per_article, rng)
                med = {k: statistics.median(v) for k, v in times.items()}
                totals = [
                    a + b + c
                    for a, b, c in zip(times["link"], times["compare"], times["save"], strict=True)
                ]
                p95 = statistics.quantiles(totals, n=20)[-1]
                print(
                    f"{built:>8} {built * per_story:>9} {med['link']:>7.2f} {med['compare']:>8.2f}"
                    f" {med['save']:>7.2f} {statistics.median(totals):>7.2f} {p95:>7.2f}"
                    f" {med['brute']:>11.2f} {med['cold']:>11.2f}   (ms, medians; built in"
                    f" {build_s:.0f} s;"
                    f" indexed link {med['brute'] / med['link']:.1f}x faster than brute force)"
                )


if __name__ == "__main__":
    main()
