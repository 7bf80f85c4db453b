"""AT42: a body that "recorded", "counted" or "listed" a number of the dead (monitors, hospitals and
agencies in casualty reporting)."""

from __future__ import annotations

import re

from rules.numbers import FIGURE_RE
from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt, reporting_verb

#: The verbs of a count kept: "had recorded 14 deaths", "has counted 640 deaths",
#: "verified the deaths of 19 civilians" (general English of monitors' and hospitals' tolls).
_COUNTING = frozenset(
    "recorded records counted tallied registered verified logged listed lists".split()
)
#: Verbs of speech that tell the count inside another's statement ("the Red Cross said its
#: teams had tallied 25 bodies"); not "found" in a clause of time after the count.
_SPEECH = frozenset(
    """said says say told tells added adds saying adding according reported reports stated
    announced noted claimed confirmed""".split()
)
#: Participles that set a toll in the same sentence ("counted 12 more bodies, putting the toll
#: at 23": one statement, AT08's).
_TOLL_PARTICIPLES = frozenset("putting placing bringing raising lifting pushing".split())
#: What the count is of, right after its figure: "14 deaths", "1,900 road deaths", "40 bodies".
_HARMS = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:deaths|dead|bodies|fatalities|casualties|killings|murders"
    r"|homicides|victims|injuries|people\s+(?:killed|dead|injured|wounded))\b",
    re.IGNORECASE,
)
#: The bodies that keep a count of the dead (its head word; or an acronym, "OCHA"): not a
#: place, where the deaths happened ("The town recorded 23 homicides last year").
_BODIES = frozenset(
    """hospital hospitals clinic morgue mortuary coroner agency agencies directorate ministry
    department mission monitor monitors observatory group office service police authority
    authorities organisation organization committee commission unit centre center cross
    crescent officials government army military watchdog network project charity federation
    union association council institute tracker tally database bulletin register registry
    survey report team doctors medics staff volunteers researchers bulletins reports
    records""".split()
)
#: Or the dead named after the verb: "verified the deaths of 19 civilians".
_DEATHS_OF = re.compile(r"\s*(?:the\s+)?(?:deaths|killings|bodies)\s+of\s+", re.IGNORECASE)


class CountedTheDead(CueRule):
    """AT42 · "The county hospital had recorded nine deaths", "The agency has counted more
    than 1,900 deaths": the body that keeps the count states it. A count of anything else
    ("recorded 90 millimetres of rain", "counted the votes") is no statement.
    """

    code = "AT42"
    examples = (
        (
            "By Friday the county hospital had recorded nine deaths.",
            {"source": "the county hospital", "cue": "recorded"},
        ),
        (
            "The observatory has counted 640 deaths on the border since June.",
            {"source": "The observatory", "cue": "counted"},
        ),
        (
            "The monitoring mission verified the deaths of 12 farmers.",
            {"source": "The monitoring mission", "cue": "verified"},
        ),
        (
            "The latest bulletin lists 27 deaths in the camps.",
            {"source": "The latest bulletin", "cue": "lists"},
        ),
    )
    counter_examples = (
        "The gauge recorded 90 millimetres of rain.",
        "Officials counted the votes overnight.",
        "The band recorded two albums in Lisbon.",
        "The camera recorded the attack.",
        "He listed his reasons for leaving.",
    )

    def accepts(self, word: str) -> bool:
        return word in _COUNTING

    def find(self, at: CueAt) -> Candidate | None:
        text, base = at.sentence.text, at.sentence.start
        if not _deaths_counted(text[at.tokens[at.last].end - base :]):
            return None
        if "according to" in text.lower() or any(
            t.low in _SPEECH or t.low in _TOLL_PARTICIPLES for t in at.tokens
        ):
            return None  # "..., according to police data", "the charity said its teams
            # had tallied 25 bodies": the count is told inside another's statement
        candidate = reporting_verb(at, self.code)
        if candidate is None:
            return None
        words = text[candidate.source[0] - base : candidate.source[1] - base].split()
        head = words[-1].removesuffix("'s") if words else ""
        if head.lower() in _BODIES or (head.isupper() and len(head) > 1):
            return candidate
        return None  # "The town recorded 23 homicides": a place where they happened


def _deaths_counted(rest: str) -> bool:
    """Does ``rest`` (the text after the verb) open with a figure of the dead or the hurt?"""
    if _DEATHS_OF.match(rest):
        return True
    lead = rest.lstrip()
    figure = FIGURE_RE.match(lead)
    return figure is not None and _HARMS.match(lead, figure.end()) is not None
