"""AT41: what investigators "believe", and what a body believes of a toll (crime and disaster
reporting)."""

from __future__ import annotations

from rules.clauses import IRREGULAR_VERBS
from rules.speech.kinds import CueRule
from rules.speech.relative_speaker import finite_verb
from rules.speech.speaker_nouns import SPEAKER_NOUNS
from rules.speech.statements import Candidate, CueAt, reporting_verb
from rules.tokens import Token

#: The investigating bodies whose belief crime copy reports as their account: "police
#: believe", "investigators believe the fire started", "detectives believe he knew the
#: victims" (general usage of police, fire and accident reporting). Anyone else's belief
#: ("many residents believe", "we believe in this city") is an opinion, not an account.
_INVESTIGATORS = frozenset(
    """police investigators investigator detectives detective authorities deputies
    officers troopers agents prosecutors prosecutor sheriff sheriff's coroner marshal
    fbi examiner""".split()
)

#: The office of an investigating body: "the sheriff's office believes", "the police
#: department believes", "the medical examiner's office believed" (its head, after one of
#: ``_INVESTIGATORS`` or "fire"; the units US police and fire reporting names).
_OFFICES = frozenset("office department bureau unit".split())
#: What may end the clause right after a belief that closes it: "..., police believe."
_CLAUSE_END = frozenset(". ; ! ?".split())

#: Words after "believe" that make it no account of a finding: "believe in", "believe so",
#: "believe him" (a person trusted).
_NOT_TOLD = frozenset("in so him her them me us you".split())
#: Words of a phrase before "believe" that make its people no speaker: "this makes
#: authorities believe", "KOB reports police believe" (a verb inside the phrase).
_NOT_SPEAKING = frozenset("makes make made led leads lead reports says said".split())


def _verb_like(tokens: list[Token], k: int) -> bool:
    """A finite verb or a modal at ``k`` (``relative_speaker.finite_verb``: "were", "killed
    two people", "may"); not an "-ed" adjective before a plural noun ("armed men")."""
    word = tokens[k].low
    if not finite_verb(word):
        return False
    if word in IRREGULAR_VERBS or not word.endswith("ed"):
        return True
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    return not (after.endswith("men") or (after.endswith("s") and tokens[k + 1].is_word))


#: What a body's belief tells that makes it its account of an event: a toll or a harm ("The
#: agency believes the toll will rise", "the ministry believes 40 were killed"; general English
#: of casualty reporting). A body's belief of anything else ("the office believes the plan will
#: work") is an opinion.
_HARMS = frozenset(
    """toll tolls killed dead died deaths bodies wounded injured hurt missing casualties victims
    fatalities""".split()
)


def _harm_believed(at: CueAt) -> bool:
    """Does the clause after the belief tell of a toll or a harm, before its clause ends?"""
    for token in at.tokens[at.last + 1 :]:
        if token.text in _CLAUSE_END:
            return False
        if token.low in _HARMS:
            return True
    return False


def _after_a_comma(tokens: list[Token], start: int) -> bool:
    """The source starts right after a comma that ends an account of a few words before it
    ("The gunman knew both victims, police believe"; not an opening "So, police believe")."""
    k = next((i for i, t in enumerate(tokens) if t.start >= start), len(tokens))
    return k > 3 and tokens[k - 1].text == ","


class InvestigatorsBelieve(CueRule):
    """AT41 · "Investigators believe an argument led to the shooting": what police,
    detectives or other investigators believe is their account of the case; the source is
    that body; so is a body's belief about a toll or a harm ("The agency believes the toll will
    rise"). The belief of anyone else reports no one's findings.
    """

    code = "AT41"
    examples = (
        (
            "Investigators believe an argument at the party led to the shooting.",
            {"source": "Investigators", "cue": "believe"},
        ),
        (
            "Police believe the gunman knew both victims, Sgt. Ida Varn said.",
            {"source": "Police", "cue": "believe"},
        ),
        (
            "Fire investigators believe the blaze started in a kitchen on the second floor.",
            {"source": "Fire investigators", "cue": "believe"},
        ),
        ("Police believe it was a targeted attack.", {"source": "Police", "cue": "believe"}),
        (
            "The sheriff's office believes the woman was shot by someone she knew.",
            {"source": "The sheriff's office", "cue": "believes"},
        ),
        (
            "The gunman knew both victims, detectives believe.",
            {"source": "detectives", "cue": "believe"},
        ),
        (
            "Investigators believed the fire was set on purpose.",
            {"source": "Investigators", "cue": "believed"},
        ),
        ("The agency believes the toll will rise.", {"source": "The agency", "cue": "believes"}),
    )
    counter_examples = (
        "Many residents believe the city has ignored the neighbourhood.",
        "We believe in this city.",
        "Police believe in community patrols.",
        "Detectives believe so.",
        "Officers arrested the six suspects police believe were involved.",
        "This makes authorities believe the boat was lost.",
        "Officers arrested the man police believe killed two people.",
        "Families of the officers believe the city failed them.",
        "Officers arrested the man police believe shot the officer.",
        "The man is believed to have fled the state.",
        "The office believes the plan will work.",
        "The company believes sales will rise.",
        "It was not what the public believed.",
    )

    def accepts(self, word: str) -> bool:
        return word in ("believe", "believes", "believed")

    def find(self, at: CueAt) -> Candidate | None:
        candidate = reporting_verb(at, self.code)
        if candidate is None:
            return None
        start, end = candidate.source
        inside = [t for t in at.tokens if start <= t.start and t.end <= end and t.is_word]
        words = {t.low for t in inside}
        # the head speaks, before any "of" ("Families of the officers believe" is the
        # families' opinion, "Critics of the police believe" the critics')
        of = next((k for k, t in enumerate(inside) if t.low == "of"), len(inside))
        if of == 0 or words & _NOT_SPEAKING:
            return None
        head = inside[of - 1]
        before_of = {t.low.removesuffix("'s") for t in inside[:of]} & _INVESTIGATORS
        titled = head.is_capital and bool(before_of)  # "Police Chief Ivo Marsh"
        # "the sheriff's office", "the fire department" (its fire investigators)
        office = head.low in _OFFICES and bool(before_of or "fire" in words)
        body = head.low in SPEAKER_NOUNS and _harm_believed(at)  # "The agency believes the toll"
        if head.low not in _INVESTIGATORS and not (titled or office or body):
            return None
        rest = at.tokens[at.last + 1 : at.last + 2]
        if rest and rest[0].text in _CLAUSE_END and _after_a_comma(at.tokens, start):
            return candidate  # "The gunman knew the victims, police believe."
        if not rest or not rest[0].is_word or rest[0].low in _NOT_TOLD:
            return None
        if rest[0].text == rest[0].low and _verb_like(at.tokens, at.last + 1):
            # a verb right after it leaves the clause without its subject: the belief sits
            # inside a relative clause ("the suspects police believe were involved", "the
            # man police believe killed two people", "in what police believe was a drive-by")
            return None
        return candidate
