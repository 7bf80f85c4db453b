"""A named person whose killing is told with a possessive: "Ana Ruiz's murder", "the
condemnation of TOMAS BREL'S ASSASSINATION". The name before "'s" is one victim of it.
"""

from __future__ import annotations

import itertools
import re

from rules.claims.fates import natural_death
from rules.claims.parts import Binding, Cues
from rules.claims.upper_names import in_upper_name
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import FigureSpan

#: The possessive killing cue of ``rules.categories`` ("'s murder").
_POSSESSIVE = re.compile(r"(?:'s|')\s", re.IGNORECASE)
#: A noun after the killing that makes the possessor its defendant, not its victim ("Ana
#: Ruiz's murder trial", "... murder charge") (general English).
_DEFENDANT = re.compile(
    r"\s+(?:trial|case|charges?|conviction|suspects?|investigation|inquiry|probe|hearing"
    r"|sentences?|plots?|attempts?)\b",
    re.IGNORECASE,
)
#: What may follow the possessive killing for it to close its noun phrase (general English
#: grammar): punctuation or the end, a preposition, a time word, an adverb that comes before
#: a verb ("... murder also shocked Orsk"), an auxiliary or common irregular verb, or a verb
#: in -ed ("Ana Ruiz's murder shocked Orsk"). Any other word makes the killing the first half
#: of a compound noun ("death penalty", "killing spree", "death scene", "killing instinct",
#: "death row", "death toll"), which tells of no victim. A hyphen joins a compound too
#: ("death-row appeal"): a dash ends the phrase only set apart by a space (a headline's
#: "... Death - Harbor Daily") or, as the text's dashes are read as hyphens, before a word
#: that never ends a compound ("murder-a shock to all-closed the port"). An -ed word is taken
#: for a past tense only by the shape of one: a stem of three letters or more ("ended",
#: "shocked"; not "bed", "seed", "need", "shed"), and not one of the few common nouns of that
#: shape (``_ED_NOUNS``).
_ED_NOUNS = (
    "creed|speed|breed|steed|greed|tweed|bleed|seabed|hotbed|flatbed|sickbed|deathbed"
    "|riverbed|seaweed"
)
_PHRASE_END = re.compile(
    r"\s*(?:[.,;:!?)\]\"”—–]|$)|\s+-|-(?![^\W_])"
    r"|-(?=(?:a|an|the|his|her|its|their|this|that|which|who|and|but|as|one)\b)"
    r"|\s+(?:in|on|at|by|for|from|with|without|near|after|before|during|since|over|under"
    r"|outside|inside|to|into|as|amid|last|this|earlier|yesterday|today|tonight|ago"
    r"|also|still|never|now|only"
    r"|is|was|are|were|has|had|have|will|would|could|may|might|must|can|should|remains?"
    r"|remained|came|led|drew|left|made|took|sent|went|brought|caused|became|becomes"
    rf"|(?!(?:{_ED_NOUNS})\b)[a-z]{{3,}}ed)\b",
    re.IGNORECASE,
)
#: A word that tells of a killing, needed in the sentence for a bare "'s death" to count: a
#: name's "death" alone is as often natural ("the founder's death at 94") (general English).
#: Someone charged, arrested or convicted over a death makes it a crime ("two men charged in
#: Ana Ruiz's death"); so does blame laid for it or a culprit sought ("the party blamed the
#: army for Ana Ruiz's death", "we attribute Ivo Sarn's death to the police", "to avenge").
_KILLING_WORD = re.compile(
    r"\b(?:murder(?:s|ed|ing)?|kill(?:s|ed|ing|ings|er|ers)?|shot|shooting|gunned|stabb(?:ed|ing)"
    r"|slain|slaying|assassinat\w+|assassins?|homicide|strangled|beaten|bludgeoned|executed"
    r"|lynched|gunshots?|gunfire|gunman|gunmen|attackers?|bomb(?:s|ed|ing)?"
    r"|charged|indicted|convicted|arrested|blam(?:e|es|ed|ing)|responsib(?:le|ility)"
    r"|attribut(?:e|es|ed|ing)|aveng(?:e|es|ed|ing)|culprits?|perpetrators?)\b",
    re.IGNORECASE,
)
#: An illness right after the death: "Ivo Sarn's death from cancer" (``NATURAL_DEATH`` reads
#: "of cancer", "natural causes").
_ILLNESS = re.compile(
    r"\s+(?:from|after)\s+(?:(?:a|an|his|her|long|short|brief|lengthy)\s+)*(?:cancer"
    r"|pneumonia|illness|heart\s+attack|stroke|covid(?:-19)?|disease)\b",
    re.IGNORECASE,
)
#: Sentence adverbs, subordinators and prepositions that open a phrase before a name ("Since
#: Ana Ruiz's death", a headline's "Charged Over Ana Ruiz's Death"): no part of the name, so
#: the name starts after the last of them (general English).
_OPENERS = frozenset(
    """Since After Before Until Despite Following When While Amid In On At By For From With
    Near Over Under To Of Into About Against Behind""".split()
)
#: Where a name before the possessive cannot reach back past: quotes, brackets, clause marks.
_BOUNDARY = re.compile(r".*[\"“(\[,;:]", re.DOTALL)
#: Two to four capitalised words of a mixed-case name right before the possessive.
_MIXED_NAME = re.compile(r"(?:[A-Z]\.|[A-Z][a-z’-]+)(?:\s+(?:[A-Z]\.|[A-Z][a-z’-]+)){1,3}$")
#: Words that open a phrase, not a name (general English).
_NOT_FIRST = frozenset("The A An His Her Their Its This That Last Monday Sunday".split())
#: A determiner before the capitalised words makes them a description ("the Harbor
#: Mayor's murder"), which is no name (the principle of ``rules.claims.victims``).
_DETERMINED = re.compile(r"\b(?:the|a|an|his|her|their|its|our|this)\s+$", re.IGNORECASE)


