"""Who said it, normalised: parties for non-responses, claimants for attribution divergences.

A party is matched by its name and role with the speaker's job title, articles and
possessives taken off: "a spokeswoman for Castria's Defence Ministry, Ana Vell" and
"Castria's Defence Ministry" are one party; "Dravia's Foreign Ministry" is another.

>>> party_key("A spokeswoman for Castria's Defence Ministry, Ana Vell")
'castria defence ministry'
>>> same_party(party_key("Castrian defence ministry"), party_key("the Defence Ministry of Castria"))
True
>>> same_party(party_key("Dravia's Foreign Ministry"), party_key("Castria's Foreign Ministry"))
False
>>> specific(party_key("officials"))
False
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.divergence.groups import _demonym

#: Speakers who talk for an institution: "a spokesman for X" is X.
ROLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople representative official officials
    aide aides adviser advisor head chief director minister secretary press officer
    senior junior deputy source sources member members""".split()
)
#: Words that carry no identity.
FILLER = frozenset("the a an of for at in from to and 's said says".split())
#: Parties too vague to match across outlets on their own ("officials could not be reached").
GENERIC = frozenset(
    """officials authorities police government spokesman spokeswoman spokesperson sources
    witnesses residents people local locals regional military army agency ministry officers
    experts analysts diplomats person someone source""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


@lru_cache(maxsize=4096)
def party_key(name: str | None) -> str:
    """A normalised party name: role-holder dropped, words folded, in their order."""
    if not name:
        return ""
    text = name.split(",")[0] if _starts_with_role(name) else name
    text = re.sub(r"['’]s\b", "", text)
    words = [w.lower() for w in _WORD.findall(text)]
    for index, word in enumerate(words):
        if word in ("for", "of", "at") and index and words[index - 1] in ROLE_WORDS:
            words = words[index + 1 :]
            break
    kept = [_demonym(w) for w in words if w not in FILLER and w not in ROLE_WORDS]
    return " ".join(kept) or " ".join(words)


@lru_cache(maxsize=4096)
def person_key(name: str | None) -> str:
    """The person a party names before the role it speaks in, or "".

    >>> person_key("Colonel Irina Vass, a spokeswoman for Castria's Defence Ministry")
    'colonel irina vass'
    >>> person_key("A spokeswoman for Castria's Defence Ministry, Ana Vell")
    ''
    """
    if not name or "," not in name or _starts_with_role(name):
        return ""
    key = party_key(name.split(",")[0])
    return key if specific(key) else ""


def same_party(a: str, b: str) -> bool:
    """Two normalised parties name the same institution or person.

    One's words must all appear in the other's ("defence ministry" within "castria defence
    ministry"), and the shorter must still be specific on its own.
    """
    if not a or not b:
        return False
    wa, wb = set(a.split()), set(b.split())
    if wa == wb:
        return True
    small = a if len(wa) <= len(wb) else b
    # "defence ministry" within "dravia defence ministry" could be any country's ministry:
    # a shorter name matches only when it is specific enough on its own (three words or more).
    return (wa <= wb or wb <= wa) and specific(small) and len(small.split()) >= 3


def specific(key: str) -> bool:
    """A party named well enough to match on: not just "officials" or "the ministry"."""
    words = key.split()
    return bool(words) and any(w not in GENERIC for w in words) and len(words) >= 2


#: Head nouns of unnamed speakers: "two senior security officials", "regional sources".
VAGUE_HEADS = frozenset(
    """officials official sources source people residents witnesses experts analysts diplomats
    authorities officers person someone insiders aides""".split()
)


def named(name: str | None) -> bool:
    """A claimant named well enough to tell apart from another: an institution or a person.

    >>> named("the Varna Civil Protection Agency"), named("two senior security officials")
    (True, False)
    >>> named("a regional commander"), named("Colonel Irina Vass")
    (False, True)
    """
    if not name or not specific(party_key(name)):
        return False
    words = [w.lower() for w in _WORD.findall(name.split(",")[0])]
    # "a regional commander", "an official at the ministry": one unnamed person of a role
    return bool(words) and words[-1] not in VAGUE_HEADS and words[0] not in ("a", "an")


def _starts_with_role(name: str) -> bool:
    words = [w.lower() for w in _WORD.findall(name)[:3]]
    return any(w in ROLE_WORDS for w in words)
