"""The toll of the event a follow-up story follows, when the story states no other.

A follow-up ("Police arrested a second man in the shooting that killed two men on Keel Street
last month") dates its only toll in the past, so ``background`` leaves it out and the article
has no key figure for that category. But a toll told by the event's own clause ("the shooting
that killed two men", "the stabbing of three teens") is the toll of the event the story is
about: when the article states no current figure of the category, that toll is its key figure.
General English of US crime follow-ups (arrests, charges, identifications, hospital updates):
the event noun, then "that"/"which" and a verb of harm, or "of" and those hurt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crosswire.divergence.model import StatedClaim

#: The event's own clause: "the shooting that killed", "a crash which left", "the fire that
#: has injured", or the act and its victims, "the fatal shooting of", "the deaths of" (not
#: "the first shooting of the year", a ranking).
FOLLOWED_EVENT = re.compile(
    r"\b(?:shootings?|killings?|attacks?|stabbings?|shootouts?|rampage|massacre|slayings?"
    r"|murders?|deaths?|homicides?|crash|fire|blast|explosion)\s+(?:that|which)\s+(?:\w+\s+)?"
    r"(?:killed|left|wounded|injured|claimed|took|hurt)\b"
    r"|\b(?:shooting|killing|slaying|murder|death|stabbing)s?\s+of\s+"
    r"(?!(?:the|this|that)\s+(?:year|month|week|day|night|weekend|season|decade)\b)",
    re.IGNORECASE,
)

#: A follow-up of recent news: a sentence that names a year, or years past, tells of an old
#: case ("The trial over the killing of a teenager in 1996 opened"), which stays background.
_OLD_CASE = re.compile(
    r"\b(?:(?:19|20)\d\d|years?\s+ago|last\s+year|anniversary|decades?)\b", re.IGNORECASE
)


def followed_event_figures(claims: Iterable[StatedClaim], category: str) -> list[StatedClaim]:
    """The claims of ``category`` that state the toll of a followed event by its own clause.

    Only for an article with no current figure of the category (the caller's test).

    >>> from datetime import UTC, datetime
    >>> from crosswire.divergence.model import Interval, Source
    >>> when = datetime(2026, 5, 1, tzinfo=UTC)
    >>> src = Source(1, "o", "u", 1, when, when, 1, "")
    >>> def claim(text, category="killed"):
    ...     return StatedClaim(src, category, "men", "men", "exact", 2, 2, Interval(2, 2), 2,
    ...                        None, None, text, "two", 0, figure_start=0)
    >>> arrest = "Police arrested a man in the shooting that killed two men last month."
    >>> [c.stated for c in followed_event_figures([claim(arrest)], "killed")]
    [2]
    >>> past = "Two men were killed on the same corner last month."
    >>> followed_event_figures([claim(past)], "killed")
    []
    >>> ranked = "It was the second shooting of the year in Orme; two men died last month."
    >>> followed_event_figures([claim(ranked)], "killed")
    []
    >>> old = "The trial over the killing of two men in 1996 opened on Monday."
    >>> followed_event_figures([claim(old)], "killed")
    []
    >>> followed_event_figures([claim(ranked)], "killed")
    []
    """
    return [
        c
        for c in claims
        if c.category == category
        and c.interval is not None
        and c.stated is not None
        and c.stated != 0
        and FOLLOWED_EVENT.search(c.text) is not None
        and _OLD_CASE.search(c.text) is None
    ]
