"""CB92: a count whose part is set off between commas before the count's own verb."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse, taken_spans
from rules.claims.subject_cue import cue_after_subject
from rules.nouns import is_human_plural

#: The count's group, then an aside that picks out a part of it: "people, one of whom is in
#: critical condition,", "men, two of them teenagers,", "victims, including one in serious
#: condition,", "people, among them a child,". The part may hold a casualty cue of its own,
#: which must not take the count's place (general English apposition; crime round 9).
_PART_ASIDE = re.compile(
    r"(?P<group>(?:\s+[A-Za-z'-]+){1,3}?)\s*,\s*(?:(?:one|two|three|four|five|six|\d{1,2}"
    r"|some|most|all|none|several|many)\s+of\s+(?:whom|them|those)|including|among\s+them)\b"
    r"[^,;:()\"]{1,80},",
    re.IGNORECASE,
)


class CountBeyondItsPart(ExtraRule):
    """CB92 · "Four people, one of whom is in critical condition, were injured" is wounded 4:
    a count whose part is set off between commas takes the verb after the aside, even when
    the aside holds a cue of its own ("one of whom later died").

    Only a count of people no rule bound yet, and only when the verb follows the aside as
    the count's own (a passive or "died", ``subject_cue``).
    """

    code = "CB92"
    words = (" of whom ", " of them ", "includ", "among")  # the engine's gate (shared words)
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "Four people, one of whom is in critical condition, were injured on Elm Street.",
            {"category": "wounded", "min": 4, "group": "people"},
        ),
        (
            # the part who died is CB22's; the rest of the shot are the wounded
            "Five people, one of whom later died, were shot outside a bar in Vell.",
            {"category": "killed_or_wounded", "min": 5, "group": "people"},
        ),
        (
            "Three men, including one in serious condition, were hurt in the fight.",
            {"category": "wounded", "min": 3, "group": "men"},
        ),
    )
    counter_examples = (
        # no count of people before the aside
        "Four cars, one of which was stolen, were damaged.",
        # the count acted: no verb of its own after the aside
        "Four officers, one of whom was hurt, arrested the man.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        result = []
        for figure in sent.figures:
            if "," not in sent.text[figure.end : figure.end + 40]:
                continue  # no aside right after the count's group
            aside = _PART_ASIDE.match(sent.text, figure.end)
            if aside is None or (figure.figure.min or 0) < 2:
                continue
            if any(s < figure.end and figure.start < e for s, e in taken_spans(sent, found)):
                continue
            noun = aside["group"].split()[-1]
            if not is_human_plural(noun):
                continue
            cue = cue_after_subject(sent, aside.end())
            if cue is not None:
                result.append(Binding(figure, cue, noun, cue.start - figure.end))
        return result
