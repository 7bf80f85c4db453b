"""CB16: a count in a gapped clause that shares the verb of the clause before it ("five
people were killed on Monday and 11 more on Tuesday")."""

from __future__ import annotations

import re

from rules.claims.groups import acceptable, following_group
from rules.claims.kinds import BoundRule
from rules.claims.parts import Binding, SentenceParse

#: Prepositions and time words that open the phrase each clause of a gapped pair has (the
#: place or the day): general English.
_PHRASE = (
    r"(?:on|in|at|near|during|across|outside|inside|around|along|from|after|before|overnight"
    r"|yesterday|today|earlier|later|last|this)\b"
)
#: From the casualty cue of the first clause to the gapped figure: its own place or time
#: phrase (no comma, no verb), then "and", ", and" or a comma of a series ("nine died on
#: Saturday, 14 on Sunday and a further six on Monday"), and "a further" or "another".
_LINK = r"(?:,?\s+and\s+|,\s+)(?:a\s+further\s+|another\s+)?$"
_TO_FIGURE = re.compile(r"\s+" + _PHRASE + r"[^,;:.!?\"]{0,50}?" + _LINK, re.IGNORECASE)
#: After the gapped figure: "more", "others" or a group of up to three words, then its own
#: place or time phrase, up to the end of the clause.
_AFTER_FIGURE = re.compile(
    r"(?:\s+(?:more|others|other\s+[a-z]+|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?))?\s+"
    + _PHRASE
    # the phrase itself: a determiner and up to two words, then the clause ends ("in the
    # south", "on Tuesday", "near the old mosque"), or "and" of a series; "in the region lost
    # power" goes on to a verb
    + r"(?:\s+(?:the|a|an|its|their|his|her))?(?:\s+[\w'-]+){0,2}?"
    # "in the port city of Verna": a place's name after its kind
    + r"(?:\s+of\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)?)?"
    + r"(?=\s*(?:[,;:.!?\"]|$)|\s+and\b)",
    re.IGNORECASE,
)
#: The "and" of a gapped pair (a series joined by commas is read after verbs only).
_AND_LINK = re.compile(r"\band\s+(?:a\s+further\s+|another\s+)?$", re.IGNORECASE)
#: Between one gapped clause's phrase and the next figure of a series.
_SERIES_LINK = re.compile(_LINK, re.IGNORECASE)
#: A state after its count, which a comma series shares as a verb's clauses do: "left 22
#: dead in Kestan, nine in Varl" (a noun's comma series is a breakdown: "38 casualties in X,
#: 20 in Y").
_STATES = frozenset(("dead", "injured", "wounded", "missing", "hurt"))
#: A verb in the gapped clause gives it a fate of its own ("and 11 were freed on Tuesday").
_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|been|remain|remained|died|said|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)


#: After a gapped count of the dead: "more" and a place of care, where they died ("nine died
#: on the road and three more in a clinic"), which a care cue alone reads as the hurt.
_MORE_IN_CARE = re.compile(
    r"\s+more\s+(?:(?:in|at)\s+(?:the\s+|a\s+)?(?:hospitals?|clinics?)|on\s+the\s+way\s+to)\b",
    re.IGNORECASE,
)


def _died_in_care(text: str, left: Binding, bound: Binding) -> bool:
    """Is the bound figure the dead of a gapped clause, "and three more in a clinic", after a
    count of those who "died" with a place of its own, which a care cue had bound as the
    hurt? Not when the clause goes on to their state ("..., three of them in critical
    condition", "in a stable condition"): those are alive."""
    if left.cue.cue.category != "killed" or bound.cue.cue.category != "wounded":
        return False
    if text[left.cue.start : left.cue.end].lower() not in ("died", "have died", "had died"):
        return False
    more = _MORE_IN_CARE.match(text, bound.figure.end)
    return more is not None and _ALIVE.match(text, more.end()) is None


#: The rest of the sentence tells the people in care are alive.
_ALIVE = re.compile(
    r"[^.;]*?\b(?:condition|critical|stable|serious|injur\w*|wounded|hurt|recovering"
    r"|treated)\b",
    re.IGNORECASE,
)


class GappedCount(BoundRule):
    """CB16 · A count whose clause shares the verb of the casualty clause before it, each
    with its own place or time: "Five people were killed on Monday and 11 more on Tuesday"
    is also killed 11; "four soldiers died in the north and two in the south" is killed 2.
    """

    code = "CB16"
    rebinds = True  # "and three more in a clinic": a care cue's binding of the dead
    examples = (
        (
            "Five people were killed on Monday and 11 more on Tuesday, officials said.",
            {"category": "killed", "min": 11},
        ),
        (
            "Four soldiers died in the north and two in the south.",
            {"category": "killed", "min": 2},
        ),
        (
            "Nine people died on Saturday, 14 on Sunday and a further six on Monday.",
            {"category": "killed", "min": 6},
        ),
        (
            "SEVEN CIVILIANS WERE WOUNDED IN THE MARKET AND 12 NEAR THE MOSQUE.",
            {"category": "wounded", "min": 12},
        ),
        (
            "Six people died at the scene and four more in hospital, police said.",
            {"category": "killed", "min": 4},
        ),
    )
    counter_examples = (
        # the second clause has a verb of its own
        "Five people were killed on Monday and 11 were freed on Tuesday.",
        # no place or time of its own: a list, not a gapped clause
        "Five people were killed on Monday and 11 cars burned.",
        # the figure is not in a phrase of its own
        "Two soldiers were killed in 2019 and 2020 saw no attacks.",
        # the second clause goes on to a verb of its own, however it is spelt
        "Two people were killed in the crash and 40 in the stands saw it happen.",
        "Three people were killed in the storm and 2,000 in the region lost power.",
        # no place of the first clause's own: those in hospital may be the hurt
        "Six people were killed and four more in hospital.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        found: dict[int, Binding] = {}
        text, figures = sent.text, sent.figures
        for i in range(1, len(figures)):
            left = sent.bound.get(i - 1)
            figure = figures[i]
            chained = found.get(i - 1)  # a series: "..., 14 on Sunday and a further six"
            if chained is not None and i not in sent.bound:
                link = _AFTER_FIGURE.match(text, figures[i - 1].end)
                start = link.end() if link else figure.start
                if link and _SERIES_LINK.fullmatch(text, start, figure.start):
                    left = chained
                    after_left = start
                else:
                    continue
            elif left is None or left.cue.start < figures[i - 1].end:
                continue  # the cue must follow its figure: "were killed", "died"
            elif i in sent.bound and not _died_in_care(text, left, sent.bound[i]):
                continue
            else:
                after_left = left.cue.end
            if after_left > figure.start or not (
                chained is not None or _TO_FIGURE.fullmatch(text, after_left, figure.start)
            ):
                continue
            if (
                left.cue.cue.after == "toll"
                and text[left.cue.start : left.cue.end].lower() not in _STATES
                and not _AND_LINK.search(text, after_left, figure.start)
            ):
                continue  # "38 casualties in X, 20 in Y": a noun's breakdown, not a gapped verb
            after = _AFTER_FIGURE.match(text, figure.end)
            if after is None or _VERB.search(after.group()):
                continue
            group = following_group(text[figure.end : after.end()])
            candidate = Binding(figure, left.cue, group, figure.start - left.cue.end)
            if acceptable(candidate):
                found[i] = candidate
        return found
