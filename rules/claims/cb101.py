"""CB101: the hurt whole of a part that died: "two of the 12 people wounded later died"."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse
from rules.nouns import is_human_plural
from rules.numbers import FigureSpan, find_figures

#: The categories of the whole: the wounded, or the shot whose fate the part tells.
_HURT = frozenset({"wounded", "killed_or_wounded"})
#: The word after the cue, the people a cue used as an adjective describes ("wounded soldiers").
_NEXT_WORD = re.compile(r"\s+([A-Za-z-]+)")
#: "one of the" before a whole: the one is no figure of the parse, nor its whole.
_ONE_OF = re.compile(r"(?:one|1)\s+of\s+(?:the|those)\s+", re.IGNORECASE)


class HurtWholeOfTheDead(ExtraRule):
    """CB101 · The whole of a part that died, told as the hurt: "Two of the 12 people wounded
    in the attack later died" is killed 2 (the part) and wounded 12 (the whole), as is "one
    of the 30 injured died in hospital". The whole's noun or participle stands right after its
    figure ("the 12 wounded", "the 12 people wounded"); the part's own verb tells the death.
    The whole counts everyone hurt, the dead among them: the key figure takes them off
    (``crosswire.divergence.keyfigures``). General English of follow-up casualty reports.
    """

    code = "CB101"
    words = (" of the ", " of those ")  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "Two of the 12 people wounded in the attack later died.",
            {"category": "wounded", "min": 12, "max": 12, "group": "people"},
        ),
        (
            "One of the 30 injured died in hospital overnight, officials said.",
            {"category": "wounded", "min": 30, "max": 30},
        ),
        (
            "The toll rose to nine after one of the 30 people injured died.",
            {"category": "wounded", "min": 30, "max": 30, "group": "people"},
        ),
        (
            "Three of the nine miners hurt in the blast have died.",
            {"category": "wounded", "min": 9, "group": "miners"},
        ),
    )
    counter_examples = (
        # the part did not die: the whole is read by the rules of parts
        "Two of the 12 people wounded remain in hospital.",
        # the whole is no count of the hurt
        "Two of the 12 passengers later died.",
        # a relative clause: the part's own verb is the hurt ("who were injured")
        "One of the three drivers who were injured said the road was icy.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        died = {b.figure.start for b in found if b.cue.cue.category == "killed"}
        died.update(b.figure.start for b in sent.bound.values() if b.cue.cue.category == "killed")
        wholes = [whole for start, whole in sent.partitives.items() if start in died]
        for start in died:
            one = _ONE_OF.match(sent.text, start)
            if one is not None:  # "one of the 30 people injured died": read past "one of"
                at = one.end()
                first = next(iter(find_figures(sent.text[at : at + 40])), None)
                if first is not None and first.start == 0:
                    wholes.append(FigureSpan(at, at + first.end, first.figure))
        bound = [_hurt_whole(sent, whole) for whole in wholes]
        return [b for b in bound if b is not None]


def _hurt_whole(sent: SentenceParse, whole: FigureSpan) -> Binding | None:
    """The whole bound to the cue of the hurt right after it ("the 12 people wounded")."""
    index = sent.cues.first_from(whole.end)
    if index is None:
        return None
    cue = sent.cues.hits[index]
    noun = sent.text[whole.end : cue.start].strip()
    if cue.cue.category not in _HURT or not cue.cue.before:
        return None
    if noun and not is_human_plural(noun.lower()):
        return None
    if not noun:  # "two of the 12 wounded soldiers": the people after the adjective
        after = _NEXT_WORD.match(sent.text, cue.end)
        noun = after[1] if after and is_human_plural(after[1].lower()) else ""
    return Binding(whole, cue, noun or None, 0)
