"""A verb of survival between a figure and a later casualty cue ("212 survived and the rest
are feared dead", "ten passengers escaped and 30 others were killed").

The figure heads a clause of its own whose verb says those people lived; the cue after it
tells someone else's fate. Verbs from general knowledge of English news on disasters and
attacks, no corpus harvest.
"""

from __future__ import annotations

import functools
import re

from rules.claims.parts import Binding

#: Survived, escaped, walked away, were unhurt/unharmed/spared, swam to shore.
_SURVIVAL = re.compile(
    r"\b(?:survived|escaped|were\s+(?:unhurt|unharmed|spared|uninjured|safe)"
    r"|walked\s+away|swam\s+(?:to\s+)?(?:shore|safety)|made\s+it\s+(?:out|to\s+safety))\b",
    re.IGNORECASE,
)

#: A relative pronoun right before the verb of survival.
_RELATIVE_END = re.compile(r"\b(?:who|that|which)\s+(?:had\s+|have\s+)?$", re.IGNORECASE)


#: A new subject after the verb of survival: "and the rest", "and 30 others", "but four"; not
#: the same people's next verb ("escaped and were shot dead", "survived and were injured").
_NEW_SUBJECT = re.compile(
    r"\b(?:and|but|while)\s+(?!(?:were|was|had|have|has|then|later|also|are|is)\b)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def survival_between(gap: str) -> bool:
    """Does ``gap`` (the text between a figure and a cue) hold a verb of survival, and then a
    clause of other people ("212 survived and the rest are feared dead")? "Twelve survived
    with serious injuries" and "two escaped and were shot dead" tell the same people's fate.
    Remembered: news repeats the few words between a count and its cue ("people were")."""
    match = _SURVIVAL.search(gap)
    # "12 people who survived the blast were injured": a relative clause, not the main verb
    if match is None or _RELATIVE_END.search(gap, 0, match.start()) is not None:
        return False
    return _NEW_SUBJECT.search(gap, match.end()) is not None


#: The same people's survival before their harm: "three others survived but were wounded",
#: "two lived, but were badly hurt" (general English: the harm after "but" is theirs).
_SURVIVED_BUT = re.compile(
    r"\b(?:survived|lived)\s*,?\s+but\s+(?=(?:also\s+)?(?:were|was|had\s+been|have\s+been)\b)",
    re.IGNORECASE,
)


def without_survival_but(gap: str) -> str:
    """``gap`` without a verb of survival that the same people's harm follows after "but"
    ("three others survived but were hit": the three were hit)."""
    return _SURVIVED_BUT.sub(" ", gap) if "but" in gap.lower() else gap


#: Nouns that say their people lived ("14 survivors"), and the fates they rule out.
_SURVIVOR_NOUNS = frozenset({"survivor", "survivors"})
_NOT_A_SURVIVOR_FATE = frozenset({"killed", "missing"})


def survivors_shared_fate(binding: Binding, between: str) -> bool:
    """Would ``binding`` give survivors a fate they did not have, or one told of other people
    after a comma? "Rescuers found 14 survivors, and 30 people are still missing": the 14
    share no cue of the dead or missing; "pulled 40 survivors from the water, and 25 people
    were injured": nor the 25's wounds (but "three survivors and a nurse were injured")."""
    words = (binding.group or "").lower().split()
    if not words or words[-1] not in _SURVIVOR_NOUNS:
        return False
    category = binding.cue.cue.category
    return category in _NOT_A_SURVIVOR_FATE or ("," in between and category == "wounded")
