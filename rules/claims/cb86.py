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
_THEM = re.compile(
    r"\s+(?P<pronoun>them|him|her)(?P<rest>(?:\s+(?:all|both|dead))*)\b(?!\s*-)", re.IGNORECASE
)
#: Between the people and the killing verb: the rest of their clause, then "and" (with
#: "later", "then" or the like), no sentence or clause break and no other subject.
_AND_THEN = re.compile(
    r"^[^.;:!?\"]{0,80}?\band\s+(?:(?:later|then|subsequently|afterwards|allegedly)\s+)?$",
    re.IGNORECASE,
)
#: Or the rest of their clause and a comma before a participle: "fired at a woman, wounding
#: her", "ambushed two guards, killing them" (general English of news).
_COMMA_THEN = re.compile(r"^[^.;:!?\"]{0,80}?,\s*$")


class KilledThem(ExtraRule):
    """CB86 · People counted as the object of an earlier verb and then killed by a verb whose
    object is "them" are killed: "gunmen seized three teachers and later killed them" is also
    killed 3; "dragged a farmer and his two sons from their house and shot them dead" is
    killed 1 and 2. The same with a participle after a comma ("fired at a woman, wounding
    her"); "him" or "her" stands for one person.
    """

    code = "CB86"
    words = ("them", "him", "her")  # the engine's gate, ``ExtraRule.words``
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
        (
            "A SOLDIER FIRED AT A CIVILIAN WOMAN, WOUNDING HER IN THE LEG.",
            {"category": "wounded", "min": 1, "group": "CIVILIAN WOMAN"},
        ),
    )
    counter_examples = (
        # "them" is not the people counted: another clause stands between
        "Police found three rifles; the gang had used them.",
        # things, not people
        "Soldiers seized three trucks and burned them.",
        # the people did the killing
        "Three gunmen stormed the bank. A guard shot them dead.",
        # "her" is none of them: a plural before
        "Two guards fired at the car, wounding her.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        bound = {b.figure.start for b in (*sent.bound.values(), *found) if _harmed(b)}
        result: list[Binding] = []
        for cue in sent.cues.hits:
            them = _THEM.match(text, cue.end)
            if them is None or not _hurts(cue):
                continue
            gerund = text[cue.start : cue.end].lower().endswith("ing")
            if not (cue.cue.transitive or (gerund and cue.cue.after == "object")):
                continue
            if any(them.start("pronoun") <= b.figure.start < them.end() for b in found):
                continue  # "killing her": the pronoun is counted already (CB09)
            killed = _killed_by(sent, cue, them)
            one = them["pronoun"].lower() != "them"  # "him", "her": one person
            if one:
                person = _one_before(text, cue) if gerund else None
                if person is not None and person[0].start not in bound:
                    result.append(Binding(person[0], killed, person[1], cue.start - person[0].end))
                continue
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


#: One person told by a noun, the object of a verb or a preposition before it: "fired at a
#: civilian woman", "attacked a farmer" (not the subject: "a gunman fired, wounding him").
_ONE_PERSON = re.compile(
    # a look-ahead, so that matches may overlap ("fired a rifle at a woman")
    r"(?=\b(?P<before>at|on|upon|against|into|shot|hit|struck|[a-z]+ed)\s+(?P<det>an?|one)\s+"
    r"(?P<group>(?:[\w'-]+\s+){0,2}[A-Za-z]+))",
    re.IGNORECASE,
)


def _one_before(text: str, cue: CueHit) -> tuple[FigureSpan, str] | None:
    """The nearest person told by a noun before ", <cue>ing him/her" ("fired at a civilian
    woman, wounding her"), with its group; none when another person is told between ("a man
    attacked his neighbor, wounding him")."""
    found = None
    for match in _ONE_PERSON.finditer(text, max(0, cue.start - 120), cue.start):
        words = match["group"].split()
        while words and words[-1].lower() not in PERSON_NOUNS:
            words.pop()  # "a civilian woman with" -> "a civilian woman"
        if words:
            found = (match, " ".join(words))
    if found is None:
        return None
    match, group = found
    end = text.index(group, match.start("group")) + len(group)
    gap = text[end : cue.start]
    if not _COMMA_THEN.match(gap) or any(
        w.lower() in PERSON_NOUNS or is_human_plural(w.lower()) for w in gap.split()
    ):
        return None
    start, det_end = match.span("det")
    return FigureSpan(start, det_end, Figure(1, 1, "exact", match["det"])), group


def _people_before(sent: SentenceParse, cue: CueHit) -> list[FigureSpan]:
    """The nearest count of people in the clause before "and <cue> them" (or ", <cue>ing
    them"), and a single person joined to it by "and" ("a farmer and his two sons")."""
    text = sent.text
    people: list[FigureSpan] = []
    comma = text[cue.start : cue.end].lower().endswith("ing")
    for figure in reversed(sent.figures):
        gap = text[figure.end : cue.start]
        if figure.end > cue.start:
            continue
        if not (_AND_THEN.match(gap) or (comma and _COMMA_THEN.match(gap))):
            continue
        group = following_group(text[figure.end :])
        head = group.split()[-1].lower() if group else ""
        if not (is_human_plural(head) or head in PERSON_NOUNS):
            continue
        single = ONE_AND_BEFORE.search(text, max(0, figure.start - 60), figure.start)
        if single is not None and single["noun"].lower() in PERSON_NOUNS and not people:
            start, end = single.span("one")
            people.append(FigureSpan(start, end, Figure(1, 1, "exact", text[start:end])))
        people.append(figure)
        break  # the nearest clause's people: "and later killed them" refers to them
    return people
