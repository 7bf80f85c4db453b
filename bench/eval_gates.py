"""Gate the rules on the real corpora's dev splits: every pinned floor must hold.

Runs ``eval_muc4.py``, ``eval_polnear.py``, ``eval_idmc.py`` and ``eval_gva.py`` (the
product's key figure per article) with ``--split dev --json``
(each in its own process) and compares their figures with ``bench/floors-real.json``. A
corpus whose data is absent (``../shared/eval-data``, or ``$CROSSWIRE_EVAL_DATA``) is
reported as skipped, never as passed; with ``--require-data`` a missing corpus fails.

Matching is each script's own, stated in its docstring; this script only compares numbers.

    python bench/eval_gates.py            # print every gated figure beside its floor
    python bench/eval_gates.py --check    # exit 1 when a figure is below its floor
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from evaldata import EVAL_DATA

BENCH = Path(__file__).resolve().parent
FLOORS_FILE = BENCH / "floors-real.json"
#: Corpus name -> (script, what must exist for it to run).
SCRIPTS = {
    "muc4": ("eval_muc4.py", EVAL_DATA / "muc4" / "muc4_documents.jsonl"),
    "polnear": ("eval_polnear.py", EVAL_DATA / "polnear" / "attributions.jsonl"),
    "idmc": ("eval_idmc.py", EVAL_DATA / "idmc" / "idmc_fully_labelled.jsonl"),
    "gva": ("eval_gva.py", EVAL_DATA / "gva" / "documents.jsonl"),
}


def measure(corpus: str) -> dict[str, float] | None:
    """The dev figures of one corpus, flattened to "row.metric" names; None if no data."""
    script, needed = SCRIPTS[corpus]
    if not needed.is_file():
        return None
    done = subprocess.run(
        [sys.executable, str(BENCH / script), "--split", "dev", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    data: dict[str, Any] = json.loads(done.stdout)
    flat: dict[str, float] = {}
    for name, value in data.items():
        if isinstance(value, dict):
            flat.update({f"{name}.{metric}": v for metric, v in value.items()})
        else:
            flat[name] = value
    return flat


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 below a floor")
    parser.add_argument("--require-data", action="store_true", help="fail if a corpus is absent")
    parser.add_argument("--floors", type=Path, default=FLOORS_FILE)
    args = parser.parse_args(argv)
    floors: dict[str, dict[str, float]] = json.loads(args.floors.read_text(encoding="utf-8"))[
        "floors"
    ]
    failures: list[str] = []
    for corpus, pinned in floors.items():
        figures = measure(corpus)
        if figures is None:
            print(f"SKIP {corpus}: data not found under {EVAL_DATA}")
            if args.require_data:
                failures.append(f"{corpus}: data absent")
            continue
        for name, floor in sorted(pinned.items()):
            value = figures.get(name)
            ok = value is not None and value >= floor
            shown = "not measured" if value is None else f"{value:.4f}"
            print(f"{'ok  ' if ok else 'LOW '} {corpus} {name:<44} {shown:>12}  floor {floor}")
            if not ok:
                failures.append(f"{corpus} {name}: {shown} < floor {floor}")
    for line in failures:
        print(f"BELOW FLOOR {line}", file=sys.stderr)
    return 1 if args.check and failures else 0


if __name__ == "__main__":
    sys.exit(main())
