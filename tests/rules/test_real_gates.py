"""The real-corpus dev gates (MUC-4, PolNeAR, IDMC, GVA) hold their pinned floors.

The corpora live outside the repository (``../shared/eval-data`` or
``$CROSSWIRE_EVAL_DATA``); where they are absent this test skips and says so. The four
scorers take a few seconds together.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EVAL_DATA = Path(os.environ.get("CROSSWIRE_EVAL_DATA") or ROOT.parent / "shared" / "eval-data")


@pytest.mark.skipif(
    not (EVAL_DATA / "muc4").is_dir(),
    reason=f"real-corpus gates skipped: no evaluation data at {EVAL_DATA}",
)
def test_dev_splits_meet_the_pinned_floors() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "eval_gates.py"), "--check", "--require-data"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr + done.stdout
