"""A rate after a group: "kills 400,000 people a year", "300 cases a day". The rate says how
often, so the group ends before it (the noun is "people", not "people a year").

Words from general English of yearly and daily figures ("a year", "a day", "each week"); "per"
and "every" already end a group (``lexicon.GROUP_STOP``, ``GROUP_END``).
"""

from __future__ import annotations

#: Words that open a rate before a unit of time.
_RATE_OPENERS = frozenset("a an each".split())
#: Units of time a rate counts in.
_TIME_UNITS = frozenset("year day week month decade hour night weekend".split())


def before_rate(words: list[str]) -> list[str]:
    """``words`` up to a rate ("people a year worldwide" -> "people"); a rate right after the
    figure leaves no group ("kills 10 a week in the capital")."""
    for k in range(len(words) - 1):
        unit = words[k + 1].lower().strip(".,;:")
        if words[k].lower() in _RATE_OPENERS and unit in _TIME_UNITS:
            return words[:k]
    return words
