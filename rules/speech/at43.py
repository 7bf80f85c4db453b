"""AT43: a side that "gave an account" of what happened (conflict and crime reporting)."""

from __future__ import annotations

import re

from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt, reporting_verb

#: The verbs of giving an account: "gave a different account", "gives its own version".
_GIVING = frozenset("gave gives offered offers".split())
#: The account given, right after the verb: a determiner, up to two words, then the noun.
_ACCOUNT = re.compile(
    r"\s+(?:a|an|their|his|her|its|our|the)\s+(?:[\w-]+\s+){0,2}?(?:account|version)s?\b",
    re.IGNORECASE,
)


class GaveAnAccount(CueRule):
    """AT43 · "Residents gave a different account", "The army offered its own version of
    events": the side that gives an account of what happened states it. Giving anything else
    ("gave a speech", "gave blood") is no statement here.
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
    )
    counter_examples = (
        "The mayor gave a speech at the memorial.",
        "Hundreds of residents gave blood on Sunday.",
        "The bank gave an account number to the family.",
    )

    def accepts(self, word: str) -> bool:
        return word in _GIVING

    def find(self, at: CueAt) -> Candidate | None:
        rest = at.sentence.text[at.tokens[at.last].end - at.sentence.start :]
        account = _ACCOUNT.match(rest)
        if account is None or rest[account.end() :].lstrip().lower().startswith("number"):
            return None
        return reporting_verb(at, self.code)
