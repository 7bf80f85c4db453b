"""CB85: names listed right after a plural noun of people in the object of a killing
("killed journalists Ivo Sarn and Tomas Brel", "the massacre of the monks A, B and C")."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.lists import listed_people, person_binding
from rules.claims.parts import Binding, SentenceParse, object_cues, taken_spans
from rules.nouns import is_human_plural

#: After the cue: an optional "the" and up to two modifiers before the plural noun, which is
#: the names' common title ("the aid workers", "JESUIT PRIESTS"). Origin: general English of
#: news reports, where a plural title stands before the names it covers as a singular one
#: does before one name ("journalist Ivo Sarn").
_PLURAL_TITLE = re.compile(
    r"\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?(?P<noun>[A-Za-z][\w-]*s)(?=\s)", re.IGNORECASE
)
#: What joins the last name: "and" (the list is closed).
_AND = re.compile(r"\band\b", re.IGNORECASE)
#: A plural verb after the names makes them a subject of their own; a singular one agrees
#: with the cue's noun ("the murder of journalists A and B was condemned").
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:were|are|have|said|told|remain)\b", re.IGNORECASE)


class NamesAfterPluralTitle(ExtraRule):
    """CB85 · Names listed right after a plural noun of people in the object of a casualty cue
    are each one victim: "soldiers killed journalists Ivo Sarn and Tomas Brel" is 2 × killed
    1; "the massacre of the monks A, B and C" 3 × 1. A count before the noun is CB31's ("two
    lawyers, A and B"); one name after a singular title is CB14's ("journalist Ivo Sarn").
    """

    code = "CB85"
    words = (" and ",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "Soldiers killed journalists Ivo Sarn and Tomas Brel near the border.",
            {"category": "killed", "min": 1, "figure_text": "Tomas Brel"},
        ),
        (
            "The killing of the monks Ivo Sarn, Tomas Brel and Pavel Osk shocked the town.",
            {"category": "killed", "min": 1, "figure_text": "Pavel Osk"},
        ),
        (
            "THE MASSACRE OF THE VILLAGE ELDERS IVO SARN AND TOMAS BREL WAS DENOUNCED.",
            {"category": "killed", "min": 1, "figure_text": "IVO SARN"},
        ),
    )
    counter_examples = (
        # the names are the subject of a clause of their own
        "After the killing of the guards, officers Ivo Sarn and Tomas Brel were suspended.",
        # no plural noun of people before the names
        "The floods killed cattle in Orsk and Velk.",
        # one name: a plural title before it is no list
        "Soldiers killed journalists near Ivo Sarn's farm.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text, upper = sent.text, sent.text.isupper()
        taken = taken_spans(sent, found)
        result: list[Binding] = []
        for cue in object_cues(sent.cues.hits):
            title = _PLURAL_TITLE.match(text, cue.end)
            if title is None or not is_human_plural(title["noun"]):
                continue
            people = listed_people(text, title.end(), upper, verb_after=_PLURAL_VERB_AFTER)
            if len(people) < 2 or not _AND.search(text, people[-2][1], people[-1][0]):
                continue
            for start, end in people:
                if not any(s < end and start < e for s, e in taken):
                    result.append(person_binding(text, (start, end), cue))
        return result
