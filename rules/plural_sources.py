"""What "they said" stands for: the source of the statement just before it, when that
source is plural and nobody else was named between them ("Police put the toll at seven ...
On Monday they said", "Officials said ... They added").

A "they" after a single person, a family or a body told as "it" ("the ministry"), more than
a sentence on, or after other people told in between ("Police said two men were held. The
men appeared in court. They said ...") stands for people the rules do not track, and stays
as written.
"""

from __future__ import annotations

import re

from rules.model import Attribution
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.speech.speaker_nouns import speaks_as_plural

#: Plural bodies that speak as "they" (general English of news attribution).
_PLURAL_BODIES = frozenset("police authorities forces troops".split())
#: Where the head of a source ends: "Doctors at the hospital", "officials in Orme".
_PHRASE_END = re.compile(r"\s+(?:of|at|in|from|for|with|on|who|whose)\s|,")
_WORD = re.compile(r"[A-Za-z0-9][\w',-]*")
#: A count before people ("six people", "38 others"): the hurt told, not a party.
_COUNT = re.compile(
    r"[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds"
    r"|thousands|several|many|more"
)
#: The end of a sentence between the two statements.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s")


def they_target(
    previous: Attribution, attribution: Attribution, text: str | None
) -> tuple[str | None, bool]:
    """The source "they" in ``attribution`` stands for, with its anonymity, given the
    statement just before it; (None, False) when it cannot be told."""
    before = attribution.source_span.start if attribution.source_span else attribution.start
    # from the end of the statement's sentence (its own reported words tell of others
    # freely: "Police say a man was shot. They say ..."), or from its cue in one sentence
    after = previous.end
    if after > before and previous.cue_span is not None:
        after = previous.cue_span.end
    if text is None or after > before or not plural_source(previous.source):
        return None, False
    between = text[after:before]
    if len(_SENTENCE_END.findall(between)) > 1 or _people_named(between):
        return None, False
    return previous.source, previous.anonymous


def plural_source(source: str) -> bool:
    """Is ``source`` plural: a body that speaks as "they", or people ("Rescue workers at the
    site"), not a name ("Police chief Brad Sellers")?

    >>> plural_source("Police"), plural_source("Rescue workers at the site")
    (True, True)
    >>> plural_source("Mayor Ana Ruiz"), plural_source("Police chief Brad Sellers")
    (False, False)
    >>> plural_source("his family")
    False
    """
    words = _PHRASE_END.split(source, maxsplit=1)[0].split()
    head = words[-1].lower() if words else ""
    if head in _PLURAL_BODIES:
        return True
    # "Brad Sellers": a first name and a surname that reads as a plural
    named_one = len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].isupper()
    return speaks_as_plural(head) and not named_one


def _people_named(between: str) -> bool:
    """Are other people told of between the two statements ("The men appeared in court")?
    A bare count of the hurt is no party ("six people had died"); "the two men" is."""
    words = [w.lower() for w in _WORD.findall(between)]
    for k, low in enumerate(words):
        if not (low in _PLURAL_BODIES or low in PERSON_NOUNS or is_human_plural(low)):
            continue
        counted = k > 0 and _COUNT.fullmatch(words[k - 1]) is not None
        if not counted or (k > 1 and words[k - 2] in ("the", "these", "those")):
            return True
    return False
