"""A series of kinds of people that one count covers: "Nearly 900 marines, medics and
divers were sent to the bay"; "Some 300 medics, nurses, and drivers were sent".

The count stands before the first kind only, and the later kinds have no count or article of
their own, so the verb after the series reaches the count. The group kept is the first kind,
as with "900 marines and divers". A later kind with its own count ("six soldiers, two
police officers and a civilian") is a list of parts and is left to the list readers. General
English grammar of coordinated plural nouns.

>>> without_people_series(" marines, medics and divers were ")
' marines were '
>>> without_people_series(" medics, nurses, and drivers were ")
' medics were '
>>> without_people_series(" soldiers, two police officers and a civilian were ")
' soldiers, two police officers and a civilian were '
>>> without_people_series(" police, paramedics and fire crews were ")
' police were '
>>> without_people_series(" soldiers, tanks and helicopters were ")
' soldiers, tanks and helicopters were '
>>> without_people_series(" medics, nurses and porters with stretchers ")
' medics with stretchers '
"""

from __future__ import annotations

import re

from rules.nouns import PERSONNEL, is_human_plural

#: A kind of people in up to three words, none of them the verb's auxiliary nor a preposition
#: that opens what the last kind has with it.
_WORD = (
    r"(?!(?:were|was|are|is|have|has|had|been|be|will|would|with|in|from|aboard)\b)"
    r"[A-Za-z][A-Za-z-]*"
)
_KIND = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"

#: What the series has with it or where it is, before its verb: "porters with stretchers",
#: "marines in dinghies", "police from the coast" (review52g; general English of rescue
#: reports). It stays in the gap after the first kind, as "90 medics with stretchers".
_WITH_THEM = r"\s+(?:with|in|from|aboard)\s+(?:the\s+|their\s+)?[A-Za-z][A-Za-z-]*(?:\s+[a-z-]+)?"

_SERIES = re.compile(
    rf"^(?P<first>\s*{_KIND})(?P<rest>(?:\s*,\s*{_KIND}){{1,4}}\s*,?\s+(?:and|or)\s+{_KIND})"
    # the verb after it, or the cue itself when it holds the verb ("were digging": 45th)
    rf"(?=(?:{_WITH_THEM})?(?:\s+(?:were|was|are|is|have|has|had|will|would)\b|\s*$))"
)

#: Words that open a kind with a count, an article or a clause of its own: not a bare kind.
_NOT_BARE = frozenset(
    """a an the one two three four five six seven eight nine ten several some many few dozens
    hundreds thousands who which that whose including""".split()
)


def without_people_series(gap: str) -> str:
    """``gap`` with the later kinds of a series of people taken out, or ``gap`` as it was."""
    match = _SERIES.match(gap)
    if match is None:
        return gap
    rest = re.split(r",|\band\b|\bor\b", match.group("rest"))
    kinds = [match.group("first").split(), *(part.split() for part in rest)]
    for kind in filter(None, kinds):
        if kind[0].lower() in _NOT_BARE or not _people(kind):
            return gap
    return match.group("first") + gap[match.end("rest") :]


#: Crews of a service listed among people ("police, paramedics and fire crews were sent"):
#: general English of emergency reporting; a bare "crews" may be a film or a ship's crew.
_SERVICE_CREWS = frozenset("fire rescue ambulance emergency medical search".split())


def _people(kind: list[str]) -> bool:
    low = kind[-1].lower()
    if low in ("crews", "teams") and len(kind) > 1:
        return kind[-2].lower() in _SERVICE_CREWS
    return is_human_plural(low) or low in PERSONNEL
