"""CB94: a count whose relative clause stands between it and its predicate ("five soldiers
who were guarding a bridge over the river were killed")."""

from __future__ import annotations

import re

from rules.claims.fates import natural_death
from rules.claims.groups import acceptable, following_group
from rules.claims.kinds import BoundRule
from rules.claims.lexicon import AUX
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.nouns import is_human_plural

#: The figure's group (one to four words, no verb, no clause word) and a relative pronoun:
#: " soldiers who", " PEOPLE THAT". General English grammar: a restrictive relative clause
#: modifies the noun before it, and the sentence's predicate follows the clause.
_GROUP_AND_PRONOUN = re.compile(
    r"(?:\s+(?!(?:and|but|or|who|that|which|said|says|told|when|while|after|before|were"
    r"|was|are|is|had|have|has)\b)(?![\w'-]*ed\b)[\w'-]+){1,4}\s+"
    # "that" is a relative pronoun only before a verb ("families that had built"); before a
    # subject it opens a report ("two agencies reported that displaced families were ...")
    r"(?:who|that(?=\s+(?:were|was|are|is|had|have|has|\w+ed)\b))\s+",
    re.IGNORECASE,
)
#: The clause itself (two to sixteen words, no punctuation that ends a clause or a quote,
#: none of the words that open another clause or report speech: then the predicate may be
#: another subject's, "three men who said two guards were killed"), then the predicate's
#: auxiliary right before its cue ("were", "had all been", "have since been"), or none
#: before a verb that needs none ("died", "drowned").
_CLAUSE_THEN_AUX = re.compile(
    r"(?:(?!(?:who|whom|which|that|whose|said|says|say|told|tells|reported|according|but"
    r"|while|because|although|if|where|when|whereas|until|than|so)\b)[\w'-]+\s+){2,16}?"
    r"(?P<aux>(?:were|was|are|is|have|has|had)\s+(?:(?:all|both|also|since|later|then|each"
    r"|\w+ly)\s+)?(?:(?P<been>been)\s+)?(?:(?:all|also|later|then)\s+)?"
    r"(?:(?:found|reported|confirmed|feared|presumed|believed)\s+)?)?",
    re.IGNORECASE,
)
#: Only auxiliaries between the pronoun and a cue: the cue is the clause's own ("who had
#: been abducted"), and the predicate's is a later one.
_OWN_CUE = re.compile(r"(?:(?:were|was|are|is|have|has|had|been|being)\s+)*", re.IGNORECASE)
#: The clause cues of harm: ``relative_fate`` reads "two men who were shot died".
_HARMED = frozenset(("killed", "wounded", "killed_or_wounded"))
#: The coordinated second subject the clause may end with, before the shared predicate:
#: "two policemen who were escorting the judge and three bystanders were wounded".
_AND = re.compile(r"\s*,?\s+and\s+$", re.IGNORECASE)
#: A passive auxiliary: a transitive cue after the clause must be passive ("were killed",
#: "had been wounded"), or the count is its agent ("two gunmen who hid ... killed a farmer").
_BE = frozenset(("were", "was", "are", "is"))
#: A predicate with no auxiliary is a verb of dying in the past: "died", "drowned",
#: "perished"; not one joined by "and" to a verb before it.
_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)
_FINITE = re.compile(r"[a-z]+(?:ed|died)", re.IGNORECASE)
#: A cue that holds its own auxiliary: "had not been heard from", "have yet to be found".
_AUX_OPENS = re.compile(r"(?:had|have|has)\s+(?:not|yet|never)\b", re.IGNORECASE)


