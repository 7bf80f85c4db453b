"""What stands around a reporting verb that makes it no speech, or speech: "added to her lead"
(an increase), "claimed 14 lives" (a toll), "urged residents to stay indoors" (an appeal),
"said a funeral mass" (a rite), "argued with a neighbour" (a quarrel), "insisted on anonymity"
(a source's terms), "declined to name him or say" (a refusal carried over "or").
Pure functions over the tokens around the verb, read by ``rules.speech.statements``."""

from __future__ import annotations

from rules.clauses import IRREGULAR_VERBS
from rules.phrases import DETERMINERS
from rules.tokens import Token


def adds_to(tokens: list[Token], last: int) -> bool:
    """ "added to her lead", "added new names to the list": an increase, not speech.

    Speech "added" takes a quote, a colon, "that" or nothing; an object followed by "to"
    within a few words is something put onto something else, and one followed by "for"
    something given for something ("added points for regional presence"; not "added for
    emphasis that", where "for" comes first).
    """
    owner, nth, after = [*(t.low for t in tokens[last + 1 : last + 4]), ".", ".", "."][:3]
    if owner in _GOAL_OWNERS and nth in _NTH and after in _AFTER_GOAL:
        return True  # "Lind added a fourth with a volley": a goal of a match
    for k in range(last + 1, min(len(tokens), last + 7)):
        token = tokens[k]
        if token.low == "to":
            return True
        if token.low == "for" and k > last + 1:
            # not "added the toll for the province had risen": a clause goes on after it
            # ("added 12 beds for patients who were hurt": a relative clause is no report)
            return _added_for(tokens[k + 1 : k + 9])
        base = token.low.split("'")[0].split("\u2019")[0]  # "there's", "it\u2019s"
        if base in _CLAUSE_WORDS or not token.is_word or finite_verb_like(token):
            return False  # "added that", "added he would go to", "added the club hoped to"
    return False


#: A goal or point added to a score by its place in it: "added a third", "added his second".
_GOAL_OWNERS = frozenset("a his her their the".split())
_NTH = frozenset("second third fourth fifth sixth seventh".split())
#: What follows such a goal: how or when it was scored, or the clause's end (not "added a
#: second reason", a point made).
_AFTER_GOAL = frozenset(". , ; with in from after before just late goal minutes".split())


#: Pronouns that open a relative clause: its verb tells of the thing added for.
_RELATIVES = frozenset("who which that whose whom".split())


def _added_for(after: list[Token]) -> bool:
    """Is what follows "added X for" the rest of an object ("for patients who were hurt"),
    not a reported clause ("for the province had risen to 40")?"""
    for token in after:
        if token.low in _RELATIVES:
            return True
        if _of_a_clause(token):
            return False
    return True


def _of_a_clause(token: Token) -> bool:
    """A word that tells a clause: an auxiliary, a past ("had risen", "stood") or a verb."""
    low = token.low
    return low in _CLAUSE_WORDS or low in IRREGULAR_VERBS or finite_verb_like(token)


def finite_verb_like(token: Token) -> bool:
    """A verb of a clause after "added": "hoped", "needs", "plans" (-ed forms, and -s forms of
    the verbs that take "to" in reported speech)."""
    low = token.low
    return (low.endswith("ed") and len(low) > 4) or low in _TO_VERBS


#: Verbs that take "to" in a reported clause: "the firm plans to", "officials expect to".
_TO_VERBS = frozenset(
    """hope hopes want wants need needs plan plans expect expects intend intends aim aims
    try tries seek seeks agree agrees refuse refuses continue continues hoping""".split()
)


#: Words that show a clause follows "added" (reported speech without "that").
_CLAUSE_WORDS = frozenset(
    """that he she they we i it there is was are were will would could should can may might
    must had has have did does do""".split()
)


def lives_follow(tokens: list[Token], last: int) -> bool:
    """ "claimed 14 lives", "claimed the lives of two men", "claimed a life": a toll."""
    for token in tokens[last + 1 : last + 5]:
        if token.low in ("lives", "life"):
            return True
        if token.low == "that" or not token.low[:1].isalnum():
            return False
    return False


