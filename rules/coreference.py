"""Resolve pronoun and generic sources ("he said", "the ministry added") to earlier names.

Only when it is clear: "he"/"she" take the nearest earlier person-like named source;
"the agency" takes the nearest earlier source whose text contains "agency"; a bare
surname takes the earlier full name that ends with it. The source span stays the
words actually written, so offsets keep pointing at the pronoun.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
from collections.abc import Iterator

from rules.antecedents import Openings
from rules.frozen_init import replace
from rules.model import Attribution
from rules.name_cores import core_name
from rules.named_mentions import LOOK_BACK, named_earlier, named_later
from rules.person_names import PRONOUN_GENDER, agrees, gender_in, surname_given_in_full
from rules.plural_sources import they_target
from rules.source_words import ORG_WORDS, TITLES, head_noun, names_role, role_then_name, works_for
from rules.statement_issuers import ISSUED_TEXT, SPEAKING_TEXTS, statement_issuer
from rules.text import Document
from rules.unnamed_speakers import fleeting_reach, said_gender, speaker_unnamed

_PERSON_PRONOUNS = frozenset(("he", "she"))
#: A part of the sources just quoted: "one of them", "two of those officials".
_PARTITIVE = re.compile(
    r"(?:one|two|three|some|several|both|each|many|most|all|another|neither|either)"
    r"\s+of\s+(?:them|those|these)(?:\s+\w+)?"
)
_NAME = re.compile(r"[A-Z][\w'.-]+")


def resolve_sources(doc: Document | None, attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` in text order, with pronoun and generic sources resolved."""
    text = doc.original if doc is not None else None
    ordered = sorted(attributions, key=_order)
    named: list[str] = []
    persons: set[str] = set()  # named sources known to be people
    unnamed: set[str] = set()  # people named by a role only: an anonymous source
    genders: dict[str, str] = {}  # "f"/"m" where a role, a title or a pronoun showed it
    fleeting: dict[str, int] = {}  # unnamed people by a plain noun: the sentence they spoke in
    resolved: list[Attribution] = []
    said = collections.Counter(a.start for a in ordered if a.kind == "statement")
    opened = Openings(doc, body=_body_name, said=said)
    for attribution in ordered:
        low = (source := attribution.source.strip()).lower()
        if resolved and _part_of_unnamed(low, resolved[-1], attribution, text):
            attribution = replace(attribution, anonymous=True)  # "One of them said"
        target: str | None = None
        if low == "they" and resolved:  # "Police said ... they added"
            target, hidden = they_target(resolved[-1], attribution, text)
            attribution = replace(attribution, anonymous=attribution.anonymous or hidden)
        elif low in _PERSON_PRONOUNS or low == "it":
            here = _sentence_of(doc, attribution.start)
            reach = fleeting_reach(text, attribution)
            near = [n for n in named if here - fleeting.get(n, here) <= reach]
            target = _pronoun_target(low, attribution, opened, near, persons, genders)
            _pronoun_seen(target, low, here, fleeting, genders)
        elif source[:1] in "TtIiHh" and (head := head_noun(source)) is not None:
            target = statement_issuer(source, head, resolved) or _generic_source(
                head, attribution, text, named, persons | unnamed
            )
            if target is None and (_it_like(source) or head in SPEAKING_TEXTS):
                named.append(source)  # "the agency", "the report", "the city": an "it" may follow
        elif " " not in source and _NAME.fullmatch(source) and not ORG_WORDS.search(source):
            target = _full_name(source, named, persons)
            if target is not None and _person_like(target):  # "Sellers": the mayor named
                attribution = replace(attribution, anonymous=False)
        if target is not None:
            silent = attribution.kind == "non_response"  # never anonymous ("he did not say")
            anonymous = not silent and (attribution.anonymous or _unnamed(target, unnamed))
            resolved.append(replace(attribution, source=target, anonymous=anonymous))
            named.append(target)  # mentioned again: the nearest for the next pronoun
            continue
        speaker = speaker_unnamed(source, text, attribution)
        if speaker is not None:
            named.append(speaker.name)  # "a spokesman for the rebels said ... He added": him
            persons.add(speaker.name)
            _note_gender(genders, speaker.name, source)
            if speaker.role or attribution.anonymous:
                unnamed.add(speaker.name)  # not "The mayor said ... She said": an office
            if not speaker.role:  # "A clerk who ... said": a "he" only in the next line
                fleeting[speaker.name] = _sentence_of(doc, attribution.end)
                if (shown := said_gender(text, attribution)) is not None:  # "said she heard"
                    genders.setdefault(speaker.name, shown)
        elif _is_named(source) or ISSUED_TEXT.search(source):  # "A statement from X said"
            at = attribution.source_span.start if attribution.source_span else 0
            _remember_name(source, text, at, named, persons, genders)
        resolved.append(attribution)
        _remember_via(attribution, text, named, persons, genders)  # "X, citing Y, said"
    return resolved