class RelativeThenPredicate(BoundRule):
    """CB94 · A count, its group, a relative clause of up to sixteen words that names no
    other casualty, then the predicate with the cue: "Five soldiers who were guarding a
    bridge over the river were killed" is killed 5; "SIX PEOPLE WHO WERE TRAVELLING ON THE
    BUS DIED" is killed 6. A second subject joined by "and" at the clause's end shares the
    predicate ("two policemen who were escorting the judge and three bystanders were
    wounded": 2 and 3). Left to CB01 when the clause is short (``rules.claims.groups``), to
    ``relative_fate``/``relative_main`` when the clause has a cue of its own.
    """

    code = "CB94"
    rebinds = True  # a figure rule that read past the clause to the same cue gives way
    examples = (
        (
            "Five soldiers who were guarding a bridge over the Morva river were killed when "
            "insurgents attacked their post.",
            {"category": "killed", "min": 5, "group": "soldiers"},
        ),
        (
            "SIX PEOPLE WHO WERE TRAVELLING ON THE BUS DIED AND 11 WERE INJURED.",
            {"category": "killed", "min": 6},
        ),
        (
            "Two policemen who were escorting the judge to court and three bystanders were "
            "wounded in the attack.",
            {"category": "wounded", "min": 2, "group": "policemen"},
        ),
        (
            "FOUR PEASANTS WHO HAD BEEN ABDUCTED BY THE REBELS LAST WEEK WERE FOUND DEAD NEAR "
            "THE RIVER.",
            {"category": "killed", "min": 4, "group": "PEASANTS"},
        ),
        (
            "About 40 families that had built homes on the river bank below the old dam were "
            "evacuated on Sunday.",
            {"category": "evacuated", "min": 40, "qualifier": "approximately"},
        ),
    )
    counter_examples = (
        # an obituary, no toll
        "One of the three sisters who ran the ferry has died at 91.",
        # "that" opens a report, not a relative clause
        "Two aid agencies reported that displaced families were killed in the strike.",
        "Two reports claim that many civilians were killed in the raid.",
        # the predicate is the verb before "and" ("placed"), not the cue after it
        "Two men who were walking past the bank placed the bomb and fled.",
        # no predicate: the cue is a noun of the clause
        "Officers found two women who were suffering from minor injuries at the scene.",
        # the clause reports what others said: the predicate is not the count's
        "Three witnesses who told reporters that the convoy had come under fire were questioned.",
        # a clause of its own with another subject
        "The 12 men who stormed the building while two guards slept were arrested.",
        # the count is an object of the clause's verb, not the subject of the predicate
        "Four reporters who had covered the war in the north were honoured on Monday.",
        # an active transitive verb after the clause: the count is the agent
        "Two gunmen who had hidden in the hills for a week killed a farmer.",
    )

    def find(self, sent: SentenceParse) -> dict[int, Binding]:
        found: dict[int, Binding] = {}
        text, figures, cues = sent.text, sent.figures, sent.cues
        if not cues.hits or not ("who" in sent.low or "that" in sent.low):
            return found  # the cheap gate: no cue, or no relative pronoun
        if "die" in sent.low and natural_death(text):
            return found  # an obituary: "one of two brothers who ran the bakery has died at 88"
        for i, figure in enumerate(figures):
            if i in found or figure.figure.max == 1:
                continue  # a single person is CB74's ("one man who ... was hurt")
            opening = _GROUP_AND_PRONOUN.match(text, figure.end)
            if opening is None or not _people(opening.group(0).split()[:-1]):
                continue
            cue = _predicate(sent, opening.end())
            if cue is None or (i in sent.bound and not _long_clause(sent, i, opening.end(), cue)):
                continue  # a figure rule's reading stands, but for a long clause to this cue
            found.update(_bindings(sent, i, opening.end(), cue))
        return found


def _long_clause(sent: SentenceParse, i: int, start: int, cue: CueHit) -> bool:
    """Did a figure rule bind figure ``i`` to ``cue`` past a relative clause of more than
    eight words (``groups.skip_relative_clause`` reads up to 14)? Then the reading is this
    rule's."""
    return sent.bound[i].cue is cue and len(sent.text[start : cue.start].split()) > 8


