"""Unspecified claims: a killed/wounded cue whose subject or object is a plural of people."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.compared import compared
from rules.claims.groups import clean_group
from rules.claims.lexicon import (
    ADJECTIVE_CUES,
    AUX,
    DAY_WORDS,
    GROUP_STOP,
    MODALS,
    NOT_CLAIMED,
    NOT_DONE,
    NP_SKIP,
    PARTS,
    PASSIVE_AUX,
    PLURAL_DETERMINERS,
    PLURAL_PAST,
    PLURAL_WINDOW,
    SUBJECT_WORDS,
)
from rules.claims.partitive_heads import heads_a_partitive
from rules.claims.parts import Binding, CueHit, Cues
from rules.claims.patterns import (
    ADJECTIVE_NP,
    DENIED,
    HEDGE_BEFORE,
    NUMBER_WORD,
    OBJECT_JOIN,
    OBJECT_LEAD,
    OBJECT_NP,
    WORD,
)
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import FigureSpan, parse_figure
from rules.part_of_whole import denied_before, negated_whole_before


def _in_a_name(text: str, cue: CueHit) -> bool:
    """A capitalised cue after a capitalised word and before a lower-case one is a word of a
    name ("the Eastgate Shooting detectives", "a Homicide Unit"), not a verb or a noun of harm;
    a headline in title case has the word after capitalised too."""
    if not text[cue.start : cue.start + 1].isupper():
        return False  # the cheap test first: most cues are in lower case
    before = text[: cue.start].rsplit(None, 1)[-1:]  # the word before, not every word
    after = text[cue.end :].split(None, 1)[:1]
    return bool(before and after) and before[0][:1].isupper() and after[0][:1].islower()


def plural_claims(
    text: str,
    cues: Cues,
    found: list[Binding],
    figures: Sequence[tuple[int, int]] = (),
) -> list[Binding]:
    """Unspecified claims: a casualty cue whose subject or object is a plural of people with
    no figure ("the monks and their gardeners had been murdered", "killing soldiers").

    Not when the cue already has a figure, is negated, hedged by a modal, present-tense
    passive (habitual: "soldiers are killed every year"), or stands in a condition or denial.
    """
    used = {b.cue.start for b in found}
    tolls = [b for b in found if b.cue.cue.after == "toll" and b.cue.end <= b.figure.start]
    claims: list[Binding] = []
    for cue in cues.hits:
        if cue.start in used or cue.cue.category not in CASUALTY_CATEGORIES:
            continue
        if _why_the_toll_moved(text, tolls, cue):
            continue  # "the toll rose to 26 as injured victims died": the toll's detail
        if _in_a_name(text, cue):
            continue  # "call the Eastgate Shooting detectives": a unit's name, no verb
        here = _plural_subjects(text, cue) if cue.cue.before else []
        if not here and cue.cue.after == "object":
            here = _plural_objects(text, cue)
        if not here and cue.cue.before:
            here = _plural_after_adjective(text, cue)
        # A figure inside the phrase or between it and the cue is a count the binder refused;
        # so is the whole of a counted part ("one of the three shooting victims").
        for binding in here:
            if heads_a_partitive(text, min(binding.figure.start, cue.start)):
                continue
            if compared(text, binding.figure.start):
                continue  # "no storm had killed more residents": a comparison, no count
            low = min(binding.figure.start, cue.start) - 15
            high = max(binding.figure.end, cue.end)
            if not any(low < end and start < high for start, end in figures):
                claims.append(binding)
    for binding in found:
        # "killed the monks and two other people": the plural before the count is a claim too.
        if OBJECT_LEAD.fullmatch(text, binding.cue.end, binding.figure.start):
            claims.extend(
                b for b in _plural_objects(text, binding.cue) if b.figure.end < binding.figure.start
            )
        # "killed several soldiers and civilians": the plurals listed after the counted one
        # share its cue and its vague count.
        claims.extend(_listed_after(text, binding))
        # "several soldiers and civilians were wounded": the second plural is a claim too.
        if (
            binding.figure.figure.qualifier == "unspecified"
            and binding.cue.start > binding.figure.end
        ):
            claims.extend(
                b
                for b in _plural_subjects(text, binding.cue)
                if b.figure.start > binding.figure.end + len(binding.group or "")
            )
    return claims


#: A clause that tells why a toll moved: "rose to 26 as the injured died", "after two more".
_BECAUSE = re.compile(r"\b(?:as|after|when|because)\b", re.IGNORECASE)


def _why_the_toll_moved(text: str, tolls: list[Binding], cue: CueHit) -> bool:
    """A cue after a toll of its category in a clause that says why the toll moved."""
    return any(
        toll.cue.cue.category == cue.cue.category
        and toll.figure.end <= cue.start
        and _BECAUSE.search(text, toll.figure.end, cue.start) is not None
        for toll in tolls
    )


def _listed_after(text: str, binding: Binding) -> list[Binding]:
    """ "a raid killing several drivers, clerks and porters": the plurals joined after an
    unspecified count that is its cue's object are claims of the same cue."""
    figure, group = binding.figure, binding.group
    if figure.figure.qualifier != "unspecified" or binding.cue.end > figure.start or not group:
        return []
    end = text.find(group, figure.end, figure.end + 40)
    join = OBJECT_JOIN.match(text, end + len(group)) if end >= 0 else None
    return _object_list(text, binding.cue, join.end(), False) if join else []


