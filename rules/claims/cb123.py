"""CB123: a second fate told of the same count by a verb coordinated after the first."""

from __future__ import annotations

import re

from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse

#: The first fate, then the second that follows from it for the same people: captives freed
#: ("were held hostage for two days and were released"), the saved taken to hospital ("were
#: pulled alive from the wreckage and taken to hospital"). General English of kidnapping and
#: rescue reports. The missing who were found are no longer missing: "six fishermen who had
#: been missing were found alive" is rescued only.
_THEN = frozenset({("kidnapped", "rescued"), ("rescued", "wounded")})

#: Between the two: the rest of the first clause (no new subject), "and", an auxiliary, an
#: adverb of sequence.
_AND_THEN = re.compile(
    r"[^.;:,]{0,60}?\s+and\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:(?:later|then|subsequently|eventually|finally|all)\s+)?",
    re.IGNORECASE,
)


class SecondFate(ExtraRule):
    """CB123 · "Six engineers were held hostage for two days and were released" is kidnapped
    6 and rescued 6; "two people were pulled alive from the wreckage and taken to hospital"
    rescued 2 and wounded 2: the count before the first fate's verb has the second too. So
    too a first fate told in a relative clause before the predicate: "three nurses who had
    been held hostage were freed" were kidnapped as well.
    """

    code = "CB123"
    words = (" and ", " who ", " that ", " with ")  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Six engineers were held hostage for two days and were released after talks.",
            {"category": "rescued", "min": 6, "group": "engineers"},
        ),
        (
            "Two people were pulled alive from the wreckage and taken to hospital.",
            {"category": "wounded", "min": 2},
        ),
        ("Nine fishermen were abducted by pirates and later freed.", {"category": "rescued"}),
        ("Twelve passengers were rescued with injuries.", {"category": "wounded", "min": 12}),
        (
            "Three nurses who had been held hostage by rioters for a day were freed unharmed.",
            {"category": "kidnapped", "min": 3},
        ),
    )
    counter_examples = (
        "Six engineers were held hostage for two days and their families were released.",
        "Two people were pulled alive from the wreckage and three were taken to hospital.",
        "Twelve passengers were rescued and two with injuries were flown out.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        second = []
        had = {(b.figure.start, b.cue.cue.category) for b in found}
        for binding in found:
            first = binding.cue
            if first.start < binding.figure.end:
                continue  # the figure after its verb ("freed six engineers"): an object
            second.extend(_fate_in_relative(sent, binding, had))
            index = sent.cues.first_from(first.end)
            if index is None:
                continue
            then = sent.cues.hits[index]
            pair = (first.cue.category, then.cue.category)
            if pair not in _THEN or not then.cue.before or (binding.figure.start, pair[1]) in had:
                continue
            if _AND_THEN.fullmatch(sent.text, first.end, then.start) is None and not _with_harm(
                sent.text, first, then
            ):
                continue
            if any(first.end <= f.start < then.start for f in sent.stated):
                continue  # "... and three were taken to hospital": a count of its own
            second.append(Binding(binding.figure, then, binding.group, then.start - first.end))
        return second


#: Between a rescue and the harm its people were saved with: the rest of its clause, no
#: "and" ("were pulled from the river with injuries"; review48b).
_WITH_HARM = re.compile(r"(?:\s+[^\s.;:,]+){0,6}?\s+", re.IGNORECASE)


def _with_harm(text: str, first: CueHit, then: CueHit) -> bool:
    """ "Twelve passengers were rescued with injuries": the saved, hurt."""
    if (first.cue.category, then.cue.category) != ("rescued", "wounded"):
        return False
    if (
        not text.startswith("with ", then.start)
        or _WITH_HARM.fullmatch(text, first.end, then.start) is None
    ):
        return False
    return " and " not in text[first.end : then.start]


#: The relative clause's own passive, right after the count's group: "who had been held".
_RELATIVE_PASSIVE = re.compile(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:who|that)\s+(?:had\s+been|have\s+been|were|was|are)\s+$",
    re.IGNORECASE,
)


def _fate_in_relative(
    sent: SentenceParse, binding: Binding, had: set[tuple[int, str]]
) -> list[Binding]:
    """ "Three nurses who had been held hostage for a day were freed": the first fate, told
    in a relative clause before the predicate the count is bound to, is the count's too."""
    start, end = binding.figure.end, binding.cue.start
    for hit in sent.cues.hits:
        if not start < hit.start < end:
            continue
        pair = (hit.cue.category, binding.cue.cue.category)
        if pair not in _THEN or (binding.figure.start, pair[0]) in had:
            continue
        if _RELATIVE_PASSIVE.match(sent.text[start : hit.start]):
            return [Binding(binding.figure, hit, binding.group, hit.start - start)]
    return []
