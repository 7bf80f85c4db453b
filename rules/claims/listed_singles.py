"""Single people listed between the items of a count's list.

"Four farmers, a nurse and two teachers were hurt" and "killed Major Ivo Sarn, his aide and
three escorts": the one person inside the list is counted on its own (CB07, CB71); the counts
on either side of it are one list and share the cue, as they do with no single between them.
"""

from __future__ import annotations

import re

from rules.claims.lexicon import OTHERS
from rules.nouns import PERSON_NOUNS, is_human_plural

#: One list item of a single person: a comma, an article, a number word "one" or a possessive,
#: up to two modifiers and the head, before the next comma or "and" (general English).
_SINGLE_ITEM = re.compile(
    r"\s*,\s*(?:an?|one|his|her|their|its)\s+(?:[\w'-]+\s+){0,2}?(?P<head>[A-Za-z'-]+)"
    r"(?=\s*,|\s+and\b)",
    re.IGNORECASE,
)


def without_listed_singles(gap: str) -> str:
    """``gap`` without the single people listed in it (only where each head is a person noun):
    " farmers, a nurse and " reads " farmers and "."""
    if "," not in gap:
        return gap
    kept = []
    last = 0
    for item in _SINGLE_ITEM.finditer(gap):
        if item.group("head").lower() not in PERSON_NOUNS:
            return gap
        kept.append(gap[last : item.start()])
        last = item.end()
    if not kept:
        return gap
    return "".join(kept) + gap[last:]


#: A headline's object listed before a count with no determiner: "kills wife, 2 children",
#: "kills wife and two children", "Gunman kills guard, 3 shoppers" (headline English drops
#: articles).
_BARE_LEAD = re.compile(r"\s+(?P<noun>[A-Za-z-]+)(?:\s*,\s*|\s+and\s+)")


def bare_lead(gap: str) -> re.Match[str] | None:
    """The bare person noun (and its comma or "and") that is all of ``gap``, between a cue
    and its count: " wife, " in "kills wife, 2 children"; None for anything else. The person
    is counted apart (CB29, or CB09 for "wife" before "himself")."""
    if "," not in gap and " and " not in gap:
        return None
    lead = _BARE_LEAD.fullmatch(gap)
    return lead if lead is not None and lead["noun"].lower() in PERSON_NOUNS else None


def counts_people(group: str | None) -> bool:
    """Is ``group``, after the count that follows a bare lead, people: "kills wife, 2
    children", "kills teen and 2 others"; not an age ("fatally shoots girl, 15") or things
    ("kills farmer, 2 horses")."""
    head = group.split()[-1].lower() if group else ""
    return is_human_plural(head) or head in OTHERS


def toll_is(after: str | None, words: list[str], group: str | None) -> bool:
    """Does a toll noun name its count with a bare "were" and a group after it ("the only
    casualties were two broken windows") that names no people, not even in a phrase ("11
    members of one family", "three boys aged between 12 and 15")?"""
    if group is None or after != "toll" or words not in (["were"], ["was"]):
        return False
    # a capitalised head names a people ("4 Germans", "four Velkans"; not "3 Toyota pickups")
    words = group.split()
    return not (any(counts_people(word) for word in words) or words[-1][:1].isupper())
