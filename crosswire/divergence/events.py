"""Whether two claims in one story talk about the same event.

A story often holds several events (two shootings in different towns, each day's shelling).
Claims belong to different events when their articles were published further apart than the
event window, when both give an "as of" time and the times differ, or when both name where it
happened and the places have nothing in common.

>>> sorted(places_in("Shelling killed 12 people in Selk and near Orvo City, police said."))
['orvo', 'selk']
>>> sorted(context_places("BRENNA, Dravo – A gunman opened fire. Two were hurt.", 37))
['brenna']
"""

from __future__ import annotations

import re
from datetime import timedelta

from crosswire.divergence.model import StatedClaim
from rules.calendar import MONTHS, WEEKDAYS

_PLACE = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round|[Ii]nside)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})"
)
#: A dateline opening the text: "BRENNA, Dravo province –" or "ORSK (Plains Wire) —".
_DATELINE = re.compile(r"\A\s*([A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,})?)\s*(?:,|\(|—|–|-)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
#: How far back a claim without a place looks for the place its event is in.
CONTEXT_CHARS = 600
#: Words that say what kind of place, not which: "Varna City" and "the Varna region" share "varna".
PLACE_KINDS = frozenset(
    "city town village region province district county state area border river valley port".split()
)
#: Capitalised words after a preposition that are no places.
NOT_PLACES = frozenset(
    """The A An This That Least Most Police Reuters He She They It We I His Her Their""".split()
).union(word.title() for word in (*MONTHS, *WEEKDAYS))


def places_in(sentence: str) -> frozenset[str]:
    """Words of the place names a sentence puts its event in ("in Selk", "near Varna City")."""
    found = set()
    for match in _PLACE.finditer(sentence):
        for word in match.group(1).split():
            name = re.sub(r"['’]s?$", "", word).lower()
            if word not in NOT_PLACES and name not in PLACE_KINDS and len(name) > 1:
                found.add(name)
    return frozenset(found)


def context_places(text: str, start: int) -> frozenset[str]:
    """The places of the nearest earlier sentence of its paragraph naming one, else the dateline's.

    "Two people were wounded, police said" takes its place from "… at the Brenna market".
    """
    window = text[max(0, start - CONTEXT_CHARS) : start]
    paragraph = re.split(r"\n\s*\n", window)[-1]  # the claim's own paragraph, up to it
    for sentence in reversed(_SENTENCE_END.split(paragraph)):
        found = places_in(sentence)
        if found:
            return found
    dateline = _DATELINE.match(text)
    if dateline:
        return frozenset(w.lower() for w in dateline.group(1).split() if len(w) > 1)
    return frozenset()


def same_event(a: StatedClaim, b: StatedClaim, window: timedelta, *, places: bool = True) -> bool:
    """True unless time, "as of" or (when ``places``) place keep the two claims apart."""
    if abs(a.source.when - b.source.when) > window:
        return False
    if a.as_of and b.as_of and _norm(a.as_of) != _norm(b.as_of):
        return False
    return not (places and a.places and b.places and not (a.places & b.places))


def _norm(text: str) -> str:
    return " ".join(text.lower().split())
