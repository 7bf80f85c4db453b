"""The one scan of casualty cues over a document: every cue of ``rules.categories.CUES``
found in a linear RE2 pass, checked with Python's ``re``, less the uses that tell of no harm
("shot at from the bank", care in a hospital that hurt no one, "the tackle injured", "the
shooting of two films", ``rules.cue_context``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2

from rules.air_carried import air_carried_not_hurt
from rules.care_rows import AIR_CARRIED, BY_AIR, HOSPITAL_CARED
from rules.categories import CUES, Cue
from rules.cue_context import out_of_place
from rules.cue_fragments import KILLING_PLACE, KOW_LEFT
from rules.cue_spans import cue_at
from rules.cues import BIG_DFA
from rules.hospital_care import (
    RATED_CONDITION,
    UNPLACED_CARE,
    bare_admission_not_hurt,
    incident_near,
    not_hurt,
    rated_not_hurt,
    sport_near,
    unplaced_care_not_hurt,
)
from rules.hospital_subject import hospital_care_not_hurt
from rules.hyperbole import not_dead_yet
from rules.not_home import not_home_lost
from rules.numbers import re2_spans
from rules.poisoned import poisoned_not_hurt
from rules.scene_rows import LOST_LIMB

_NAMED = "|".join(f"(?P<c{i}>{cue.pattern})" for i, cue in enumerate(CUES))


#: Every cue in one regex; ``lastgroup`` names the cue that matched.
CUE_RE = re.compile(rf"\b(?:{_NAMED})\b", re.IGNORECASE)


# The same words without groups for RE2, whose DFA scans a whole article in one linear pass;
# Python's re would try every alternative at every position.
# The DFA gets 64 MB rather than RE2's 8 (``rules.cues.BIG_DFA``): at 8 it runs out of states
# on this many cues, falls back to its NFA, some 40 times slower, and logs an error per scan.
_SCAN = re2.compile(
    ("(?i)\\b(?:" + "|".join(cue.pattern for cue in CUES) + ")\\b").encode("ascii"), BIG_DFA
)


#: What keeps RE2 reading a text as Python does: ASCII with none of the characters where
#: RE2's ``\s`` differs from Python's (looked for in the encoded text: a byte search each,
#: where a regex tries every position).
_ODD_SPACES = (b"\v", b"\x1c", b"\x1d", b"\x1e", b"\x1f")


#: The bare "shot" cue, and what after it makes it "fired at", which tells of no one hit:
#: "a ferry was shot at from the far bank", "the clinic's windows have been shot at since
#: spring", "nobody enjoys being shot at." (English usage: to shoot at is to aim at).
#: "Shot at his home", "shot at close range" and "shot at least three people" stay
#: casualties.
SHOT = next(cue for cue in CUES if cue.pattern == "shot|gunned")
FIRED_AT = re.compile(
    r"(?<=shot)\s+at\s*(?:[.,;:!?)\"]|$|(?:from|by|near|since|but|and|while|without|repeatedly"
    r"|several\s+times|twice)\b)",
    re.IGNORECASE,
)


#: An adverb of a near miss right before a killed cue: "was nearly beaten to death", "almost
#: froze to death", "narrowly died", or a killing only tried ("the attempted murder of"):
#: the death did not happen (general English).
_NEAR_MISS = re.compile(
    r"\b(?:nearly|almost|narrowly)\s+(?:(?:was|were|been|being)\s+)?$"
    # "charged with the attempted murder of two officers", "a foiled assassination": a
    # killing tried, not done (general English of court and crime news)
    r"|\b(?:attempted|failed|foiled|thwarted|botched)\s+$",
    re.IGNORECASE,
)


#: After a killing verb, what makes it no death: a sentence passed or a figure burned on
#: someone absent ("executed in absentia", "hanged in effigy"), or an agent that kills only
#: in a figure of speech ("strangled by debt", "slain by critics", "killed by red tape").
#: Origin: general English of court, political and business news.
_NO_DEATH_AFTER = re.compile(
    r"\s+(?:in\s+(?:absentia|effigy)|by\s+(?:(?:the|its|his|her|their)\s+)?(?:(?:mounting"
    r"|crushing|heavy|harsh|hostile)\s+)?(?:debts?|critics|reviewers|red\s+tape|bureaucracy"
    r"|regulations|paperwork))\b",
    re.IGNORECASE,
)


#: "bodies" that are organisations or things, not the dead: "two regulatory bodies", "the
#: sport's governing bodies", "heavenly bodies", "water bodies" (general English; the words
#: are the usual modifiers of "body" as an institution or an object).
_NOT_CORPSES = re.compile(
    r"\b(?:regulatory|governing|oversight|advisory|professional|legislative|statutory"
    r"|supervisory|disciplinary|standards?|accreditation|representative|elected|sporting"
    r"|sports|student|industry|trade|judicial|administrative|international|intergovernmental"
    r"|government|state|federal|public|local|civic|religious|funding|examining|umpiring"
    r"|heavenly|celestial|water|foreign)\s+$",
    re.IGNORECASE,
)

#: The bodies of the living, hurt: "burns over much of their bodies", "burns to their
#: bodies", "cuts across their arms and bodies" (general English of injury reports).
_LIVING_BODIES = re.compile(
    r"\b(?:over|on|across|covering|to|all\s+over|half(?:\s+of)?"
    r"|(?:percent|per\s+cent|%|most|much|parts?)\s+of)\s+(?:their|his|her|our)\s+"
    r"(?:[a-z]+\s+and\s+)?$",
    re.IGNORECASE,
)


def _near_miss(cue: Cue, match: re.Match[str]) -> bool:
    """A killed cue after "nearly" or "almost" ("Two hikers nearly froze to death"), one
    whose sense after it is legal or figurative (``_NO_DEATH_AFTER``, ``rules.hyperbole``:
    "nobody here is dead yet"), or "bodies" that are
    organisations ("two regulatory bodies", ``_NOT_CORPSES``) or of the living ("burns over
    much of their bodies", ``_LIVING_BODIES``)."""
    start = match.start()
    return cue.category == "killed" and bool(
        _NEAR_MISS.search(match.string, max(0, start - 24), start)
        or not_dead_yet(match.string, start, match.end())  # "nobody here is dead yet"
        or _NO_DEATH_AFTER.match(match.string, match.end())
        or (
            match.group().lower().startswith("bodies")
            and (
                _NOT_CORPSES.search(match.string, max(0, start - 20), start)
                or _LIVING_BODIES.search(match.string, max(0, start - 50), start)
            )
        )
    )


#: The places of care a wounded cue may name ("taken to hospital", "to a clinic").
_CARE_PLACES = (
    "hospital",
    "clinic",
    "center",
    "centre",
    "post",
    "treatment",
    "attention",
    " treated",
)


#: A limb lost ("had lost a leg"): hurt only where an incident is told, or the hurt in care
#: just before it ("nine of the patients had lost a leg").
_HURT_NEAR = re.compile(
    r"\b(?:patients|wounded|injured|casualties|victims|critical|confined|hospitals?)\b",
    re.IGNORECASE,
)


#: A hurt denied by "without" right before it: "escaped without serious injuries", "walked
#: away without any injury" (general English): no one hurt, not a count of the hurt.
_WITHOUT = re.compile(
    r"\bwithout\s+(?:any\s+)?(?:(?:serious|major|significant|visible|life-threatening)\s+)?$",
    re.IGNORECASE,
)


#: Places of custody a care row's "taken to X with injuries" may name (general English).
_CUSTODY = re.compile(r"\b(?:jail|prison|station|court|precinct|headquarters|lockup)\b")


#: What after a care cue makes it no care: "first aid training", "first aid kits", "critical
#: of the bill" (general English).
_CARE_OTHERWISE = re.compile(
    r"\s+(?:training|kits?|courses?|classes|stations?|posts?|supplies|certificates?|of)\b",
    re.IGNORECASE,
)


#: The auxiliary before a bare "treated" and the clause's end after it (review50c).
_AUXILIARY = re.compile(r"\b(?:been|were|was)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.;,]|$)")


def _not_hurt(cue: Cue, match: re.Match[str]) -> bool:
    """A care cue that tells of no harm (``rules.hospital_care``): one naming a place of care
    ("taken to hospital as a precaution"), or care with none ("treated at the scene for heat
    exhaustion", "covid patients on ventilators"); a hurt "without" ("escaped without
    injuries")."""
    if cue.category != "wounded":
        return False
    low = match.group().lower()
    start, end = match.start(), match.end()
    if _WITHOUT.search(match.string, max(0, start - 40), start):
        return True
    if " with " in low and _CUSTODY.search(low):
        return True  # "taken to the county jail with minor injuries": custody, not care
    if low == "admitted":
        return bare_admission_not_hurt(match.string, start, end)
    if cue.pattern == HOSPITAL_CARED:  # "the hospital admitted 30 passengers"
        return hospital_care_not_hurt(match.string, start, end)
    if low == "poisoned":  # "people were poisoned", not "the well was poisoned"
        return poisoned_not_hurt(match.string, start, end)
    if cue.pattern in (AIR_CARRIED, BY_AIR):  # "flown by helicopter to": an incident's hurt
        return air_carried_not_hurt(match.string, start, end)
    if low == "treated":  # a bare "had been treated.": care only at its clause's end after
        return not (  # an auxiliary, where an incident is told (not "treated as suspects")
            _AUXILIARY.search(match.string, max(0, start - 12), start)
            and _CLAUSE_END.match(match.string, end)
            and incident_near(match.string, start, end)
        )
    if cue.pattern == LOST_LIMB:  # "had lost a leg": in a story of an incident, not "years ago"
        return match.string[end : end + 3].lower() == " of" or not (
            incident_near(match.string, start, end)
            or _HURT_NEAR.search(match.string, max(0, start - 200), start)
        )
    if "heat" in low and sport_near(match.string, start, end):
        return True  # "two players were treated for heat exhaustion at half-time"
    if low.endswith("irritation"):  # "treated for eye irritation": after a leak, not pollen
        return not incident_near(match.string, start, end)
    if RATED_CONDITION.search(low):  # "120 of the bridges are in fair condition"
        return rated_not_hurt(match.string, start, end)
    if ("first aid" in low or "stated" in low) and _CARE_OTHERWISE.match(match.string, end):
        return True  # "given first aid training", "stated to be critical of the bill"
    if any(place in low for place in _CARE_PLACES) and not_hurt(match.string, start, end):
        return True
    return UNPLACED_CARE.match(" ".join(low.split())) is not None and unplaced_care_not_hurt(
        match.string, start, end
    )


def scan_cues(text: str) -> Iterator[tuple[int, int, Cue]]:
    """Every cue in ``text`` with its offsets: the one prefilter run over a whole document.

    >>> [(s, e, c.category) for s, e, c in scan_cues("Two died; 40 were injured.")]
    [(4, 8, 'killed'), (18, 25, 'wounded')]
    """
    # One byte per character, so byte offsets are character offsets.
    data = text.encode("ascii", "replace")
    plain = text.isascii() and not any(odd in data for odd in _ODD_SPACES)
    for start, end in re2_spans(_SCAN, data):
        found = cue_at(text, data, start, end) if plain else None
        if found is None:
            match = CUE_RE.match(text, start)
            found = (match, cue_for(match)) if match is not None else None
        if found is not None:
            match, cue = found
            if cue is SHOT and FIRED_AT.match(text, match.end()):
                continue
            if _not_hurt(cue, match) or _near_miss(cue, match) or _how_the_dead_died(cue, match):
                continue
            if cue.category == "missing" and _not_lost(match):
                continue
            if cue is DEAD_AND_HURT and _verb_after(match):
                yield from _parts(text, match)  # "left five dead and wounded several others"
                continue
            if out_of_place(text, match.start(), match.end()):
                if cue is PLACED_KILLING:
                    yield from _inside(text, match)
                continue
            yield match.start(), match.end(), cue


#: "Officials put the toll at nine and said three of them were crushed in the rush": how a
#: part of the dead told before died, no hurt of its own (general English of tolls). Only a
#: manner of death, and only where the count "them" stands for is of the dead: "six were
#: killed", "the toll at nine" (not "40 patients arrived after the attack that
#: killed nine, and 11 of them were seriously wounded").
_PART_OF_THEM = re.compile(
    r"\b(?:of\s+(?:them|whom)|of\s+the\s+(?:dead|victims))\s+(?:had\s+been|have\s+been"
    r"|were|was)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_MANNER = re.compile(
    r"(?:trampled|crushed|stabbed|shot|hit|struck|burned|burnt|beaten|hacked|electrocuted)\b",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b",
    re.IGNORECASE,
)
_DEAD_AFTER_COUNT = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:killed|dead|died)\b",
    re.IGNORECASE,
)
_DEAD_BEFORE_COUNT = re.compile(
    r"\b(?:dead|deaths|toll)\s+(?:at|to|stood\s+at|rose\s+to)\s+$", re.IGNORECASE
)


