"""AT09: a record, a poll, figures or an inquiry show or find something."""

from __future__ import annotations

from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt, reporting_verb, source_head
from rules.speech.that_clause import that_clause_at
from rules.tokens import Token

#: What can "show" a fact in news: records, counts and studies, not people or events, and
#: not pictures ("footage showed water three metres deep" describes, it does not report).
#: Origin: general English news ("court records show", "polls show", "figures showed").
_DOCUMENTS = frozenset(
    """record records document documents filing filings data figures figure numbers
    statistics stats poll polls survey surveys study studies report reports analysis
    analyses census tally count counts estimate estimates results research logs
    transcript transcripts audit audits review investigation investigations inquiry
    inquiries probe autopsy autopsies""".split()
)

#: Words that may come between a document's head and its verb: a participle's or a
#: preposition's phrase ("a report published in May by the rights group X found").
_POSTMODIFIER_OPENERS = frozenset("by of from in on for into".split())


class Shows(CueRule):
    """AT09 · A record, poll or set of figures that shows a fact: "court records show",
    "state figures showed"; the source is the document. Also a finding told by an inquiry, a
    court or experts ("The commission found that ..."): the source is the finder.
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
        (
            "A survey published on Monday by Orsel University showed the mayor ahead by nine.",
            {"source": "A survey published on Monday by Orsel University", "cue": "showed"},
        ),
        (
            "An autopsy found that the man died of a single gunshot wound.",
            {"source": "An autopsy", "cue": "found"},
        ),
        (
            "The commission found that soldiers killed at least 86 civilians.",
            {"source": "The commission", "cue": "found"},
        ),
    )
    counter_examples = (
        "The photos show a burned-out bus on the bridge road.",
        "Television footage showed water up to the windows of the station.",
        "The mayor showed reporters the flooded basement.",
        "Protesters showed up at the depot on Monday.",
        "Divers searching the lake found two bodies on Sunday.",
        "The inquiry team found three more bodies in the rubble on Tuesday.",
        "Divers found that afternoon that the hull had split.",
    )

    def accepts(self, word: str) -> bool:
        return word in ("show", "shows", "showed", "found", "finds")

    def find(self, at: CueAt) -> Candidate | None:
        tokens, c, last = at.tokens, at.c, at.last
        after = tokens[last + 1].low if last + 1 < len(tokens) else ""
        if after in ("up", "off", "how") or (at.word.startswith("show") and after in ("a", "an")):
            return None  # "showed up", "shows how", "show a burned-out bus": not a report
        near = tokens[max(0, c - _REACH) : c]
        if not any(t.low in _DOCUMENTS for t in (*near, *tokens[: min(c, 4)])):
            if at.word in ("found", "finds") and that_clause_at(tokens, last + 1):
                return _finding(at, self.code)
            return None  # no document before the verb: cheap, before any phrase search
        if at.word in ("found", "finds") and _physical_find(tokens, last):
            return None  # "the inquiry found three more bodies": a find, not a finding
        candidate = reporting_verb(at, self.code)
        if candidate is not None and _document(tokens, candidate.source):
            return candidate
        subject = _document_subject(tokens, at.c)
        if subject is None:
            return None
        source = (tokens[subject[0]].start, tokens[subject[1]].end)
        return Candidate(self.code, "statement", at.cue, source, at.sentence)


#: Participles that open a document's phrase without "-ed": "records seen by this newspaper",
#: "figures given to parliament", "logs kept by the coastguard" (English irregular verbs).
_IRREGULAR_PARTICIPLES = frozenset("seen shown given written kept drawn made sent".split())

#: Sentence adverbs set off by commas before the verb: "records, however, show".
_ASIDES = frozenset("however though meanwhile too also moreover".split())

#: How far before the verb a document's head may stand ("A survey published on Monday by the
#: Orsel Institute of Public Affairs showed"); a sentence's opening document is also read.
_REACH = 14

#: What is found in the ground, not in a report: "found two bodies", "found the weapon".
_FOUND_THINGS = frozenset(
    """body bodies remains corpse corpses survivor survivors victim victims people weapon
    weapons gun guns""".split()
)


#: Who makes findings (inquiries, courts and experts, not a resident who "found that hard to
#: believe" nor police who "found that the door was locked"): general English of reports.
_FINDERS = frozenset(
    """commission commissions committee inquiry inquest investigation investigators
    investigator review panel court judge jury coroner tribunal researchers scientists
    experts analysts auditors inspectors inspector watchdog ombudsman regulator probe""".split()
)
#: A noun "that" points at after "found" ("found that man guilty", "that car abandoned").
_POINTED_AT = frozenset("man woman person car house vehicle one building".split())


def _finding(at: CueAt, code: str) -> Candidate | None:
    """ "The commission found that ...": a finding told by whoever made it."""
    that = at.last + 1
    while at.tokens[that].low != "that":
        that += 1  # past a time: "found on Monday that"
    if that + 1 < len(at.tokens) and at.tokens[that + 1].low in _POINTED_AT:
        return None
    candidate = reporting_verb(at, code)
    if candidate is None or candidate.source is None:
        return None
    head = source_head(at.tokens, candidate.source)
    return candidate if head is not None and head.low in _FINDERS else None


def _physical_find(tokens: list[Token], last: int) -> bool:
    return any(t.low in _FOUND_THINGS for t in tokens[last + 1 : last + 6])


def _document(tokens: list[Token], source: tuple[int, int]) -> bool:
    head = source_head(tokens, source)
    return head is not None and head.low in _DOCUMENTS


def _document_subject(tokens: list[Token], c: int) -> tuple[int, int] | None:
    """A sentence-opening document with a phrase after its head, up to the verb at ``c``: "A
    survey published on Monday by Orsel University showed", "The study, which ..., found"."""
    if c >= 3 and tokens[c - 1].text == tokens[c - 3].text == "," and tokens[c - 2].low in _ASIDES:
        c -= 3  # "Hospital records seen by this newspaper, however, show"
    head = next((k for k in range(min(c, 4)) if tokens[k].low in _DOCUMENTS), None)
    if head is None or head + 1 >= c or not all(t.is_word for t in tokens[:head]):
        return None
    nxt = tokens[head + 1]
    if nxt.text == "," and tokens[c - 1].text == ",":
        return (0, head)  # "The study, which the ministry paid for, found"
    opens = nxt.low in _POSTMODIFIER_OPENERS or (
        (nxt.low.endswith("ed") or nxt.low in _IRREGULAR_PARTICIPLES) and nxt.text == nxt.low
    )
    if not opens or any(not t.is_word for t in tokens[head + 1 : c]):
        return None
    return (0, c - 1)
