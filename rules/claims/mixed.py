"""Counts listed with people after a killing cue: "the murder of Ana Ruiz, two guards and a
driver", "the assassination of Rector Ivo Sarn, five other priests and two women".
The first item is counted by the rules for names and persons (CB14, CB25); a count later in
the list, and a person after it, bind to no cue of their own, yet the killing governs every
item of the list.
"""

from __future__ import annotations

import re

from rules.claims.appositions import Item, item_bindings, listed_items
from rules.claims.own_verb import own_verb_after
from rules.claims.parts import Binding, SentenceParse, object_cues

#: A verb right after the list makes it the subject of a clause of its own: "after the
#: killing of Ana Ruiz, two brothers and a cousin were arrested".
_VERB_AFTER = re.compile(
    r"\s+(?:were|was|are|is|have|has|had|will|would|said|told|say|says|remain)\b", re.IGNORECASE
)
_AND = re.compile(r"\band\b", re.IGNORECASE)


def listed_counts(sent: SentenceParse, found: list[Binding]) -> list[Binding]:
    """The counts in a list of two or more items, closed by "and", right after a casualty
    cue that takes an object ("the murder of", "killed"), when no cue binds them yet; and
    the people listed after the first item, when the list has such a count."""
    text, upper = sent.text, sent.text.isupper()
    bound = {b.figure.start for b in (*sent.bound.values(), *found)}
    spans = [(b.figure.start, b.figure.end) for b in found]
    result: list[Binding] = []
    for cue in object_cues(sent.cues.hits):
        items = listed_items(text, cue.end, sent.stated, upper)
        if not _closed(text, items) or _parts_of_first(items):
            continue
        last = items[-1].figure
        if _VERB_AFTER.match(text, items[-1].end) or (last and own_verb_after(text, last)):
            continue  # "... and four soldiers reached the village": a clause of their own
        loose = [i for i in items if i.figure is not None and i.figure.start not in bound]
        if not loose or (items[0].figure is not None and items[0].figure.start not in bound):
            continue  # a count first: CB02 binds it, and CB04 what is joined to it
        people = [i for i in items[1:] if i.figure is None and not _inside(i, spans)]
        result.extend(item_bindings(text, [*loose, *people], cue, upper))
    return result


def _inside(item: Item, spans: list[tuple[int, int]]) -> bool:
    return any(s <= item.start < e for s, e in spans)


def _closed(text: str, items: list[Item]) -> bool:
    """Two or more items, the last joined by "and"."""
    return len(items) >= 2 and bool(_AND.search(text, items[-2].end, items[-1].start))


def _parts_of_first(items: list[Item]) -> bool:
    """ "three farmers, two men and a boy": the rest detail the first count (CB31)."""
    first = items[0].figure
    if first is None or first.figure.min is None:
        return False
    rest = sum((i.figure.figure.min or 0) if i.figure else 1 for i in items[1:])
    return rest == first.figure.min
