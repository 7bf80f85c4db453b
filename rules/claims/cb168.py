"""CB168: a part of the toll told right before, named by who they were in the next sentence
("An air strike killed 20 people. Seven were children, the council said.")."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import StoryRule
from rules.claims.parts import Binding, CueHit
from rules.nouns import is_human_plural
from rules.numbers import count_at, find_figures
from rules.text import Sentence

#: A sentence that opens with a count, perhaps "of the victims" or "of the dead", and says who
#: they were by a plural of people: "Seven were children", "At least four of the victims were
#: women", "Two were foreign aid workers" (general English of the lines that follow a toll).
#: The plural ends its clause: "Seven were arrested", "were in the car", "were named on
#: Tuesday" name no one.
_PART = re.compile(
    r"^\W*(?:(?:at\s+least|more\s+than|about|around|nearly|almost|some)\s+)?(?P<n>[\w,-]+)"
    r"(?:\s+of\s+(?:the|those)\s+(?:victims|dead|killed|injured|wounded|hurt|casualties))?"
    r"\s+(?:were|was)\s+(?:(?:also|all)\s+)?(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:and|aged|under|from)\b)",
    re.IGNORECASE,
)
#: The nouns of the toll itself, no group of its own ("Seven were victims").
_NO_GROUP = frozenset({"people", "persons", "victims", "casualties", "individuals"})
_PART_CUE = {
    category: Cue(category, "(part told after)", before=True) for category in ("killed", "wounded")
}


def _was_or_were(text: str) -> bool:
    """Does ``text`` hold "was" or "were" in any case, as ``_PART`` needs? ``casefold``, not
    ``lower``: the regex's IGNORECASE reads the long s ("\u017f") as an "s"."""
    folded = text.casefold()
    return "was" in folded or "were" in folded


def part_after_toll_sentences(sentences: list[Sentence]) -> set[int]:
    """Indexes of the sentences that open with a part told by who they were, right after a
    sentence with a larger count: the sentences ``PartOfTollAfter`` reads."""
    found: set[int] = set()
    for i, sentence in enumerate(sentences[1:], start=1):
        part = _part(sentence.text)
        if part is None:
            continue
        before = [f.figure.max or f.figure.min or 0 for f in find_figures(sentences[i - 1].text)]
        if part[0] < max(before, default=0):
            found.add(i)
    return found


def _part(text: str) -> tuple[float, Binding] | None:
    """The count a sentence opens with and its people, as a binding with no cue yet."""
    if not _was_or_were(text):
        return None  # most sentences: a cheaper test than ``_PART``'s first words
    match = _PART.match(text)
    if match is None or match["noun"].lower() in _NO_GROUP:
        return None
    if not is_human_plural(match["noun"]):
        return None
    start, end = match.span("n")
    figure = next((f for f in find_figures(text) if f.start <= start < f.end), None)
    figure = figure or count_at(text, start, end)  # "four of the victims": a part, unfound
    if figure is None or figure.figure.min is None or figure.end > end:
        return None
    cue = CueHit(match.start("noun"), match.end("noun"), _PART_CUE["killed"])
    return figure.figure.max or figure.figure.min, Binding(figure, cue, match["noun"], 0)


class PartOfTollAfter(StoryRule):
    """CB168 · A sentence that opens with a count and says who they were, right after a toll
    larger than it, is a part of that toll, of the story's category: "The bombing killed 30
    people. At least four of the victims were women" is killed 4 (women). It states a part
    (``states_part``): the key figure keeps the whole. Not "Seven were arrested later" (a
    verb of its own), "Seven were in the car", "Four of the victims were named on Tuesday".
    """

    code = "CB168"
    states_part = True
    examples = (
        (
            "An air raid killed 20 people in Tamo on Monday. Seven were children, the council"
            " said.",
            {"category": "killed", "min": 7, "group": "children"},
        ),
    )
    counter_examples = (
        "The bombing killed 30 people. Seven were arrested later.",
        "The bombing killed 30 people. Seven were in the car.",
        "The bombing killed 30 people. Four of the victims were named on Tuesday.",
    )

    def find(self, text: str, category: str, found: list[Binding]) -> list[Binding]:
        part = _part(text)
        if part is None or category not in _PART_CUE:
            return []
        binding = part[1]
        if any(b.figure.start == binding.figure.start for b in found):
            return []  # "Four of the dead were sisters": CB43's part already
        cue = CueHit(binding.cue.start, binding.cue.end, _PART_CUE[category])
        return [Binding(binding.figure, cue, binding.group, 0)]
