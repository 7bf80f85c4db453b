"""A digest of everything ``rules.analyze`` returns, to check that a change leaves it unchanged.

Runs ``analyze`` over (a) the ``text`` of every YAML file of tests/rules/corpus and
tests/rules/blind_*, (b) the synthetic articles of ``bench/rules.py`` (fixed seed), and (c) the
GVA and MUC-4 train texts as ``bench/eval_gva.py`` / ``bench/eval_muc4.py`` build them from
``$CROSSWIRE_EVAL_DATA`` (skipped with a message when absent), and writes one line per text:
its id and the sha256 of the ``repr`` of the whole ``Analysis`` (every field of every finding),
plus a total over all of them. Only digests are written, never any text.

    python bench/rules_digest.py [--out base.json]            # write the digests
    python bench/rules_digest.py --compare base.json          # exit 1 if any text differs
    python bench/rules_digest.py --synthetic 50 --no-eval     # a quicker, smaller set
    python bench/rules_digest.py --texts a.txt b.txt --out d.json   # only these files

``--compare`` prints the ids whose digest differs, or that are only on one side.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
# Run from bench/, bench/rules.py would shadow the rules package: the project root goes first.
sys.path.insert(0, str(ROOT))

from rules.analyze import analyze  # noqa: E402

#: As for ``bench/evaldata.py``: ``CROSSWIRE_EVAL_DATA``, else ``../shared/eval-data``.
EVAL_DATA = Path(os.environ.get("CROSSWIRE_EVAL_DATA") or ROOT.parent / "shared" / "eval-data")
RULES_TESTS = ROOT / "tests" / "rules"
SEED = 20261121
TOTAL = "TOTAL"


def yaml_texts() -> Iterator[tuple[str, str]]:
    """The ``text`` of each annotated article (the rest of the file is not looked at)."""
    folders = [RULES_TESTS / "corpus", *sorted(RULES_TESTS.glob("blind_*"))]
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(data.get("text"), str):
                yield f"{folder.name}/{path.name}", data["text"]


def synthetic_texts(count: int) -> Iterator[tuple[str, str]]:
    """The articles of ``bench/rules.py``'s generator, with its default seed and length."""
    make_articles: Callable[[int, int, int], list[str]] = _bench_rules().make_articles
    for index, text in enumerate(make_articles(count, 800, SEED)):
        yield f"synthetic/{index:04d}", text


def _bench_rules() -> Any:
    """``bench/rules.py`` loaded under another name (its own name is the package's)."""
    spec = importlib.util.spec_from_file_location("bench_rules", ROOT / "bench" / "rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _jsonl(path: Path) -> Iterator[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def eval_texts() -> Iterator[tuple[str, str]]:
    """GVA train documents (headline, blank line, text) and MUC-4 train documents (lone
    newlines made spaces), as the two evaluation scripts read them."""
    gva = EVAL_DATA / "gva" / "documents.jsonl"
    muc4 = EVAL_DATA / "muc4" / "muc4_documents.jsonl"
    if not gva.is_file() or not muc4.is_file():
        print(f"skipped: no GVA/MUC-4 data under {EVAL_DATA}", file=sys.stderr)
        return
    for doc in _jsonl(gva):
        digest = hashlib.md5(str(doc.get("incident_id")).encode(), usedforsecurity=False)
        if doc.get("gold") and int(digest.hexdigest(), 16) % 10 < 7:
            yield f"gva/{doc['doc_id']}", f"{doc.get('title') or ''}\n\n{doc['text']}"
    for doc in _jsonl(muc4):
        if doc.get("split") == "train":
            text = re.sub(r"(?<!\n)\n(?!\n)", " ", str(doc["text"]))
            yield f"muc4/{doc['doc_id']}", text


def digest_of(text: str) -> str:
    """sha256 of the canonical repr of ``analyze(text)``, or of the error it raised."""
    try:
        found = repr(analyze(text))
    except Exception as exc:  # a raise is an output to compare too
        found = f"raised {type(exc).__name__}: {exc}"
    return hashlib.sha256(found.encode("utf-8")).hexdigest()


def digests(texts: Iterator[tuple[str, str]]) -> dict[str, str]:
    """Each text's digest by id, then ``TOTAL``: the sha256 of all lines in order."""
    result = {ident: digest_of(text) for ident, text in texts}
    lines = "".join(f"{ident} {value}\n" for ident, value in result.items())
    result[TOTAL] = hashlib.sha256(lines.encode("utf-8")).hexdigest()
    return result


def differences(old: dict[str, str], new: dict[str, str]) -> list[str]:
    """Ids whose digest differs or that only one side has (the total left out)."""
    ids = [i for i in old if i != TOTAL] + [i for i in new if i not in old and i != TOTAL]
    return [i for i in ids if old.get(i) != new.get(i)]


def _texts(args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    if args.texts:
        for path in args.texts:
            yield path.name, path.read_text(encoding="utf-8")
        return
    yield from yaml_texts()
    yield from synthetic_texts(args.synthetic)
    if not args.no_eval:
        yield from eval_texts()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the digests here (JSON, one per line)")
    parser.add_argument("--compare", type=Path, help="digests to compare with; exit 1 on change")
    parser.add_argument("--synthetic", type=int, default=300, help="synthetic articles to run")
    parser.add_argument("--no-eval", action="store_true", help="leave out GVA and MUC-4")
    parser.add_argument("--texts", type=Path, nargs="+", help="digest only these text files")
    args = parser.parse_args(argv)
    result = digests(_texts(args))
    if args.out:
        args.out.write_text(json.dumps(result, indent=0) + "\n", encoding="utf-8")
    print(f"{len(result) - 1} texts, total {result[TOTAL]}")
    if args.compare is None:
        return 0
    old = json.loads(args.compare.read_text(encoding="utf-8"))
    changed = differences(old, result)
    for ident in changed:
        print(f"differs: {ident}")
    print(f"{len(changed)} of {len(old) - 1} texts differ from {args.compare}")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
