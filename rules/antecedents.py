"""A body named at the start of a sentence, as the antecedent of an "it" later in it (or, for a
non-response, the one body the sentence before names: "Reporters put questions to the Orme
Mining Company. It gave no answer."); a person introduced at the start of the sentence
before, as the antecedent of a "he" or "she".

"The Harbour Safety Board, which inspects the ferries, counted nine breaches, it said": the
"it" is the board that opens its own sentence and produced the figures, not a body quoted in
an earlier sentence. Only a capitalised name with an active verb of recording or reporting
after it is taken ("The Orme Bank building was damaged, it said" names no speaker); anything
less clear is left to ``rules.coreference``. A "he" or "she" is resolved this way only in
the sentence right after one that introduces a person by full name and an aside ("Samira
Kadhem, 38, waited outside the morgue. She said ..."), the way features bring in a witness;
any other person a sentence opens with is as often a victim, an object or someone else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from rules.calendar import MONTHS, WEEKDAYS
from rules.model import Attribution
from rules.nouns import PERSON_NOUNS, names_people
from rules.person_names import PRONOUN_GENDER, gender_in
from rules.text import Document

#: A capitalised name opening a sentence, with "The" before a body's name, stopping before
#: a lower-case word or punctuation: "The Harbour Safety Board".
_OPENING_NAME = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){0,6}[A-Z][\w'’&-]*")

#: A relative clause between commas after the name: ", which inspects the ferries,".
_RELATIVE = re.compile(r",\s+(?:which|that|who)\b[^,]{0,100},\s*")

#: Verbs by which a body produces what it then says: "recorded", "counted", "has logged".
#: Origin: general English news about monitors, agencies and ministries.
_INFORMING = frozenset(
    """recorded records counted counts registered registers logged logs documented
    documents tallied tallies listed lists reported reports found finds confirmed confirms
    verified verifies estimated estimates received receives issued issues published
    publishes released releases put puts gave gives""".split()
)
_AUXILIARIES = frozenset("has have had".split())

#: Words capitalised at a sentence's start that are no part of a name. Origin: general
#: English function words, sentence adverbs and the days and months.
_NOT_NAMES = frozenset(
    """while not but when after before in on at as if yet still so and or for with without
    since because although though then now today yesterday this that these those there
    here it he she they we i you his her their its our my a an one some many most all no
    every each during despite under over by from to of what who why how where which
    meanwhile however also even only just last next was is were are did does has had
    will would could should""".split()
).union(WEEKDAYS, MONTHS)

#: How far into a sentence an opening subject may reach (a name is short).
_LIMIT = 240


def opening_body(sentence: str) -> str | None:
    """The capitalised name a sentence opens with when a verb of recording follows it.

    >>> opening_body("The Harbour Safety Board, which inspects ferries, counted nine breaches.")
    'The Harbour Safety Board'
    >>> opening_body("The Orme Bank building was badly damaged, it said.") is None
    True
    >>> opening_body("While Velk Radio spoke, crowds gathered.") is None
    True
    """
    head = sentence[:_LIMIT]
    match = _OPENING_NAME.match(head)
    if match is None:
        return None
    name = match.group().rstrip(".")
    if name.isupper() or any(word.lower() in _NOT_NAMES for word in name.split()):
        return None  # a dateline, or "While Velk Radio ...": no subject name
    rest = head[match.end() :]
    relative = _RELATIVE.match(rest)
    words = (rest[relative.end() :] if relative else rest).split()
    if words and words[0] in _AUXILIARIES:
        words = words[1:]
    return name if words and words[0] in _INFORMING else None


#: A capitalised name anywhere in a sentence, with "the" before a body's name: "the Orme
#: Mining Company" (the possessive "'s" left out).
_NAME_IN_SENTENCE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w&.-]*\s+){0,6}[A-Z][\w&-]*")


def named_bodies(sentence: str, body: Callable[[str], bool]) -> Iterator[str]:
    """The names in a sentence that ``body`` takes for a body's.

    >>> list(named_bodies("Reporters asked the Orme Mining Company why.", lambda n: "Co" in n))
    ['the Orme Mining Company']
    """
    for match in _NAME_IN_SENTENCE.finditer(sentence[: _LIMIT * 2]):
        name = match.group().rstrip(".")
        if body(name):
            yield name
    yield from _bodies_by_noun(sentence[: _LIMIT * 2], body)


#: A body told by a common noun with "the", its head among at most three lower-case words
#: after it: "the bus company", "the ferry operator" (the look-ahead lets "the" inside one
#: candidate start the next).
_NOUN_PHRASE = re.compile(r"\b[Tt]he\s+(?=(?P<words>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*))")
#: Body words that in lower case are as often no body: "the news", "the press", "the post",
#: "the party", "the front", "the watch" (general English).
_COMMON_SENSES = frozenset(
    """news times post press party front watch fund trust campaign energy lines radio
    television tv monitor office service league club group people officials sources""".split()
)


def _bodies_by_noun(sentence: str, body: Callable[[str], bool]) -> Iterator[str]:
    """The bodies a sentence names by a common noun ("sued the bus company"): "the", then
    the words up to the last that ``body`` takes alone.

    >>> list(_bodies_by_noun("They sued the bus company on Monday.", lambda w: w == "company"))
    ['the bus company']
    """
    for match in _NOUN_PHRASE.finditer(sentence):
        words = match["words"].split()
        heads = [i for i, word in enumerate(words) if word not in _COMMON_SENSES and body(word)]
        if heads and "the" not in words[: heads[-1]]:
            yield " ".join(["the", *words[: heads[-1] + 1]])


#: A person brought in by full name and an aside: "Samira Kadhem, 38,", "Marta Quiroga,
#: whose son ...", "Ana Ruiz, a nurse,". Two or three capitalised words, then the aside.
_INTRODUCED = re.compile(
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}),\s+"
    r"(?:\d{1,3},|(?:whose|an?)\s+(?P<aside>(?:[\w'’-]+\s+){0,3}[\w'’-]+))"
)


#: Harm told of the person brought in: then they are the story's victim, and a "he" or
#: "she" after them is as often the official who spoke before (general English of crime
#: and disaster copy).
_HARMED = re.compile(
    r"\b(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:shot|killed|wounded|injured"
    r"|hurt|stabbed|struck|hit|beaten|burned|hospitali[sz]ed|kidnapped|abducted|arrested"
    r"|charged)|died|dead)\b",
    re.IGNORECASE,
)


#: The same brought in by a kin word or a role before the name: "Her mother, Berit Sollerud,
#: laid a wreath", "The hospital's medical officer, Dr. Ivo Marsh, gave a higher count".
_KIN_INTRODUCED = re.compile(
    r"(?:Her|His|Their|The)\s+(?:[a-z-]+\s+){0,3}?(?P<kin>[a-z-]+)"
    # a role's place: "The medical officer in charge at Orme Hospital, Dr. Ivo Marsh, gave"
    r"(?:\s+(?:in\s+charge\s+)?(?:at|of|for)\s+[A-Za-z' ]{1,60}?)?,\s+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Col|Gen|Capt|Lt|Sgt)\.\s+)?"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}),\s"
)


def introduced_person(sentence: str, pronoun: str = "") -> str | None:
    """The person a sentence opens with, brought in by full name and an aside.

    >>> introduced_person("Samira Kadhem, 38, waited outside the morgue.")
    'Samira Kadhem'
    >>> introduced_person("The Harbour Board, 12, met.") is None
    True
    >>> introduced_person("Dana Ross, 34, was shot in the leg.") is None
    True
    >>> introduced_person("Port Arlen, whose harbour was wrecked, lost power.") is None
    True
    >>> introduced_person("Ana Ruiz, a nurse, treated dozens of injured protesters.")
    'Ana Ruiz'
    """
    match = _INTRODUCED.match(sentence) or _KIN_INTRODUCED.match(sentence)
    if match is None or _HARMED.search(sentence, match.end()):
        return None  # "Dana Ross, 34, was shot in the leg": a victim, told of, not heard
    found = match.groupdict()
    kin = found.get("kin")
    if kin and kin not in PERSON_NOUNS:
        return None  # "Her husband, Ivo Brandt," but not "Her town, Port Arlen,"
    sex = gender_in(kin) if kin else None  # the sex a kin word gives ("Her son, Ivo Brandt,")
    if sex is not None and PRONOUN_GENDER.get(pronoun, sex) != sex:
        return None  # "Her son, Ivo Brandt, ... she said": not him
    aside = found.get("aside")
    if aside is not None and not any(names_people(w.lower()) for w in aside.split()):
        return None  # "Port Arlen, whose harbour ...", "Kessa Valley, a farming region": places
    name = match["name"]
    words = name.lower().split()
    return None if words[0] == "the" or any(w in _NOT_NAMES for w in words) else name


class Openings:
    """The body an "it" later in the same sentence stands for (``opening_body``); ``body``
    tells which names can be one (``rules.coreference`` decides)."""

    def __init__(
        self, doc: Document | None, *, body: Callable[[str], bool], said: dict[int, int]
    ) -> None:
        self.doc = doc
        self.body = body
        self.said = said

    def body_opening(self, attribution: Attribution) -> str | None:
        span = attribution.source_span
        if self.doc is None or span is None or span.start <= attribution.start:
            return None
        name = opening_body(self.doc.original[attribution.start : span.start])
        return name if name is not None and self.body(name) else None

    def it_stands_for(self, attribution: Attribution) -> str | None:
        """The body an "it" source stands for by where it was named: the one its own sentence
        opens with, else, for a non-response, the one body of the sentence before."""
        opening = self.body_opening(attribution)
        if opening is None and attribution.kind == "non_response":
            return self.body_before(attribution)
        return opening

    def body_before(self, attribution: Attribution) -> str | None:
        """The one body the sentence right before the attribution's names, wherever it stands
        ("Reporters put questions to the Orme Mining Company. It gave no answer."), unless
        that sentence holds a statement (its speaker is the nearer antecedent)."""
        if self.doc is None:
            return None
        k = self.doc.sentence_index(attribution.start)
        if k < 1 or (before := self.doc.sentences[k - 1]).start in self.said:
            return None
        bodies = {  # "the Orme Mining Company" and "The Orme Mining Company": one body
            name.lower().removeprefix("the "): name
            for name in named_bodies(self.doc.original_sentence(before), self.body)
        }
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def person_before(self, attribution: Attribution) -> str | None:
        """The person the sentence right before the attribution's brings in
        (``introduced_person``), unless that name is a body's (``body``) or that sentence
        holds a statement, or the attribution's own holds another (its speaker is then the
        nearer antecedent: ``said`` counts the statements by the start of their sentence)."""
        if self.doc is None:
            return None
        k = self.doc.sentence_index(attribution.start)
        if k < 1:
            return None
        before = self.doc.sentences[k - 1]
        if before.start in self.said or self.said.get(attribution.start, 0) > 1:
            return None  # "Milan Rusek, 27, died ..., the spokeswoman said. ..., she said"
        name = introduced_person(self.doc.original_sentence(before), attribution.source.lower())
        return name if name is not None and not self.body(name) else None
