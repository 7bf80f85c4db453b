"""Fuzzing budgets: small in the normal suite, about a minute in CI's fuzz step.

``CROSSWIRE_FUZZ=long`` (set by ``.ci/run``) selects the long budget. Examples are
derandomized (a fixed seed per test), so a failure found once is found again on every run.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG = os.environ.get("CROSSWIRE_FUZZ", "").lower() == "long"


def budget(short: int, long: int) -> settings:
    """Settings for ``short`` examples normally and ``long`` in the fuzz step."""
    return settings(
        max_examples=long if LONG else short,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        print_blob=True,
    )