#: The group named in a list of who they were: a re-mention of people counted before.
_IDENTIFIED = re.compile(
    r"\s+(?:were|are|have\s+been|had\s+been)\s+(?:identified|named)\s+as\b", re.IGNORECASE
)


def _plural_after_adjective(text: str, cue: CueHit) -> list[Binding]:
    """ "The seriously injured seamen were out of danger": a participle before its group."""
    if text[cue.start : cue.end].lower() not in ADJECTIVE_CUES:
        return []
    before = _words_back(text, cue.start)
    k = 1 if before and before[0].group().lower().endswith("ly") else 0
    if len(before) <= k or before[k].group().lower() not in ("the", "their", "its", "his", "her"):
        return []
    match = ADJECTIVE_NP.match(text, cue.end, cue.end + PLURAL_WINDOW)
    if match is None or not is_human_plural(match.group("np").split()[-1]):
        return []
    if any(w.lower() in GROUP_STOP or w.lower() in NP_SKIP for w in match.group("np").split()):
        return []
    if _IDENTIFIED.match(text, match.end("np")):
        return []  # "the dead firefighters were named as ...": those of a toll told before
    binding = _plural_binding(text, match.start("np"), match.end("np"), cue)
    return [binding] if binding is not None else []


def _words_back(text: str, end: int) -> list[re.Match[str]]:
    """The words before ``end`` (nearest first) up to a punctuation break, at most 12."""
    start = max(0, end - PLURAL_WINDOW)
    words = list(WORD.finditer(text, start, end))
    kept: list[re.Match[str]] = []
    edge = end
    for word in reversed(words):
        between = text[word.end() : edge]
        if between.strip() and between.strip() != ",":
            break
        kept.append(word)
        edge = word.start()
        if len(kept) == 12:
            break
    return kept


def _plural_subjects(text: str, cue: CueHit) -> list[Binding]:
    """ "Civilians were killed", "the monks who were murdered", "villagers died"."""
    words = _words_back(text, cue.start)
    aux: list[str] = []
    k = 0
    while k < len(words) and words[k].group().lower() in AUX:
        aux.append(words[k].group().lower())
        k += 1
    if not aux and text[words[0].end() if words else cue.start : cue.start].strip():
        return []
    if {"was", "is", "has"} & set(aux) or MODALS.intersection(aux):
        return []
    if cue.cue.transitive or aux:
        if not (PLURAL_PAST & set(aux) or (not cue.cue.transitive and "are" in aux)):
            return []
        if cue.cue.transitive and not PASSIVE_AUX.intersection(aux):
            return []
    if k < len(words) and words[k].group().lower() in ("who", "that"):
        k += 1
    heads = _noun_phrases_back(text, words, k)
    if not heads:
        return []
    leftmost = heads[-1][0]
    before = _words_back(text, leftmost)
    if before and before[0].group().lower() in NOT_CLAIMED | {"where", "how", "why"}:
        return []
    of = [w.group().lower() for w in before[:3]]
    if of[:1] in (["the"], ["their"], ["its"], ["his"], ["her"]):
        of = of[1:]  # "any of the militia's own men"
    if len(of) > 1 and of[0] == "of" and of[1] in PARTS | NOT_CLAIMED:
        return []  # "none of the guards were hurt", "one of her drivers was killed", "whether
        # any of the militia's own men had been killed" (48th session)
    if DENIED.search(text, max(0, leftmost - 80), leftmost):
        return []
    before_text = text[max(0, leftmost - 80) : leftmost]
    if negated_whole_before(before_text) or _denied(before_text):
        return []  # "None of the 20 tourists and [4] guides", "Neither the driver nor his aides"
    found = (_plural_binding(text, start, end, cue) for start, end in reversed(heads))
    return [b for b in found if b is not None]


