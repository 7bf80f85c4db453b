"""Whether a comma-separated segment before a reporting verb reads as a clause
("Police arrested 11 people, the spokesman said") rather than a noun phrase that could be
the speaker ("the injured mayor, ..."). Origin of the word lists: general English.
"""

from __future__ import annotations

from rules.tokens import SUBJECT_PRONOUNS, Token

_DETERMINERS = frozenset("the a an his her their its our this that these those".split())


def clause_like(tokens: list[Token], first: int, last: int) -> bool:
    """Does a segment read as subject, past-tense verb and object ("Police arrested 11
    people") rather than a noun phrase ("the injured mayor")?"""
    opener = tokens[first]
    if (
        first < last
        and opener.low == opener.text
        and opener.low.endswith("ed")
        and tokens[first + 1].low in _PLACE_PREPOSITIONS | _OBJECT_STARTS
    ):
        return True  # "... and moved to Velk, a neighbour said": a verb phrase
    if first < last and _participle_phrase(tokens, first):
        return True  # "..., killing at least 23 villagers, the chairman, Ida Renk, said"
    for k in range(first + 1, last):
        word, before, after = tokens[k].text, tokens[k - 1], tokens[k + 1]
        if not (_regular_past(word) or word.lower() in _IRREGULAR_PAST) or not before.is_word:
            continue
        if before.low in _DETERMINERS or (word[:1].isupper() and not word.isupper()):
            continue  # "the injured mayor"; a name: "Jared", "United"
        # An object must follow the verb ("arrested 11 people", "detained the driver");
        # "two wounded officers" is an adjective, and in capitals a name may end in -ED.
        at = k + 2 if after.low in _PARTICLES and k + 2 <= last else k + 1
        obj = tokens[at]  # "shot dead 11 protesters", "swept away 40 houses"
        if obj.text[:1].isdigit() or obj.low in _OBJECT_STARTS:
            if at + 1 < len(tokens) and tokens[at + 1].low in _DURATIONS:
                continue  # "A journalist held 20 days in Kavar prison, ...": a participle
            return True
        if (
            k == first + 1
            and after.low in _PLACE_PREPOSITIONS
            and (before.is_capital or before.low in SUBJECT_PRONOUNS)
        ):
            return True  # "Albin worked at his uncle's shop", "She lived in Velk"
        if tokens[k].low in ("died", "fled") and after.low in _PLACE_PREPOSITIONS:
            return True  # "two more passengers died at the hospital": no participle of a noun
    return False


def _regular_past(word: str) -> bool:
    return len(word) >= 4 and word[-2:].lower() == "ed"


#: Finite verbs without "-ed": auxiliaries, and the past tenses of English irregular verbs
#: (a grammar's table), leaving out those that are also common nouns or adjectives ("hit",
#: "cut", "set", "put", "cast", "bid", "spread", "wound", "ground", "beat"); "read", spelt
#: like its base, is in ("The minister read a statement and declined to comment").
IRREGULAR_VERBS = frozenset(
    """spoke went met made took gave held left won lost ran came sent told said thanked
    is was are were has have had will would can could did does do
    wept fled fought stood sat felt kept broke drove flew grew threw wore hid led sought
    brought bought caught taught knew thought
    struck rose fell began became chose drew forgot froze got hung paid saw shook shot slept
    spent stole stuck swore swept tore understood woke wrote withdrew upheld sank heard meant
    dealt dug sold built lent overcame undertook oversaw forgave foresaw rebuilt sprang blew
    bled clung crept knelt leapt mistook rang rode shone slid sang spun strove swung arose
    awoke read""".split()
)
#: The past tenses of ``IRREGULAR_VERBS`` that may take a count as object in a clause before
#: a speaker ("soldiers found 31 bodies", "rescuers dug 11 survivors out"): not the
#: auxiliaries nor the verbs of saying; "found" and "hit" too, which are only verbs before
#: a count (general English).
_NOT_OBJECT_VERBS = frozenset(
    "is was are were has have had will would can could did does do said told read".split()
)
_IRREGULAR_PAST = (IRREGULAR_VERBS - _NOT_OBJECT_VERBS) | frozenset(("found", "hit"))


#: Finite verbs that are never a participle: auxiliaries and the irregular past tenses
#: whose participle differs ("rose", "went"), so that after a noun they open a predicate
#: ("the water rose fast"), never a reduced relative ("a man injured in the blast").
_FINITE_ONLY = frozenset(
    """is was are were has have had will would can could did does spoke went took gave ran
    came broke drove flew grew threw wore knew rose fell began became chose drew forgot froze
    saw shook stole swore tore woke wrote withdrew sank blew rang rode sang arose""".split()
    # past tenses of verbs that take no object, so have no passive participle to open a
    # reduced relative: "the gunmen arrived at dawn" is a clause ("a man injured in" is not)
    + """arrived died occurred happened appeared disappeared emerged remained stayed lived
    waited exploded erupted perished fainted panicked""".split()
)