def urged_to(ahead: list[str]) -> bool:
    """ "urged residents to stay indoors", "urged U.S. citizens to leave": the people
    appealed to (a few words, no clause mark) and "to" with a verb after it (lower case, no
    determiner: not "urged the team to the finish line", "urged them to Washington"). Not
    the passive's "urged by police to": its speaker is the agent, read elsewhere."""
    if ahead[:1] == ["by"]:
        return False
    for k, text in enumerate(ahead[:9]):
        if text == "to":
            verb = ahead[k + 1] if k + 1 < len(ahead) else ""
            return k > 0 and verb.isalpha() and verb.islower() and verb not in DETERMINERS
        if not any(ch.isalnum() for ch in text):
            return False  # "urged on, the crowd": no one appealed to before a mark
    return False


#: Whom an appeal for help addresses: "asked anyone who saw the crash to call", "asked
#: drivers who were on the road to come forward". General English news usage.
_PUBLIC = frozenset(
    """anyone anybody everyone people residents drivers motorists witnesses passengers
    parents neighbors neighbours shoppers those public members""".split()
)


def asked_public_to(ahead: list[str]) -> bool:
    """ "asked anyone who noticed a vehicle parked near the house to call detectives": an
    appeal to the public, however long (up to 30 words) the relative clause that tells who
    is meant, up to the "to" and a verb, before any sentence mark. Not "asked the judge to"
    (a request of one party) nor "asked drivers about the crash" (no appeal)."""
    words = ahead[1:] if ahead[:1] == ["the"] else ahead
    if not words or words[0].lower() not in _PUBLIC:
        return False
    if words[0] == "public" and words[1:2] not in (["to"], ["who"], ["with"], [","]):
        return False  # "asked the public works department to": a noun of a name
    if words[0] == "members" and words[1:4] != ["of", "the", "public"]:
        return False  # "asked members to vote": a body's own, no appeal to the public
    for k, text in enumerate(words[1:32], start=1):
        if text == "to":
            verb = words[k + 1] if k + 1 < len(words) else ""
            return verb.isalpha() and verb.islower() and verb not in DETERMINERS
        low = text.lower()
        if text in _SENTENCE_MARKS or low in _QUESTIONS or (k == 1 and low == "about"):
            return False  # "asked residents about plans to rebuild", "what to do": a question
    return False


#: What ends the search for the "to" of an appeal: the sentence's end or a quotation, a
#: question's word or a request's "for" ("asked people what to do", "asked residents for
#: their views on plans to"), and "about" right after whom it is put to ("asked residents
#: about", but "asked anyone with information about the crash to call"). General English.
_SENTENCE_MARKS = frozenset((".", ";", "?", "!", '"', "\u201c", "\u201d"))
_QUESTIONS = frozenset("whether why how what where if for".split())


#: What one "says" that is a rite or a farewell, not a report: "said a funeral mass for the
#: victims", "said prayers", "said goodbye" (general English of church and family news).
_RITES = frozenset("mass masses prayer prayers grace goodbye goodbyes farewell".split())
#: What may follow a rite said: its occasion (a preposition), a comma or the sentence's
#: end ("said a mass for the victims", "said goodbye.").
_AFTER_RITE = frozenset("for at on in with to over before after , . ; and".split())


#: Words that open a relative or subordinate clause inside a rite's phrase (general English).
_SUBORDINATE = frozenset("who which whom whose where when before after that as while".split())


def _clause_goes_on(after: list[Token]) -> bool:
    """Does a finite verb of the reported clause follow the rite's word ("said the mass for
    the victims, 14 in all, was moving"), up to the sentence's end or a coordinated clause,
    past relative clauses ("said goodbye to her son, who was killed")?"""
    relative = False
    for token in after:
        if token.text in (".", ";", "?", "!") or token.low == "and":
            return False  # "said a requiem mass for those killed, and said 16 had died"
        if token.low in _SUBORDINATE:
            relative = True  # "said a prayer at the site where 14 people were killed"
        elif token.text == ",":
            relative = False
        elif not relative and token.low in _CLAUSE_WORDS:
            return True
    return False


