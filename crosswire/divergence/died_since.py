"""A death told as news although the sentence dates the wounding in the past.

"A woman wounded in a shooting last week has died" places the *wounding* last week; the death,
in the present perfect after it, is the article's news. ``background`` would leave the figure
out for its "last week"; ``died_since`` tells the key figure to keep it. General English of
follow-up crime reports: the hurt participle (or "who was shot") after the person, a time of
the hurting, and "has died" or "have died" as the clause's verb; or "has died of the wounds
from the blast last week". The figures stated after such a death in its sentence are
today's count too ("..., and the tally is now two dead and four hurt").
"""

from __future__ import annotations

import re

from crosswire.divergence.model import StatedClaim

#: After the figure: the person's words, how they were hurt (a participle or "who was shot"),
#: the rest of that phrase within the clause, then the perfect of "die".
_HURT_THEN_DIED = re.compile(
    r"[^,;:.]{0,60}?\b(?:who\s+(?:was|were|had\s+been)\s+)?(?:shot|wounded|injured|hurt"
    r"|stabbed|struck|hit)\b[^;:]{0,100}?\b(?:has|have)\s+(?:since\s+|now\s+)?died\b",
    re.IGNORECASE,
)
#: "has since died of his injuries", "have died from their wounds": the news of a
#: death from an earlier wounding, anywhere in the sentence.
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:has|have)\s+(?:since\s+|now\s+)?died\s+(?:of|from)\s+(?:\w+\s+){0,2}?"
    r"(?:wounds|injuries|gunshot\s+wounds)\b",
    re.IGNORECASE,
)


def died_since(claim: StatedClaim) -> bool:
    """True for a killed claim whose sentence says the hurt person has died since.

    >>> from crosswire.divergence.model import Source
    >>> from datetime import UTC, datetime
    >>> when = datetime(2026, 5, 1, tzinfo=UTC)
    >>> src = Source(1, "o", "u", 1, when, when, 1, "")
    >>> def claim(text, figure="A", category="killed"):
    ...     return StatedClaim(src, category, "woman", "people", "exact", 1, 1, None, 1, None,
    ...                        None, text, figure, 0, figure_start=text.index(figure))
    >>> died_since(claim("A woman wounded in a shooting last week has died, police said."))
    True
    >>> died_since(claim("A teen who was shot on Elm Road last month has since died."))
    True
    >>> died_since(claim("A woman was killed in a separate shooting last week."))
    False
    >>> died_since(claim("A woman wounded in a shooting last week is recovering.", "A", "wounded"))
    False
    >>> toll = "A porter has since died of his injuries; the tally is two and four."
    >>> died_since(claim(toll, "four", "wounded")), died_since(claim(toll, "two"))
    (True, True)
    >>> died_since(claim("Four people were hurt last week; one has died of his wounds.", "Four"))
    False
    """
    if claim.figure_start is None:
        return False
    if claim.category == "killed" and _HURT_THEN_DIED.match(claim.text, claim.figure_start):
        return True
    news = _DIED_OF_WOUNDS.search(claim.text) or _HURT_THEN_DIED.search(claim.text)
    return news is not None and news.end() <= claim.figure_start + (
        len(claim.figure_text) if claim.category == "killed" else 0
    )


#: The rules that tell one death by a pronoun or a surname alone ("He died at the hospital",
#: "Brel was shot twice and died"): the person was named before, often as the one hurt.
PRONOUN_DEATHS = frozenset({"CB55", "CB56"})


def hurt_one_died(wounded: StatedClaim | None, killed: StatedClaim | None) -> bool:
    """True when the one person told as hurt is the one a later sentence tells died by a
    pronoun: "A welder was shot and wounded ... On Sunday, he died" is one dead, none hurt.

    >>> from crosswire.divergence.model import Source
    >>> from datetime import UTC, datetime
    >>> when = datetime(2026, 5, 1, tzinfo=UTC)
    >>> src = Source(1, "o", "u", 1, when, when, 1, "")
    >>> def claim(category, start, rule):
    ...     return StatedClaim(src, category, None, "people", "exact", 1, 1, None, 1, None,
    ...                        None, "", "A", start, figure_start=0, single=True, rule=rule)
    >>> hurt_one_died(claim("wounded", 0, "CB01"), claim("killed", 80, "CB55"))
    True
    >>> hurt_one_died(claim("wounded", 80, "CB01"), claim("killed", 0, "CB55"))
    False
    """
    if wounded is None or killed is None or not wounded.single or wounded.stated != 1:
        return False
    return killed.rule in PRONOUN_DEATHS and killed.stated == 1 and killed.start > wounded.start


