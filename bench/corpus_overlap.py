"""Check that no file of the project quotes the evaluation corpora.

Every run of ``--words`` consecutive words (default 10, lower-cased, punctuation dropped) in a
source, test, doc or data file of the repository is looked up among the same runs of every
text in ``../shared/eval-data`` (GVA, IDMC, MUC-4, PolNeAR). Shorter runs are left alone on
purpose: news shares stock phrases ("did not immediately respond to a request for comment",
9 words) that our own writing may use too. Exits 0 with SKIP when the data is absent.

    python bench/corpus_overlap.py            # list every file sharing a run, and the run
    python bench/corpus_overlap.py --check    # exit 1 if any file does
    python bench/corpus_overlap.py --words 8  # a stricter look, for reading, not for the gate

It also checks that no rule or test file outside the blind corpora (``tests/rules/blind_*``)
shares a run of ``--blind-words`` (default 10) words with a blind article: rules fixed from
half A or C must be tested on sentences of their own, and the held-out halves B and D must
leave no trace in the code. This part needs no eval-data and always runs.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from evaldata import EVAL_DATA

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (
    "gva/documents.jsonl",
    "gva/multi_outlet_groups.jsonl",
    "idmc/idmc_fully_labelled.jsonl",
    "muc4/muc4_documents.jsonl",
    "polnear/attributions.jsonl",
    "polnear/sentences.jsonl",
)
SUFFIXES = frozenset({".py", ".md", ".yaml", ".yml", ".json", ".txt", ".xml", ".html", ".toml"})
_WORD = re.compile(r"[a-z0-9']+")


def runs(text: str, size: int) -> set[str]:
    """Every run of ``size`` consecutive words of ``text``."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def corpus_runs(size: int) -> set[str] | None:
    """The runs of every corpus text; None when no corpus is present."""
    found: set[str] = set()
    present = False
    for name in CORPORA:
        path = EVAL_DATA / name
        if not path.is_file():
            continue
        present = True
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                for text in _strings(json.loads(line)):
                    found |= runs(text, size)
    return found if present else None


BLIND = "tests/rules/blind_"
#: The own annotated corpus predates the blind halves; their writers read it for the format,
#: so a shared stock phrase there is their echo of it, not a rule fitted to them.
OWN_CORPUS = "tests/rules/corpus/"


def blind_runs(size: int) -> set[str]:
    """The runs of every blind article's text (``tests/rules/blind_*/*.yaml``)."""
    import yaml

    found: set[str] = set()
    for path in sorted(ROOT.glob("tests/rules/blind_*/*.yaml")):
        article = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(article, dict) and isinstance(article.get("text"), str):
            found |= runs(article["text"], size)
    return found


def blind_echoes(size: int) -> int:
    """Print each rule or test file outside the blind corpora that shares a run with one."""
    corpus = blind_runs(size)
    shared = 0
    for path in project_files():
        name = path.relative_to(ROOT).as_posix()
        if not name.startswith(("rules/", "tests/")) or name.startswith((BLIND, OWN_CORPUS)):
            continue
        hits = sorted(runs(path.read_text(encoding="utf-8"), size) & corpus)
        if hits:
            shared += 1
            print(f"{name}: {len(hits)} run(s) of a blind article, e.g. {hits[0]!r}")
    print(f"blind overlap ({size} words): {shared} rule or test file(s) echo a blind article")
    return shared


def project_files() -> list[Path]:
    """The files git tracks or would add (so build output and caches are left out)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    return [ROOT / name for name in listed if Path(name).suffix in SUFFIXES]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if any file shares a run")
    parser.add_argument("--words", type=int, default=10, help="run length in words")
    parser.add_argument(
        "--blind-words", type=int, default=10, help="run length for the blind-corpus check"
    )
    args = parser.parse_args(argv)
    echoes = blind_echoes(args.blind_words)
    corpus = corpus_runs(args.words)
    if corpus is None:
        print(f"SKIP corpus overlap: no evaluation data under {EVAL_DATA}")
        return 1 if args.check and echoes else 0
    shared = 0
    for path in project_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        hits = sorted(runs(text, args.words) & corpus)
        if hits:
            shared += 1
            print(f"{path.relative_to(ROOT)}: {len(hits)} run(s), e.g. {hits[0]!r}")
    print(f"corpus overlap ({args.words} words): {shared} file(s) share a run with eval-data")
    return 1 if args.check and (shared or echoes) else 0


if __name__ == "__main__":
    sys.exit(main())
