"""CB12: a named person before a casualty verb."""

from __future__ import annotations

import re

from rules.claims.apposed_names import APPOSED_HINTS, apposed_named_victims
from rules.claims.cb38 import ONE_HURT_DIED
from rules.claims.fates import natural_death
from rules.claims.kinds import ExtraRule
from rules.claims.named import NAMED_HINTS, NOT_LAST, named_victims
from rules.claims.ordinals import ORDINAL_DEATH
from rules.claims.parts import Binding, SentenceParse

#: A preposition of place right before capitalised words ("at Carver Park"; general English).
_AFTER_PLACE_WORD = re.compile(r"\b(?:at|in|near|outside|inside|across|along|into)\s+$")


class NamedVictim(ExtraRule):
    """CB12 · A named person before a casualty verb is one victim: "Ivan Pell was killed"."""

    code = "CB12"
    casualty = True  # it binds only killed/wounded cues
    # every finding is a match of ``named_victims`` or ``apposed_named_victims``
    hints = (*NAMED_HINTS, *APPOSED_HINTS)
    examples = (
        ("Corporal Ivan Pell was killed on Tuesday.", {"category": "killed", "min": 1}),
        ("Dana K. Orr died in hospital.", {"category": "killed", "min": 1}),
        ("Pavel Orr, 45, a former mayor, was murdered.", {"category": "killed", "min": 1}),
        (
            "Lena Marsh, 31, was pronounced dead at Mercy Hospital.",
            {"category": "killed", "min": 1},
        ),
        ("Owen Pratt, 19, of Ferrisburg, died at a hospital.", {"category": "killed", "min": 1}),
        (
            "Tessa Lund, 27, was treated for non-life-threatening injuries.",
            {"category": "wounded", "min": 1},
        ),
        # the perfect of a news update
        ("Ivo Sarn has died of his wounds.", {"category": "killed", "min": 1}),
        # a surname with a second capital (``named.NAME_WORD``)
        ("Dana McKay was killed on Monday.", {"category": "killed", "min": 1}),
        (
            "IVO SARN, THE PARTY'S CANDIDATE, HAS DIED OF GUNSHOT WOUNDS.",
            {"category": "killed", "min": 1},
        ),
    )
    counter_examples = (
        "Ivan Pell said the bridge was closed.",
        "The Harbour Police Department was criticised.",
        "Lena Marsh, 31, was pronounced the winner.",
        "Tessa Lund was treated for shock at the scene.",
        # care for tests or an illness tells of no harm
        "Mayor Odo Brack was hospitalized for routine tests last week.",
        "Tessa Lund was hospitalized with pneumonia.",
        # an obituary
        "The painter Ivo Sarn has died, aged 84, his gallery said.",
        "Ann Roe, 34; her cousin, Tina Vale, 37; and Ed Roe, 2, died in the fire.",
        # a place in an ordinal toll's subject (CB21 reads the toll)
        "A second victim of the blast at Orme Quay has died.",
        "One of four men shot outside a bar in Kessel Ford has died.",
        # the place of one counted already ("A boy" is CB01's)
        "A boy in Orme Hills died on Sunday.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        named = named_victims(sent.text, sent.cues)
        if "," in sent.text:
            taken = {b.figure.start for b in named}
            apposed = apposed_named_victims(sent.text, sent.cues)
            named += [b for b in apposed if b.figure.start not in taken]
        # The sentence-wide searches below only take names away: none to take, none run.
        if not named or natural_death(sent.text):
            return []  # an obituary: "has died, aged 81", "died at 88 after a long illness"
        if ORDINAL_DEATH.search(sent.text) or ONE_HURT_DIED.search(sent.text):
            # "A second victim of the shooting at Carver Park has died": the ordinal is the
            # toll (CB21), "One of four men shot in Orme Hills has died" is one (CB38), and
            # capitals after a preposition of place name the place
            named = [b for b in named if not _AFTER_PLACE_WORD.search(sent.text, 0, b.figure.start)]
        elif found:
            # "A boy in Elm Falls died": the place of one already counted for the same verb
            named = [b for b in named if not _placed_counted(sent.text, b, found)]
        # "THE NATIONAL BANK WAS HIT": in all-capital copy, a body or a place is no name
        named = [b for b in named if b.figure.figure.text.split()[-1].title() not in NOT_LAST]
        # A name already counted in a list of names ("Ann Roe, 34, and Ed Roe, 2, died").
        listed = [(b.figure.start, b.figure.end) for b in found]
        return [b for b in named if not any(s <= b.figure.start < e for s, e in listed)]


def _placed_counted(text: str, name: Binding, found: list[Binding]) -> bool:
    """Are the capitals of ``name`` a place after a preposition ("in Elm Falls") between a
    person already bound to the same cue and that cue ("a boy in Elm Falls died")?"""
    if not _AFTER_PLACE_WORD.search(text, 0, name.figure.start):
        return False
    return any(b.cue.start == name.cue.start and b.figure.end <= name.figure.start for b in found)
