"""Run every evaluation script in bench/ and print one summary (used to fill docs/ACCURACY.md).

Each script runs in its own process with a time limit; its output is shown in full, then a
table says which ran, which skipped (data absent) and which failed.

    python bench/eval_all.py                 # every bench/eval_*.py (dev and train), bench/rules.py
    python bench/eval_all.py --only rules muc4
    python bench/eval_all.py --markdown docs/accuracy-run.md
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent

#: Extra arguments per script; the rest run with none.
ARGUMENTS: dict[str, tuple[str, ...]] = {
    "eval_rules.py": ("--check",),
    "rules.py": ("--articles", "1000"),
    "eval_gates.py": ("--check",),
}


@dataclass(frozen=True, slots=True)
class Run:
    """One evaluation script's run: its command, exit status, time and output."""

    script: str
    command: str
    returncode: int
    seconds: float
    output: str

    @property
    def status(self) -> str:
        if self.returncode == 0 and "SKIP" in self.output.upper().split("\n", 1)[0]:
            return "skipped"
        if self.returncode == 0:
            return "ok"
        if self.returncode == -1:
            return "timeout"
        return f"exit {self.returncode}"


def scripts(only: Sequence[str]) -> list[Path]:
    found = sorted(p for p in BENCH.glob("eval_*.py") if p.name != "eval_all.py")
    found.append(BENCH / "rules.py")
    if only:
        found = [p for p in found if any(word in p.stem for word in only)]
    return [p for p in found if p.is_file()]


def variants(script: Path) -> list[tuple[str, ...]]:
    """Argument lists to run a script with: each split for scripts that take ``--split``."""
    if script.name in ARGUMENTS:
        return [ARGUMENTS[script.name]]
    if '"--split"' in script.read_text(encoding="utf-8"):
        return [("--split", "dev"), ("--split", "train")]
    return [()]


def run(script: Path, extra: Sequence[str], timeout: float) -> Run:
    args = [sys.executable, str(script.relative_to(ROOT)), *extra]
    command = " ".join(["python", *args[1:]])
    start = time.perf_counter()
    try:
        done = subprocess.run(
            args,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        output, code = done.stdout + done.stderr, done.returncode
    except subprocess.TimeoutExpired as exc:
        partial = exc.stdout if isinstance(exc.stdout, str) else ""
        output, code = partial + f"\n(timed out after {timeout:.0f} s)", -1
    return Run(script.name, command, code, time.perf_counter() - start, output.strip())


def markdown(runs: Sequence[Run], stamp: str) -> str:
    parts = [f"# Evaluation run, {stamp}\n"]
    for r in runs:
        parts.append(f"## {r.script}: {r.status} ({r.seconds:.1f} s)\n\n`{r.command}`\n")
        parts.append("```\n" + r.output + "\n```\n")
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run every bench evaluation and summarise.")
    parser.add_argument("--only", nargs="*", default=[], help="substrings of script names")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds per script")
    parser.add_argument("--markdown", type=Path, help="also write the outputs to this file")
    args = parser.parse_args(argv)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    runs: list[Run] = []
    for script in scripts(args.only):
        for extra in variants(script):
            print(f"=== {script.name} {' '.join(extra)} ===", flush=True)
            result = run(script, extra, args.timeout)
            print(f"$ {result.command}\n{result.output}\n", flush=True)
            runs.append(result)
    print(f"=== summary ({stamp}) ===")
    for r in runs:
        print(f"  {r.status:10} {r.seconds:7.1f} s   {r.command}")
    if args.markdown:
        args.markdown.write_text(markdown(runs, stamp), encoding="utf-8")
    return 0 if all(r.status in ("ok", "skipped") for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
