"""A figure's own finite verb before "and" and the next figure: "Four soldiers reached the
village and 30 residents were killed" (the four reached it, the thirty were killed), "Two
gunmen opened fire and five people were killed". The two figures head clauses of their own,
so they share no cue.

A past tense is told from a participle by what follows it: a verb with a direct object takes a
determiner or "fire" ("stormed the building", "opened fire"), while a participle that stays
inside the noun phrase takes a preposition ("soldiers stationed at the base", "miners trapped
in the shaft") or a time ("deployed the day before"); a past tense right before "and" is a
verb with no object ("Four soldiers arrived and ..."). A present participle is left alone:
"four soldiers guarding the gate and two civilians were killed" counts both. General English
grammar, no corpus harvest.
"""

from __future__ import annotations

import re

from rules.claims.lexicon import AUX, GROUP_STOP
from rules.claims.patterns import WORD
from rules.cues import ANONYMOUS_HEADS, REPORTING_VERBS
from rules.nouns import is_human_plural
from rules.numbers import FigureSpan

#: Words that open a direct object (general English determiners and possessives).
_OBJECT_OPENERS = frozenset("the a an his her their its this that these those".split())
#: Nouns and adjectives of time after a determiner: "deployed the day before", "the same
#: night", "the previous week", "hired this summer", "freed an hour earlier", "these past
#: weeks" tell when, not what (general English).
_TIME_AFTER = frozenset(
    """day night week month year morning afternoon evening weekend previous same next
    following last first hour decade season spring summer autumn winter past""".split()
)
#: Past tenses of fixed verb-object phrases of violence with no determiner ("opened fire").
_BARE_OBJECTS = frozenset({"fire"})
#: Irregular past tenses of verbs of action common in news, read only before an object
#: ("fought the blaze", "took the town"); general English, no corpus harvest.
_IRREGULAR_PASTS = frozenset(
    """fought struck took held led drove broke brought caught threw sent overran rode ran won
    met made stole burst""".split()
)
#: Past tenses that report speech ("Reuters reported", "police confirmed"): after a source
#: they are the source's verb, not the figure's (``rules.cues.REPORTING_VERBS``).
_REPORTED = frozenset(form for form in REPORTING_VERBS if form.endswith("ed") or form == "said")
#: Sources that are no name: "police", "authorities" and the anonymous heads of
#: ``rules.cues`` ("officials", "witnesses"); general newsroom usage.
_SOURCES = ANONYMOUS_HEADS | {"police", "authorities", "media"}
#: Past tenses of verbs that take no object and so make no participle of a noun phrase:
#: "2 drivers escaped into the hills" is a clause, as "miners trapped in the shaft" is not
#: ("managed" before "to": "managed to escape"). General English grammar of flight.
_INTRANSITIVE_PASTS = frozenset(
    # "a barge with some 150 workers sank off Tirel, and 90 bodies" (48th session)
    "escaped fled vanished disappeared swam crawled managed sank capsized overturned".split()
)
#: A verb of motion and its particle after a bare figure ("12 climbed out", "19 scrambled
#: up"): the figure's own clause (not a participle: "12 stranded out at sea").
_MOTION_PASTS = frozenset(
    "climbed scrambled clambered swam waded walked crawled ran jumped made got struggled".split()
)
_PARTICLES = frozenset("out up down away off ashore back clear".split())
#: Coordinators that close the gap before the next figure.
_CLOSERS = frozenset({"and", "or", "but", "while"})