def _denied(before: str) -> bool:
    """Does ``before`` deny the plural next ("Neither the driver nor his [3] passengers"),
    past a figure the binder refused?"""
    if denied_before(before):
        return True
    words = before.rstrip().rsplit(None, 1) if " nor " in before.lower() else []
    return len(words) == 2 and parse_figure(words[1]) is not None and denied_before(words[0] + " ")


def _noun_phrases_back(text: str, words: list[re.Match[str]], k: int) -> list[tuple[int, int]]:
    """Coordinated plural noun phrases ending at ``words[k]``, nearest first, as spans."""
    phrases: list[tuple[int, int]] = []
    while k < len(words) and is_human_plural(words[k].group()):
        end = words[k].end()
        start = words[k].start()
        k += 1
        modifiers = 0
        while k < len(words) and modifiers < 2:
            word = words[k].group().lower()
            if word in PLURAL_DETERMINERS:
                start = words[k].start()
                k += 1
                break
            if word in GROUP_STOP or word in NP_SKIP or word in AUX or word in NOT_CLAIMED:
                break
            if text[words[k].end() : start].strip():
                break  # a comma: the list goes on before this word
            start = words[k].start()
            k += 1
            modifiers += 1
        phrases.append((start, end))
        joined = k < len(words) and (
            words[k].group().lower() in NP_SKIP or text[words[k].end() : start].strip() == ","
        )
        if not joined:
            break
        if words[k].group().lower() in NP_SKIP:
            k += 1
        if k < len(words) and words[k].group().lower() in PLURAL_DETERMINERS:
            k += 1  # "the monks and their gardeners": the determiner stays outside the group
    return phrases


def _active_subject(text: str, before: list[re.Match[str]], cue: CueHit) -> bool:
    """Is the participle at ``cue`` an active verb ("gunmen killed", "tortured and murdered")
    rather than an adjective ("treats wounded veterans", "the wounded personnel")?"""
    if not before:
        return False
    gap = text[before[0].end() : cue.start].strip()
    if gap:
        return gap == "," and _second_verb(text, before, cue)  # "hit a car, killed all"
    word = before[0].group()
    lowered = word.lower()
    if lowered in NP_SKIP and len(before) > 1:
        # "captured, tortured and murdered"; "bombed towns and murdered priests"
        return before[1].group().lower().endswith("ed") or _second_verb(text, before, cue)
    return (
        lowered in SUBJECT_WORDS
        or (lowered.endswith("ly") and len(lowered) > 4)
        or is_human_plural(word)
        or lowered in PERSON_NOUNS
    )


def _second_verb(text: str, before: list[re.Match[str]], cue: CueHit) -> bool:
    """The cue is the second verb of a predicate whose first took an object ("the army
    bombed towns and murdered priests", "attacked a patrol, killed all the passengers"): a
    past verb in "-ed" among the words back; the cue itself a past verb of killing, not
    an adjective ("treated the sick and wounded soldiers")."""
    word = text[cue.start : cue.end].lower()
    if not word.endswith("ed") or word in ADJECTIVE_CUES:
        return False
    return any(w.group().lower().endswith("ed") for w in before[1:8])


#: Nouns for those who kill or abduct: their "of" names victims only with a count or a name.
_AGENT_NOUN = re.compile(r"(?:killer|murderer|assassin|kidnapper|abductor)s?\b")


#: Words before a gerund that make it a means or a manner ("by killing civilians", "while
#: murdering people"): with a bare or universal plural it tells a way of acting, no act.
_MEANS = frozenset(("by", "while"))


