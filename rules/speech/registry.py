"""The attribution rules, in the order the engine asks them about a cue.

For each cue the regex scan finds (``rules.cues``), the engine asks the first rule that
``accepts`` the cue word to ``find`` a candidate; statements then fold into chains
("X said, according to Y"), coreference names pronouns, quotes inside quotes drop out, and
``QUOTE_RULES`` then give a quote carried on into the next sentence its speaker.
Adding a pattern: one small file ``atNN.py`` with the rule's class, docstring and examples
(or a row in ``rules.cues``), and its place in ``CUE_RULES``.
"""

from __future__ import annotations

import functools

from rules.speech.at01 import ReportingVerb
from rules.speech.at02 import AccordingTo
from rules.speech.at03 import Citing
from rules.speech.at05 import NonResponse
from rules.speech.at06 import Aside
from rules.speech.at07 import Participle
from rules.speech.at08 import PutTheTollAt
from rules.speech.at09 import Shows
from rules.speech.at10 import IdentifiedAs
from rules.speech.at11 import MessageSaying
from rules.speech.at12 import CalledIt
from rules.speech.at13 import QuotedAsSaying
from rules.speech.at14 import RevisedTheToll
from rules.speech.at20 import ContinuedQuote
from rules.speech.at40 import CourtHeard
from rules.speech.at41 import InvestigatorsBelieve
from rules.speech.at42 import CountedTheDead
from rules.speech.at43 import GaveAnAccount
from rules.speech.at45 import ReadOut
from rules.speech.at46 import PledgedASum
from rules.speech.kinds import CueRule

#: Asked in order; the first that accepts a cue decides it.
CUE_RULES: tuple[CueRule, ...] = (
    AccordingTo(),
    Citing(),
    Aside(),
    MessageSaying(),  # every participle; those after no message it hands to AT07's find
    Participle(),  # listed for its examples; reached through AT11
    PutTheTollAt(),
    RevisedTheToll(),
    Shows(),
    IdentifiedAs(),
    CalledIt(),
    QuotedAsSaying(),  # "quoted X as saying"; any other "quoted" it hands to AT01
    CourtHeard(),  # "heard" only where a court, jury or inquest heard evidence
    InvestigatorsBelieve(),  # "believe" only where police or investigators believe
    CountedTheDead(),  # "recorded", "counted" only of the dead or hurt
    GaveAnAccount(),  # "gave", "offered" only of an account or a version
    ReadOut(),  # "read out" only a statement or figures
    PledgedASum(),  # "pledged", "promised" a sum; any other "promised" it hands to AT01
    ReportingVerb(),
    NonResponse(),
)

#: Rules over the whole document, after coreference: quotes carried on without a cue.
QUOTE_RULES = (ContinuedQuote(),)

ACCORDING_TO = AccordingTo.code

CITING = Citing.code

ASIDE = Aside.code
#: A verdict quoted or a demand made ("called for calm").
CALLED = CalledIt.code
PARTICIPLE = Participle.code
#: The plain reporting verb ("said"), and the rules a toll statement carries on in.
REPORTING = ReportingVerb.code
CARRIED_ON = frozenset((PARTICIPLE, REPORTING))
#: Statements of a toll put or revised ("put the toll at", "revised it down to").
TOLL_STATEMENTS = frozenset((PutTheTollAt.code, RevisedTheToll.code))


@functools.lru_cache(maxsize=1024)
def rule_for(scan: str, word: str) -> CueRule:
    """The rule that reads a cue of ``scan`` starting with ``word`` (remembered per word)."""
    return next(r for r in CUE_RULES if r.scan == scan and r.accepts(word))