#: Verbs of saying and knowing: a group that holds one is a report's subject ("Two studies
#: find that ..."), no group of people.
_REPORTING = frozenset(
    """say says find finds show shows claim claims believe believes fear fears think thinks
    report reports suggest suggests estimate estimates""".split()
)
#: Counted units of displacement beside people (CB96's words).
_HOUSEHOLDS = frozenset("families households people persons".split())


def _people(words: list[str]) -> bool:
    """Is the group a group of people ("soldiers", "PEOPLE", "families"), not "mice",
    "routers" or "studies find"?"""
    lows = [w.lower() for w in words]
    if not lows or any(w in _REPORTING for w in lows):
        return False
    return is_human_plural(lows[-1]) or lows[-1] in _HOUSEHOLDS


def _predicate(sent: SentenceParse, clause_start: int) -> CueHit | None:
    """The cue of the predicate after a relative clause opening at ``clause_start``: the
    first cue after the clause, with only an auxiliary before it; None when no such
    predicate follows (a cue in the clause is ``relative_main``'s and ``relative_fate``'s)."""
    text, cues = sent.text, sent.cues
    index = cues.first_from(clause_start)
    if index is None:
        return None
    cue = cues.hits[index]
    if _OWN_CUE.fullmatch(text, clause_start, cue.start) and cue.cue.category not in _HARMED:
        # the clause's own cue ("who had been abducted by the rebels last week were found
        # dead"): the predicate's cue is the next one (a harm in the clause is
        # ``relative_fate``'s)
        if index + 1 >= len(cues.hits):
            return None
        cue = cues.hits[index + 1]
    if not cue.cue.before or cue.start - clause_start > 160:
        return None
    match = _CLAUSE_THEN_AUX.fullmatch(text, clause_start, cue.start)
    if match is None:
        return None
    clause = text[clause_start : match.start("aux") if match.group("aux") else cue.start]
    if all(word.lower() in AUX for word in clause.split()):
        return None  # "who had been missing": the cue is the clause's own
    if (
        not match.group("aux")
        and not _AUX_OPENS.match(text, cue.start)
        and not (
            cue.cue.category == "killed"
            and _FINITE.fullmatch(text, cue.start, cue.end)
            and not _AND_BEFORE.search(text, clause_start, cue.start)
        )
    ):
        # "who were suffering from injuries": a noun, not the predicate; "who were passing
        # by placed the bomb and fled": the predicate came before ("placed")
        return None
    if cue.cue.transitive:
        aux = (match.group("aux") or "").split()
        if not (match.group("been") or (aux and aux[0].lower() in _BE)):
            return None  # "two gunmen who had hidden ... killed a farmer": an agent
    return cue


def _bindings(sent: SentenceParse, i: int, clause_start: int, cue: CueHit) -> dict[int, Binding]:
    """The count ``i`` bound to ``cue``, and a figure joined by "and" at the clause's end."""
    text, figures = sent.text, sent.figures
    figure = figures[i]
    group = following_group(text[figure.end : clause_start])
    out: dict[int, Binding] = {}
    candidate = Binding(figure, cue, group, len(text[figure.end : cue.start].split()))
    inside = [k for k in range(i + 1, len(figures)) if figures[k].start < cue.start]
    if len(inside) > 1:
        return out
    if inside:
        k = inside[0]
        second = figures[k]
        if not _AND.search(text, clause_start, second.start):
            return out  # a figure in the clause: "who had seen two men" counts others
        if k in sent.bound:
            if sent.bound[k].cue.start != cue.start:
                return out
        else:
            tail = following_group(text[second.end : cue.start])
            joined = Binding(second, cue, tail, len(text[second.end : cue.start].split()))
            if tail is None or not acceptable(joined):
                return out
            out[k] = joined
    if acceptable(candidate):
        out[i] = candidate
    return out if i in out else {}
