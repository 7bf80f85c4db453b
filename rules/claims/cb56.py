"""CB56: "He was shot in the chest and died": one person, told by a pronoun or a surname."""

from __future__ import annotations

import re

from rules.claims.cb55 import one_death_each
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, SentenceParse

#: A pronoun or a surname that opens the sentence or its clause, hurt in the passive, then in
#: the same clause (no word that opens another: "shot by a man who fled and died") the death.
#: The formula of crime copy that tells the victim by name before ("Tomas Brel, 27, ...") and
#: the outcome after: "Brel was shot twice and died at the scene", "She was stabbed in the
#: chest and later died at the hospital", "He was hit by a stray round and was pronounced dead".
_HURT_THEN_DIED = re.compile(
    r"(?:^|(?<=[,;]\s)|(?<=\.\"\s))(?P<one>[Hh]e|[Ss]he|[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)"
    r"\s+(?:was|had\s+been)\s+(?:(?:also|then|reportedly|allegedly|repeatedly)\s+)?"
    r"(?:shot|stabbed|struck|hit|wounded|injured|gunned\s+down|beaten)\b"
    r"(?:(?!\b(?:who|which|that|whose|when|while|after|before|as|said|says|but)\b)[^.;:!?]){0,80}?"
    r",?\s+and\s+(?:(?:later|then|eventually|soon|subsequently)\s+)?"
    r"(?P<verb>died\b(?!\s+(?:down|out|away|off)\b)|(?:was\s+)?(?:pronounced|declared)\s+dead\b"
    r"|succumbed\s+to\s+(?:his|her)\s+(?:\w+\s+)?(?:injuries|wounds)\b)"
)
#: Cheap substring tests before the scan: one of them stands in every sentence it matches.
_WORDS = ("died", "dead", "succumbed")


class OneHurtThenDied(ExtraRule):
    """CB56 · "Brel was shot twice and died at the scene": one person died.

    A pronoun or the surname alone, hurt in the passive and dead in the same clause; CB55
    reads the death told alone ("He died at the hospital"). One killed, with no group; not
    when another rule of the sentence counts that person already.
    """

    code = "CB56"
    words = _WORDS  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Brel was shot twice in the back and died at the scene, deputies said.",
            {"category": "killed", "min": 1, "max": 1, "group": None},
        ),
        (
            "She was stabbed in the chest and later died at Saint Orla Hospital.",
            {"category": "killed", "min": 1},
        ),
        (
            "He was hit by a stray round and was pronounced dead an hour later.",
            {"category": "killed", "min": 1},
        ),
    )
    counter_examples = (
        "He was shot in the leg and is expected to survive.",
        "She was struck by a driver who fled and died in a crash on Route 9.",
        "He was hurt in 1998 and died at 88 after a long illness, his family said.",
        "The clerk was shot twice and died at the scene.",
        "Police said he was injured, but his brother died.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return one_death_each(sent, found, _HURT_THEN_DIED)
