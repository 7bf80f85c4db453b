"""CB83: a toll told by "it" right after a sentence about the toll ("It has since risen to 44")."""

from __future__ import annotations

import re

from rules.categories import Cue
from rules.claims.kinds import StoryRule
from rules.claims.parts import Binding, CueHit
from rules.numbers import FigureSpan, find_figures
from rules.text import Sentence

#: "it has since risen to", "it jumped to", "it rose to": the toll's verbs of growth with
#: "it" as their subject. Origin: general English of toll updates in disaster and war news.
#: "revised it down to", "put it at", "raised it to": a toll set again by someone, with "it"
#: as the object (the same English with the toll the subject of a verb of estimating).
#: "raised that to", "revised the figure to 16": the toll told before named by "that" or by a
#: word for a count (the same English, 45th session; not "put the figure at 9", a rival's
#: figure that RivalFigureAfter reads, or an old one).
SET_IT = (
    r"\b(?:(?:revised|revises|revising|lowered|lowers|raised|raises|corrected|corrects|updated"
    r"|updates|adjusted)\s+(?:it|that|(?:the|that)\s+(?:figure|number|count|tally))"
    r"|(?:put|puts|placed|places)\s+it)\s+(?:(?:sharply|slightly|again)\s+)?"
    r"(?:(?:down|up)(?:wards?)?\s+)?(?:to|at)\s+"
)
_IT_ROSE = re.compile(
    r"\bit\s+(?:had\s+|has\s+)?(?:since\s+|later\s+|then\s+|now\s+|quickly\s+)?"
    r"(?:climbed|climbs|rose|rises|risen|jumped|increased|reached|grew|grown)\s+to\s+"
    rf"|{SET_IT}",
    re.IGNORECASE,
)
#: A word after the figure that makes it a measure, not a count of people.
_UNIT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|degrees|feet|foot|metres|meters|inches|cm|km|miles"
    r"|points|dollars|euros|pounds|million|billion)\b",
    re.IGNORECASE,
)


def toll_pronoun_sentences(sentences: list[Sentence]) -> set[int]:
    """Indexes of the sentences whose "it" rose to a figure right after a sentence about a
    toll or a count of the dead or hurt, or after such a count in the same sentence: the
    sentences ``TollByPronoun`` reads."""
    found: set[int] = set()
    for i, sentence in enumerate(sentences):
        text = sentence.text
        if " to " not in text and " at " not in text:
            continue
        match = _IT_ROSE.search(text)
        if match is None:
            continue
        before = sentences[i - 1].text if i else ""
        if (
            ("toll" in before.lower() and _CASUALTY_TOLL.search(before))
            or _COUNT_TOLD.search(before)
            or _COUNT_HERE.search(text, 0, match.start())
        ):
            found.add(i)
    return found


#: A count of the dead or hurt told ("reported nine deaths", "12 people were killed"): what
#: the "it" or "the figure" of a sentence right after may be; in the same sentence, a count of
#: the missing too (the story before names only the dead or the hurt: ``story_category``).
_NUMBER = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|dozens?)"
)
_COUNT = (
    rf"\b(?:(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:[a-z]+\s+){{0,2}}?"
    rf"{_NUMBER}\b|{_NUMBER}\s+(?:[a-z]+\s+){{0,2}}?(?:deaths|dead|died|killed|fatalities"
    r"|casualties|injured|wounded|injuries|bodies"
)
_COUNT_TOLD = re.compile(_COUNT + r")\b)", re.IGNORECASE)
_COUNT_HERE = re.compile(_COUNT + r"|missing)\b)", re.IGNORECASE)


#: A toll of the dead or hurt, not a road's or a price's ("paid a toll of 5 dollars", "took
#: its toll on the economy"): a death/casualty toll, or a toll of a number of people.
_CASUALTY_TOLL = re.compile(
    r"\b(?:death|casualty|casualties|injury|victim)\s+tolls?\b"
    r"|\btolls?\s+of\s+(?:the\s+)?(?:dead|victims|casualties)\b"
    # "a toll of 30", "the toll was put at 30": a count soon after, no year, no money
    r"|\btolls?\b[^.\d]{0,30}?\b(?!(?:19|20)\d\d\b)\d[\d,]*\b"
    r"(?!\s*(?:dollars|euros|pounds|cents|%|percent))",
    re.IGNORECASE,
)


class TollByPronoun(StoryRule):
    """CB83 · "Health officials gave a toll of 30 on Monday. It has since risen to 44.": the
    "it" of a sentence right after one about the toll is that toll, of the category the
    story's claims before tell, or killed (a "toll" unqualified is a death toll) when they
    tell both. So is the "it" that someone sets again ("Officials revised it down to 38").
    """

    code = "CB83"
    own_category = "killed"
    examples = (
        (
            "Health officials gave a toll of 30 on Monday. It has since risen to 44.",
            {"category": "killed", "min": 44, "max": 44},
        ),
        (
            "The storm killed 30 people and injured 90. The toll was put at 30 on Monday."
            " It rose to 37 on Tuesday.",
            {"category": "killed", "min": 37},
        ),
        (
            "The death toll climbed to 41 overnight. By morning officials had revised it down"
            " to 38.",
            {"category": "killed", "min": 38, "max": 38},
        ),
    )
    counter_examples = (
        # the sentence before is no toll
        "Two people were killed. It rose to 12 degrees by noon.",
        # a road's toll, a price (review 9)
        "The bridge toll was raised in 2019. It has since risen to 12.",
        # a measure, not a count
        "The flood toll was put at 30. It rose to 12 feet overnight.",
        "The death toll was put at 30. The council has since raised it to 12 percent.",
    )

    def find(self, text: str, category: str, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        figures = find_figures(text)
        result: list[Binding] = []
        for match in _IT_ROSE.finditer(text):
            figure = _figure_at(text, match.end(), figures)
            if figure is None or figure.start in taken or figure.figure.min is None:
                continue
            if _UNIT_AFTER.match(text, figure.end):
                continue
            # "reported nine deaths but raised the figure to 16": the count told before it
            told = [b for b in found if b.figure.end <= match.start()]
            own = told[-1].cue.cue.category if told else category
            cue = CueHit(match.start(), match.end(), Cue(own, "toll", before=False))
            result.append(Binding(figure, cue, None, 0))
        return result


def _figure_at(text: str, at: int, figures: list[FigureSpan]) -> FigureSpan | None:
    """The figure that starts at ``at``; or, where the finder read "up to 48" as one figure
    (the "up" of "revised it up to 48"), the figure the words from ``at`` make alone."""
    figure = next((f for f in figures if f.start == at), None)
    if figure is not None or not any(f.start < at < f.end for f in figures):
        return figure
    alone = next((f for f in find_figures(text[at:]) if f.start == 0), None)
    return None if alone is None else FigureSpan(at, at + alone.end, alone.figure)