def _unnamed(target: str, unnamed: set[str]) -> bool:
    """Is the target an unnamed person: known so, or told with "a" and no name or text ("A
    security official in the regional capital"; not "an emotional Ana Ruiz", "a release")?"""
    if target in unnamed:
        return True
    told_with_a = target.lower().startswith(("a ", "an "))
    return told_with_a and not _is_named(target) and not _DOCUMENT_WORDS.search(target)


def _pronoun_seen(
    target: str | None, low: str, here: int, fleeting: dict[str, int], genders: dict[str, str]
) -> None:
    """What a resolved pronoun tells of its target: still in view, and its gender."""
    if target in fleeting:
        fleeting[target] = here  # '..., he said. "...," he added': still them
    if target is not None and low in PRONOUN_GENDER:
        genders.setdefault(target, PRONOUN_GENDER[low])


def _full_name(surname: str, named: list[str], persons: set[str]) -> str | None:
    """The full name a bare surname stands for ("Lind" for "chief executive Marco Lind")."""
    target = next((n for n in _recent(named) if n != surname and n.endswith(" " + surname)), None)
    if target is not None and _FIRST_NAME_AFTER_ROLE.search(target):
        persons.add(target)  # "chief executive Marco Lind": a person
    return target


def _generic_source(
    head: str, attribution: Attribution, text: str | None, named: list[str], people: set[str]
) -> str | None:
    """What "the agency" or "the minister" stands for: a source named before, else a name
    given earlier or later in the text that the head refers to."""
    source = attribution.source.strip()
    modifiers = _modifiers(source, head)
    target = _generic_target(named, head, modifiers, people)
    if target is None and text is not None and attribution.source_span is not None:
        at = attribution.source_span.start
        target = named_earlier(text[max(0, at - LOOK_BACK) : at], head)
        if target is None:  # "the agency said ..." before its full name is given
            end = attribution.end  # in a later sentence: not "according to X" in its own
            target = named_later(text[end : end + LOOK_BACK], head)
        if target is not None and not _refers_to(target, head, modifiers):
            target = None  # "the water ministry" is not the Defence Ministry
    return target


def _sentence_of(doc: Document | None, offset: int) -> int:
    return doc.sentence_index(offset) if doc is not None else 0


#: A role's last lower-case word (or nothing), a first name and the surname that ends the
#: phrase: "Kessel Railways chief executive Marco Lind" names a person; "A friend of Roof"
#: and "Records show Slagerman" do not.
_FIRST_NAME_AFTER_ROLE = re.compile(r"(?:^|\s[a-z][\w-]*\s)[A-Z][a-z]+\s+[A-Z][\w'-]+$")


def _remember_name(
    source: str,
    text: str | None,
    at: int,
    named: list[str],
    persons: set[str],
    genders: dict[str, str],
) -> None:
    """Note a named source for later pronouns: its name, whether it is a person, its gender
    (``_THING`` for a body a "which" clause describes: "Orme Gold, which holds the licence,
    said" is what a later "It" stands for, though its name looks like a person's)."""
    core = core_name(source)
    named.append(core)
    if text and _WHICH.match(text, at + len(source)):
        genders[core] = _THING
        return
    _note_gender(genders, core, source)
    if text is not None and surname_given_in_full(text, at, core, LOOK_BACK):
        persons.add(core)  # "Marek" after "Governor Ilse Marek"
    if core != source and names_role(source):
        persons.add(core)  # "Her mother, Irena": a first name after a person's role
    elif role_then_name(source):
        persons.add(core)  # "ministry spokesman Ivo Brandt": a person, not a ministry