def has_predicate(tokens: list[Token], first: int, last: int) -> bool:
    """Does a segment hold a finite verb after a noun ("the water rose fast", "the army has
    shelled the town", "the roof collapsed", "police fired tear gas"), so that it is a clause
    and not a speaker's name ("a veteran rose grower", "a man injured in the blast")?"""
    for k in range(first + 1, last + 1):
        word, before = tokens[k], tokens[k - 1]
        if word.is_capital or not before.is_word or before.low in _DETERMINERS:
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if word.low in _FINITE_ONLY and not (word.low in _ALSO_NOUNS and _noun_after(after)):
            return True
        if _regular_past(word.text) and _object_or_end(after):
            return True
    return False


#: Words after a finite verb that are no noun it modifies: prepositions, particles, adverbs
#: of degree or speed ("rose fast", "fell sharply", "broke down", "was killed").
_NOT_NOUNS = frozenset(
    """fast again high low up down out off in on at to by from over into back away through
    after before across around not never also""".split()
)


#: Finite verbs spelt like a noun that modifies another ("a rose grower", "a saw mill", "a tin
#: can maker", "a fell walker", "a drove road").
_ALSO_NOUNS = frozenset("rose saw fell can will spoke drove".split())


def _noun_after(token: Token | None) -> bool:
    """Is ``token`` a lower-case word a verb-like noun would modify ("rose grower", "saw mill",
    "can maker"), rather than what follows a verb?"""
    if token is None or not token.is_word or token.is_capital:
        return False
    low = token.low
    return not (low in _NOT_NOUNS or low.endswith(("ly", "ed", "en")) or low in _DETERMINERS)


def _object_or_end(token: Token | None) -> bool:
    """After a regular past tense: the clause's end or an object ("the roof collapsed.",
    "police fired tear gas", "shelled the town"), not a preposition, which a reduced relative
    takes ("a man injured in the blast", "a source briefed on the talks"), nor a name ("a man
    named Ivo")."""
    if token is None or not token.is_word:
        return token is None or token.text in (".", "!", "?", ";")
    return not token.is_capital and token.low not in _NO_OBJECT


_PLACE_PREPOSITIONS = frozenset("at in on for with from to into".split())
#: Words that open no object: a reduced relative's preposition or a verb's particle.
_NO_OBJECT = _PLACE_PREPOSITIONS | _NOT_NOUNS
#: Units of a span or a count of times after a participle's figure ("held 20 days").
_DURATIONS = frozenset("hours days weeks months years times".split())
#: The particle between a verb and its object: "shot dead 11", "took away 12 men".
_PARTICLES = frozenset("dead away off out down up".split())


#: The number words that open a count, two to ten.
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten".split())
#: Words that open an object after a past-tense verb: determiners and number words.
_OBJECT_STARTS = _DETERMINERS | _NUMBER_WORDS | frozenset("dozens hundreds several some".split())


#: Present participles of what an attack or disaster did, which open a verb phrase whatever
#: follows ("burning homes", "leaving scores homeless"). General English of news leads.
_ACT_PARTICIPLES = frozenset(
    """killing wounding injuring burning abducting kidnapping leaving destroying displacing
    trapping damaging forcing sending prompting sparking""".split()
)


def _participle_phrase(tokens: list[Token], first: int) -> bool:
    """Does a lower-case "-ing" word open a verb phrase: a verb of what an attack did
    ("killing at least 23 villagers", "burning homes"), or "including" with a count? Not a
    modifier ("acting director") nor an aside that describes a speaker ("representing 5,000
    dock workers", "speaking at a rally")."""
    word = tokens[first].text
    if word != tokens[first].low:
        return False
    if word in _ACT_PARTICIPLES:
        return True
    if word != "including":
        return False
    after = tokens[first + 1]
    if after.text[:1].isdigit() or after.low in _COUNT_WORDS:
        return True
    bound = (after.low, tokens[first + 2].low) if first + 2 < len(tokens) else ()
    return bound in (("at", "least"), ("more", "than"), ("as", "many"))


#: Number words and quantities that open a count after "including".
_COUNT_WORDS = _NUMBER_WORDS | frozenset("dozens hundreds scores about nearly".split())
