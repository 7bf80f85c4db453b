"""AT01: a reporting verb with its source."""

from __future__ import annotations

from rules.phrases import surname_said
from rules.speech.false_cues import added_an_object
from rules.speech.kinds import CueRule
from rules.speech.statements import (
    Candidate,
    CueAt,
    reporting_verb,
)
from rules.tokens import Token


class ReportingVerb(CueRule):
    """AT01 · A reporting verb with its subject, inverted subject or agent: "X said".

    Also "said X", "X told reporters", "it was reported by X".
    """

    code = "AT01"
    examples = (
        ("The ministry said 12 soldiers were killed.", {"source": "The ministry", "cue": "said"}),
        ('"We held the line," said Col. Ana Ruiz.', {"source": "Col. Ana Ruiz"}),
        ("Mayor Tom Reyes told reporters the bridge would reopen.", {"source": "Mayor Tom Reyes"}),
        ("Dr. Lena Moss claimed that 14 lives were lost.", {"source": "Dr. Lena Moss"}),
        # a relative clause's own subject estimates the size
        (
            "He spoke to a rally that organisers estimated at 8,000 people.",
            {"source": "organisers", "cue": "estimated"},
        ),
        # the surname "Said" is part of the name, not a second verb
        (
            '"The school stays shut," said Leila Said, a teacher in Brell.',
            {"source": "Leila Said, a teacher in Brell", "cue": "said"},
        ),
        # a counted group keeps its article; a clause on a part of it is skipped
        (
            "The two men, both of whom asked not to be named, said the talks had stalled.",
            {"source": "The two men", "anonymous": True},
        ),
        # two definite subjects joined at the clause's start are one source
        (
            "Both the army and the rebels said the truce had held.",
            {"source": "Both the army and the rebels"},
        ),
        # the agent of a passive is the one a "who" clause hangs on
        (
            "The toll was disputed by opposition lawmakers, who said it was far higher.",
            {"source": "opposition lawmakers"},
        ),
    )
    counter_examples = (
        "The said vehicle was found abandoned near the depot.",
        "Says who?",
        "He is said to have fled the city.",
        "The landslide claimed nine lives in the valley.",
        # a participle: the one accused says nothing
        "The court freed the landlord accused of setting the fire.",
        # a participle: the thing sized says nothing
        "Crowds estimated at 10,000 lined the route to the cemetery.",
    )

    def accepts(self, word: str) -> bool:
        return True

    def find(self, at: CueAt) -> Candidate | None:
        if _not_a_verb(at):
            return None
        return reporting_verb(at, self.code)


def _not_a_verb(at: CueAt) -> bool:
    """A surname "Said" ("Leila Said", ``rules.phrases.surname_said``); "accused of" is the
    participle of the accused ("the landlord accused of arson"), who says nothing, and
    "estimated at" that of a thing sized ("damage estimated at $2 million"); no one who
    "replied" after "none" or "neither" said anything."""
    tokens, c = at.tokens, at.c
    if tokens[c].low == "accused" and c + 1 < len(tokens) and tokens[c + 1].low == "of":
        return True
    if tokens[c].low == "estimated" and _valued_at(tokens, c):
        return True  # "Crowds estimated at 10,000 lined the route": a size, not a speaker
    if tokens[c].low in ("replied", "responded") and any(
        t.low in ("none", "neither") for t in tokens[max(0, c - 8) : c]
    ):
        return True  # "None of the companies replied to emails": a silence (AT05)
    if added_an_object(tokens, c):
        return True  # "Blake added nine assists": a sum, not a speaker
    if tokens[c].low.startswith("announc") and _ends_on_selves(tokens, c):
        return True  # "officers knocked and announced themselves": who they were, no words
    return surname_said(tokens, c)


def _ends_on_selves(tokens: list[Token], c: int) -> bool:
    """ "knocked and announced themselves." or "... numerous times": the reflexive is all that
    was announced; not when a complement follows it ("announced themselves the winners",
    "announced itself satisfied that ...": a claim announced)."""
    if c + 1 >= len(tokens) or tokens[c + 1].low not in _SELVES:
        return False
    after = tokens[c + 2] if c + 2 < len(tokens) else None
    return after is None or not after.is_word or after.low not in _COMPLEMENTS


#: What opens a complement after "announced themselves": a determiner, or an adjective of
#: a stance (general English: "announced itself satisfied", "responsible", "ready").
_COMPLEMENTS = frozenset(
    """the a an that satisfied responsible ready willing opposed pleased victorious""".split()
)

#: Reflexive objects after "announced" ("knocked and announced themselves", police raid
#: copy): the speakers made known who they were, and no words are reported ("declared
#: himself the winner" is a claim, and stays one).
_SELVES = frozenset("themselves himself herself myself ourselves itself".split())


def _valued_at(tokens: list[Token], c: int) -> bool:
    """ "estimated at 10,000": the participle of a size, not "estimated at least 2,000"."""
    after = [t.low for t in tokens[c + 1 : c + 3]]
    if after[:1] != ["at"] or after[1:] in (["least"], ["most"]):
        return False
    # "a crowd that the campaign estimated at 3,000": a relative clause's own subject
    return not any(t.low in ("that", "which", "whom") for t in tokens[max(0, c - 5) : c])
