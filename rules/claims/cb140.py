"""CB140: the dead people "we buried" or villagers, families and mourners buried, and the
dead counted by their funerals or burials."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.number_values import number_value
from rules.numbers import FigureSpan

#: Who buries the dead: "we", "they", or the people of a place in mourning ("villagers had
#: buried"); not a landslide or a wall that "buried 30 people" (trapped, not dead).
_BURIED = re.compile(
    r"\b(?:we|they|villagers|families|relatives|mourners|residents|neighbou?rs|locals)"
    r"(?:'ve|\u2019ve|\s+have|\s+had|\s+(?:are|were)(?=\s+(?:still\s+)?burying))?\s+"
    r"(?:already\s+|now\s+|just\s+|since\s+|still\s+)?(buried|burying)\s+"
)
#: The dead right after the count: "31 people", "three of our sons", "14 bodies".
_DEAD = re.compile(
    r"\s+(?:of\s+them\b|(?:of\s+(?:our|their|his|her|my|the)\s+(?:own\s+)?)?"
    r"(?:(?:young|more|other)\s+)?"
    r"(?P<noun>people|bodies|dead|victims|men|women|children|kids|boys|girls|sons|daughters"
    r"|brothers|sisters|relatives|neighbou?rs|villagers|soldiers|fighters|guests|miners"
    r"|pilgrims|passengers|workers|students|worshippers|civilians|firefighters|officers"
    r"|protesters|members)\b(?!['\u2019]))"  # not "12 workers' belongings"
)
_KILLED = Cue("killed", r"buried|burying", before=False, after="object")
#: The rites of the dead before their count: "the funerals of all 52 victims", "the burials
#: of the 18 miners", "Funerals for 19 of the victims" (a count must follow: "the funerals of
#: all the victims" names none); "a joint funeral for 11 of the victims" (44th session).
_RITES = re.compile(
    r"\b(funerals|burials|(?:mass|joint)\s+funeral)\s+(?:of|for)\s+(?P<known>(?:all\s+)?(?:the\s+)?)"
)
_RITES_CUE = Cue("killed", r"funerals", before=False, after="object")


def _known_dead(rites: re.Match[str], noun: str | None) -> bool:
    """Are the people whose funerals are told the dead of the story ("the funerals of all 52
    victims", "of the 18 miners"), not a routine count ("the undertaker handled the funerals
    of 300 people last year", "can handle the burials of 40 people a day")?"""
    return bool(rites["known"]) or noun in ("victims", "dead", "bodies")


#: A part of the dead, which is no figure of its own (``rules.not_counts``): "19 of the
#: victims" after "Funerals for", "three of the dead" after "we buried".
_PART = re.compile(r"([\w,]+)(?=\s+of\s+the\s+(?:victims|dead|bodies)\b)", re.IGNORECASE)


def _part_of_the_dead(text: str, at: int) -> FigureSpan | None:
    """The count of a part of the dead at ``at`` ("19" of "19 of the victims"), or None."""
    part = _PART.match(text, at)
    value = number_value(part[1].lower()) if part else None
    if part is None or not value or value < 2:
        return None  # "Funerals for one of the victims": one person's rite, no toll
    return FigureSpan(part.start(1), part.end(1), Figure(value, value, "exact", part[1]))


class BuriedTheirDead(ExtraRule):
    """CB140 · The dead people bury: "'We buried 31 people on Sunday,' the uncle said",
    "Mourners have buried 12 villagers since the raid", "We buried three of our sons" are
    killed 31, 12 and 3 (not "the landslide buried 30 people": they are trapped under it).
    """

    code = "CB140"
    # the engine's gate, ``ExtraRule.words``
    words = ("buried", "burying", "funerals", "burials", "funeral")
    figure = False  # "Funerals for 19 of the victims": a part, no figure of the parse
    examples = (
        ('"We buried 31 people on Sunday," the uncle said.', {"category": "killed", "min": 31}),
        ("Mourners have buried 12 villagers since the raid.", {"category": "killed", "min": 12}),
        ("We buried three of our sons at dawn.", {"category": "killed", "min": 3}),
        ("The state paid for the funerals of all 52 victims.", {"category": "killed", "min": 52}),
    )
    counter_examples = (
        "The landslide buried 30 people in their homes.",
        "We buried 40 tonnes of waste at the site.",
        "They buried two time capsules under the square.",
        "Thousands attended the funerals of all the victims on Friday.",
        "The burials of 3,000 head of cattle were ordered.",
        "The cemetery can handle the burials of 40 people a day.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        lowered = sent.text.lower()
        hits = [(m, _KILLED) for m in _BURIED.finditer(lowered)]
        hits += [(m, _RITES_CUE) for m in _RITES.finditer(lowered)]
        result: list[Binding] = []
        for match, kind in hits:
            figure = next((f for f in sent.stated if f.start == match.end()), None)
            figure = figure or _part_of_the_dead(sent.text, match.end())
            if figure is None or not figure.figure.min:
                continue
            dead = _DEAD.match(lowered, figure.end)
            if dead is None or (kind is _RITES_CUE and not _known_dead(match, dead["noun"])):
                continue
            cue = CueHit(match.start(1), match.end(1), kind)
            noun = sent.text[dead.start("noun") : dead.end("noun")] if dead["noun"] else None
            group = None if dead["noun"] in (None, "dead", "bodies") else noun  # "17 of them"
            result.append(Binding(figure, cue, group, figure.start - cue.end))
        return result
