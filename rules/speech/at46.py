"""AT46: a party that pledged or promised a sum (aid and compensation announcements)."""

from __future__ import annotations

import re

from rules.nouns import names_people
from rules.speech.at01 import ReportingVerb
from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt
from rules.speech.subjects import verb_source

#: The verbs of a pledge; before anything but a sum they are read as reporting verbs (AT01,
#: only before "that").
_PLEDGING = frozenset("pledged pledges promised promises".split())
_FALLBACK = ReportingVerb()

#: A sum right after the verb: a currency sign and its figure ("$2 million"), or a figure and
#: its currency word before what it is for or whom it goes to ("5,000 pesos to each family",
#: "40,000 vorns in aid"; general English of aid and compensation announcements).
_SUM = re.compile(
    r"\s+(?:(?:about|some|nearly|almost|another|an\s+extra|up\s+to)\s+)?(?:[$\u20ac\u00a3]"
    r"\s?\d|\d[\d,.]*(?:\s+(?:million|billion))?\s+([a-z]+)\s+(?:to|for|in|each|per)\b)",
    re.IGNORECASE,
)


class PledgedASum(CueRule):
    """AT46 · "The governor pledged 5,000 pesos to each family": a party that pledges or
    promises a sum of money states it; the source is the one who pledged. A pledge of people
    ("pledged 300 troops to the mission") is no sum here; "pledged that" is AT01's.
    """

    code = "AT46"
    examples = (
        (
            "The governor pledged 5,000 pesos to each family.",
            {"source": "The governor", "cue": "pledged"},
        ),
        (
            "The bank promised $2 million for the rebuilding.",
            {"source": "The bank", "cue": "promised"},
        ),
    )
    counter_examples = (
        "The alliance pledged 300 troops to the mission.",
        "The mayor pledged to rebuild the school.",
        "The council pledged support for the families.",
    )

    def accepts(self, word: str) -> bool:
        return word in _PLEDGING

    def find(self, at: CueAt) -> Candidate | None:
        rest = at.sentence.text[at.tokens[at.last].end - at.sentence.start :]
        pledged = _SUM.match(rest)
        if pledged is None or (pledged[1] is not None and names_people(pledged[1].lower())):
            return _FALLBACK.find(at)  # "promised that", "pledged that": AT01's, before "that"
        if at.c > 0 and at.tokens[at.c - 1].low in ("not", "never"):
            return None  # "has never pledged 5,000 pesos": no pledge made
        sourced = verb_source(at.tokens, at.c, at.last)
        if sourced is None:
            return None
        source, referent = sourced
        return Candidate(self.code, "statement", at.cue, source, at.sentence, referent=referent)
