"""Declarations that are acts, not speech: "declared a state of emergency".

A premier who "declared a state of emergency" or "declared martial law" has done something
by saying it; no claim of fact is reported, so the verb gives no statement. Origin: general
English of government and disaster news. A clause after the act ("declared a state of
emergency was not needed") is reported speech again (review 9).

>>> from rules.tokens import tokenize
>>> tokens = tokenize("The premier declared a state of emergency across the delta.")
>>> declares_an_act(tokens, 2)
True
>>> declares_an_act(tokenize("The mayor declared Friday a day of mourning."), 2)
True
>>> tokens = tokenize("The premier declared that the state of emergency was over.")
>>> declares_an_act(tokens, 2)
False
"""

from __future__ import annotations

from rules.nouns import PERSON_NOUNS
from rules.tokens import Token

#: What an act of declaring brings into force (the object's head, with "state of ..." read
#: as one): general knowledge of government and disaster news.
_STATES = frozenset("emergency disaster siege war alert calamity curfew".split())
_ACT_OBJECTS = frozenset(
    "emergency curfew mourning war independence bankruptcy disaster calamity".split()
)
#: Words that may stand between the verb and the act ("a national state of", "three days of").
_BEFORE_ACT = frozenset(
    """a an the national local regional statewide public health federal countywide citywide
    three two four five seven days day of official""".split()
)


def declares_an_act(tokens: list[Token], last: int) -> bool:
    """Is the cue ending at token ``last`` ("declared") followed by an act it brings into
    force: "a state of emergency", "martial law", "a curfew", "three days of mourning"?"""
    words = [t.low for t in tokens[last + 1 : last + 14]]
    if _act_at(words) or _pronounced_dead(words):
        return True
    # "declared Sunday a day of mourning", "declared the valley a disaster zone": an object,
    # then the act it is made
    article = next((k for k, w in enumerate(words[:6]) if w in ("a", "an")), 0)
    clause = {"that", "was", "is", "were"} & set(words[:article])
    return bool(article) and not clause and _act_at(words[article:])


def _pronounced_dead(words: list[str]) -> bool:
    """ "paramedics declared him dead", "declared the man dead at the scene", "declared the
    two men dead at the scene": a death pronounced, not a report. One person (a pronoun, or
    a determiner and a person noun or an age), or people "dead at" or "on" a place; not
    "declared that the man was dead", nor "declared 12 people dead after the collapse".
    General English of police and medical news."""
    dead = next((k for k, w in enumerate(words[:6]) if w == "dead"), None)
    if dead is None or dead == 0 or _CLAUSE_WORDS.intersection(words[:dead]):
        return False
    if dead == 1:
        return words[0] in ("him", "her", "them")
    after = " ".join(words[dead + 1 : dead + 4])
    if after.startswith(_PRONOUNCED_AT):
        return True  # "declared the two men dead at the scene", not "dead on Friday"
    return (
        dead == 2
        and words[0] in _DETERMINERS
        and (words[1] in PERSON_NOUNS or words[1].endswith("-old"))
    )


#: Words that open a clause after "declared" ("declared that the man was dead"): a report.
_CLAUSE_WORDS = frozenset(("that", "was", "is", "were", "had"))
#: Determiners before the one person pronounced dead ("declared the boy dead").
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their"))
#: Where and when a death is pronounced, after "dead" (US medical and police copy): "at the
#: scene", "on arrival", "at the hospital"; a toll "declared dead on Friday" is a report.
_PRONOUNCED_AT = ("at the scene", "on arrival", "at the hospital", "at a hospital", "shortly")


def _act_at(words: list[str]) -> bool:
    """Do ``words`` open with an act brought into force?"""
    for k, word in enumerate(words):
        if word == "disaster" and words[k + 1 : k + 2] in (["zone"], ["area"]):
            return not _clause_after(words, k + 2)
        if word == "state" and k + 2 < len(words) and words[k + 1] == "of":
            return words[k + 2] in _STATES and not _clause_after(words, k + 3)
        if word == "martial" and words[k + 1 : k + 2] == ["law"]:
            return not _clause_after(words, k + 2)
        if word in _ACT_OBJECTS:
            return not _clause_after(words, k + 1)
        if word not in _BEFORE_ACT:
            return False
    return False


def _clause_after(words: list[str], k: int) -> bool:
    """A verb right after the act's words: the act is the subject of reported words."""
    return k < len(words) and words[k] in ("was", "is", "were", "would", "had", "has", "will")


#: Verbs that answer a claim ("Police disputed the toll", "The ministry rejected the
#: findings"): a statement only when what they answer is a claim or a clause follows; a court
#: that "rejected the landlord's bid" ruled, and said nothing (general English of news).
ANSWERING = frozenset("disputed disputes rejected rejects".split())
_CLAIM_NOUNS = frozenset(
    """claim claims accusation accusations allegation allegations finding findings report
    reports figure figures toll tolls account accounts charge charges criticism suggestion
    suggestions assertion assertions version count counts estimate estimates number numbers
    statement statements""".split()
)


def answers_a_claim(tokens: list[Token], last: int) -> bool:
    """Does the answering verb ending at token ``last`` take a claim or a clause within a few
    words ("disputed the police account", "rejected claims that", "rejected that")?

    >>> from rules.tokens import tokenize
    >>> answers_a_claim(tokenize("The court rejected the landlord's bid."), 2)
    False
    >>> answers_a_claim(tokenize("Police disputed the toll."), 1)
    True
    """
    words = [t.low for t in tokens[last + 1 : last + 6]]
    return "that" in words or bool(_CLAIM_NOUNS.intersection(words))
