"""AT43: a side that "gave an account" of what happened, or its own figure (conflict and crime
reporting)."""

from __future__ import annotations

import re

from rules.numbers import FIGURE_RE
from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt, reporting_verb
from rules.speech.subjects import verb_source

#: The verbs of giving an account: "gave a different account", "gives its own version".
_GIVING = frozenset("gave gives given offered offers".split())
#: The auxiliaries of a perfect before "given": "had given a toll of 23" (not "given a toll").
_PERFECT = frozenset("has have had".split())
#: The account given, right after the verb: a determiner, up to two words, then the noun.
_ACCOUNT = re.compile(
    r"\s+(?:a|an|their|his|her|its|our|the)\s+(?:[\w-]+\s+){0,2}?(?:account|version"
    # "gave a much higher figure", "offered its own estimate" (thirty-fifth session), "gave a
    # grimmer count" (44th)
    r"|figure|toll|estimate|tally|count)s?\b",
    re.IGNORECASE,
)


#: A count of things after "gave a count": "of the votes", "of birds seen" (not "of the dead").
_COUNT_OF = re.compile(
    r"\s+of\s+(?!(?:the\s+)?(?:dead|killed|victims|injured|wounded|casualties|deaths|bodies)\b)",
    re.IGNORECASE,
)


#: The participle that tells what the figure was, in the same clause: "gave a higher toll on
#: Sunday, saying": the statement is that participle's (``rules.speech.statements``).
_SAYING_NEXT = re.compile(r"[^.;:\"]*?,\s+(?:saying|adding|stating|telling)\b", re.IGNORECASE)
#: What makes the noun another thing: "an account number", "a figure of speech", "the toll
#: booth", "a figure of eight"; or a second object after it ("gave the figure a new head").
_ANOTHER_THING = re.compile(
    r"\s+(?:number|booth|road|plaza|of\s+(?:speech|eight)|of\s+[a-z]+\s+over\b"
    r"|as\s+(?:an?\s+)?(?:example|illustration|reason|sign|proof)\b"
    r"|(?:a|an|the|its|his|her|their)\b)",  # "a count of eight over the boxer" (44th)
    re.IGNORECASE,
)


class GaveAnAccount(CueRule):
    """AT43 · "Residents gave a different account", "The army offered its own version of
    events", "The rebels gave a much higher figure": the side that gives an account of what
    happened, or a figure of its own ("had given the number of dead as 14"), states it. Giving
    anything else ("gave a speech", "gave blood") is no statement here.
    """

    code = "AT43"
    examples = (
        (
            "Residents of the village gave a different account.",
            {"source": "Residents of the village", "cue": "gave"},
        ),
        (
            "The army offered its own version of events.",
            {"source": "The army", "cue": "offered"},
        ),
        ("The rebels gave a much higher figure.", {"source": "The rebels", "cue": "gave"}),
        (
            "By noon the coast guard had given the number of dead as 14.",
            {"source": "the coast guard", "cue": "given the number of dead as"},
        ),
        ("The county had given a toll of 23 dead.", {"source": "The county", "cue": "given"}),
    )
    counter_examples = (
        "The mayor gave a speech at the memorial.",
        "Hundreds of residents gave blood on Sunday.",
        "The bank gave an account number to the family.",
        "The donors gave a figure of speech its due.",
        "The mayor gave the figure as an example of neglect.",
        "Given a toll of 18 dead, the council closed the bridge.",
    )

    def accepts(self, word: str) -> bool:
        return word in _GIVING

    def find(self, at: CueAt) -> Candidate | None:
        rest = at.sentence.text[at.tokens[at.last].end - at.sentence.start :]
        if at.tokens[at.last].low == "as":  # "had given the number of dead as 14" (44th)
            if FIGURE_RE.match(rest.lstrip(' "\u201c')):
                return _given_as(at, self.code)
            # "gave its toll as well as a list": read as the account it may be
            rest = at.sentence.text[at.tokens[at.c].end - at.sentence.start :]
        account = _ACCOUNT.match(rest)
        if account is None or _ANOTHER_THING.match(rest, account.end()):
            return None
        if account[0].rstrip().lower().endswith("count") and _COUNT_OF.match(rest, account.end()):
            return None  # "gave a count of the votes": a count of things, no toll
        if _SAYING_NEXT.match(rest, account.end(), account.end() + 90):
            return None  # "gave a higher toll, saying 14 died": one statement, told by "saying"
        if at.word == "given":  # "The county had given a toll of 23 dead" (52nd session)
            perfect = at.c > 0 and at.tokens[at.c - 1].low in _PERFECT
            return _given_as(at, self.code) if perfect else None
        return reporting_verb(at, self.code)


def _given_as(at: CueAt, code: str) -> Candidate | None:
    """The subject that gave a count as a figure, found as for a reporting verb ("the coast
    guard had given the number of dead as 14")."""
    sourced = verb_source(at.tokens, at.c, at.last)
    if sourced is None:
        return None
    source, referent = sourced
    return Candidate(code, "statement", at.cue, source, at.sentence, referent=referent)
