"""CB17: a participle that opens the sentence tells the fate of the count that is its subject
("Wounded in the ambush, two officers were flown to the capital")."""

from __future__ import annotations

import re

from rules.calendar import MONTHS, WEEKDAYS, names
from rules.claims.groups import acceptable, following_group
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse
from rules.cue_fragments import HARM_EVENTS
from rules.nouns import PERSON_NOUNS, is_human_plural

#: From the opening participle to its comma: a phrase of cause, place or time (a preposition
#: first), no other punctuation. General English of wire leads ("Injured in the blast,",
#: "Trapped by rising water,", "Abducted from a church on Sunday,").
_TO_COMMA = re.compile(
    r"\s+(?:in|by|from|at|on|during|after|near|while|when|inside|under|outside|since)\s"
    r"[^,;:.!?\"()]{1,70},\s+",
    re.IGNORECASE,
)
#: Where the sentence may open: nothing, or a quotation mark.
_OPENING = re.compile(r"\s*[\"'“‘]?")
#: Categories an opening participle may give: a fate someone lives on with.
_CATEGORIES = frozenset(
    ("wounded", "missing", "kidnapped", "captured", "displaced", "evacuated", "rescued")
)


#: A phrase that is only a time ("in March", "in 1968", "on Sunday,"): the hurt of another
#: time than the news, told as background ("Injured in March, two strikers returned").
_ONLY_WHEN = re.compile(
    r"\s+(?:in|on|since|during)\s+(?:(?:early|late|mid-?)\s*)?(?:"
    rf"{names(MONTHS, title=True)}|\d{{4}}|the\s+\d{{4}}s|{names(WEEKDAYS, title=True)}"
    r"|(?:last|this)\s+\w+)"
    r"(?:\s+\d{4})?,\s+",
    re.IGNORECASE,
)
#: Agents of no bodily harm or danger: a merger, a camera, a drill, a war long past.
_NO_HARM = re.compile(
    r"\b(?:merger|takeover|cuts|layoffs|highway|camera|drill|exercise|match|game|season"
    r"|war\s+in\s+\d{4}|in\s+\d{4})\b",
    re.IGNORECASE,
)
#: Categories that need a disaster or violence (``HARM_EVENTS``) in the phrase ("Displaced by
#: the floods", "Evacuated from the burning tower", "Captured in the raid").
_NEEDS_EVENT = frozenset(("displaced", "evacuated", "captured"))


class OpeningParticiple(BoundRule):
    """CB17 · A casualty participle that opens the sentence, with its phrase and a comma, tells
    the fate of the count right after the comma: "Wounded in the ambush, two officers were
    flown to the capital" is wounded 2; "Trapped by rising water, some 200 villagers waited
    on rooftops" is missing 200; "Abducted from a church on Sunday, 11 worshippers ..." is
    kidnapped 11.
    """

    code = "CB17"
    examples = (
        (
            "Wounded in the ambush, two officers were flown to the capital for treatment.",
            {"category": "wounded", "min": 2, "group": "officers"},
        ),
        (
            "Abducted from a church on Sunday, 11 worshippers were still held on Wednesday.",
            {"category": "kidnapped", "min": 11},
        ),
        (
            "DISPLACED BY THE FLOODS, 3,000 FAMILIES ARE WAITING FOR AID.",
            {"category": "displaced", "min": 3000},
        ),
    )
    counter_examples = (
        # the count is not right after the comma
        "Wounded in the ambush, the captain said two officers were flown out.",
        # no comma after the participle's phrase: an inverted list
        "Wounded were six passengers and a driver.",
        # things, not people
        "Damaged in the storm, 40 houses were pulled down.",
        # a time of its own, a harm of no event, a disaster's word missing
        "Injured in March, two strikers returned to training on Monday.",
        "Displaced by the merger, 300 workers were offered new roles.",
        "Captured on camera at the match, three fans were banned by the club.",
        "Evacuated from the building during the fire drill, 500 staff waited outside.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        text, hits = sent.text, sent.cues.hits
        if not hits or sent.bound.get(0) is not None or not sent.figures:
            return {}
        cue = hits[0]
        opening = _OPENING.match(text)
        if opening is None or cue.start != opening.end() or cue.cue.category not in _CATEGORIES:
            return {}
        to_comma = _TO_COMMA.match(text, cue.end)
        figure = sent.figures[0]
        if to_comma is None or to_comma.end() != figure.start:
            return {}
        phrase = to_comma.group()
        if _ONLY_WHEN.fullmatch(phrase) or _NO_HARM.search(phrase):
            return {}  # "Injured in March, two strikers returned": a time, not this event
        if cue.cue.category in _NEEDS_EVENT and not HARM_EVENTS.search(phrase):
            return {}  # "Displaced by the merger, 300 workers": no disaster or violence
        group = following_group(text[figure.end : figure.end + 60])
        head = group.split()[-1].lower() if group else ""
        if not (is_human_plural(head) or head in PERSON_NOUNS):
            return {}
        binding = Binding(figure, cue, group, figure.start - cue.end)
        return {0: binding} if acceptable(binding) else {}
