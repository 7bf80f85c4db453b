"""Settings shared by every test.

Property tests run derandomized (a fixed seed per test) so that the suite gives the same
result on every run; ``HYPOTHESIS_PROFILE=explore`` runs them with fresh random examples.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("crosswire", derandomize=True, deadline=None)
settings.register_profile("explore", derandomize=False, deadline=None, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "crosswire"))