def _past(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed")


def _titled(word: str) -> bool:
    """A capitalised word in mixed-case copy is a name ("Ahmed", "Mohammed"), not a verb;
    all-capitals copy tells nothing."""
    return word[:1].isupper() and not word.isupper()


def _source_verb(raw: list[str], words: list[str], k: int) -> bool:
    """Is ``words[k]`` a source's reporting verb ("3 civilians Reuters reported"), not the
    figure's own verb with an object ("5 Red Cross workers confirmed the attack")?"""
    if k < 2 or words[k] not in _REPORTED:
        return False
    if not (_titled(raw[k - 1]) or words[k - 1] in _SOURCES):
        return False
    return k + 1 >= len(words) or words[k + 1] not in _OBJECT_OPENERS


#: What opens the clause or object of a speaker's own reporting verb: "said they heard
#: nothing", "said that", "reported damage" (general English). Not a phrase of time or place
#: ("the army said on Monday", "said today": a source's verb after the count).
_SPEECH_OPENERS = frozenset("they he she we it there that nothing no".split()) | _OBJECT_OPENERS
_NO_COMPLEMENT = frozenset(
    """on in at by to from after before for during yesterday today tonight overnight earlier
    later late early last""".split()
)


def _own_report(words: list[str], k: int) -> bool:
    """Is ``words[k]`` a reporting verb whose subject is the figure's noun ("40 fellow workers
    said they", "30 local residents reported damage"), with a clause or object after it?"""
    if k < 1 or words[k] not in _REPORTED or k + 1 >= len(words):
        return False
    if not (words[k - 1].endswith("s") and is_human_plural(words[k - 1])):
        return False
    if k >= 2 and is_human_plural(words[k - 2]):
        return False  # "3 civilians residents said the army fled": a source after the noun
    after = words[k + 1 : k + 3]
    if after[0] in _OBJECT_OPENERS and len(after) > 1 and after[1] in _TIME_AFTER:
        return False  # "said this week"
    if after[0] in _SPEECH_OPENERS:
        return True
    return words[k] != "said" and after[0].isalpha() and after[0] not in _NO_COMPLEMENT


def own_finite_verb(gap: str) -> bool:
    """Does ``gap`` (the words after a figure, up to the next figure) hold the figure's own
    past-tense verb, so it heads a clause of its own? Only a word after the figure's first
    noun counts, before any word that ends a group: not inside a relative clause ("four
    miners who reached the shaft and"), a phrase of place or a clause of time ("his son
    before shooting himself touted his skills")."""
    raw = WORD.findall(gap)
    words = [w.lower() for w in raw]
    closed = bool(words) and words[-1] in _CLOSERS
    while words and words[-1] in _CLOSERS:
        words.pop()
    if closed and len(words) == 1 and _past(words[0]) and not _titled(raw[0]):
        return True  # "30 attended and 4 were hurt", "and 4 escaped.": a verb, not a noun
    for k, word in enumerate(words):
        if _own_report(words, k):
            return True  # "40 fellow workers said they heard nothing": the figure's own speech
        if word in GROUP_STOP:
            return False
        if _source_verb(raw, words, k):
            return False  # "3 civilians Reuters reported": the source's verb
        if k == 0 and word in _MOTION_PASTS and words[1:2] and words[1] in _PARTICLES:
            return True  # "12 climbed out on their own and 8 were lifted off": no noun
        if k == 0 or _titled(raw[k]):
            continue  # the figure's noun; a name, never a verb ("two sons of Ahmed and")
        if word in _INTRANSITIVE_PASTS:
            return True  # "and 2 drivers escaped into the hills": a clause of its own
        irregular = word in _IRREGULAR_PASTS
        if not (irregular or _past(word)):
            continue
        after = words[k + 1 : k + 3]
        if not after:
            if irregular:
                continue
            return True  # "Four soldiers arrived and ..."
        if after[0] in _BARE_OBJECTS:
            return True
        if after[0] in _OBJECT_OPENERS and not (len(after) > 1 and after[1] in _TIME_AFTER):
            return True
    return False


def own_clause_and(gap: str) -> bool:
    """Does ``gap`` (the words from a figure to a cue after it) close the figure's own clause
    with "and" and a new subject, whose verb the cue is: "Two creeks burst their banks and
    residents fled" (the residents fled), "Two lorries crashed and villagers took shelter"?
    Not the same people's next verb ("two men crashed and were hurt")."""
    at = gap.lower().rfind(" and ")
    if at < 0:
        return False
    subject = WORD.findall(gap[at + 5 :])
    return bool(subject) and subject[0].lower() not in AUX and own_finite_verb(gap[: at + 5])


#: A past tense right before a figure, whose object it is: "pulled 40", "had found 12".
_VERB_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|" + "|".join(_IRREGULAR_PASTS) + r")\s+$")
#: A new clause after the object's words: a comma and "and" ("from the water, and").
_COMMA_AND = re.compile(r",\s+and\s+$")


def own_clause_before(text: str, start: int, gap: str) -> bool:
    """Does the figure at ``start`` head or end a clause of its own before ``gap`` and the
    next figure: its own past tense after it (``own_finite_verb``), or one before it whose
    object it is, closed by ", and" ("lifeboats pulled 40 men from the sea, and nine more
    were missing": the 40 were not missing)?

    >>> own_clause_before("Boats pulled 40 men from the sea, and 9", 13, " men from the sea, and ")
    True
    >>> own_clause_before("In all 40 people from Orme, and 9", 7, " people from Orme, and ")
    False
    """
    if own_finite_verb(gap):
        return True
    return bool(_COMMA_AND.search(gap)) and bool(
        _VERB_BEFORE.search(text, max(0, start - 24), start)
    )


#: Where the words after a figure stop being its clause: punctuation of a new phrase.
_PHRASE_END = re.compile(r"[,;:()\"]|\s--?\s")
#: A sentence's end right after a word.
_SENTENCE_END = re.compile(r"\w[.!?]")
#: How many characters after a figure are read for its verb.
_AFTER_WINDOW = 60


def own_verb_after(text: str, figure: FigureSpan) -> bool:
    """Does the figure head a clause of its own after it ("Rebels killed 30 residents and four
    soldiers reached the village later": the four reached it), so it shares no cue before it?"""
    rest = text[figure.end : figure.end + _AFTER_WINDOW]
    end = _PHRASE_END.search(rest)
    segment = rest[: end.start()] if end else rest
    words = WORD.findall(segment)
    # its own clause ends at a coordinator: "her daughter July 18 and placed their bodies"
    stop = next((k for k, w in enumerate(words) if w.lower() in _CLOSERS), len(words))
    # a clause that ends at punctuation ends as before "and" ("and 3 escaped.")
    closed = stop < len(words) or end is not None or _SENTENCE_END.search(segment) is not None
    return own_finite_verb(" ".join(words[:stop]) + (" and" if closed else ""))


def source_after(split: list[str], k: int) -> bool:
    """Does a bare source and its reporting verb open at ``split[k]``, right after a plural
    of people with no comma: "2 drivers officials confirmed", "3 guards local officials
    said"? The group of the count ends before it (the source's words are no part of it)."""
    before = split[k - 1].lower() if k else ""
    if not (before.endswith("s") and is_human_plural(before)):
        return False
    return any(
        split[k + n].lower() in _SOURCES and split[k + n + 1].lower() in _REPORTED
        for n in (0, 1)
        if k + n + 1 < len(split)
    )


def phrase_after(split: list[str], k: int) -> bool:
    """Does a noun phrase of its own open at ``split[k]``, a determiner right after a plural
    of people: "nine workers the rebels had hired" (a relative clause with no "who"), "30
    people the week before"? A group goes on past its noun only through a preposition ("of
    the family"), so the group ends before it."""
    before = split[k - 1].lower() if k else ""
    return is_human_plural(before) and split[k].lower() in _OBJECT_OPENERS
