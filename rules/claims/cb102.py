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
#: cue of its own, ``rules.categories``). Up to four words of the object, with no clause word,
#: not after "nearly" or "almost" (a near miss); "had beaten" is the perfect.
_BEAT_TO_DEATH = re.compile(
    r"(?<!nearly\s)(?<!almost\s)"
    r"\b(?:beat|beaten|put|hacked|kicked|clubbed|battered|bludgeoned|burned"
    r"|burnt|stoned|knifed|trampled|crushed|strangled|mauled|tortured|whipped|flogged"
    r"|stomped|smothered|pummell?ed|chopped)\s+"
    r"(?P<object>(?:(?!(?:and|or|but|was|were|who|that|to)\b)[\w'-]+\s+){1,4}?)"
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


class BeatenToDeath(ExtraRule):
    """CB102 · "A mob beat two men to death": the object of a verb of violence that ends in
    "to death" was killed (two killed); "kicked a guard to death" is one.

    The object's last word must name people (a human plural, or a person after "a"), so "beat
    the odds to death" or "hacked the budget to death" count no one.
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
    )
    counter_examples = (
        "Critics said the committee had hacked the plan to death.",
        "A crowd nearly beat two officers to death before police arrived.",
        "Four men were beaten to death.",  # the passive cue's, not this rule's
        "The gang threatened to beat two reporters to death.",
        "Vigilantes should not beat two thieves to death, the judge said.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = taken_spans(sent, found)
        bound: list[Binding] = []
        for match in _BEAT_TO_DEATH.finditer(sent.text):
            if _BASE_FORM_BEFORE.search(sent.text, max(0, match.start() - 12), match.start()):
                continue
            start = match.start("object")
            words = match["object"].split()
            noun = words[-1].lower()
            figure = next((f for f in sent.figures if f.start == start), None)
            if figure is None and _ONE.match(sent.text, start):
                if noun not in PERSON_NOUNS and not is_human_plural(f"{noun}s"):
                    continue
                article = sent.text[start : start + len(words[0])]
                figure = FigureSpan(start, start + len(article), Figure(1, 1, "exact", article))
            elif figure is None or not is_human_plural(noun):
                continue
            if any(s <= figure.start < e for s, e in taken):
                continue
            cue = CueHit(match.start("cue"), match.end("cue"), KILLED_CUE)
            bound.append(Binding(figure, cue, words[-1], cue.start - figure.end))
        return bound
