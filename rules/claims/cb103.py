"""CB103: people busy at something when the fate came ("two men were sitting in a van when
they were shot")."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.groups import acceptable, following_group
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse
from rules.nouns import PERSON_NOUNS, is_human_plural

#: The count's group, its progressive ("were sitting", "was walking her dog", "had been
#: drinking"), what it was doing, then "when" and a pronoun of the count before a passive
#: auxiliary (general English of US crime news: "a boy was riding his bike when he was shot").
_BUSY_WHEN = re.compile(
    r"(?P<group>(?:\s+[\w'’-]+){1,4}?)\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?\w+ing\b"
    r"(?P<doing>[^.;:!?\"“”()]{0,90}?),?\s+when\s+(?P<pronoun>he|she|they)\s+"
    r"(?:was|were|got)\s+",
    re.IGNORECASE,
)
#: Nothing or an adverb between the auxiliary and the cue ("when she was fatally shot": the
#: cue may hold the adverb or not).
_ADVERB = re.compile(r"(?:\w+ly\s+)?")
#: A person in what the count was doing may be the pronoun's ("was sitting with a woman when
#: she was shot"): then no binding.
_OTHER_PERSON = re.compile(
    r"\b(?:an?|his|her|their|the|one|two|three|four)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>[A-Za-z]+)\b",
    re.IGNORECASE,
)
#: Bindings of the count that the fate takes over ("two firefighters were working", deployed).
_OVERRIDDEN = frozenset(("deployed",))


class BusyWhenHurt(BoundRule):
    """CB103 · A count busy at something ("were sitting in a van", "was walking home") then
    "when" with its pronoun and a casualty verb: the verb tells the count's fate. "Two men were
    sitting in a parked van when they were shot" is killed or wounded 2; "A woman was walking
    her dog when she was killed" is killed 1. The pronoun agrees in number with the count.
    """

    code = "CB103"
    rebinds = True  # a deployment's count bound already ("were deployed") may be rebound
    examples = (
        (
            "Two men were sitting in a parked van when they were shot.",
            {"category": "killed_or_wounded", "min": 2, "group": "men"},
        ),
        (
            "A woman was walking home from work when she was fatally shot.",
            {"category": "killed", "min": 1, "max": 1},
        ),
        (
            "Three firefighters were working at the scene when they were injured.",
            {"category": "wounded", "min": 3},
        ),
    )
    counter_examples = (
        # the pronoun is not the count's
        "Two men were sitting with a neighbour when he was shot.",
        "A man was talking to two friends when they were shot.",
        # no fate of the body
        "Two men were sitting in a van when they were arrested for theft.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        if " when " not in sent.low:
            return {}
        found: dict[int, Binding] = {}
        for i in range(len(sent.figures)):
            current = sent.bound.get(i)
            if current is not None and current.cue.cue.category not in _OVERRIDDEN:
                continue
            binding = _busy_binding(sent, i)
            if binding is not None:
                found[i] = binding
        return found


def _busy_binding(sent: SentenceParse, i: int) -> Binding | None:
    figure = sent.figures[i]
    match = _BUSY_WHEN.match(sent.text, figure.end)
    if match is None:
        return None
    plural = match["pronoun"].lower() == "they"
    if plural != (figure.figure.max != 1):
        return None
    index = sent.cues.first_from(match.end())
    if index is None or not _ADVERB.fullmatch(sent.text, match.end(), sent.cues.hits[index].start):
        return None
    cue = sent.cues.hits[index]
    if cue.cue.category not in CASUALTY_CATEGORIES:
        return None
    if any(figure.end < f.start < cue.start for f in sent.figures):
        return None  # another count between ("was talking to two friends when they were")
    for other in _OTHER_PERSON.finditer(match["doing"]):
        noun = other["noun"].lower()
        if noun in PERSON_NOUNS or is_human_plural(noun):
            return None  # "was sitting with a neighbour when he was shot"
    group = following_group(match["group"])
    head = group.split()[-1].lower() if group else ""
    if not (is_human_plural(head) or head in PERSON_NOUNS):
        return None
    binding = Binding(figure, cue, group, cue.start - figure.end)
    return binding if acceptable(binding) else None
