"""CB86: people taken earlier in the sentence and then killed by a verb whose object is
"them" ("gunmen seized three teachers and later killed them")."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.groups import following_group
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.claims.patterns import ONE_AND_BEFORE
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import FigureSpan

#: The verb's object "them", with "dead" or "all" after it ("shot them dead", "killed them
#: all"). Origin: general English of news reports of abductions and massacres, where the
#: victims are told first as the object of a seizing verb and the killing comes after "and".
_THEM = re.compile(r"\s+them(?P<rest>(?:\s+(?:all|both|dead))*)\b", re.IGNORECASE)
#: Between the people and the killing verb: the rest of their clause, then "and" (with
#: "later", "then" or the like), no sentence or clause break and no other subject.
_AND_THEN = re.compile(
    r"^[^.;:!?\"]{0,80}?\band\s+(?:(?:later|then|subsequently|afterwards|allegedly)\s+)?$",
    re.IGNORECASE,
)


class KilledThem(ExtraRule):
    """CB86 · People counted as the object of an earlier verb and then killed by a verb whose
    object is "them" are killed: "gunmen seized three teachers and later killed them" is also
    killed 3; "dragged a farmer and his two sons from their house and shot them dead" is
    killed 1 and 2.
    """

    code = "CB86"
    words = ("them",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "Gunmen seized three teachers on the road and later killed them, police said.",
            {"category": "killed", "min": 3, "group": "teachers"},
        ),
        (
            "Gunmen dragged a farmer and his two sons from their house and shot them dead.",
            {"category": "killed", "min": 2, "group": "sons"},
        ),
        (
            "REBELS ABDUCTED 12 VILLAGERS AND EXECUTED THEM.",
            {"category": "killed", "min": 12, "group": "VILLAGERS"},
        ),
    )
    counter_examples = (
        # "them" is not the people counted: another clause stands between
        "Police found three rifles; the gang had used them.",
        # things, not people
        "Soldiers seized three trucks and burned them.",
        # the people did the killing
        "Three gunmen stormed the bank. A guard shot them dead.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        bound = {b.figure.start for b in (*sent.bound.values(), *found) if _harmed(b)}
        result: list[Binding] = []
        for cue in sent.cues.hits:
            them = _THEM.match(text, cue.end)
            if them is None or not cue.cue.transitive or not _hurts(cue):
                continue
            killed = _killed_by(sent, cue, them)
            for figure in _people_before(sent, cue):
                if figure.start not in bound:
                    group = following_group(text[figure.end :])
                    result.append(Binding(figure, killed, group, cue.start - figure.end))
        return result


def _harmed(binding: Binding) -> bool:
    return binding.cue.cue.category in CASUALTY_CATEGORIES


def _hurts(cue: CueHit) -> bool:
    return cue.cue.category in CASUALTY_CATEGORIES


def _killed_by(sent: SentenceParse, cue: CueHit, them: re.Match[str]) -> CueHit:
    """The cue that tells the fate: "dead" after "shot them" makes it a killing."""
    if "dead" in them["rest"].lower():
        index = sent.cues.first_from(them.start("rest"))
        if index is not None and sent.cues.hits[index].cue.category == "killed":
            return sent.cues.hits[index]
    return cue


def _people_before(sent: SentenceParse, cue: CueHit) -> list[FigureSpan]:
    """The counts of people in the clause before "and <cue> them", and a single person joined
    to the first of them by "and" ("a farmer and his two sons")."""
    text = sent.text
    people: list[FigureSpan] = []
    for figure in sent.figures:
        if figure.end > cue.start or not _AND_THEN.match(text[figure.end : cue.start]):
            continue
        group = following_group(text[figure.end :])
        head = group.split()[-1].lower() if group else ""
        if not (is_human_plural(head) or head in PERSON_NOUNS):
            continue
        one = ONE_AND_BEFORE.search(text, max(0, figure.start - 60), figure.start)
        if one is not None and one["noun"].lower() in PERSON_NOUNS and not people:
            start, end = one.span("one")
            people.append(FigureSpan(start, end, Figure(1, 1, "exact", text[start:end])))
        people.append(figure)
        break  # the nearest clause's people: "and later killed them" refers to them
    return people
