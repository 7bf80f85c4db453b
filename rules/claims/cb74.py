"""CB74: one person with a phrase after the noun, before a passive casualty participle."""

from __future__ import annotations

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.claims.postmodified import postmodified_people


class PostmodifiedPerson(ExtraRule):
    """CB74 · "A|an|one ... <person>" followed by a participle phrase, an "of" phrase or a
    relative clause, then "was killed" or "was wounded", is one victim: "a vendor walking past
    the stall was wounded" is wounded 1.
    """

    code = "CB74"
    words = (" was ", " been ")  # it reads only "was" or "has/had been" before the participle
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "A vendor walking past the stall was wounded by the blast.",
            {"category": "wounded", "min": 1, "group": "vendor"},
        ),
        (
            "A TECHNICIAN OF THE ORSK RADIO STATION WAS ALSO KILLED.",
            {"category": "killed", "min": 1, "group": "TECHNICIAN"},
        ),
        (
            "A guard, who had been on duty at the north gate of the fuel depot since dawn, was"
            " seriously injured.",
            {"category": "wounded", "min": 1, "group": "guard"},
        ),
        (
            "ONLY ONE PERSON WHO HAPPENED TO BE WALKING ACROSS THE MARKET SQUARE AT NOON WAS HURT.",
            {"category": "wounded", "min": 1, "group": "PERSON"},
        ),
        (
            # the progressive's auxiliary is the person's own
            "A man who was crossing the square at the time of the blast was wounded.",
            {"category": "wounded", "min": 1, "group": "man"},
        ),
    )
    counter_examples = (
        # a clause with its own subject: the person told of someone else's death
        "A farmer who said his brother was killed asked for help.",
        # a thing after the article
        "A truck carrying fuel was damaged in the blast.",
        # the person is the one who was arrested; the killing is in the relative clause
        "A man who killed two guards was arrested.",
        # a bare "shot" tells no outcome; CB74 reads only killed or wounded
        "A woman from Dorne was shot by a neighbour's son.",
        # a progressive clause of saying: the death is someone else's
        "A farmer who was saying his brother was killed asked for help.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return postmodified_people(sent.text, sent.cues, [*sent.bound.values(), *found])
