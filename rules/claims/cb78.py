"""CB78: people listed as the story's victims, in a sentence with no casualty word."""

from __future__ import annotations

from rules.claims.kinds import StoryRule
from rules.claims.parts import Binding
from rules.claims.victim_lists import listed_victims, lists_victims


class ListedVictims(StoryRule):
    """CB78 · Each person listed after "the victims were identified as", "among the victims
    were" or "identified the victims as" is one victim of what the story's claims in the
    three sentences before tell, when they tell one thing (killed or wounded): "Two guards
    were shot dead. The victims were identified as Ana Ruiz and Tomas Brel." is 2 × killed 1.
    """

    code = "CB78"
    examples = (
        (
            "Two guards were shot dead at the depot on Friday. Police identified the victims as"
            " Ana Ruiz, 34, and Tomas Brel, 51.",
            {"category": "killed", "min": 1, "figure_text": "Tomas Brel"},
        ),
        (
            "THREE FARMERS WERE WOUNDED IN THE BLAST. THE VICTIMS WERE IDENTIFIED AS IVO SARN,"
            " EDDA VOSS AND LIDA OSK.",
            {"category": "wounded", "min": 1, "figure_text": "EDDA VOSS"},
        ),
        (
            # a noun and the name after a bare comma are one person, counted as the name
            "A farmer was killed in the raid. Among the victims was his wife, Ana Ruiz.",
            {"category": "killed", "min": 1, "figure_text": "Ana Ruiz"},
        ),
    )
    counter_examples = (
        # the story before tells of deaths and of wounds: which victim is which is not said
        "One man was killed and two were wounded. The victims were identified as Ana Ruiz and"
        " Tomas Brel.",
        # no casualty told before: victims of a fraud, a theft, a hoax
        "The scheme ran for years. The victims were identified as Ana Ruiz and Tomas Brel.",
    )

    def find(self, text: str, category: str, found: list[Binding]) -> list[Binding]:
        if not lists_victims(text):
            return []
        return listed_victims(text, category, found)