def _how_the_dead_died(cue: Cue, match: re.Match[str]) -> bool:
    if cue.category not in ("wounded", "killed_or_wounded") or not _MANNER.match(match.group()):
        return False
    text, start = match.string, match.start()
    part = _PART_OF_THEM.search(text, max(0, start - 40), start)
    if part is None:
        return False
    opening = max(text.rfind(".", 0, start), text.rfind(";", 0, start)) + 1
    counts = list(_COUNT.finditer(text, opening, part.start()))
    if len(counts) < 2:
        return False
    whole = counts[-2]  # the count before the part's own figure
    return bool(
        _DEAD_AFTER_COUNT.match(text, whole.end())
        or _DEAD_BEFORE_COUNT.search(text, max(0, whole.start() - 24), whole.start())
    )


#: People not found "for comment" or "by phone" were not reached, not lost (review40c).
_UNREACHED = re.compile(
    r"\s+(?:for\s+(?:comment|questioning|an?\s+interview)|by\s+(?:tele)?phone|to\s+comment)\b",
    re.IGNORECASE,
)
#: "people we cannot find shelter for": "find" with an object of its own lacks a thing.
_FIND_WHAT = re.compile(
    r"\s+(?!(?:in|at|on|anywhere|yet|so|and|or|but|because|after|since|among|under)\b)[a-z]",
    re.IGNORECASE,
)
#: People who "were under the rubble" in a relative clause or for a span were found since.
_FOUND_SINCE = re.compile(r"[^.;]{0,60}?\b(?:for\s+(?:\w+\s+)?(?:hours|days)|before|until)\b")
_WHO_WERE = re.compile(r"\b(?:who|that)\s+$", re.IGNORECASE)


