"""CB102: a killing told by its manner, with the victims between the verb and "to death"."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import KILLED_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse, taken_spans
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import FigureSpan

#: A verb of beating, burning or crushing, its object, then "to death": "a mob beat two men
#: to death", "the attackers hacked four villagers to death", "kicked a guard to death"
#: (general English of crime and conflict reports; the passive "were beaten to death" is a
#: cue of its own, ``rules.categories``). The object is people joined by "and" or commas,
#: each of up to four words (``_conjuncts``), with no clause word; not after "nearly" or
#: "almost" (a near miss); "had beaten" is the perfect.
_BEAT_TO_DEATH = re.compile(
    r"(?<!nearly\s)(?<!almost\s)"
    r"\b(?:beat|beaten|put|hacked|kicked|clubbed|battered|bludgeoned|burned"
    r"|burnt|stoned|knifed|trampled|crushed|strangled|mauled|tortured|whipped|flogged"
    r"|stomped|smothered|pummell?ed|chopped)\s+"
    r"(?P<object>(?:(?!(?:or|but|was|were|who|that|to)\b)[\w'-]+,?\s+){1,12}?)"
    r"(?P<cue>to\s+death)\b",
    re.IGNORECASE,
)
#: Before the verb, what makes "beat" or "put" a base form that tells no killing: "to", a
#: modal or a negation ("threatened to beat two reporters to death", "would beat", "should
#: not beat", "didn't put"; general English grammar).
_BASE_FORM_BEFORE = re.compile(
    r"(?:\b(?:to|would|could|will|might|may|can|cannot|should|must|shall|not|never)|n't)\s+$",
    re.IGNORECASE,
)
#: An article for one person: "beat a suspected thief to death".
_ONE = re.compile(r"(?:an?|one)\s", re.IGNORECASE)
#: Between the people of a coordinated object: "three men and a woman", "two herders, a
#: boy and his father" (plain English coordination and apposition).
_JOIN = re.compile(r",?\s+and\s+|,\s+", re.IGNORECASE)
#: What opens a later part of such an object: an article, a possessive or a count word.
_OPENERS = frozenset(
    """a an one the his her their its our my two three four five six seven eight nine ten
    several""".split()
).union(str(n) for n in range(2, 100))


class BeatenToDeath(ExtraRule):
    """CB102 · "A mob beat two men to death": the object of a verb of violence that ends in
    "to death" was killed (two killed); "kicked a guard to death" is one.

    The object's last word must name people (a human plural, or a person after "a"), so "beat
    the odds to death" or "hacked the budget to death" count no one. People joined by "and"
    are each counted ("two shopkeepers and a watchman": two, and one); after a comma only the
    first count is kept, since what follows may be an apposition naming the same people.
    """

    code = "CB102"
    words = ("to death",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "A mob beat two men to death after accusing them of theft, police said.",
            {"category": "killed", "min": 2, "max": 2, "group": "men"},
        ),
        (
            "Attackers hacked four villagers to death with machetes overnight.",
            {"category": "killed", "min": 4, "max": 4, "group": "villagers"},
        ),
        (
            "Inmates kicked a guard to death during the riot.",
            {"category": "killed", "min": 1, "max": 1, "group": "guard"},
        ),
        (
            "Looters clubbed two shopkeepers and a watchman to death in the market.",
            {"category": "killed", "min": 2, "max": 2, "group": "shopkeepers"},
        ),
        (
            "Looters clubbed two shopkeepers and a watchman to death in the market.",
            {"category": "killed", "min": 1, "max": 1, "group": "watchman"},
        ),
        (
            "Settlers stoned two shepherds, an old man and his grandson, to death on Friday.",
            {"category": "killed", "min": 2, "max": 2, "group": "shepherds"},
        ),
    )
    counter_examples = (
        "Critics said the committee had hacked the plan to death.",
        "A crowd nearly beat two officers to death before police arrived.",
        "Four men were beaten to death.",  # the passive cue's, not this rule's
        "The gang threatened to beat two reporters to death.",
        "Vigilantes should not beat two thieves to death, the judge said.",
        "Fans beat the big drum and two cymbals to death all match long.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = taken_spans(sent, found)
        bound: list[Binding] = []
        at = 0
        while match := _BEAT_TO_DEATH.search(sent.text, at):
            if _BASE_FORM_BEFORE.search(sent.text, max(0, match.start() - 12), match.start()):
                at = match.end()
                continue
            people = _conjuncts(sent.text, match.start("object"), match.end("object"))
            # a rejected object may hold the next verb ("beat a man and kicked two women")
            at = match.end() if people else match.start("object")
            if people is None:
                continue
            if "," in sent.text[people[0][1] : people[-1][1]]:
                # a list or an apposition ("two herders, a boy and his father"): only the
                # first count is sure, the rest may name the same people
                people = people[:1]
            cue = CueHit(match.start("cue"), match.end("cue"), KILLED_CUE)
            for start, end in people:
                figure = _figure_at(sent, start, end)
                if figure is None or any(s <= figure.start < e for s, e in taken):
                    continue
                noun = sent.text[start:end].split()[-1]
                bound.append(Binding(figure, cue, noun, cue.start - figure.end))
        return bound


def _conjuncts(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of the people joined in an object ("three men", "a woman"), each of up to
    four words ending in a person noun; None when a part names no people ("two men and
    stabbed a third", "the odds")."""
    spans: list[tuple[int, int]] = []
    at = start
    body = text[start:end].rstrip().rstrip(",")
    for join in (*_JOIN.finditer(body), None):
        stop = start + (join.start() if join else len(body))
        words = text[at:stop].lower().split()
        if not 1 <= len(words) <= 4 or (spans and words[0] not in _OPENERS):
            return None
        noun = words[-1]
        if (
            noun not in PERSON_NOUNS
            and not is_human_plural(noun)
            and not is_human_plural(f"{noun}s")
        ):
            return None
        spans.append((at, stop))
        at = start + join.end() if join else at
    return spans


def _figure_at(sent: SentenceParse, start: int, end: int) -> FigureSpan | None:
    """The count that opens the people at ``start``: a figure before a human plural, or "a",
    "an" or "one" before a person noun ("beat a suspected thief to death")."""
    words = sent.text[start:end].split()
    noun = words[-1].lower()
    figure = next((f for f in sent.figures if f.start == start), None)
    if figure is None and _ONE.match(sent.text, start):
        if noun not in PERSON_NOUNS and not is_human_plural(f"{noun}s"):
            return None
        return FigureSpan(start, start + len(words[0]), Figure(1, 1, "exact", words[0]))
    if figure is None or not is_human_plural(noun):
        return None
    return figure
