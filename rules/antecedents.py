"""The subject a sentence opens with, as the antecedent of a pronoun source near it.

"The Joint Monitoring Commission, which oversees the truce, recorded 40 violations, it
said": the "it" is the commission that opens its own sentence, not a body quoted before.
"Aaron Pruitt addressed the court. "You took my father," he said.": the "he" is the person
the sentence before opens with, when that sentence quotes no one.
Only capitalised names are taken; anything less clear is left to ``rules.coreference``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from rules.model import Attribution
from rules.text import Document

#: A capitalised name opening a sentence, with "The" before a body's name, stopping before
#: a lower-case word or punctuation: "The Joint Ceasefire Commission", "Aaron Pruitt".
_OPENING_NAME = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){0,6}[A-Z][\w'’&-]*")

#: "Pruitt's son, Aaron Pruitt, ..." or "Her lawyer, Ana Ruiz, ...": a role, then the name.
_ROLE_THEN_NAME = re.compile(
    r"(?:[A-Z][\w'’]*\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),"
)

#: Words capitalised at a sentence's start that are no part of a name. Origin: general
#: English function words, sentence adverbs and the days and months.
_NOT_NAMES = frozenset(
    """while not but when after before in on at as if yet still so and or for with without
    since because although though then now today yesterday this that these those there
    here it he she they we i you his her their its our my a an one some many most all no
    every each during despite under over by from to of what who why how where which
    meanwhile however also even only just last next was is were are did does has had
    will would could should monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september
    october november december""".split()
)

#: "Former Pennsylvania governor Ed Rendell", "Rail union spokesman Ivo Brel": capitalised
#: words, a role in lower case, then the name.
_ROLE_BEFORE_NAME = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z][\w-]*\s+)?(?P<role>[a-z][\w-]*)\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\b"
)

#: Roles written in lower case before a name (general English news titles).
_ROLES = frozenset(
    """governor senator spokesman spokeswoman spokesperson minister mayor chairman
    chairwoman director lawyer attorney official leader secretary president adviser
    advisor strategist manager chief commander general candidate congressman
    congresswoman representative judge prosecutor sheriff""".split()
)

#: How far into a sentence an opening subject may reach (a name is short).
_LIMIT = 120


def opening_name(sentence: str) -> str | None:
    """The capitalised name a sentence opens with, when a verb or a comma follows it.

    >>> opening_name("The Joint Ceasefire Commission, which oversees the truce, recorded 40.")
    'The Joint Ceasefire Commission'
    >>> opening_name("Pruitt's son, Aaron Pruitt, addressed the court.")
    'Aaron Pruitt'
    >>> opening_name('"You took my father," he said.') is None
    True
    >>> opening_name("While Clinton spoke, protesters chanted.") is None
    True
    >>> opening_name("Former Velk governor Ed Rendan, a close ally, was blunt.")
    'Ed Rendan'
    >>> opening_name("Police arrested Ana Ruiz on Monday.")
    'Police'

    """
    head = sentence[:_LIMIT]
    role = _ROLE_THEN_NAME.match(head)
    if role is not None:
        return role["name"]
    titled = _ROLE_BEFORE_NAME.match(head)
    if titled is not None and titled["role"] in _ROLES:
        return titled["name"]
    match = _OPENING_NAME.match(head)
    if match is None:
        return None
    name = match.group().rstrip(".")
    if any(word.lower() in _NOT_NAMES for word in name.split()):
        return None  # "While Clinton ...", "Not Yet": a capitalised opener, not a name
    rest = head[match.end() :].lstrip()
    if not rest or not (rest[0] == "," or rest[0].islower()):
        return None
    return name if " " in name or name.istitle() else None


class Openings:
    """Names that open sentences: the body an "it" later in the same sentence stands for,
    and the person a "he"/"she" stands for when the sentence before quotes no one. ``body``
    and ``person`` tell which names can be which (``rules.coreference`` decides)."""

    def __init__(
        self,
        doc: Document | None,
        ordered: list[Attribution],
        *,
        body: Callable[[str], bool],
        person: Callable[[str], bool],
    ) -> None:
        self.doc = doc
        self.body, self.person = body, person
        self.quoting = {a.start for a in ordered}
        pronouns = any(a.source.strip().lower() in ("he", "she") for a in ordered)
        self.starts = [s.start for s in doc.sentences] if doc is not None and pronouns else []

    def body_opening(self, attribution: Attribution) -> str | None:
        span = attribution.source_span
        if self.doc is None or span is None or span.start <= attribution.start:
            return None
        name = opening_name(self.doc.original[attribution.start : span.start])
        return name if name is not None and self.body(name) else None

    def person_before(self, attribution: Attribution) -> str | None:
        if self.doc is None or not self.starts:
            return None
        sentences = self.doc.sentences
        index = bisect.bisect_right(self.starts, attribution.start) - 1
        if index < 1 or sentences[index - 1].start in self.quoting:
            return None
        before = sentences[index - 1]
        name = opening_name(self.doc.original[before.start : before.end])
        return name if name is not None and self.person(name) else None
