"""CB130: the shot or stabbed whole of a part: "one of the three shooting victims died"."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.numbers import FigureSpan, find_figures

#: "one of the three shooting victims", "two of the four stabbing victims", "one of three
#: gunshot victims": a part picked from a count of the victims of an act of violence, named
#: by the act (general English of US and UK crime reports; CB22 reads the part who died).
_PART_OF_VICTIMS = re.compile(
    r"\b(?:one|two|three|four|five|\d{1,2})\s+of\s+(?:the\s+|those\s+)?"
    r"(?P<whole>two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
    r"(?P<act>shooting|stabbing|knife|knifing|gunshot|gun)\s+victims\b",
    re.IGNORECASE,
)
#: The victims of a shooting or a stabbing are people shot or stabbed: killed or wounded, as
#: "three people were shot" is (the corpus convention; a stabbing is read as a shooting).
SHOT_OR_STABBED = Cue("killed_or_wounded", "(shooting or stabbing victims)", before=False)


class ShotWholeOfAPart(ExtraRule):
    """CB130 · The count a part is picked from when it names the victims of a shooting or a
    stabbing: "One of the three shooting victims, a 51-year-old man, died" is killed 1 (the
    part, CB22's) and killed or wounded 3 (the whole, this rule's), with no unspecified
    claim of "victims" besides. The whole counts the dead part too; like "three people were
    shot, one of them fatally", its sum is no second toll.
    """

    code = "CB130"
    words = (" victims",)  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "One of the three shooting victims, a 51-year-old man, died, police said.",
            {"category": "killed_or_wounded", "min": 3, "max": 3, "group": "shooting victims"},
        ),
        (
            "One of the two stabbing victims remained in critical condition on Sunday.",
            {"category": "killed_or_wounded", "min": 2, "max": 2},
        ),
    )
    counter_examples = (
        # a count of the victims of another harm; a part of the victims of no stated count
        "One of the three crash victims died.",
        "One of the shooting victims died.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found} | {b.figure.start for b in sent.bound.values()}
        result = []
        for match in _PART_OF_VICTIMS.finditer(sent.text):
            at = match.start("whole")
            if at in taken:
                continue
            figure = next(iter(find_figures(match["whole"])), None)
            if figure is None or (figure.figure.min or 0) < 2:
                continue
            whole = FigureSpan(at, match.end("whole"), figure.figure)
            act = match.start("act"), match.end("act")
            cue = next((h for h in sent.cues.hits if (h.start, h.end) == act), None)
            hit = cue or CueHit(*act, SHOT_OR_STABBED)
            group = f"{match['act'].lower()} victims"
            result.append(Binding(whole, hit, group, 0))
        return result
