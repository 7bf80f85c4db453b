"""CB70: three or more people listed after a casualty cue, the last joined by "and"."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.serial import serial_names


class SerialNames(ExtraRule):
    """CB70 · Each person in a list of three or more named right after a casualty cue, the
    last joined by "and", is one victim: "the murders of Ana Ruiz, Colonel Tomas Brel and
    Senator Ivo Sarn" is 3 × killed 1 (CB14 names the first; a bare comma alone may open a
    description, so the list must close with "and").
    """

    code = "CB70"
    words = (",",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "The envoy condemned the murders of Ana Ruiz, Colonel Tomas Brel and Ivo Sarn.",
            {"category": "killed", "min": 1, "figure_text": "Colonel Tomas Brel"},
        ),
        (
            "THE ENVOY CONDEMNED THE MURDERS OF ANA RUIZ, COLONEL TOMAS BREL, AND IVO SARN.",
            {"category": "killed", "min": 1, "figure_text": "IVO SARN"},
        ),
        (
            "Police seized files on the killings of Ana Ruiz, Ivo Sarn, and of Judge Edda Voss.",
            {"category": "killed", "min": 1, "figure_text": "Judge Edda Voss"},
        ),
        (
            "Files on the killings of Ana Ruiz, Ivo Sarn, and of Judge Edda Voss were seized.",
            {"category": "killed", "min": 1, "figure_text": "Ivo Sarn"},
        ),
        (
            "THE ENVOY DEPLORED THE MURDERS OF ANA RUIZ, COLONEL TOMAS BREL, AND SENATOR AND"
            " FORMER ENVOY IVO SARN.",
            {"category": "killed", "min": 1, "figure_text": "SENATOR AND FORMER ENVOY IVO SARN"},
        ),
    )
    counter_examples = (
        # a bare comma with no closing "and": a description may follow the name
        "The envoy condemned the murder of Ana Ruiz, Kessel's mayor.",
        # two names: CB14 counts them itself
        "The envoy condemned the murders of Ana Ruiz and Ivo Sarn.",
        # a description between the commas is no plain list
        "The envoy condemned the murder of Ana Ruiz, a teacher, and the arrest of Ivo Sarn.",
        # in capitals, a description after the name reads like names: it ends in a person noun
        "NO ONE CLAIMED THE KILLING OF ANA RUIZ, LABOR LEADER AND FORMER UNION ORGANIZER.",
        # the list is the subject of a clause of its own
        "After the killing of Ana Ruiz, Ivo Sarn, Tomas Brel and Edda Voss were arrested.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return serial_names(sent.text, sent.cues, found)