def possessed_victims(text: str, cues: Cues) -> list[Binding]:
    """Each named person before a possessive killing cue ("Ana Ruiz's murder") is one victim."""
    upper = text.isupper()
    found: list[Binding] = []
    for cue in cues.hits:
        if not _POSSESSIVE.match(text, cue.start) or _DEFENDANT.match(text, cue.end):
            continue
        cue_text = text[cue.start : cue.end].lower()
        if cue_text.endswith(" of"):
            continue  # "Ana Ruiz's killing of two guards": she is the killer
        if not _PHRASE_END.match(text, cue.end):
            continue  # "New York's death penalty": a compound noun
        if "death" in cue_text and not _bare_death_is_killing(text, cue.start, cue.end):
            continue  # "the founder Ivo Sarn's death at 94": a natural death
        span = _upper_name_before(text, cue.start) if upper else _mixed_name_before(text, cue.start)
        if span is None:
            continue
        start, end = span
        if _DETERMINED.search(text, max(0, start - 8), start):
            continue
        figure = FigureSpan(start, end, Figure(1, 1, "exact", text[start:end]))
        found.append(Binding(figure, cue, None, cue.start - end))
    return found


def _bare_death_is_killing(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a "'s death" cue tells of a killing elsewhere, and not of
    an illness: blame is laid for those too ("the family blamed the clinic for Ivo Sarn's
    death from cancer", "the coroner attributed Ana Ruiz's death to natural causes")."""
    if _ILLNESS.match(text, end) or natural_death(text):
        return False
    return bool(_KILLING_WORD.search(text[:start]) or _KILLING_WORD.search(text, end))


def _mixed_name_before(text: str, end: int) -> tuple[int, int] | None:
    match = _MIXED_NAME.search(text, max(0, end - 60), end)
    if match is None:
        return None
    words = match.group().split()
    start = match.start()
    cut = max((i + 1 for i, word in enumerate(words) if word in _OPENERS), default=0)
    if cut:
        start = match.end() - len(" ".join(words[cut:]))
        words = words[cut:]
    if len(words) < 2 or words[0] in _NOT_FIRST:
        return None
    return start, match.end()


def _upper_name_before(text: str, end: int) -> tuple[int, int] | None:
    window = text[max(0, end - 80) : end]
    cut = _BOUNDARY.match(window)
    words = window[cut.end() if cut else 0 :].split()
    kept = list(itertools.takewhile(in_upper_name, reversed(words)))
    if len(kept) < 2 or not all(w.isalpha() for w in kept):
        return None
    last = kept[0].lower()
    if is_human_plural(last) or last in PERSON_NOUNS:
        return None
    name = " ".join(reversed(kept))
    return end - len(name), end
