"""What a text tells about a named source as a person: a surname given in full earlier, and
the gender its role, its title or a pronoun already resolved to it shows.

Used by ``rules.coreference`` so that "she said" after "Marek did not comment" takes
Marek (named in full before as "Governor Ilse Marek"), and "he" never takes a source
the text calls a spokeswoman. Word lists: general English (gendered titles and role nouns).
"""

from __future__ import annotations

import functools

from rules.calendar import MONTHS, WEEKDAYS

#: Gendered titles, read only right before a capitalised name ("Ms. Ruiz"), and gendered
#: role nouns, read only in lower case as the head of the source or of its appositive
#: ("a spokeswoman, Dana Ruiz"), never inside a name ("King County", "Prince George's").
_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_ROLES = {
    **dict.fromkeys(
        """spokeswoman chairwoman congresswoman businesswoman councilwoman policewoman
        mother wife daughter sister grandmother granddaughter aunt niece widow woman girl
        actress waitress""".split(),
        "f",
    ),
    **dict.fromkeys(
        """spokesman chairman congressman businessman councilman policeman father husband
        son brother grandfather grandson uncle nephew widower man boy actor waiter""".split(),
        "m",
    ),
}
#: Words after which a role or a title belongs to someone else: "a lawyer for Mr. Voss".
_OTHERS = frozenset("for of to with by from".split())

#: The gender a pronoun asks for.
PRONOUN_GENDER = {"he": "m", "she": "f"}


@functools.lru_cache(maxsize=4096)
def gender_in(source: str) -> str | None:
    """ "f" or "m" when the source's own words show a gender ("A spokeswoman, Dana Ruiz",
    "Mr. Ivo Dahl"), else None; a source showing both ("the boy's mother") shows neither."""
    words = source.replace(",", " ").split()
    found = set()
    for k, word in enumerate(words):
        if k > 0 and words[k - 1].lower() in _OTHERS:
            continue
        bare = word.rstrip(".")
        if bare.lower() in _TITLES and bare[:1].isupper():
            if k + 1 < len(words) and words[k + 1][:1].isupper():
                found.add(_TITLES[bare.lower()])
        elif word in _ROLES:
            found.add(_ROLES[word])
    return found.pop() if len(found) == 1 else None


def agrees(pronoun: str, name: str, genders: dict[str, str]) -> bool:
    """May ``pronoun`` ("he"/"she") stand for ``name``, given the genders known so far?"""
    known = genders.get(name)
    return not known or known == PRONOUN_GENDER.get(pronoun, known)


def surname_given_in_full(text: str, at: int, name: str, window: int = 5000) -> bool:
    """Is the one-word ``name`` ("Marek") the last word of a full name ("Governor Ilse
    Marek") in the ``window`` characters of ``text`` before ``at``? A few C-speed
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
            word = text[word_start : k - 1]
            if word[:1].isupper() and word.rstrip(".,").lower() not in _NOT_FIRST_NAMES:
                return True
        k = text.rfind(name, lo, k)
    return False


#: Capitalised words before a surname that are no given name or title ("On Monday Halden");
#: a place before it ("In Velk Halden") is not told apart from a given name.
_NOT_FIRST_NAMES = frozenset(
    """the a an in on at by for from of to with and but as after before since during""".split()
).union(WEEKDAYS, MONTHS)

#: How many earlier mentions of a surname are tried for a full name before it.
_TRIES = 8
