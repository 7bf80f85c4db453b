"""CB52: a named person whose killing is told with a possessive ("Ana Ruiz's murder")."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.possessed import possessed_victims


class PossessedVictim(ExtraRule):
    """CB52 · A named person before "'s murder", "'s assassination", "'s killing" or "'s
    death" is one victim: "Ana Ruiz's murder shocked Orsk" is killed 1. The killing must close
    its noun phrase (not "'s death penalty"), and a bare "'s death" counts only in a sentence
    that tells of a killing.
    """

    code = "CB52"
    words = ("'",)  # the engine's gate, ``ExtraRule.words``: the possessive opens the cue
    examples = (
        (
            "Protesters blamed the army for Ana Ruiz's murder.",
            {"category": "killed", "min": 1, "figure_text": "Ana Ruiz"},
        ),
        (
            "THE PARTY DENOUNCED SENATOR TOMAS BREL ORTIZ' ASSASSINATION.",
            {"category": "killed", "min": 1, "figure_text": "SENATOR TOMAS BREL ORTIZ"},
        ),
        (
            "Police are investigating Ivo Sarn's killing.",
            {"category": "killed", "min": 1, "figure_text": "Ivo Sarn"},
        ),
    )
    counter_examples = (
        # a pronoun or a plain noun is no name
        "The town mourned his death.",
        "The mayor's murder shocked Orsk.",
        "THE PEASANTS' MURDER WAS CONDEMNED.",
        "Crowds blamed the Harbor Mayor's murder on a feud.",
        # with "of" the possessor is the killer, and the victims follow
        "Police blamed Ana Ruiz's killing of Tomas Brel on a feud.",
        # a possessive before another noun
        "Ana Ruiz's murder trial opens on Monday.",
        # a compound noun: the killing qualifies the noun after it
        "New Ostmark's death penalty was struck down.",
        "Harbor United's killing instinct was gone.",
        # joined by a hyphen, or before a short noun in -ed
        "Ivo Sarn's death-row appeal failed; he was convicted of murder.",
        "Ivo Sarn's death bed letter named the gunman.",
        # a bare "'s death" in a sentence that tells of no killing
        "The founder Odo Karsk's death at 97 saddened the town.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return possessed_victims(sent.text, sent.cues)
