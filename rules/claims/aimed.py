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


#: A counted object after the verb: "have killed at least 34 people", "wounded more than 20
#: villagers" (the verb is active: its subject did it, or is the cause).
_COUNTED_OBJECT = re.compile(
    r"\s+(?:at\s+(?:least|most)|more\s+than|fewer\s+than|up\s+to|nearly|almost|about|around"
    r"|some|over)\s+(?:\d[\d,]*|[a-z]+)\s+(?P<first>[a-z-]+)(?:\s+(?P<second>[a-z]+))?",
    re.IGNORECASE,
)


def counted_object(rest: str) -> bool:
    """Does ``rest`` (the text right after the verb) open with a qualified count of people?"""
    counted = _COUNTED_OBJECT.match(rest)
    if counted is None:
        return False  # "more than 40 people", "at least 12 young men"
    return any(is_human_plural(word.lower()) for word in counted.group("first", "second") if word)