def _not_lost(match: re.Match[str]) -> bool:
    text, start, end = match.string, match.start(), match.end()
    low = match.group().lower()
    if low.endswith(("home", "back")):  # "have not come home", ``rules.not_home``
        return not not_home_lost(text, start, end)
    if low.endswith(("found", "located", "traced", "find", "locate", "trace")):
        if _UNREACHED.match(text, end):
            return True
        return low.endswith(("find", "locate", "trace")) and bool(_FIND_WHAT.match(text, end))
    if low.startswith("were"):
        before = text[max(0, start - 8) : start]
        return bool(_WHO_WERE.search(before) or _FOUND_SINCE.match(text, end))
    return False


#: "the assassination in Orsk of": a killing noun, a place and "of" (``rules.categories``).
PLACED_KILLING = next(cue for cue in CUES if KILLING_PLACE in cue.pattern)


def _inside(text: str, placed: re.Match[str]) -> Iterator[tuple[int, int, Cue]]:
    """The cue inside a placed killing whose "in ..." is no place: in all-capital copy, where
    every word has the capital of a place, "MURDER IN THE DEATH OF" keeps its "DEATH OF"."""
    match = CUE_RE.search(text, placed.start() + 1)
    if match is None or match.start() >= placed.end():
        return
    cue = cue_for(match)
    if _not_hurt(cue, match) or _near_miss(cue, match):
        return
    if not out_of_place(text, match.start(), match.end()):
        yield match.start(), match.end(), cue


