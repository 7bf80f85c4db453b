"""AT09: a record, a poll or figures show something."""

from __future__ import annotations

from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt, reporting_verb, source_head
from rules.tokens import Token

#: What can "show" a fact in news: records, counts and studies, not people or events, and
#: not pictures ("footage showed water three metres deep" describes, it does not report).
#: Origin: general English news ("court records show", "polls show", "figures showed").
_DOCUMENTS = frozenset(
    """record records document documents filing filings data figures figure numbers
    statistics stats poll polls survey surveys study studies report reports analysis
    analyses census tally count counts estimate estimates results research logs
    transcript transcripts audit audits review""".split()
)


class Shows(CueRule):
    """AT09 · A record, poll or set of figures that shows a fact: "court records show",
    "state figures showed"; the source is the document.
    """

    code = "AT09"
    examples = (
        (
            "Court records show the driver was arrested twice last year.",
            {"source": "Court records", "cue": "show"},
        ),
        (
            "Shooting deaths fell from 40 to 12, state figures show.",
            {"source": "state figures", "cue": "show"},
        ),
    )
    counter_examples = (
        "The photos show a burned-out bus on the bridge road.",
        "Television footage showed water up to the windows of the station.",
        "The mayor showed reporters the flooded basement.",
        "Protesters showed up at the depot on Monday.",
    )

    def accepts(self, word: str) -> bool:
        return word in ("show", "shows", "showed")

    def find(self, at: CueAt) -> Candidate | None:
        tokens, last = at.tokens, at.last
        if last + 1 < len(tokens) and tokens[last + 1].low in ("up", "off", "how", "a", "an"):
            return None  # "showed up", "shows how", "show a burned-out bus": not a report
        candidate = reporting_verb(at, self.code)
        if candidate is None or not _document(tokens, candidate.source):
            return None
        return candidate


def _document(tokens: list[Token], source: tuple[int, int]) -> bool:
    head = source_head(tokens, source)
    return head is not None and head.low in _DOCUMENTS
