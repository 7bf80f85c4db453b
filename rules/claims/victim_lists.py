"""People listed as "the victims" in a sentence with no casualty word of its own (CB78):
"Two guards were shot dead at the depot. The victims were identified as Ana Ruiz and Tomas
Brel." The sentence says who; the story before it says what befell them.

Origin: general English news style: a report states the toll, then names the victims in a
sentence of their own ("The victims were identified as ...", "Among the victims were ...",
"Police identified the victims as ...").
"""

from __future__ import annotations

import re

import re2

from rules.categories import CUES, Cue
from rules.claims.lists import listed_people, person_binding
from rules.claims.parts import Binding, CueHit
from rules.numbers import ASCII_SPACE, ascii_lacks

#: The words that open a list of the story's victims.
VICTIMS_LISTED = re.compile(
    r"\b(?:the|both|all)\s+(?:two\s+|three\s+|four\s+|five\s+|six\s+)?victims"
    r"(?:\s*,[^.;,]{1,120},)?\s+(?:were|have\s+been|had\s+been|are)\s+(?:identified|named)\s+as"
    r"|\bamong\s+the\s+victims\s+(?:were|are|was|is)"
    r"|\bidentified\s+the\s+(?:two\s+|three\s+|four\s+|five\s+|six\s+)?victims\s+as"
    # "Four people died. They were A, B, C and D.": two or more named after "they" (below)
    r"|^\s*(?P<they>they\s+(?:were|are|have\s+been|had\s+been)(?:\s+(?:identified|named)\s+as)?)",
    re.IGNORECASE,
)

#: ``VICTIMS_LISTED`` for RE2 over an ASCII sentence, ``\s`` read as Python reads it (no
#: ``\s`` stands in a bracket, and it has no look-around): the same matches, in one linear
#: pass where Python's re tries every alternative at every position.
_VICTIMS_LISTED_ASCII = re2.compile(
    ("(?i)" + VICTIMS_LISTED.pattern.replace(r"\s", ASCII_SPACE)).encode("ascii")
)


def lists_victims(text: str) -> bool:
    """Does ``text`` list the story's victims ("The victims were identified as", "They were")?
    A cheap substring test stands before the scan, and RE2's on an ASCII sentence."""
    low = text.lower()
    if not ("victim" in low or low.lstrip().startswith("they ")):
        return False
    return not ascii_lacks(_VICTIMS_LISTED_ASCII, text) and bool(VICTIMS_LISTED.search(text))


#: How many sentences back the story's toll may stand.
LOOK_BACK = 3
#: One cue per category that a list of victims takes from the story before it.
_STORY_CUES: dict[str, Cue] = {}
for _cue in CUES:
    _STORY_CUES.setdefault(_cue.category, _cue)


def story_category(categories: list[str]) -> str | None:
    """The one thing that befell the story's victims, from the categories of the casualty
    claims of the sentences before the list: killed or wounded, not both."""
    found = {c for c in categories if c in ("killed", "wounded")}
    return found.pop() if len(found) == 1 else None


def listed_victims(text: str, category: str, found: list[Binding]) -> list[Binding]:
    """Each person listed after "the victims were identified as" (and the like) in ``text``,
    one victim of ``category``, unless a binding of the sentence counts them already."""
    taken = [(b.figure.start, b.figure.end) for b in found]
    upper = text.isupper()
    result: list[Binding] = []
    for match in VICTIMS_LISTED.finditer(text):
        cue = CueHit(match.start(), match.end(), _STORY_CUES[category])
        people = _apart(text, listed_people(text, match.end(), upper))
        if match["they"] and len(people) < 2:
            continue  # "They were Ana Ruiz's neighbours": one name may be a possessor
        for span in people:
            if not any(s <= span[0] < e for s, e in taken):
                result.append(person_binding(text, span, cue))
    return result


#: A person told by a noun ("his wife") before a bare comma and a name is that person.
_DESCRIBED = re.compile(r"(?:an?|one|his|her|their)\s", re.IGNORECASE)
_BARE_COMMA = re.compile(r"\s*,\s*")


def _apart(text: str, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The listed people less a noun that a name after a bare comma names ("his wife, Ana
    Ruiz": one person)."""
    kept: list[tuple[int, int]] = []
    for n, here in enumerate(people):
        after = people[n + 1] if n + 1 < len(people) else None
        if (
            after is not None
            and _DESCRIBED.match(text, here[0])
            and _BARE_COMMA.fullmatch(text, here[1], after[0])
            and not _DESCRIBED.match(text, after[0])
        ):
            continue
        kept.append(here)
    return kept