def _remember_via(
    a: Attribution, text: str | None, named: list[str], persons: set[str], genders: dict[str, str]
) -> None:
    """The person who spoke citing others ("The coordinator, Ida Renk, citing clinic staff,
    said ... she said"): a later pronoun or surname may stand for them."""
    via = (a.via or "").strip()
    if via and text and _person_like(core_name(via)) and (at := text.find(via, a.start)) >= 0:
        _remember_name(via, text, at, named, persons, genders)


def _note_gender(genders: dict[str, str], name: str, source: str) -> None:
    """Remember the gender the source's words show for ``name``; never forget one known."""
    shown = gender_in(source)
    if shown is not None:
        genders[name] = shown


def _part_of_unnamed(
    low: str, previous: Attribution, attribution: Attribution, text: str | None
) -> bool:
    """ "One of them said" right after unnamed sources: a part of them, unnamed too."""
    return (
        "of" in low
        and _PARTITIVE.fullmatch(low) is not None
        and _unnamed_just_before(previous, attribution, text)
    )


def _unnamed_just_before(previous: Attribution, attribution: Attribution, text: str | None) -> bool:
    """Were the sources "one of them" belongs to unnamed, plural and quoted in the same or
    the sentence just before (nothing but spaces between the two sentences)?"""
    if not previous.anonymous or _singular(previous.source) or text is None:
        return False
    return previous.start == attribution.start or not text[previous.end : attribution.start].strip()


def _pronoun_target(
    low: str,
    attribution: Attribution,
    opened: Openings,
    named: list[str],
    persons: set[str],
    genders: dict[str, str],
) -> str | None:
    """What "he"/"she" or "it" stands for: the nearest earlier named source of the right
    kind (and gender, where known), or for "it" first ``Openings.it_stands_for``."""
    if low in _PERSON_PRONOUNS:
        speaker = next(
            (
                n
                for n in _recent(named)
                # "He and Borough President Ivo Marsh urged": two people are no "he"
                if (n in persons or _person_like(n))
                and agrees(low, n, genders)
                and not _two_people(n)
            ),
            None,
        )
        introduced = opened.person_before(attribution)
        if introduced is None or not agrees(low, introduced, genders):
            return speaker
        if speaker is not None and gender_in(speaker) == PRONOUN_GENDER[low]:
            return speaker  # "Police spokeswoman Ana Ruiz said ... X, a baker, ... She said"
        persons.add(introduced)  # "Samira Kadhem, 38, waited ... She said"
        return introduced
    return opened.it_stands_for(attribution) or next(
        (
            n
            for n in _recent(named)
            if genders.get(n) == _THING
            or (_it_like(n) and _singular(n) and n not in persons and not _person_like(n))
        ),
        None,
    )


#: Places that speak as bodies ("the county had reported", "the state said"), never as the
#: person whose title holds the word ("County Health Executive Dr. Ada Ruto"). Origin:
#: general knowledge of the units of local government English news names.
_PLACE_BODIES = frozenset("county state city district province region municipality town".split())


def _two_people(name: str) -> bool:
    """ "He and Borough President Ivo Marsh", "Ana Ruiz and Eli Marsh": two named together;
    not a title that holds "and" ("Science and Technology Minister Ana Ruiz")."""
    first, _, rest = name.partition(" and ")
    return bool(rest) and (len(first.split()) > 1 or first.lower() in ("he", "she"))


def _generic_target(
    named: list[str], head: str, modifiers: tuple[str, ...], people: set[str]
) -> str | None:
    """The earlier named source "the <head>" stands for. "The ministry" is the body, never a
    person who works there ("an aide at the ministry", "ministry spokesman Ivo Brandt")."""
    body = ORG_WORDS.fullmatch(head) is not None or head in _PLACE_BODIES
    for n in _recent(named):
        # most names lack the head, which ``_refers_to`` tests first: a look-up, no call
        if head in _name_words(n) and not (body and n in people) and _refers_to(n, head, modifiers):
            return n
    return None


#: How many earlier named sources a pronoun may go back over (with
#: ``rules.named_mentions.LOOK_BACK``, a bound that keeps resolution linear however many
#: attributions a hostile text holds).
_RECENT = 200


#: Words before a generic head that do not tell one body from another ("the same ministry").
_NON_RESTRICTIVE = frozenset("same said former new latter above".split())


