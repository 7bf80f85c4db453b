"""Where the evaluation scripts find the project and the shared real-news corpora.

Importing this puts the project root first on ``sys.path``: run as ``python bench/x.py``,
the script's own folder comes first, and ``bench/rules.py`` would shadow the ``rules``
package.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL_DATA = ROOT.parent / "shared" / "eval-data"

if str(ROOT) not in sys.path[:1]:
    sys.path.insert(0, str(ROOT))
