"""CB14: people named after a casualty cue."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.named import (
    victims_named_after,
)
from rules.claims.parts import Binding, SentenceParse


class VictimNamedAfter(ExtraRule):
    """CB14 · A person named right after a casualty cue is one victim.

    "the murder of Senator Ana Ruiz", "gunmen killed Tomas Brel", and in all-capital wire
    copy "THE ASSASSINATION OF MAYOR TOMAS BREL"; past a first title joined by "and" ("the
    murder of Senator and union leader Ivo Sarn").
    """

    code = "CB14"
    casualty = True  # it binds only killed/wounded cues
    examples = (
        ("Police investigate the murder of Senator Ana Ruiz.", {"category": "killed", "min": 1}),
        ("Gunmen killed Tomas Brel outside his home.", {"category": "killed", "min": 1}),
        ("THE ASSASSINATION OF MAYOR TOMAS BREL SHOCKED THE TOWN.", {"min": 1}),
        # two titles joined by "and" before one name
        (
            "THE MURDER OF SENATOR AND UNION LEADER IVO SARN LED TO A STRIKE.",
            {"category": "killed", "min": 1, "figure_text": "UNION LEADER IVO SARN"},
        ),
        ("Orr is accused of killing Vera Lind and her son.", {"group": "son"}),
        # "and of" repeats the cue's preposition before the next name
        (
            "The murders of Senator Ana Ruiz and of Judge Ivo Sarn were condemned.",
            {"category": "killed", "min": 1, "figure_text": "Judge Ivo Sarn"},
        ),
        # a description between commas, then "and" and the next victim
        (
            "Gunmen killed Tomas Brel, a leader of the dockers, and party activist Ana Ruiz.",
            {"category": "killed", "min": 1, "figure_text": "Ana Ruiz"},
        ),
        (
            "GUNMEN KILLED TOMAS BREL, THE LEADER OF THE DOCKERS, AND HIS DRIVER.",
            {"category": "killed", "min": 1, "group": "DRIVER"},
        ),
    )
    counter_examples = (
        "Gunmen killed Kessel residents in the raid.",
        "THE MURDER OF SIX PRIESTS WAS CONDEMNED.",
        "KILLED POLICE OFFICERS WERE HONOURED.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return victims_named_after(sent.text, sent.cues, sent.figures, found)
