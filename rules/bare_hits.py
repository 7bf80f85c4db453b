"""A bare "were hit" of people in shooting copy: "Six people had been hit.", "Three of the boys,
aged 15 and 18, were struck, police said." Said of things too ("two cars parked nearby were
hit", "the homes of two officers were hit") and of hail and storms, so it is a casualty only
where a shooting is told nearby and its subject counts people (general English of US local
crime news; 29th session)."""

from __future__ import annotations

import re

from rules.nouns import names_people
from rules.number_values import number_value

#: The words that tell a shooting.
_SHOOTING = re.compile(
    r"\b(?:shot|shots|shooting|gunfire|gunman|gunmen|gunshots?|opened\s+fire|drive-by"
    r"|bullets?|rounds\s+(?:were\s+)?fired)\b",
    re.IGNORECASE,
)
#: How far a shooting may be told before the bare "were hit" (about the first ten
#: paragraphs of a local story) or after it (the rest of its paragraph).
_BEFORE, _AFTER = 3000, 200
#: Words that count people without naming them: "Five were hit", "two others", "many".
_COUNTING = frozenset("others more many several all both some dozens scores hundreds".split())
#: Words between a count and its noun that name no head: "two of the teens", "five of them".
_LINKS = frozenset("of the those these them".split())
#: Nouns that only total the count after "of": "a total of seven people", "a group of five".
_TOTALS = frozenset("total group number".split())
#: Auxiliaries between the subject and "been hit".
_AUXILIARIES = frozenset("had have has".split())


def people_shot(text: str, start: int, end: int) -> bool:
    """Is the bare "were hit" at ``text[start:end]`` said of people where a shooting is told?
    The subject's head is the word after its count ("Five people inside the store", "two of
    the teens", "Two patrol cars carrying officers": "patrol"), the count alone ("Five were
    hit", "two others"), or with no count the last word before the verb ("The victims")."""
    if _SHOOTING.search(text, max(0, start - _BEFORE), min(len(text), end + _AFTER)) is None:
        return False
    clause = re.split(r"[.!?;]\s", text[max(0, start - 120) : start])[-1]
    words = [w.strip(".,;:'\"()").lower() for w in clause.split()]
    while words and words[-1] in _AUXILIARIES:
        words.pop()
    for i, word in enumerate(words):
        if word in ("a", "an") or not (word in _COUNTING or number_value(word) is not None):
            continue
        if i >= 2 and words[i - 1] == "of" and words[i - 2] not in _TOTALS:
            return names_people(words[i - 2])  # "The homes of two officers": homes
        rest = [w for w in words[i + 1 :] if w not in _LINKS]
        return not rest or names_people(rest[0]) or rest[0] in _COUNTING
    return bool(words) and names_people(words[-1])
