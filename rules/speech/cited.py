"""Who can speak, and whether a phrase cited or quoted names a source.

"citing officials", "quoting an army spokesman", "According to X, which cited Y" name a
source; "citing low growth", "quoting the Bible", "which cited Hurricane Ida" give a reason or
repeat a text. The word lists are general knowledge of wire attribution (the bodies and people
news cites) and of the texts speakers quote.
"""

from __future__ import annotations

from rules.nouns import HUMAN_PLURALS, is_person_noun
from rules.right_phrases import right_phrase
from rules.speech.speaker_nouns import PRESS_WORDS, RELAYING, SPEAKER_NOUNS
from rules.speech.subjects import span
from rules.tokens import Token


def speaker_like(head: Token) -> bool:
    """A subject that can speak: a name, a pronoun or an institution."""
    if head.low in ("he", "she", "they", "we", "i"):
        return True
    return head.low in SPEAKER_NOUNS or (head.is_capital and not head.text.endswith(("'s", "’s")))


def person_or_speaker(head: Token) -> bool:
    """A speaker, or any person or group of people ("the retired teacher", "both parents")."""
    return is_person_noun(head.low) or head.low in HUMAN_PLURALS or speaker_like(head)


SOURCE_NOUNS = frozenset(
    """official officials source sources report reports statement ministry agency spokesman
    spokeswoman spokesperson people person diplomat diplomats witnesses police military army
    government data figures authorities media service department office council committee
    commission court prosecutor prosecutors investigator investigators hospital doctors
    residents witness survivors relatives analysts experts aides union group company records
    documents"""
    # Bodies and counters of conflict and disaster news ("citing the disaster management
    # authority", "citing medics"); general knowledge of wire attribution.
    """ authority organisation organization monitors observers medics rescuers"""
    # the people who lead a place or a body ("citing district heads", "citing tribal chiefs")
    """ heads chiefs""".split()
)

#: What one quotes without naming a source: the words of a document or a message.
_DOCUMENTS = frozenset(
    """statement statements report reports record records document documents data figures
    letter letters tweet tweets post posts video message line lines passage remarks
    words""".split()
)
#: Texts speakers quote (scripture, charters): capitalised, yet nobody's statement.
_TEXTS = frozenset(
    """bible scripture scriptures koran quran torah talmud gospel gospels psalm psalms
    constitution""".split()
)
#: Events and forces cited as reasons: "citing Hurricane Ida".
_EVENTS = frozenset("hurricane storm typhoon cyclone tropical".split())
#: Prepositions that end a noun phrase's head ("data from the ministry", "a statement posted to").
PREPOSITIONS = frozenset("with of for by in on at from without among".split())


def cites_a_source(tokens: list[Token], phrase: tuple[int, int], people_only: bool = False) -> bool:
    """ "citing officials" names a source; "citing low growth" gives a reason. With
    ``people_only`` (for "quoting"), a document or a text quoted names none: "quoting the
    judge's ruling", "quoting the Bible"."""
    words = tokens[phrase[0] : phrase[1] + 1]
    # the phrase's head: "citing field commanders", "citing data from the ministry", "citing
    # Kyiv Radio"; not "citing player safety" or "citing the mayor's appeal" (a reason)
    head = words[next((k - 1 for k in range(1, len(words)) if words[k].low in PREPOSITIONS), -1)]
    if any(t.low in _TEXTS or t.low in _EVENTS for t in words):
        return False
    if people_only and (head.low in _DOCUMENTS or head.text.endswith(("'s", "’s"))):
        return False
    return (
        any(t.low in SOURCE_NOUNS for t in words)
        or head.low in _HEAD_SOURCES
        or person_or_speaker(head)
    )


#: Monitors and watchdogs, sources only as the head of what is cited ("citing the UN
#: monitoring mission", "citing the observatory"; not "citing mission creep" or "citing
#: coalition disputes", reasons): general knowledge of wire attribution.
_HEAD_SOURCES = frozenset("mission observatory watchdog coalition".split())


def cited_by(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The source after ", which cited" or ", which quoted" closing at ``end``, or None
    (not "which cited no source", "which cited security concerns")."""
    k = end + 1
    if k + 3 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].low not in ("which", "who"):
        return None
    if tokens[k + 2].low not in ("cited", "quoted"):
        return None
    phrase = right_phrase(tokens, k + 3, closed_only=True)
    if phrase is None or tokens[phrase[0]].low == "no":
        return None
    return span(tokens, *phrase) if cites_a_source(tokens, phrase, people_only=True) else None


def relayed_by(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The outlet after ", cited by", ", quoted by" or ", as reported by" closing at ``end``:
    in "according to the monitor, cited by the agency", the agency relays the monitor's
    figure (the via)."""
    k = end + 1
    if k + 3 < len(tokens) and tokens[k + 1].low == "as":
        k += 1  # ", as reported by the Post"
    if k + 3 >= len(tokens) or tokens[end + 1].text != "," or tokens[k + 2].low != "by":
        return None
    if tokens[k + 1].low not in RELAYING and tokens[k + 1].low not in ("reported", "carried"):
        return None
    phrase = right_phrase(tokens, k + 3, closed_only=True)
    if phrase is None or not is_outlet(tokens[phrase[0] : phrase[1] + 1]):
        return None  # "cited by critics as unreliable", "reported by witnesses to have fled"
    return span(tokens, *phrase)


#: The nouns of news outlets and media: "state television", "the news agency".
_MEDIA = PRESS_WORDS | frozenset("media outlets broadcaster channel station website".split())


def is_outlet(words: list[Token]) -> bool:
    """A phrase that names an outlet: a media noun, or a name ("the Desert Post", "AFP")."""
    return any(t.low in _MEDIA for t in words) or any(
        t.is_capital and t.low not in ("the", "a", "an") for t in words
    )
