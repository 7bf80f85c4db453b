"""What a text tells about a named source as a person: a surname given in full earlier, and
the gender its role, its title or a pronoun already resolved to it shows.

Used by ``rules.coreference`` so that "she said" after "Holloway did not comment" takes
Holloway (named in full before as "Senator Maren Holloway"), and "he" never takes a source
the text calls a spokeswoman. Word lists: general English (gendered titles and role nouns).
"""

from __future__ import annotations

import functools
import re

#: Gendered titles and role nouns; a source holding one has that gender.
_FEMININE = re.compile(
    r"\b(?:Mrs|Ms|Miss|Madam|spokeswoman|chairwoman|congresswoman|businesswoman|"
    r"councilwoman|policewoman|mother|wife|daughter|sister|grandmother|aunt|niece|widow|"
    r"woman|girl|actress|waitress|queen|princess|duchess|sister-in-law)\b",
    re.IGNORECASE,
)
_MASCULINE = re.compile(
    r"\b(?:Mr|spokesman|chairman|congressman|businessman|councilman|policeman|father|"
    r"husband|son|brother|grandfather|uncle|nephew|widower|man|boy|actor|waiter|king|prince|"
    r"duke|brother-in-law)\b",
    re.IGNORECASE,
)

#: The gender a pronoun asks for.
PRONOUN_GENDER = {"he": "m", "she": "f"}


@functools.lru_cache(maxsize=4096)
def gender_in(source: str) -> str | None:
    """ "f" or "m" when the source's own words show a gender ("A spokeswoman, Dana Ruiz"),
    else None; a source with both ("the boy's mother") shows neither reliably."""
    feminine = _FEMININE.search(source) is not None
    masculine = _MASCULINE.search(source) is not None
    if feminine == masculine:
        return None
    return "f" if feminine else "m"


def agrees(pronoun: str, name: str, genders: dict[str, str]) -> bool:
    """May ``pronoun`` ("he"/"she") stand for ``name``, given the genders known so far?"""
    known = genders.get(name)
    return not known or known == PRONOUN_GENDER.get(pronoun, known)


def surname_given_in_full(text: str, at: int, name: str, window: int = 5000) -> bool:
    """Is the one-word ``name`` ("Holloway") the last word of a full name ("Senator Maren
    Holloway") in the ``window`` characters of ``text`` before ``at``? A few C-speed
    searches, bounded: no regex over the whole text for every source."""
    if " " in name or not name[:1].isupper():
        return False
    lo = max(0, at - window)
    k = text.rfind(name, lo, at)
    for _ in range(_TRIES):
        if k <= lo:
            return False
        end = k + len(name)
        whole = end >= len(text) or not (text[end].isalnum() or text[end] == "_")
        if whole and text[k - 1] == " ":
            word_start = text.rfind(" ", lo, k - 1) + 1
            if text[word_start : word_start + 1].isupper():
                return True
        k = text.rfind(name, lo, k)
    return False


#: How many earlier mentions of a surname are tried for a full name before it.
_TRIES = 8
