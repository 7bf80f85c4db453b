"""CB29: a headline's bare person before a count: "kills wife, 2 children"."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.listed_singles import bare_lead
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: A headline's verb in the present and a bare singular person as its object, then no
#: possessive: "Crash kills man on Route 9", "Officer fatally shoots teen", and a name after
#: the person is the same one person ("Gunman kills officer Ana Ruiz", headline English).
_HEADLINE_OBJECT = re.compile(
    r"\s+(?P<noun>[a-z-]+)\b(?!['’]s|(?:\s+[A-Z][\w.-]*){1,3}['’](?:s\b|\s))"
)
_PRESENT = ("kills", "slays", "shoots", "stabs", "wounds", "injures")
#: The same in a title-case headline ("Crash Kills Man On Route 9"): every word capitalised,
#: so no name can be told apart; only the possessive is checked.
_TITLE_OBJECT = re.compile(r"\s+(?P<noun>[A-Z][a-z-]+)\b(?!['’]s)")


class BarePersonBeforeCount(ExtraRule):
    """CB29 · "Man kills wife, 2 children" is the wife killed besides the two children, and
    "Crash kills man" one man killed.

    A headline lists the victims of its verb without articles; the count after the person
    is bound to the verb (``listed_singles.bare_lead``), the person before it is one
    victim of the same verb. Only a killing or wounding verb, only a person noun, and only
    when a count of people is bound right after it (general English of headlines).
    """

    code = "CB29"
    casualty = True  # it binds only killed/wounded cues
    examples = (
        ("Farmer kills wife, 3 nephews in land dispute", {"category": "killed", "min": 1}),
        ("Crash kills man on Route 9", {"category": "killed", "group": "man"}),
        # an age after the person is no count: one girl
        ("Driver fatally shoots girl, 15, after crash", {"min": 1, "group": "girl"}),
        ("Gunman wounds guard, 4 shoppers at Orme mall", {"group": "guard"}),
        # a colon-led headline, and a name after the person: still one person
        ("Police: gunman kills deputy Ana Ruiz", {"category": "killed", "min": 1}),
        ("Crash Kills Man On Route 9", {"category": "killed", "min": 1, "group": "Man"}),
        ("Driver kills man, woman at Orme crossing", {"category": "killed", "group": "woman"}),
    )
    counter_examples = (
        # a name or an owner after the noun: read by other rules or no person
        "Driver kills man's dog on Elm Street",
        "Driver kills neighbor Ana Ruiz's dog on Elm Street",
        "Storm Kills Power To 3,000 Homes",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        result = _headline_objects(sent, found)
        for binding in found:
            cue = binding.cue
            if cue.cue.after != "object" or cue.cue.category not in ("killed", "wounded"):
                continue
            bare = bare_lead(text[cue.end : binding.figure.start])
            if bare is None:
                continue
            start, end = cue.end + bare.start("noun"), cue.end + bare.end("noun")
            one = _one_person(text, cue, (start, end), found + result)
            if one is not None:
                result.append(one)
        return result


def _headline_objects(sent: SentenceParse, found: list[Binding]) -> list[Binding]:
    """ "Crash kills man", "Officer fatally shoots teen": one person, the bare object of a
    headline's present-tense killing or wounding verb."""
    text, result = sent.text, []
    for cue in sent.cues.hits:
        word = text[cue.start : cue.end].lower()
        if cue.cue.category not in ("killed", "wounded") or not word.endswith(_PRESENT):
            continue
        title = text[cue.end - len(word.split()[-1])].isupper()
        bare = (_TITLE_OBJECT if title else _HEADLINE_OBJECT).match(text, cue.end)
        noun = bare["noun"].lower() if bare else ""
        if bare is None or noun not in PERSON_NOUNS or noun.endswith("s"):
            continue
        one = _one_person(text, cue, bare.span("noun"), found)
        if one is not None:
            result.append(one)
            result += _more_people(text, cue, bare.end("noun"), found)
    return result


#: A second bare person listed after the first: "kills man, woman", "shoots mother and son".
_AND_ONE_MORE = re.compile(r"(?:\s*,\s*|\s+and\s+)(?P<noun>[a-z-]+)\b(?!['’]s|\s+[A-Z])")


def _more_people(text: str, cue: CueHit, end: int, taken: list[Binding]) -> list[Binding]:
    """The bare persons listed after a headline's first one, each one person more."""
    more = []
    for _ in range(3):
        person = _AND_ONE_MORE.match(text, end)
        if person is None or person["noun"] not in PERSON_NOUNS:
            break
        one = _one_person(text, cue, person.span("noun"), taken)
        if one is not None:
            more.append(one)
        end = person.end("noun")
    return more


def _one_person(
    text: str, cue: CueHit, span: tuple[int, int], taken: list[Binding]
) -> Binding | None:
    """One person, the noun at ``span``, counted by ``cue``; None when a binding in ``taken``
    counts it already ("kills wife, self": CB09)."""
    start, end = span
    if any(b.figure.start <= start < b.figure.end for b in taken):
        return None
    figure = FigureSpan(start, end, Figure(1, 1, "exact", text[start:end]))
    return Binding(figure, cue, text[start:end], start - cue.end)