#: Prepositions of participation after an event noun: "a shooting involving rival fans".
_PARTICIPANTS = frozenset(("involving", "concerning", "featuring"))


def _plural_objects(text: str, cue: CueHit) -> list[Binding]:
    """ "Gunmen killed villagers", "the murder of the village monks and their driver"."""
    word = text[cue.start : cue.end].lower()
    if word in ("kills", "slays") or word.startswith(("lives", "lost", "losing")):
        return []  # "the disease kills children" is habitual; "the lives of" and "lost" hedge
    if _AGENT_NOUN.match(word):
        return []  # "hired assassins of smugglers": whom they serve, not whom they killed
    if HEDGE_BEFORE.search(text, max(0, cue.start - 30), cue.start):
        return []
    before = _words_back(text, cue.start)
    previous = before[0].group().lower() if before else ""
    if previous in NOT_DONE:
        return []  # "tried to kill", "will continue killing", "to prevent killing"
    if word.endswith("ing") and previous in ("the", "a", "this", "that", "another", "its"):
        return []  # "the robbery to call the police": a noun takes its object with "of"
    generic = word.endswith("ing") and previous in _MEANS
    if cue.cue.transitive and not _active_subject(text, before, cue):
        return []  # "the wounded personnel", "were killed": no active verb with an object
    if DENIED.search(text, max(0, cue.start - 80), cue.start):
        return []
    if not text[cue.end : cue.end + 1].isspace():
        return []
    return _object_list(text, cue, cue.end, generic)


def _object_list(text: str, cue: CueHit, offset: int, generic: bool) -> list[Binding]:
    """The plural objects of ``cue`` listed from ``offset``: "villagers and their herders"."""
    claims: list[Binding] = []
    limit = min(len(text), offset + PLURAL_WINDOW)
    for _ in range(4):
        match = OBJECT_NP.match(text, offset, limit)
        if match is None and offset > cue.end:
            match = _OF_HEAD.match(text, offset, limit)  # the list's last, past its first
        if match is None:
            break
        np_words = match.group("np").split()
        if np_words[0].lower() in _PARTICIPANTS:
            break  # "a shooting involving rival fans": they took part, no one was counted
        if not is_human_plural(np_words[-1]) or any(
            w.lower() in GROUP_STOP or w.lower() in NOT_CLAIMED or w.lower() == "to"
            for w in np_words
        ):
            break
        bare = not text[match.start() : match.start("np")].strip()
        if bare and offset > cue.end and np_words[0].lower() in ADJECTIVE_CUES:
            break  # "killed several soldiers and wounded civilians": a second verb
        if generic and (bare or np_words[0].lower() == "all"):
            break  # "by killing civilians", "while murdering all opponents": a way, not an act
        binding = _plural_binding(text, match.start("np"), match.end("np"), cue)
        if binding is None:
            break
        claims.append(binding)
        join = OBJECT_JOIN.match(text, match.end(), limit)
        if join is None:
            break
        offset = join.end()
    return claims


#: A listed object with an "of" phrase after its head ("the murders of judges, officials and
#: politicians of the country"): the head alone, the list's last. Not a first object ("killing
#: members of our community" may be a generic gerund).
_OF_HEAD = re.compile(
    r"\s*(?:(?:the|their|his|her|its|our|these|those|other|fellow)\s+)?"
    r"(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)(?=\s+of\s)",
    re.IGNORECASE,
)


def _plural_binding(text: str, start: int, end: int, cue: CueHit) -> Binding | None:
    phrase = text[start:end]
    if any(NUMBER_WORD.match(w) or w.lower() in DAY_WORDS for w in phrase.split()):
        return None  # "thirtythree seamen", "Monday eight individuals": a figure unread
    if phrase.lower() == "parents" and text[max(0, start - 4) : start].lower() in ("his ", "her "):
        figure = FigureSpan(start, end, Figure(2, 2, "exact", phrase))  # "his parents": two
        return Binding(figure, cue, phrase, 0)
    figure = FigureSpan(start, end, Figure(None, None, "unspecified", phrase))
    return Binding(figure, cue, clean_group(phrase.split()), 0)
