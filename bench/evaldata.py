"""Where the evaluation scripts find the project and the shared real-news corpora.

Importing this puts the project root first on ``sys.path``: run as ``python bench/x.py``,
the script's own folder comes first, and ``bench/rules.py`` would shadow the ``rules``
package.

``CROSSWIRE_EVAL_DATA`` overrides where the corpora are (a git worktree sits elsewhere than
the main checkout, so its ``../shared/eval-data`` may not exist).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL_DATA = Path(os.environ.get("CROSSWIRE_EVAL_DATA") or ROOT.parent / "shared" / "eval-data")

if str(ROOT) not in sys.path[:1]:
    sys.path.insert(0, str(ROOT))
