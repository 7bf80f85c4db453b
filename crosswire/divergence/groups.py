"""Who a figure counts, normalised: one table of group nouns, and how two groups relate.

"North Korean troops" and "Russian soldiers" are both military but different sides, so their
counts are never compared; "villagers" and "civilians" count the same people; "children" are
a part of "civilians", and everyone is a part of "people" (or of a toll that names no group).
A part is compared with its whole only to catch impossibilities (more children killed than
people killed), never for a mere difference.

>>> group_of("Dravian troops")
Group(kind='military', side='dravia', part=None, head='troops')
>>> relation(group_of("villagers"), group_of("civilians"))
'same'
>>> relation(group_of("children"), group_of(None))
'part'
>>> relation(group_of("North Korean troops"), group_of("Russian soldiers"))
'unrelated'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Relation = Literal["same", "part", "whole", "unrelated"]

#: Head nouns by kind. From general news usage: who tolls count in conflicts, disasters and
#: crime. Singular and plural forms are both listed; lookups are lower-case.
GROUP_NOUNS: dict[str, tuple[str, ...]] = {
    "people": (
        "people",
        "person",
        "persons",
        "victims",
        "victim",
        "individuals",
        "casualties",
        "dead",
        "bodies",
        "lives",
        "others",
        "deaths",
    ),
    "civilians": (
        "civilians",
        "civilian",
        "residents",
        "resident",
        "villagers",
        "villager",
        "inhabitants",
        "locals",
        "citizens",
        "noncombatants",
        "non-combatants",
    ),
    "military": (
        "troops",
        "soldiers",
        "soldier",
        "servicemen",
        "serviceman",
        "servicemembers",
        "service members",
        "personnel",
        "marines",
        "sailors",
        "airmen",
        "conscripts",
        "reservists",
        "paratroopers",
        "guards",
        "border guards",
        "guardsmen",
        "officers and soldiers",
    ),
    "fighters": (
        "fighters",
        "militants",
        "rebels",
        "insurgents",
        "guerrillas",
        "militiamen",
        "combatants",
        "gunmen",
        "separatists",
        "jihadists",
        "mercenaries",
    ),
    "police": ("police", "policemen", "police officers", "officers", "officer", "constables"),
}

#: Civilian sub-groups: each is a part of "civilians" (and of "people").
CIVILIAN_PARTS: dict[str, tuple[str, ...]] = {
    "children": ("children", "child", "kids", "minors", "boys", "girls", "infants", "babies",
                 "teenagers", "teens", "students", "pupils", "schoolchildren"),
    "adults": ("adults", "adult", "grown-ups"),
    "women": ("women", "woman", "mothers", "girls and women"),
    "men": ("men", "man", "boys and men"),
    "workers": ("workers", "worker", "miners", "employees", "staff", "labourers", "laborers",
                "farmers", "fishermen", "crew", "crew members"),
    "travellers": ("passengers", "passenger", "travellers", "travelers", "pilgrims", "tourists",
                   "motorists", "drivers", "pedestrians", "commuters"),
    "displaced": ("refugees", "migrants", "asylum seekers", "displaced people"),
    "patients": ("patients", "patient", "elderly", "pensioners"),
    "journalists": ("journalists", "journalist", "reporters", "aid workers", "medics",
                    "doctors", "nurses", "rescuers", "firefighters", "volunteers"),
    "protesters": ("protesters", "protestors", "demonstrators", "worshippers", "fans",
                   "spectators", "shoppers", "families", "family members", "relatives"),
}  # fmt: skip

_KIND_OF: dict[str, str] = {noun: kind for kind, nouns in GROUP_NOUNS.items() for noun in nouns}
_PART_OF: dict[str, str] = {noun: part for part, nouns in CIVILIAN_PARTS.items() for noun in nouns}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_POST_MODIFIER = re.compile(r"\s+(?:of|who|from|in|at|on|near|inside|aboard)\s+")
_STOP = frozenset({"the", "a", "an", "of", "and", "other", "more", "some", "all", "its", "their"})


@dataclass(frozen=True, slots=True)
class Group:
    """A counted group: its kind, whose side (a nationality or party), and civilian part."""

    kind: str  # people / civilians / military / fighters / police / other
    side: str | None = None
    part: str | None = None
    head: str = ""

    @property
    def key(self) -> str:
        """A stable label for grouping and for divergence keys."""
        tail = self.part or (self.head if self.kind == "other" else "")
        return ":".join(x for x in (self.kind, self.side or "", tail) if x) or "people"

    @property
    def label(self) -> str:
        """How the group reads in a message: "Dravian troops" -> "troops (dravia)"."""
        name = self.part or (self.kind if self.kind in ("people", "civilians") else self.head)
        return f"{name} ({self.side})" if self.side else name


@lru_cache(maxsize=4096)
def group_of(text: str | None) -> Group:
    """Normalise a claim's group as the rules found it; no group counts as "people"."""
    if not text or not text.strip():
        return Group("people")
    core = _POST_MODIFIER.split(text.strip(), maxsplit=1)[0]
    words = _WORD.findall(core)
    if not words:
        return Group("people")
    head, kind = _head(words)
    modifiers = [w for w in words[: len(words) - len(head.split())] if w.lower() not in _STOP]
    side = _side(modifiers)
    if kind is None:
        part = _PART_OF.get(head)
        if part is not None:
            return Group("civilians", side, part, head)
        return Group("other", side, None, singular(head))
    return Group(kind, side, None, head)


def relation(a: Group, b: Group) -> Relation:
    """How group ``a`` relates to group ``b``: the same people, a part of them, or neither."""
    if a.kind == "people" and b.kind == "people":
        return "same"
    if a.kind == "people":
        return "whole"
    if b.kind == "people":
        return "part"
    if a.side and b.side and a.side != b.side:
        return "unrelated"
    if a.kind != b.kind:
        return "unrelated"
    if a.kind == "other":
        return "same" if a.head == b.head else "unrelated"
    if a.part == b.part:
        return "same"
    if a.part and not b.part:
        return "part"
    if b.part and not a.part:
        return "whole"
    return "unrelated"


def _head(words: list[str]) -> tuple[str, str | None]:
    """The group's head noun (two-word heads first) and its kind, if the table knows it."""
    lowered = [w.lower() for w in words]
    for size in (2, 1):
        if len(lowered) >= size:
            head = " ".join(lowered[-size:])
            if head in _KIND_OF:
                return head, _KIND_OF[head]
            if head in _PART_OF:
                return head, None
    return lowered[-1], None


def _side(modifiers: list[str]) -> str | None:
    """A capitalised modifier names a side: "Dravian" is "dravia", "North Korean" "north korea"."""
    proper = [w for w in modifiers if w[:1].isupper()]
    if not proper:
        return None
    return " ".join(side_name(w) for w in proper)


def side_name(word: str) -> str:
    """One capitalised word of a side, folded: "Dravian" and "Dravia's" are "dravia"."""
    return _demonym(word.lower().rstrip("'’s").rstrip("'’"))


def _demonym(word: str) -> str:
    """Fold a demonym onto its place name, roughly: Dravian -> dravia, Korean -> korea."""
    if word.endswith(("ian", "ean")) and len(word) > 4:
        return word[:-1]
    return word


def singular(noun: str) -> str:
    """A plural noun made singular, crudely: "officers" -> "officer" ("-ss" stays)."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
