"""CB38: one person hurt earlier who has since died (a follow-up's lead)."""

from __future__ import annotations

import re

from rules.claims.cb65 import long_ago
from rules.claims.fates import CLAUSE_BREAKS, DYING, natural_death
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import DIED_THERE_CUE
from rules.claims.ordinals import ORDINALS
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import FigureSpan

_PERSON = "|".join(sorted(PERSON_NOUNS, key=len, reverse=True))
_ORDINAL = "|".join(ORDINALS)
#: "A teenager who was shot Friday has died", "a woman shot on Saturday died Monday": an
#: indefinite person, hurt (a participle or a "who" clause), then the main verb of dying.
_DIED_SINCE = re.compile(
    # not "a third man shot on Friday has died": the ordinal states the toll (CB21)
    rf"\b(?:(?P<det>an?|one)\s+(?!(?:{_ORDINAL})\b)(?:[\w-]+\s+){{0,2}}?(?P<noun>{_PERSON})"
    # "one of the two firefighters shot while ... has died"; headlines drop the article and
    # write digits: "1 of 2 students wounded has died", "One of three men shot Friday has died"
    r"|(?P<one>one|1)\s+of\s+(?:(?:the|those)\s+)?(?:[\w-]+\s+){0,2}?(?P<plural>[A-Za-z-]+))"
    r"\s+(?:who\s+(?:was|were|had\s+been)\s+)?"
    # or taken into care after harm: "a teen hospitalized after a weekend shooting has died"
    # (not "hospitalized with pneumonia", "for tests": care for an illness)
    r"(?:critically\s+|seriously\s+|fatally\s+|badly\s+)?"
    r"(?:wounded|shot|injured|hurt|stabbed|hospitali[sz]ed(?!\s+(?:with|for)\b)"
    # harmed by a leak, a fire or a fall of rock: "a worker exposed to ammonia in the leak
    # died" (37th session)
    r"|exposed\s+to\s+(?:the\s+)?(?:gas|fumes|smoke|chemicals?|ammonia|chlorine|toxic|leak"
    r"|blast)|poisoned|burned|burnt|crushed|trapped|overcome\s+by|caught\s+in)\b"
    rf"(?:(?!\b(?:{CLAUSE_BREAKS})\b)[^.;:!?,]){{0,120}}?\s"
    rf"(?:(?:has|have|had)\s+(?:since\s+|now\s+)?|later\s+)?(?P<verb>{DYING})",
    re.IGNORECASE,
)


#: The same, for CB12: capitals after a preposition of place in it name the place ("one of
#: five people shot outside a store in Orme Hills has died").
ONE_HURT_DIED = _DIED_SINCE


class DiedSince(ExtraRule):
    """CB38 · "A teenager who was shot Friday has died": one person hurt earlier, the subject of
    a verb of dying, is one killed (the news of a follow-up). Not a count (CB01 and the merge
    read "three people injured in the blast later died"), nor another clause's subject ("a
    man was shot and his wife died", "a man shot in 2019 whose brother later died").
    """

    code = "CB38"
    words = ("died", "succumbed")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "A teenager who was shot Friday outside the Orsk arena has died, police said.",
            {"category": "killed", "min": 1, "group": "teenager"},
        ),
        ("A woman shot on Pike Lane on Saturday died Monday.", {"category": "killed", "min": 1}),
        (
            "A teenager hospitalized after a shooting at an Orsk party has died.",
            {"category": "killed", "min": 1, "group": "teenager"},
        ),
        (
            "One of the two deputies shot during a traffic stop near Orsk has died.",
            {"category": "killed", "min": 1, "group": "deputies"},
        ),
        (
            "A welder exposed to chlorine in the leak at the Orme plant died overnight.",
            {"category": "killed", "min": 1, "group": "welder"},
        ),
        # a long clause of how she was hurt (thirty-fifth session)
        (
            "A nurse who was stabbed while guarding the ward door from a man with a cleaver at "
            "Saint Orm Hospital died on Friday.",
            {"category": "killed", "min": 1, "group": "nurse"},
        ),
    )
    counter_examples = (
        "A man was shot on Friday and his dog has died.",
        "A man trapped in the lift for an hour died of a heart attack.",
        "A farmer shot by poachers in 2019 whose brother later died sued the county.",
        "A hiker hurt in the rockfall as the storm died down was flown to Orsk.",
        "A woman who was hurt in the crash said her husband died.",
        "A man hospitalized with pneumonia last week has died.",
        "A former soldier who was wounded in Vietnam died on Monday.",
        "A retired sergeant who was hurt in 1983 died at home on Sunday.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if natural_death(sent.text):
            return []  # "a woman hurt in the fall in 2019 died last week of pneumonia"
        taken = {b.figure.start for b in found}
        bindings = []
        for match in _DIED_SINCE.finditer(sent.text):
            if match["plural"] and not is_human_plural(match["plural"]):
                continue  # "one of the two women", "one of the children", not "of the cars"
            if long_ago(
                sent.text[match.end("noun" if match["noun"] else "plural") : match.start("verb")]
            ):
                continue  # "a veteran who was wounded in Vietnam died": an obituary, no toll
            det = "det" if match["det"] else "one"
            start, end = match.span(det)
            if start in taken:
                continue
            figure = FigureSpan(start, end, Figure(1, 1, "exact", match[det]))
            cue = CueHit(match.start("verb"), match.end("verb"), DIED_THERE_CUE)
            bindings.append(Binding(figure, cue, match["noun"] or match["plural"], cue.start - end))
        return bindings