def cue_for(match: re.Match[str]) -> Cue:
    """The ``Cue`` whose pattern produced ``match`` (a match of ``CUE_RE``)."""
    name = match.lastgroup
    assert name is not None
    return CUES[int(name[1:])]


#: "dead and wounded", "killed or injured": the compound of the dead and the hurt.
DEAD_AND_HURT = next(cue for cue in CUES if cue.pattern.startswith(KOW_LEFT + r"\s+(?:or|and"))
#: After "dead and wounded", a count: "wounded" is then a verb with its object ("left five
#: dead and wounded several others", "left 12 dead and wounded 30"), not part of the
#: compound (only after "dead": "killed and wounded 12 soldiers" is one verb of both).
_VERB_AFTER = re.compile(
    r"\s+(?:\d|(?:several|dozens|scores|hundreds|many|at\s+least|more\s+than|two|three|four"
    r"|five|six|seven|eight|nine|ten|another)\b)",
    re.IGNORECASE,
)


def _verb_after(compound: re.Match[str]) -> bool:
    words = compound.group().lower().split()
    return (
        words[0] == "dead"
        and words[-1] in ("wounded", "injured")
        and _VERB_AFTER.match(compound.string, compound.end()) is not None
    )


def _parts(text: str, compound: re.Match[str]) -> Iterator[tuple[int, int, Cue]]:
    """The two cues of a compound read apart: its first word ("dead"), then the verb."""
    first = CUE_RE.match(text, compound.start(), compound.start() + 4)
    if first is not None:
        yield first.start(), first.end(), cue_for(first)
    rest = CUE_RE.search(text, compound.start() + 5, compound.end())
    if rest is not None:
        yield rest.start(), rest.end(), cue_for(rest)
