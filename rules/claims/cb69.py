"""CB69: an event that "left" a named person dead or hurt."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.lists import person_binding
from rules.claims.named import name_at
from rules.claims.parts import Binding, CueHit, SentenceParse, taken_spans
from rules.cue_fragments import HARM_EVENTS

#: "left", then an optional age ("18-year-old"), then the name's place: the name is read by
#: ``name_at`` from the whitespace before it.
_LEFT = re.compile(
    r"\b(?:left|leaving|leaves)(?:\s+(?:a\s+)?\d{1,3}-(?:year|month)s?-old)?(?=\s)", re.IGNORECASE
)
#: What the name was left: dead, or hurt. An age in commas may come first ("left Ana Ruiz,
#: 19, dead"). From the usual wording of crime and accident reports: an event "left" its
#: victim dead, "critically injured" or "with serious injuries".
_STATE = re.compile(
    r"(?:\s*,\s*\d{1,3}\s*,)?\s+(?:(?P<dead>dead)"
    # "dead" as a state, not an idiom ("dead quiet", "dead set"): a break or a preposition
    r"(?=\s*(?:[,.;:!?]|$|\s+(?:in|at|on|after|from|inside|outside|following|and|when|while)\b))"
    r"|(?:(?:critically|seriously|severely|badly|gravely)\s+)?(?P<hurt>wounded|injured)\b)",
    re.IGNORECASE,
)
#: The event named before "left" ("The crash left ...") must be one of bodily harm
#: (``HARM_EVENTS``): not a merger's or a scandal's.
#: How far before "left" the event may be named (characters).
_EVENT_REACH = 120
#: Words a capitalised run may hold that are no part of a name: "LEFT HIM SERIOUSLY WOUNDED".
_NOT_NAME = re.compile(
    r"\b(?:him|her|them|us|me|critically|seriously|severely|badly|gravely|fatally|mortally)\b",
    re.IGNORECASE,
)
_DEAD = Cue("killed", _STATE.pattern, before=False, after="object")
_HURT = Cue("wounded", _STATE.pattern, before=False, after="object")


class LeftNamedDead(ExtraRule):
    """CB69 · "The shooting left Ana Ruiz dead" is killed 1 (the named person), "left
    18-year-old Tomas Brel critically injured" wounded 1: the victim of an event of bodily
    harm (a shooting, a crash, a blast) told by name.
    """

    code = "CB69"
    words = ("left", "leaving", "leaves")  # the engine's gate, ``ExtraRule.words``
    examples = (
        ("The crash left Maria Lopez dead.", {"category": "killed", "min": 1}),
        (
            "A fire at the depot on Sunday left 61-year-old Tomas Brel dead.",
            {"category": "killed", "min": 1, "figure_text": "Tomas Brel"},
        ),
        (
            "The blast left Ivo Sarn, 41, critically injured.",
            {"category": "wounded", "min": 1, "figure_text": "Ivo Sarn"},
        ),
    )
    counter_examples = (
        # no name: the figure rules read "left a man dead"
        "The storm left Lake Marrow Road dead quiet.",
        "The team left Maria Lopez off the roster.",
        "Ana Ruiz left Tomas Brel in charge of the store.",
        # a pronoun in capitals is no name
        "GUNMEN SHOT AT THE MAYOR AND LEFT HIM SERIOUSLY WOUNDED.",
        # no bodily harm: a business or a politician left "dead" or "hurt"
        "The merger left Acme Corp dead in the water.",
        "The scandal left Tomas Brel badly wounded ahead of the vote.",
        "The loss left Coach Dan Reyes hurt and angry.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        upper = text.isupper()
        taken = taken_spans(sent, found)
        result: list[Binding] = []
        for left in _LEFT.finditer(text):
            if not HARM_EVENTS.search(text, max(0, left.start() - _EVENT_REACH), left.start()):
                continue  # "The merger left Acme Corp dead in the water"
            name = name_at(text, left.end(), upper)
            if name is None or _NOT_NAME.search(text, name[0], name[1]):
                continue
            state = _STATE.match(text, name[1])
            if state is None or any(s < name[1] and name[0] < e for s, e in taken):
                continue
            cue = CueHit(state.start(), state.end(), _DEAD if state["dead"] else _HURT)
            result.append(person_binding(text, name, cue))
        return result