def says_a_rite(tokens: list[Token], last: int) -> bool:
    """ "who said a funeral mass for the victims", "said a prayer", "said goodbye": no report.
    Not "said mass killings had taken place" (an adjective before its noun), "said the mass
    for the victims would be held" (a clause goes on), nor "said Grace Amadi" (a name)."""
    for k in range(last + 1, min(len(tokens), last + 5)):
        low = tokens[k].low
        if low in _RITES:
            if k + 1 >= len(tokens):
                return True
            after = tokens[k + 1]
            if (tokens[k].is_capital and after.is_capital) or after.low not in _AFTER_RITE:
                return False  # 'said Grace Amadi', "said mass arrests followed"
            return not _clause_goes_on(tokens[k + 1 : k + 24])
        if low not in ("a", "the", "his", "her", "their", "funeral", "requiem", "memorial"):
            return False
    return False


def negated_before(tokens: list[Token], k: int, word: str) -> bool:
    """A negation in the clause before the "or" at ``k``, within a few words and no comma:
    "did not release the names or say", "has not commented or said"; a refusal before "or
    say" ("declined to release the driver's name or say when"). A refusal does not carry to
    "or explain", which attribution annotation (PolNeAR's guidelines) reads as a report of
    its own; nor to a finite "or said" ("declined to comment or said they did not know")."""
    refusing = word in ("say", "tell")  # the infinitive: "declined to X or say", not "or said"
    for token in reversed(tokens[max(0, k - 10) : k]):
        if token.low in _NEGATING or (refusing and token.low in _REFUSING):
            return True
        if token.low in ("and", "but", "that", "who", "which"):
            return False
        if not token.is_word and token.low not in ("'s", "\u2019s", "'", "\u2019"):
            return False
    return False


#: Words that carry a negation over "or" to a verb of saying ("did not name him or say";
#: general English grammar).
_NEGATING = frozenset(("not", "n't", "never", "neither"))
#: Words that carry a refusal over "or" to "say" ("declined to name him or say"; the
#: refusal verbs of the non-response cues, ``rules.cues``).
_REFUSING = frozenset("declined refused declines refuses declining refusing".split())


def quarrel(tokens: list[Token], last: int) -> bool:
    """ "argued with a neighbour about parking", "had argued for several minutes": a
    quarrel, not an argument made; not when "that" follows ("argued for minutes that the
    bill was needed", "argued with reporters that")."""
    if next_is(tokens, last, "for"):
        if not _QUARREL_SPAN.intersection(t.low for t in tokens[last + 2 : last + 5]):
            return False
    elif not next_is(tokens, last, "with"):
        return False
    return not any(t.low == "that" for t in tokens[last + 2 : last + 8])


#: How long a quarrel went on: "argued for several minutes", "for about an hour" (units of
#: time of general English).
_QUARREL_SPAN = frozenset("minutes hours hour minute while".split())


def condemned_otherwise(tokens: list[Token], last: int) -> bool:
    """ "The court condemned him to death", "Inspectors condemned the building": a sentence
    passed or a structure declared unsafe, not a condemnation spoken (general English)."""
    ahead = [t.low for t in tokens[last + 1 : last + 5]]
    if "to" in ahead[1:3]:
        return True  # "condemned him to death", "condemned the men to hard labour"
    return bool(set(ahead[:2]) & _STRUCTURES)


#: Structures condemned as unsafe (general English of building inspections).
_STRUCTURES = frozenset(
    "building buildings house houses block blocks tower bridge bridges homes property".split()
)


def anonymity_terms(tokens: list[Token], last: int) -> bool:
    """ "who insisted on anonymity", "insisted on not being named", "on remaining
    anonymous": the terms of a source; not when what they said follows ("insisted on
    condition of anonymity that the toll was 30")."""
    words = [t.low for t in tokens[last + 2 : last + 6]]
    terms = words[:1] == ["anonymity"] or words[:2] in _ANONYMITY_TERMS
    return (
        terms
        and not any(
            t.low == "that" and tokens[k - 1].low != "so"  # not "so that he could speak freely"
            for k, t in enumerate(tokens[last + 2 : last + 9], start=last + 2)
        )
    )


#: The terms an unnamed source insists on (general English of news sourcing).
_ANONYMITY_TERMS = (
    ["not", "being"],  # "not being named", "not being identified"
    ["condition", "of"],  # "condition of anonymity"
    ["remaining", "anonymous"],
    ["remaining", "unnamed"],
)


def next_is(tokens: list[Token], last: int, word: str) -> bool:
    """Is the token after ``last`` the lower-case ``word``?"""
    return last + 1 < len(tokens) and tokens[last + 1].low == word