#: The rule of "A teacher who was stabbed on Tuesday died in hospital": one hurt, since dead.
HURT_THEN_DIED = "CB38"
_OTHERS = re.compile(
    r"\b(?:others?|more|another|additional|further|besides|apart\s+from)\b", re.IGNORECASE
)
#: The counted group that holds anyone: "seven people were hurt" (not "seven patients").
_ANYONE = frozenset(("people", "persons", "victims", "casualties", "injured", "wounded"))
#: A count told as the first report, before the death: "Police had said on Tuesday that nine
#: were hurt", "Police initially reported that three people had been wounded".
_FIRST_REPORT = re.compile(
    r"\b(?:had\s+(?:said|reported|told|announced|given|put)|initially|at\s+first|first\s+report"
    r"\w*|earlier\s+(?:said|reported))\b",
    re.IGNORECASE,
)
#: Words that tell of a death in a sentence: a count told beside one was told after it (and,
#: for ``keyfigures``, its wounded count may be the rest of the shot).
DEATH = re.compile(
    r"\b(?:died|dies|dead|killed|fatal(?:ly)?|deadly|slain|deaths?)\b", re.IGNORECASE
)


def _holds(group: str | None, one: str | None) -> bool:
    """Does a counted ``group`` hold the one who died: people at large, or the same noun
    ("seven nurses" and "a nurse"), and never the attacker ("a suspect who was shot")?"""
    head = (group or "people").split()[-1].lower()
    noun = (one or "").split()[-1].lower() if one else ""
    if noun in _ATTACKERS:
        return False
    return head in _ANYONE or (bool(noun) and head.rstrip("s") == noun.rstrip("s"))


#: The ones a count of the hurt leaves out: the attacker (general English of crime news).
_ATTACKERS = frozenset("suspect gunman attacker assailant shooter bomber".split())


def less_one_died_since(
    killed: StatedClaim | None, wounded: StatedClaim | None, count: float | None
) -> float | None:
    """The wounded ``count`` less the one person whose death since a sentence of its own
    tells (CB38: "A teacher who was stabbed in the attack died in hospital on Wednesday"):
    a count of the hurt told as the first report ("Police had said on Tuesday that nine
    people were hurt") held her when she was hurt, and the key counts her once, as dead. Not
    a count of others ("eight other people"), nor one told beside a death.

    >>> from crosswire.divergence.model import Source
    >>> from datetime import UTC, datetime
    >>> when = datetime(2026, 5, 1, tzinfo=UTC)
    >>> src = Source(1, "o", "u", 1, when, when, 1, "")
    >>> def claim(category, start, rule, n, group, text=""):
    ...     return StatedClaim(src, category, group, "people", "exact", n, n, None, n, None,
    ...                        None, text, "A", start, figure_start=0, rule=rule)
    >>> dead = claim("killed", 0, "CB38", 1, "teacher")
    >>> first = "Police had said that nine people were hurt."
    >>> less_one_died_since(dead, claim("wounded", 90, "CB01", 9, "people", first), 9)
    8
    >>> less_one_died_since(dead, claim("wounded", 90, "CB01", 9, "people", "Nine were hurt."), 9)
    9
    >>> less_one_died_since(dead, claim("wounded", 90, "CB01", 8, "others"), 8)
    8
    """
    if killed is None or wounded is None or count is None or wounded.stated != count:
        return count  # no death since, or a count the rules reduced already
    if killed.rule != HURT_THEN_DIED or killed.stated != 1 or killed.start == wounded.start:
        return count
    at = wounded.figure_start or 0
    near = wounded.text[max(0, at - 12) : at + len(wounded.figure_text) + 12]  # "a further nine"
    if count < 2 or _OTHERS.search(wounded.group or "") or _OTHERS.search(near):
        return count
    if _FIRST_REPORT.search(wounded.text) is None or DEATH.search(wounded.text):
        return count  # the count may be today's, told after the death
    if not _holds(wounded.group, killed.group):
        return count  # "seven patients were hurt" and a nurse died: not one of them
    return count - 1