def _modifiers(source: str, head: str) -> tuple[str, ...]:
    """The words between the determiner and the head: ("water",) in "the water ministry"."""
    words = source.lower().split()[1:]
    return tuple(w for w in words[: words.index(head)] if w not in _NON_RESTRICTIVE)


@functools.lru_cache(maxsize=4096)
def _refers_to(name: str, head: str, modifiers: tuple[str, ...]) -> bool:
    """Can a generic mention with ``head`` and ``modifiers`` stand for ``name``? (Remembered:
    a generic mention is tried against up to 200 names, and a story repeats both.)

    >>> _refers_to("the Defence Ministry", "ministry", ("water",))
    False
    >>> _refers_to("the Water Ministry", "ministry", ("water",))
    True
    """
    words = _name_words(name)
    if head not in words or not all(m in words for m in modifiers):
        return False
    # "the ministry" is not "a senior official at the Interior Ministry", who works there,
    # and "the army" is not "a communique issued by the Third Army Division", its text.
    if head in _PLACE_BODIES and TITLES.search(name):
        return False  # "the county" is not "County Health Executive Dr. Ada Ruto"
    body = ORG_WORDS.fullmatch(head) or works_for(name, head)  # "an aide at the mine"
    return not (body and (names_role(name) or _DOCUMENT_WORDS.search(name)))


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The lower-cased words of a source name (remembered: a pronoun scans up to 200)."""
    return frozenset(re.findall(r"[\w'-]+", name.lower()))


def _recent(named: list[str]) -> Iterator[str]:
    """The last ``_RECENT`` named sources, newest first."""
    return itertools.islice(reversed(named), _RECENT)


#: A relative clause of things after a name: "Orme Gold, which holds the licence, said".
_WHICH = re.compile(r"\s*,\s*which\b")
#: The gender ``_remember_name`` notes for such a body: neither "he" nor "she" agrees with it.
_THING = "n"


#: Plural heads that "they", not "it", stands for: "two senior officials", "the authorities".
_PLURAL_HEADS = frozenset("officials sources people authorities forces police residents".split())


@functools.lru_cache(maxsize=4096)
def _singular(name: str) -> bool:
    words = name.split()
    # "The Hazmiri Armed Forces", "the Defence Forces": a body's name, which "it" stands for
    return bool(words) and (words[-1].lower() not in _PLURAL_HEADS or words[-1] == "Forces")


@functools.lru_cache(maxsize=4096)
def _org_like(name: str) -> bool:
    return ORG_WORDS.search(name) is not None


@functools.lru_cache(maxsize=4096)
def _it_like(name: str) -> bool:
    """A body or a text an "it" may stand for (a bulletin that spoke just before: "... it
    adds"), or a place that speaks as a body ("The city said ... It later said")."""
    words = name.lower().split()
    place = len(words) == 2 and words[0] == "the" and words[1] in _PLACE_BODIES
    return place or _org_like(name) or _DOCUMENT_WORDS.search(name) is not None


def _body_name(name: str) -> bool:
    """A body an "it" can stand for: not a person, not a plural."""
    return _it_like(name) and _singular(name) and not _person_like(name)


def _order(attribution: Attribution) -> int:
    """Text order: cues lie inside their sentence, and sentences do not overlap."""
    span = attribution.cue_span
    return span.start if span else attribution.start


@functools.lru_cache(maxsize=4096)
def _is_named(source: str) -> bool:
    return any(_NAME.fullmatch(w) for w in source.split()[1:]) or bool(
        _NAME.match(source) and source.split()[0].lower() not in ("the", "a", "an")
    )


#: Texts that speak as sources ("according to communique number 12") but are no person a
#: "he" or "she" can stand for. Origin: general English news ("the report says").
_DOCUMENT_WORDS = re.compile(
    r"\b(?:communiqu[eé]|statement|report|bulletin|release|letter|document|decree|record"
    r"|records|study|survey|memo|video|footage|website|message)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _person_like(name: str) -> bool:
    if name.lower().startswith(("the ", "a ", "an ")):
        return False
    if TITLES.search(name):
        return True
    words = name.split()
    if len(words) > 1 and _NAME.fullmatch(words[-1]) and names_role(name):
        return True  # "company spokesman Emil Dorn": an organisation's word, a person's name
    if ORG_WORDS.search(name) or _DOCUMENT_WORDS.search(name):
        return False
    return len([w for w in name.split() if _NAME.fullmatch(w)]) >= 2
