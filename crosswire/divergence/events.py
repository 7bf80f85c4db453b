"""Whether two claims in one story talk about the same event.

A story often holds several events (two shootings in different towns, each day's shelling).
Claims belong to different events when their articles were published further apart than the
event window, when both give an "as of" time and the times differ, or when both name where it
happened and the places have nothing in common.

>>> sorted(places_in("Shelling killed 12 people in Selk and near Orvo City, police said."))
['orvo', 'selk']
"""

from __future__ import annotations

import re
from datetime import timedelta

from crosswire.divergence.model import StatedClaim

_PLACE = re.compile(
    r"\b(?:in|near|at|outside|around|inside)\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})"
)
#: Words that say what kind of place, not which: "Varna City" and "the Varna region" share "varna".
PLACE_KINDS = frozenset(
    "city town village region province district county state area border river valley port".split()
)
#: Capitalised words after a preposition that are no places.
NOT_PLACES = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An This That Least Most
    Police Reuters He She They It We I His Her Their""".split()
)


def places_in(sentence: str) -> frozenset[str]:
    """Words of the place names a sentence puts its event in ("in Selk", "near Varna City")."""
    found = set()
    for match in _PLACE.finditer(sentence):
        for word in match.group(1).split():
            name = re.sub(r"['’]s?$", "", word).lower()
            if word not in NOT_PLACES and name not in PLACE_KINDS and len(name) > 1:
                found.add(name)
    return frozenset(found)


def same_event(a: StatedClaim, b: StatedClaim, window: timedelta) -> bool:
    """True unless time, "as of" or place keep the two claims apart."""
    if abs(a.source.when - b.source.when) > window:
        return False
    if a.as_of and b.as_of and _norm(a.as_of) != _norm(b.as_of):
        return False
    return not (a.places and b.places and not (a.places & b.places))


def _norm(text: str) -> str:
    return " ".join(text.lower().split())
