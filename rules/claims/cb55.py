"""CB55: "he died", "Moss was pronounced dead": one person, told by a pronoun or a surname."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.cb20 import counted_span
from rules.claims.cb100 import surname_before_harm
from rules.claims.fates import natural_death
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import KILLED_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import OBJECT_NOUNS, PERSON_NOUNS, is_human_plural
from rules.numbers import FigureSpan

#: The formulae of one death in crime and disaster copy, after a pronoun or a surname that
#: opens the sentence (or its clause after a quote): "He died at the hospital", "She was
#: later pronounced dead", "Moss succumbed to his injuries", "He did not survive".
_DEATH = re.compile(
    r"(?:^|(?<=[,;]\s)|(?<=[,;]\"\s)|(?<=\.\"\s))(?P<one>[Hh]e|[Ss]he|[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)"
    r"\s+(?:(?:later|eventually|also|then|soon|subsequently)\s+)?"
    r"(?P<verb>died(?!\s+(?:down|out|away|off|laughing|of\s+(?:boredom|embarrassment)))"
    r"|(?:was|has\s+been|had\s+been)\s+(?:later\s+)?(?:pronounced|declared)\s+dead"
    r"|succumbed\s+to\s+(?:his|her|the)\s+(?:\w+\s+)?(?:injuries|wounds)"
    r"|did\s+not\s+survive|has\s+died|had\s+died)\b"
)
#: The same formulae in all-capital wire copy, told by "HE" or "SHE" only: a capitalised
#: surname cannot be told from any other word there ("HE DIED AT THE HOSPITAL").
_DEATH_UPPER = re.compile(
    _DEATH.pattern.replace(r"[Hh]e|[Ss]he|[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?", "HE|SHE"),
    re.IGNORECASE,
)
#: A death told where the one was taken, after any subject ("Medics rushed Ivo Sarn to
#: Orme General, where he died", "She went to a hospital, where she later died"): the
#: pronoun of the clause is the one taken (police and hospital reporting; CB23 reads the
#: same after "the victim was taken"). A verb of carrying and "to" before "where".
_TAKEN_WHERE = re.compile(
    r"\b(?:taken|took|rushed|transported|flown|airlifted|driven|drove|carried|brought|went)"
    r"\b[^.;:!?]{0,100}?\bto\s[^.;:!?]{1,80}?,?\s+where\s+(?P<one>he|she)\s+"
    r"(?:(?:later|eventually|then|soon)\s+)?(?P<verb>died|succumbed"
    r"|(?:was|had\s+been)\s+(?:later\s+)?(?:pronounced|declared)\s+dead)\b"
)
#: Capitalised words that open sentences but name no one.
NOT_A_NAME = frozenset(
    """The This That These Those There It Its They Police Officials Authorities Nobody None
    Everyone Someone Somebody Anyone Who What When Where Many Most Some Both All Each Neither
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday""".split()
)
#: Cheap substring tests before the scan: one of them stands in every sentence it matches.
_WORDS = ("died", "dead", "succumbed", "survive")


class OneToldDied(ExtraRule):
    """CB55 · "He died at the hospital", "Moss was pronounced dead": one person died.

    Crime copy tells the shot person first and the death after, by a pronoun or the
    surname alone ("Officers shot a man outside a store. He died at the hospital."), or by
    the pronoun of "where" after the one was taken somewhere ("Medics took him to a clinic,
    where he died"). One killed, with no group; not when another rule of the sentence counts
    that person already.
    """

    code = "CB55"
    words = _WORDS  # the engine's gate, ``ExtraRule.words``
    examples = (
        ("He died at the hospital, police said.", {"category": "killed", "min": 1, "max": 1}),
        ("She was later pronounced dead at the scene.", {"category": "killed", "min": 1}),
        ("Moss died at the scene, deputies said.", {"category": "killed", "group": None}),
        ("He succumbed to his injuries on Sunday.", {"category": "killed", "min": 1}),
        ("SHE DIED ON THE WAY TO THE CLINIC, THE ARMY SAID.", {"category": "killed", "min": 1}),
        # the one taken somewhere, told by the pronoun of "where"
        (
            "Medics rushed Ivo Sarn to Orme General, where he died an hour later.",
            {"category": "killed", "min": 1, "max": 1},
        ),
    )
    counter_examples = (
        "He died down the hall from his office in 1990.",
        "The protest died down after an hour.",
        "She said her father died years ago of cancer and she misses him.",
        "He is in stable condition.",
        "The mayor said he died laughing at the joke.",
        "He died at 88 after a long illness, his family said.",
        "They moved to the farm where she died in 1990 after a long illness.",
        "The cook was carried to a clinic, where he was treated and sent home.",
        "Miners died after the shaft flooded.",
        # all-capital copy: a capitalised word before "died" may be any word
        "OFFICERS SAID THE PROTEST DIED DOWN. VALDEZ DIED OUT OF THE PAPERS.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        if sent.text.isupper():
            return one_death_each(sent, found, _DEATH_UPPER)
        deaths = one_death_each(sent, found, _DEATH)
        if deaths or "where" not in sent.low:
            return deaths
        # one taken somewhere died there, unless the sentence counts the one already (or
        # CB100, after this rule, reads a surname before "was shot")
        # (a binding of the shot or hurt one becomes the death: "was shot and taken to a
        # hospital, where he died", "Ivo Sarn suffered a wound ... where he died")
        if any(b.cue.cue.category in CASUALTY_CATEGORIES for b in (*sent.bound.values(), *found)):
            return []
        if surname_before_harm(sent.text):
            return []
        return one_death_each(sent, found, _TAKEN_WHERE)


def one_death_each(
    sent: SentenceParse, found: list[Binding], pattern: re.Pattern[str]
) -> list[Binding]:
    """A killed 1 for each match of ``pattern`` (groups "one": the pronoun or surname,
    "verb": the cue), unless a natural death, a noun or a death counted already."""
    if natural_death(sent.text):
        return []
    counted = [counted_span(sent.text, b) for b in found if b.cue.cue.category == "killed"]
    bindings = []
    for match in pattern.finditer(sent.text):
        one = match["one"]
        start, end = match.span("one")
        if one in NOT_A_NAME or is_noun(one) or any(s < end and start < e for s, e in counted):
            continue
        figure = FigureSpan(start, end, Figure(1, 1, "exact", one))
        cue = CueHit(match.start("verb"), match.end("verb"), KILLED_CUE)
        bindings.append(Binding(figure, cue, None, 0))
    return bindings


def is_noun(word: str) -> bool:
    """A noun that opens the sentence ("Miners died", "Residents"), not a surname."""
    low = word.lower()
    if low in ("he", "she"):
        return False
    return low in PERSON_NOUNS or low in OBJECT_NOUNS or is_human_plural(low)
