"""A verb of shooting aimed at people: "shot at the guards", "fired at two officers". The verb
is active and its subject fired (general English: "shoot at" is to fire towards), so the
subject is no victim; "shot at the police station" or "at a party" stays a place.
"""

from __future__ import annotations

import re

from rules.nouns import PERSON_NOUNS, is_human_plural

#: "shot at the guards", "shot at police officers from a car": aimed at people, so the verb
#: is active and its subject fired (general English: "shoot at" is to fire towards). The
#: people end their phrase, so "shot at the police station" stays a place.
_AIMED_AT = re.compile(
    r"\s+at\s+(?:(?:the|a|an|his|her|their|its|some|several)\s+)?"
    r"(?:[A-Za-z-]+\s+)?(?P<head>[A-Za-z]+)"
    r"(?=\s*(?:[,.;:)]|$|\s(?:from|with|in|on|near|outside|inside|and|before|after|during|as"
    r"|who|but|while|when)\b))",
    re.IGNORECASE,
)


def aimed_at_people(rest: str) -> bool:
    """Does ``rest`` (the text right after "shot") open with "at" and people?"""
    aimed = _AIMED_AT.match(rest)
    if aimed is None:
        return False
    head = aimed.group("head").lower()
    return is_human_plural(head) or head in PERSON_NOUNS
