"""CB91: a chain of people and counts joined by "and" or commas before a casualty verb."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rules.claims.cb48 import AGE
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse, taken_spans
from rules.claims.subject_cue import cue_after_subject
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: Where a subject chain may start: the sentence start, or after a semicolon, a colon or a
#: verb of saying ("Police said his wife and ..."); plain English grammar. Not after a comma,
#: where "Mayor Ana Ruiz, a teacher, and her driver" would read the apposition as a person.
_STARTS = re.compile(r"^|[;:]\s+|\b(?:said|says|say|that)\s+", re.IGNORECASE)
#: What joins the items: "and", a comma, or both (an Oxford comma).
_JOINS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
#: A single person with a determiner of its own: "his wife", "her 8-year-old son", "a
#: neighbour", "an elderly passer-by" (up to two modifiers before the person noun).
_ONE = re.compile(
    r"(?P<det>his|her|their|an?)\s+(?:(?!and\b)[\w'-]+\s+){0,2}?(?P<noun>[a-z'-]+)",
    re.IGNORECASE,
)
#: A person named by an age alone ("a 4-year-old", "her 7-year-old"), not before a noun.
_AGED = re.compile(
    rf"(?P<det>his|her|their|an?)\s+(?P<noun>{AGE})(?=\s*,|\s+and\b|\s*$"
    r"|\s+(?:were|was|are|is|have|has|had|both|all)\b)",
    re.IGNORECASE,
)
#: A bare person noun after a possessed one, sharing its possessive ("his wife and daughter").
_BARE = re.compile(r"(?P<noun>[a-z'-]+)", re.IGNORECASE)
_POSSESSIVES = ("his ", "her ", "their ")
#: The group after a count's figure, up to two words: "two neighbours", "three young men".
_GROUP = re.compile(
    r"(?:\s+(?!(?:and|were|was|are|is|have|has|had|been)\b)[\w'-]+){1,2}?"
    r"(?=\s*,|\s+and\b|\s*$"
    r"|\s+(?:were|was|are|is|have|has|had|both|all)\b)",
    re.IGNORECASE,
)
#: The longest subject read, in characters (a chain of a few people).
_REACH = 160


class PossessedChain(ExtraRule):
    """CB91 · "His wife and daughter and two neighbours were killed" is four: each person of
    a chain joined by "and" or commas before a plural casualty verb counts one, beside the
    counts of the chain ("two neighbours", read by the figure rules).

    Every item must be a person with a determiner ("his wife", "a neighbour"), a bare person
    noun after a possessed one ("and daughter"), or a figure another rule bound; at least
    one item possessed or three items in all, and the chain must be the verb's subject. Items
    another rule counted already are left to it (no double count).
    """

    code = "CB91"
    words = (" and ",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "A 4-year-old and a 7-year-old were killed when a man fired into the house.",
            {"category": "killed", "min": 1, "group": "4-year-old"},
        ),
        (
            "His wife and daughter and two neighbours were killed in the attack.",
            {"category": "killed", "min": 1, "group": "wife"},
        ),
        (
            "Her husband and son and a neighbour were shot dead on Sunday.",
            {"category": "killed", "min": 1, "group": "husband"},
        ),
        (
            "Police said his wife, daughter and two neighbours were wounded.",
            {"category": "wounded", "min": 1, "group": "daughter"},
        ),
    )
    counter_examples = (
        # the chain is the object of a preposition, not the verb's subject
        "He lived with his wife and daughter and two dogs were killed.",
        # an apposition after a comma is no person of its own
        "Police said Mayor Ana Ruiz, a teacher, and her driver and a guard were killed.",
        # a thing in the chain
        "His car and his house and two sheds were damaged.",
        # the chain acted: no passive or intransitive cue after it
        "His wife and daughter and a neighbour saw two men shot.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = taken_spans(sent, found)
        counts = {f.start: f.end for f in sent.figures}
        result: list[Binding] = []
        for hit in sent.cues.hits:
            if (
                not hit.cue.before
                or " and " not in sent.low[max(0, hit.start - _REACH) : hit.start]
            ):
                continue  # no chain joined by "and" before the cue
            for start in _STARTS.finditer(sent.text, max(0, hit.start - _REACH), hit.start):
                items = _chain(sent.text, start.end(), hit.start, counts)
                if items is None:
                    continue
                if cue_after_subject(sent, items[-1].end) is not hit:
                    break
                result += _bindings(sent.text, items, taken, hit)
                break
        return result


@dataclass(frozen=True)
class _Item:
    """One item of a chain: a single person (``noun`` set) or a count (``noun`` empty)."""

    start: int
    end: int
    noun: str
    #: The end of the word that counts it: the determiner, the bare noun, the figure.
    word_end: int


def _chain(text: str, start: int, stop: int, counts: dict[int, int]) -> list[_Item] | None:
    """The items of a chain from ``start`` to the words before ``stop``, or None when some
    stretch is no person, count or join, or the chain is too short to read."""
    items: list[_Item] = []
    at = start
    possessed = False
    while at < stop:
        item = _item(text, at, stop, counts, possessed and bool(items))
        if item is None:
            return None
        # a possessive or an age of its own makes a pair worth reading ("his wife and
        # two children", "a 4-year-old and a 7-year-old")
        possessed = possessed or text[item.start : item.end].lower().startswith(_POSSESSIVES)
        possessed = possessed or "-old" in item.noun
        items.append(item)
        join = _JOINS.match(text, item.end, stop)
        if join is None:
            return items if len(items) >= 3 or (possessed and len(items) >= 2) else None
        at = join.end()
    return None


def _item(text: str, at: int, stop: int, counts: dict[int, int], bare: bool) -> _Item | None:
    """The person or count that starts at ``at``: a figure with up to two words of its
    group, a person with a determiner, or (``bare``) a person noun sharing a possessive."""
    if at in counts:
        group = _GROUP.match(text, counts[at], stop)
        return _Item(at, group.end() if group else counts[at], "", counts[at])
    one = _ONE.match(text, at, stop)
    if one is not None and one["noun"].lower() in PERSON_NOUNS:
        return _Item(at, one.end(), one["noun"], one.end("det"))
    aged = _AGED.match(text, at, stop)
    if aged is not None:
        return _Item(at, aged.end(), aged["noun"], aged.end("det"))
    word = _BARE.match(text, at, stop) if bare else None
    if word is not None and word["noun"].lower() in PERSON_NOUNS:
        return _Item(at, word.end(), word["noun"], word.end())
    return None


def _figure(text: str, item: _Item) -> FigureSpan:
    """The person's one, spanning the word that counts it ("his", "a", "daughter")."""
    word = text[item.start : item.word_end]
    return FigureSpan(item.start, item.word_end, Figure(1, 1, "exact", word))


def _bindings(
    text: str, items: list[_Item], taken: list[tuple[int, int]], hit: CueHit
) -> list[Binding]:
    """One killed or wounded for each single person no other rule counted; none when a
    count of the chain is no figure another rule bound."""
    counted = [any(s < i.end and i.start < e for s, e in taken) for i in items]
    if any(not i.noun and not done for i, done in zip(items, counted, strict=True)):
        return []
    return [
        Binding(_figure(text, i), hit, i.noun, hit.start - i.end)
        for i, done in zip(items, counted, strict=True)
        if i.noun and not done
    ]
