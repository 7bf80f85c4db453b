"""CB83: a toll told by "it" right after a sentence about the toll ("It has since risen to 44")."""

from __future__ import annotations

import re

import re2

from rules.categories import Cue
from rules.claims.kinds import StoryRule
from rules.claims.parts import Binding, CueHit
from rules.counted_after import people_after
from rules.numbers import ASCII_SPACE, FigureSpan, ascii_lacks, find_figures
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
    # a day between ("lowered that number on Friday to 31")
    r"(?:(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|overnight|later)\s+)?"
    r"(?:(?:down|up)(?:wards?)?\s+)?(?:to|at)\s+"
)
_IT_ROSE = re.compile(
    r"\bit\s+(?:had\s+|has\s+)?(?:since\s+|later\s+|then\s+|now\s+|quickly\s+)?"
    r"(?:climbed|climbs|rose|rises|risen|jumped|increased|reached|grew|grown)\s+to\s+"
    rf"|{SET_IT}",
    re.IGNORECASE,
)
#: ``_IT_ROSE`` for RE2 over a whole ASCII document, ``\s`` as Python reads it: the pattern
#: has no look-around and none of its matches reaches past its own sentence, so a document
#: without one (nearly every story) skips Python's search of each sentence in one linear pass.
_IT_ROSE_ASCII = re2.compile(
    ("(?i)" + _IT_ROSE.pattern.replace(r"\s", ASCII_SPACE)).encode("ascii")
)
#: Only a toll set again by someone follows a count of the dead that no "toll" names: "it rose
#: to 43" after "Five people died" may be the heat (review45a).
_SET = re.compile(SET_IT, re.IGNORECASE)


def toll_pronoun_sentences(sentences: list[Sentence]) -> set[int]:
    """Indexes of the sentences whose "it" rose to a figure right after a sentence about a
    toll or a count of the dead or hurt, or after such a count in the same sentence: the
    sentences ``TollByPronoun`` reads."""
    found: set[int] = set()
    # a match inside a sentence is one in the sentences joined by line breaks (no word
    # character, so its "\b" still holds)
    if ascii_lacks(_IT_ROSE_ASCII, "\n".join(sentence.text for sentence in sentences)):
        return found
    for i, sentence in enumerate(sentences):
        text = sentence.text
        if " to " not in text and " at " not in text:
            continue
        match = _IT_ROSE.search(text)
        if match is None:
            continue
        before = sentences[i - 1].text if i else ""
        if ("toll" in before.lower() and _CASUALTY_TOLL.search(before)) or _set_after_count(
            text, before
        ):
            found.add(i)
    return found


def _set_after_count(text: str, before: str) -> bool:
    """Is a toll set again in ``text`` ("revised that to 16") after a count of the dead or
    hurt in the sentence ``before`` or earlier in its own?"""
    setter = _SET.search(text)
    if setter is None:
        return False
    return bool(_COUNT_TOLD.search(before) or _COUNT_HERE.search(text, 0, setter.start()))


#: A count of the dead or hurt told ("reported nine deaths", "12 people were killed"): what
#: the "it" or "the figure" of a sentence right after may be; in the same sentence, a count of
#: the missing too (the story before names only the dead or the hurt: ``story_category``).
_NUMBER = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|dozens?)"
)
_HARM_NOUNS = "deaths|dead|died|killed|fatalities|casualties|injured|wounded|hurt|injuries|bodies"


def _count_told(nouns: str) -> re.Pattern[str]:
    """A count told by a verb of harm before it ("killed at least 12") or a noun after it."""
    return re.compile(
        rf"\b(?:(?:killed|killing|kills|wounded|wounding|injured|injuring)\s+(?:[a-z]+\s+){{0,2}}?"
        rf"{_NUMBER}\b|{_NUMBER}\s+(?:[a-z]+\s+){{0,2}}?(?:{nouns})\b)",
        re.IGNORECASE,
    )


_COUNT_TOLD = _count_told(_HARM_NOUNS)
_COUNT_HERE = _count_told(_HARM_NOUNS + "|missing")


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
        taken = {k for b in found for k in range(b.figure.start, b.figure.end)}
        figures = find_figures(text)
        result: list[Binding] = []
        for match in _IT_ROSE.finditer(text):
            figure = _figure_at(text, match.end(), figures)
            if figure is None or figure.start in taken or figure.figure.min is None:
                continue
            if not people_after(text, figure.end):
                continue  # "12 feet", "16 branches": a measure or a count of something else
            if figure.figure.min >= 1_000_000:
                continue  # "raised it to 2 million": money, not the dead
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
