"""CB76: a rival figure put, in the next sentence, on the toll told before it."""

from __future__ import annotations

import re

import re2

from rules.categories import Cue
from rules.claims.cb28 import PUT_FIGURE, counts_else
from rules.claims.figures import has_any
from rules.claims.kinds import StoryRule
from rules.claims.parts import Binding, CueHit
from rules.nouns import is_human_plural
from rules.numbers import ASCII_SPACE, ascii_lacks, find_figures
from rules.text import Sentence

#: A rival headcount is no figure of millions ("estimated the figure at 1.2 billion" is money).
_MOST = 1_000_000
#: The bare count noun as the subject: "the figure was later put at 11", "the number had
#: risen to 11" (news English updating the toll told just before).
_COUNT_SET = re.compile(
    r"\b(?:the|that)\s+(?:figure|number|count|tally)\s+(?:(?:was|is|has|had)\s+(?:been\s+)?)?"
    r"(?:(?:later|since|now|already|officially)\s+)?(?:(?:put|placed|estimated)\s+at"
    r"|(?:rose|risen|climbed|jumped|increased|grew|grown)\s+to)\s+",
    re.IGNORECASE,
)
#: ``PUT_FIGURE`` or ``_COUNT_SET`` for RE2 over the lower case of a whole ASCII document,
#: ``\s`` as Python reads it: neither has a look-around or reaches past its sentence, so a
#: story without one skips the sentence-by-sentence scans in one linear pass.
_SET_ASCII = re2.compile(
    "|".join(f"(?:{p.pattern})" for p in (PUT_FIGURE, _COUNT_SET))
    .replace(r"\s", ASCII_SPACE)
    .encode("ascii")
)
#: The words one of the patterns needs (the cheap test before them).
_HINTS = ("put", "estimat", "plac", "rose", "risen", "climb", "jump", "increas", "grew", "grown")


def rival_figure_sentences(sentences: list[Sentence]) -> set[int]:
    """Indexes of the sentences after the first that put a bare count noun at a figure: the
    sentences ``RivalFigureAfter`` reads when the story before them tells a toll."""
    found: set[int] = set()
    # a match inside a sentence is one in the sentences joined by line breaks (no word
    # character, so its "\b" still holds)
    if ascii_lacks(_SET_ASCII, "\n".join(s.text for s in sentences[1:]).lower()):
        return found
    for i in range(1, len(sentences)):
        low = sentences[i].text.lower()
        if has_any(low, _HINTS) and (PUT_FIGURE.search(low) or _COUNT_SET.search(low)):
            found.add(i)
    return found


class RivalFigureAfter(StoryRule):
    """CB76 · "The army said 14 soldiers were killed. The rebels put the figure at 30.": a
    figure put on a bare count noun ("the figure", "their own count") in the sentence right
    after a toll counts what that toll counts (killed 30). So does the bare count noun as a
    subject ("The figure was later put at 30", "the number had risen to 30"). Only when the
    story before tells one thing, killed or wounded; a count before it in its own sentence is
    CB28's.
    """

    code = "CB76"
    examples = (
        (
            "The army said 14 soldiers were killed in the ambush. The rebels put the figure at 30.",
            {"category": "killed", "min": 30, "max": 30},
        ),
        (
            "Police said six people were hurt. Witnesses placed the number at more than a dozen.",
            {"category": "wounded", "min": 12, "qualifier": "more_than"},
        ),
        (
            "A bus plunged into a gorge, killing nine people. By dusk the number had risen to 15.",
            {"category": "killed", "min": 15, "max": 15},
        ),
    )
    counter_examples = (
        # the story before tells killed and wounded both: which count is meant is unknown
        "The storm killed 30 people and injured 90. Officials put the figure at 40.",
        # the figure counts other things
        "Two workers were hurt in the fire. The union put the figure at 300 jobs.",
        # money, not people
        "Four people died in the flood. Insurers estimated the figure at 1.2 billion.",
        # no toll before it
        "The council met on Monday. Residents put the figure at 20.",
        # a rate, and a number of other things
        "Nine people died in the heat. The number rose to 40 percent.",
        "Nine people died in the heat. The number of calls rose to 400.",
    )

    def find(self, text: str, category: str, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        figures = find_figures(text)
        result: list[Binding] = []
        for match in (*PUT_FIGURE.finditer(text), *_COUNT_SET.finditer(text)):
            if any(f.end <= match.start() for f in figures):
                continue  # a count before it in the sentence: CB28 reads the pair
            # the figure at the match's end, or one that takes its last words in ("closer to")
            figure = next((f for f in figures if f.start <= match.end() < f.end), None)
            if figure is None or figure.start in taken or figure.figure.min is None:
                continue
            if figure.figure.min >= _MOST or counts_else(text, figure.end, None):
                continue
            after = text[figure.end :].split(maxsplit=1)
            named = after[0].strip(".,;") if after else ""
            group = named if is_human_plural(named.lower()) else None
            cue = CueHit(match.start(), match.end(), Cue(category, "toll", before=False))
            result.append(Binding(figure, cue, group, 0))
        return result
