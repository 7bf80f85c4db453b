"""Which rules made a stored result: a fingerprint of the code that turns text into findings.

A result is *stale* when it was made by other rules than the running ones (an upgrade, a new
rule file). Comparing a stale result with a fresh one would report the rules' change as the
article's (a "stealth edit" that is only a better rule), so stale results of a story are made
again before the story is compared (``crosswire.reanalysis``).

The fingerprint hashes the source of the ``rules`` package and of ``crosswire.analysis`` (which
places and bounds the findings), so it changes with every release that could change a finding
and never needs bumping by hand. A change to comments alone makes results stale too; making
them again then changes nothing, which costs time but raises no alert.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import rules

#: Characters of the hex digest kept (the database column holds 16).
FINGERPRINT_CHARS = 12


def _fingerprint() -> str:
    package = Path(rules.__file__).parent
    sources = [*sorted(package.rglob("*.py")), Path(__file__).with_name("analysis.py")]
    digest = hashlib.sha256()
    for path in sources:
        if not path.is_file():
            continue  # a deployment without sources: fingerprint what there is
        name = path.relative_to(package).as_posix() if path.is_relative_to(package) else path.name
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:FINGERPRINT_CHARS]


#: Taken when this module is first imported, with the rules it imported: a later edit of the
#: files on disk (a ``git pull`` under a running service) does not relabel the loaded code.
RULES_VERSION = _fingerprint()


def rules_version() -> str:
    """The running rules' fingerprint: 12 hex characters.

    >>> len(rules_version()), rules_version() == RULES_VERSION
    (12, True)
    """
    return RULES_VERSION
