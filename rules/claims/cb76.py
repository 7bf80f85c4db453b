"""CB76: a rival figure put, in the next sentence, on the toll told before it."""

from __future__ import annotations

from rules.categories import Cue
from rules.claims.cb28 import PUT_FIGURE, counts_else
from rules.claims.kinds import StoryRule
from rules.claims.parts import Binding, CueHit
from rules.nouns import is_human_plural
from rules.numbers import find_figures
from rules.text import Sentence

#: A rival headcount is no figure of millions ("estimated the figure at 1.2 billion" is money).
_MOST = 1_000_000


def rival_figure_sentences(sentences: list[Sentence]) -> set[int]:
    """Indexes of the sentences after the first that put a bare count noun at a figure: the
    sentences ``RivalFigureAfter`` reads when the story before them tells a toll."""
    found: set[int] = set()
    for i in range(1, len(sentences)):
        low = sentences[i].text.lower()
        if ("put" in low or "estimat" in low or "plac" in low) and PUT_FIGURE.search(low):
            found.add(i)
    return found


class RivalFigureAfter(StoryRule):
    """CB76 · "The army said 14 soldiers were killed. The rebels put the figure at 30.": a
    figure put on a bare count noun ("the figure", "their own count") in the sentence right
    after a toll counts what that toll counts (killed 30). Only when the story before tells
    one thing, killed or wounded; a count before it in its own sentence is CB28's.
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
    )

    def find(self, text: str, category: str, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        figures = find_figures(text)
        result: list[Binding] = []
        for match in PUT_FIGURE.finditer(text):
            if any(f.end <= match.start() for f in figures):
                continue  # a count before it in the sentence: CB28 reads the pair
            figure = next((f for f in figures if f.start == match.end()), None)
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
