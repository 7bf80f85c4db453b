"""The main verb after a relative clause governs a figure, not the clause's own cue.

"Two medics who crossed the river were hurt": "crossed" is a cue of troops moving,
but it sits in a relative clause that only picks the medics out; the sentence's predicate,
"were hurt", tells what it says of them. Likewise "the 12 miners who were trapped were
rescued" (rescued) and "two soldiers who crossed the river were killed" (killed), and after a noun
of the state, a participle with its agent ("seven hostages kept by the gang were freed":
rescued, ``predicate_after_noun``). Origin:
general English grammar (a restrictive relative clause modifies its noun; the predicate
follows it) as news reports use it. The clause of being shot is
``rules.claims.relative_fate``'s: there the main verb settles killed or wounded; so is the
clause of being hurt ("two women who were injured in the crash died": killed), but for a death
the clause told and the predicate undoes ("two climbers who had been declared dead were found
alive": rescued).
"""

from __future__ import annotations

import re

from rules.claims.lexicon import is_ing_participle
from rules.claims.parts import CueHit, Cues
from rules.claims.told_states import TOLD

#: A verb that tells a state someone was listed in, before the state's cue: "listed among
#: the dead", "reported missing", "declared dead", "feared dead".
_TOLD_AS = rf"(?:{'|'.join(sorted(TOLD))})\s+(?:among\s+the\s+|as\s+|to\s+be\s+)?"
#: The group and a relative pronoun, with an optional passive auxiliary, right before the
#: clause's cue: " troopers who", " miners who were", " people that had been".
_RELATIVE_BEFORE = re.compile(
    # the group's words: no verb ("two aid agencies reported that ..." is a report) and no
    # clause word
    r"(?:\s+(?!(?:and|but|or|who|that|which|said|says|say|told|tell|tells|when|while|after"
    r"|before)\b)(?![\w'-]*ed\b)[\w'-]+){1,5}"
    # set off by commas too: "Three soldiers, who had been posted at the post, were" (45th)
    r"(?:(?:,\s+who|\s+(?:who|that))\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:also\s+)?"
    # a state they were told in: "who had been listed among the dead", "reported missing",
    # "declared dead" (review51c; general English of disaster follow-ups)
    r"(?:" + _TOLD_AS + r")?"
    # ... or the state's reduced clause with no "who": "two sailors reported dead" (review51e)
    r"|\s+" + _TOLD_AS + r")",
    re.IGNORECASE,
)
#: A reduced relative clause of an "-ing" participle right after the group: "11 people
#: sheltering at a kiln were killed", "40 workers staying in the camp were evacuated"
#: (``lexicon.is_ing_participle``): the group's words only before it.
_GROUP_ONLY = re.compile(r"(?:\s+(?!(?:and|but|or|who|that|which)\b)[\w'-]+){1,3}\s+", re.I)
#: Between the clause's cue and the predicate: the clause's own adjuncts (up to eight words,
#: no clause word: "the home", "the river on Sunday"), then the predicate's auxiliary
#: ("were", "have since been", "had all been").
_PREDICATE_GAP = re.compile(
    r"(?:\s+(?!(?:and|but|or|where|when|while|after|before|as|because|said|says|told|who"
    r"|that|which|were|was|are|is|have|has|had)\b)[\w'-]+){0,8}?,?"
    r"\s+(?:were|was|are|is|have|has|had)(?:\s+(?:all|both|also|since|later|now|then|each))?"
    r"(?:\s+been)?(?:\s+(?:all|both|also|since|later|now|then))?"
    # "were found dead", "were later reported missing", "are feared dead" (round 9)
    r"(?:\s+(?:found|reported|confirmed|feared|presumed|believed))?\s+",
    re.IGNORECASE,
)

#: The clause cues left to ``relative_fate`` ("two men who were shot died") and to the
#: merge's corrections ("three workers who were hurt have since died").
_HARMED = frozenset(("killed", "wounded", "killed_or_wounded"))
#: Predicates that tell no fate of the people picked out: "were sent home" (a deployment's
#: verb), so the clause's own cue stays.
_NO_FATE = frozenset(("deployed",))


def main_predicate(text: str, figure_end: int, cues: Cues, index: int) -> CueHit | None:
    """The predicate's cue when cue ``index`` after a figure (ending at ``figure_end``) is
    inside a relative clause on the figure's group and a passive predicate of another
    category follows the clause; else ``None``."""
    cue = cues.hits[index]
    if index + 1 >= len(cues.hits):
        return None
    if cue.cue.category in _HARMED and not _found_alive(text, cue, cues.hits[index + 1]):
        return None  # the hurt's clause: ``relative_fate`` and the merge settle their fate
    if not (
        _RELATIVE_BEFORE.fullmatch(text, figure_end, cue.start)
        or (
            is_ing_participle(text[cue.start : cue.end].split()[0])
            and _GROUP_ONLY.fullmatch(text, figure_end, cue.start)
        )
    ):
        return None
    main = cues.hits[index + 1]
    if not main.cue.before or main.cue.category in (cue.cue.category, *_NO_FATE):
        return None  # "the 40 workers who were evacuated were sent home": no fate told
    if not _PREDICATE_GAP.fullmatch(text, cue.end, main.start):
        return None
    return main


def _found_alive(text: str, clause: CueHit, main: CueHit) -> bool:
    """Does the predicate undo the death the clause told: "two climbers who had been declared
    dead were found alive" (rescued, not killed)?"""
    alive = "alive" in text[main.start : main.end].lower()
    return clause.cue.category == "killed" and main.cue.category == "rescued" and alive


#: A reduced relative clause after a noun cue, up to the predicate's auxiliary: " held by the
#: rebels were", " seized by gunmen in May have been".
_REDUCED_AGENT = re.compile(r"\s+[A-Za-z]+\s+by" + _PREDICATE_GAP.pattern, re.IGNORECASE)


def predicate_after_noun(text: str, noun_end: int, cues: Cues, index: int) -> CueHit | None:
    """The predicate's cue when the noun cue ``index`` ("hostages", ending at ``noun_end``)
    is followed by a participle with its agent and a passive predicate of another category:
    "seven hostages kept by the gang were set free"; else ``None``."""
    noun = cues.hits[index]
    if noun.cue.after != "toll":
        return None
    for later in cues.hits[index + 1 : index + 3]:
        if not later.cue.before or later.cue.category in (noun.cue.category, *_NO_FATE):
            continue
        if _REDUCED_AGENT.fullmatch(text, noun_end, later.start):
            return later
    return None
