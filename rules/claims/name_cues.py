"""Which casualty cues a victim's name may follow (CB14), and what after a cue is no person.

Kept apart from ``rules.claims.named`` so that module stays small.
"""

from __future__ import annotations

import itertools
import re

from rules.claims.listed_singles import without_listed_singles
from rules.claims.upper_names import in_upper_name
from rules.nouns import PERSON_NOUNS, is_human_plural

#: Cue endings a name may follow as the victim: "the murder of", "gunmen killed",
#: "a grenade went off, injuring", "gunmen shot dead", "gunned down".
NAME_CUE_WORDS = (
    "of",
    "shot dead",
    "gunned down",
    "killed",
    "murdered",
    "assassinated",
    "killing",
    "murdering",
    "assassinating",
    "wounded",
    "injured",
    "wounding",
    "injuring",
)
#: The verbs of wounding are adjectives as often as verbs ("a wounded officer", "the injured
#: driver") and passives ("was injured Monday"): a name after them is their object only when
#: no article, possessive or auxiliary stands right before (general English grammar).
_HURT = ("wounded", "injured", "wounding", "injuring")
_NOT_ACTIVE = re.compile(
    r"\b(?:a|an|the|his|her|their|its|one|was|were|is|are|been|being|be|seriously|slightly"
    r"|badly|critically|fatally)\s+$",
    re.IGNORECASE,
)
#: A possessive inside a name and the word after it: "FARMERS' HUTS", "THE MAYOR'S CAR".
_POSSESSED = re.compile(r"(?:['’]s|s['’])\s+([A-Za-z-]+)", re.IGNORECASE)


def active_object(text: str, word: str, at: int) -> bool:
    """Can the cue ``word`` at ``at`` take a name as its object? Not a verb of wounding used
    as an adjective or a passive."""
    return not (word.endswith(_HURT) and _NOT_ACTIVE.search(text, max(0, at - 20), at))


def owned_thing(name: str) -> bool:
    """Is ``name`` a thing a possessor owns ("STUDENT'S HOME") rather than a person ("ANA
    RUIZ'S SON", whose head is a person noun)? Origin: English possessive grammar."""
    owned = _POSSESSED.search(name)
    return owned is not None and owned.group(1).lower() not in PERSON_NOUNS


#: A description between commas after a named victim, then "and" and the next one: "killed
#: Tomas Brel, a leader of the dockers' union, and his driver". It opens with an article or a
#: possessive (English apposition), so a clause after the name ("..., wounded two others,
#: and fled") is no description. A bracketed initialism may stand in it ("..., the leader of
#: the Farmers Party (FP), and ...").
_DESCRIBED_AND = re.compile(
    r"\s*,\s*(?:an?|the|his|her|their)\s(?:[^,;:.()\"]|\(\w[\w-]{0,11}\)){1,80},(?P<and>\s+and)\s",
    re.IGNORECASE,
)


def described_and(text: str, end: int, upper: bool) -> tuple[int, int] | None:
    """After a description of the name that ends at ``end``: where " and" starts, and where
    the next name may start (past a role in lower case: "and party activist Ana Ruiz")."""
    match = _DESCRIBED_AND.match(text, end)
    if match is None:
        return None
    role = None if upper else _ROLE_BEFORE_NAME.match(text, match.end("and"))
    if role is None or role["role"] not in PERSON_NOUNS:
        return match.start("and"), match.end("and")
    return match.start("and"), role.end()


#: Between listed names: an optional age, then a comma, a semicolon, "and" or "as well as".
LIST_SEPARATOR = re.compile(
    r"(?:\s*,\s*\d{1,3})?\s*(?:[;,]\s*and(?:\s+of)?|[;,]?\s*as\s+well\s+as|[;,]|\band(?:\s+of)?)\s",
    re.IGNORECASE,
)


#: What makes a separator a list's: an age, a semicolon, "and" or "as well as" (English
#: coordination), not a bare comma, which may open a description.
LISTS = re.compile(r"\d|;|\band\b|\bwell\s+as\b", re.IGNORECASE)


#: A finite verb or modal right after a name, or after a second name joined by "and" ("Ivo
#: Sarn and Ana Pol were wounded"; general English auxiliaries and speech verbs).
_VERB_NEXT = re.compile(
    r"(?:\s+and\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})?"
    r"\s+(?:was|were|is|are|has|have|had|will|would|can|could|may|might|must|shall|should"
    r"|did|does|do|said|says|told|added|died)\b",
    re.IGNORECASE,
)


def opens_clause(separator: str, text: str, name_end: int) -> bool:
    """Does the name ending at ``name_end``, after the list separator ``separator``, open a
    clause of its own? A bare semicolon joins clauses as well as list items, and a name with
    its own verb after it (or after a second name and "and") is that clause's subject:
    "gunmen killed Tomas Brel; Ivo Sarn was wounded", "...; Ivo Sarn and Ana Pol were hurt",
    "who had killed the priest; Radio Kessel will tell you". (A list by semicolons gives ages
    or roles between its names, or ends in "; and".)"""
    return (
        ";" in separator
        and "and" not in separator.lower()
        and bool(_VERB_NEXT.match(text, name_end))
    )


#: A role in lower case before a name in mixed-case text: "and party activist Ana Ruiz".
_ROLE_BEFORE_NAME = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?P<role>[a-z-]+)(?=\s+[A-Z])")


#: A named object before "and" and a count: "killed Mayor Ivo Sarn and two aides" (the name is
#: one victim, CB14; the count is the verb's object too). Case-sensitive: names are capitalised.
_NOT_A_NAME = (
    r"(?!(?:IN|AT|ON|OF|NEAR|THE|A|AN|TO|FROM|BY|WITH|FOR|INTO|OVER|DURING|AFTER|BEFORE"
    r"|SOME|ALL|MORE|THAN|ABOUT|AROUND|NEARLY|AT|LEAST)\b)"  # all-capital copy's other words
)
NAMED_LEAD = re.compile(
    rf"\s+(?:{_NOT_A_NAME}[A-Z][\w.'-]*\s+){{0,3}}{_NOT_A_NAME}[A-Z][\w'-]*\s*,?\s+(?:and|AND|as\s+well\s+as|AS\s+WELL\s+AS)\s+"
    r"(?:(?:his|her|their|the|HIS|HER|THEIR|THE)\s+)?(?:(?:other|OTHER)\s+)?"
)


def named_lead(gap: str) -> bool:
    """Is ``gap`` (a cue's end to a count) a named object before the count, single people
    listed after the name included ("killed Mayor Ivo Sarn, his driver and two aides")?"""
    return NAMED_LEAD.fullmatch(without_listed_singles(gap)) is not None


#: An adverbial set off by commas between a verb and its object: "killed, in cold blood, two
#: farmers", "assassinated, within two days, Judge Ana Ruiz" (general English word order).
_ASIDE = re.compile(
    r"\s*,\s+(?:in|at|with|without|within|by|on|after|before|during|under|from"
    r"|according\s+to|[a-z]+ly)\b[^,;:.()\"]{0,40},(?=\s)",
    re.IGNORECASE,
)
#: A passive verb takes no object: "two were killed, in the end, Ana Ruiz said".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.I)


def aside_end(text: str, at: int, whole: str, cue_start: int) -> int | None:
    """Where an adverbial set off by commas right after ``at`` in ``text`` ends (past its
    closing comma), when the verb of ``whole`` at ``cue_start`` is active; else None."""
    aside = _ASIDE.match(text, at)
    if aside is None or _PASSIVE_BEFORE.search(whole, max(0, cue_start - 20), cue_start):
        return None
    return aside.end()


#: Two titles joined before one name: "Senator and former envoy Ivo Sarn" (general English
#: of news: one person with two roles).
JOINED_TITLE = re.compile(r"\s+(?P<title>[A-Za-z]+)\s+and(?=\s)", re.IGNORECASE)


def name_start(text: str, at: int, upper: bool, word: str) -> int:
    """Where a victim's name after a cue ``word`` ending at ``at`` may start: past an
    adverbial set off by commas ("assassinated, within two days, Judge Ana Ruiz"), past a first
    title joined by "and" to a second ("the murder of Senator and party leader Ana Ruiz"),
    and past a bare role in lower case in mixed-case text ("killed journalist Ana Ruiz", "the
    murder of local farmer Ivo Lant"). Not past a determiner ("his friend Ana Ruiz" is
    counted as the friend) nor after a verb of hurt, an adjective there ("injured officer
    Ana Ruiz says")."""
    aside = aside_end(text, at, text, at - len(word))
    at = aside if aside is not None else at  # "assassinated, within two days, Judge ..."
    joined = JOINED_TITLE.match(text, at)
    if joined is not None and joined["title"].lower() in PERSON_NOUNS:
        at = joined.end()
    if upper or word.endswith(_HURT):
        return at
    at = past_age(text, at, word)
    role = _ROLE_BEFORE_NAME.match(text, at)
    if role is None or role["role"] not in PERSON_NOUNS:
        return at
    if _NOT_BARE_ROLE.search(text, at, role.end()):
        return at  # "killed his friend Ana Ruiz"; "Killed were bartender Ana Ruiz, 26; ..."
    return role.end()


#: Between the cue and a role, what makes the name no bare victim of the cue: a determiner
#: ("killed his friend Ana Ruiz" counts the friend once); an auxiliary, an inverted list
#: ("Killed were bartender Ana Ruiz"), read by CB51; "by", the agent ("was killed by officer
#: Ana Ruiz" names who killed). General English grammar.
_NOT_BARE_ROLE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our|my|your|this|that"
    r"|were|was|are|is|has|have|had|been|by)\s",
    re.I,
)


#: An age as an adjective before a name: "killed 41-year-old Ana Ruiz" (US crime-news style).
_AGE_BEFORE_NAME = re.compile(r"\s+\d{1,3}-(?:year|month)-old(?=\s+[A-Z])")


def past_age(text: str, at: int, word: str) -> int:
    """``at``, or the end of an age written before a name there ("killed 41-year-old Ana
    Ruiz"), after a verb cue ``word``; after "of" ("the bodies of 41-year-old Ana Ruiz") the
    age is the one CB25 counts."""
    age = None if word.endswith("of") else _AGE_BEFORE_NAME.match(text, at)
    return age.end() if age else at


#: A preposition (and article) right before capitalised words: "REPORTER IVO SARN OF A PARIS
#: WEEKLY WAS KILLED", "a guard working for the Orsk Shipping Company was shot": the words
#: after it are a place or a body, not the verb's subject (general English grammar).
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|from|with)\s+(?:(?:the|a|an)\s+)?$", re.I)
_NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){2,5}$")


def subject_before_preposition(text: str, start: int, upper: bool) -> tuple[int, int] | None:
    """When the capitalised words at ``start`` follow "of"/"for"/"from" (a body or a place,
    module note above), the name before the preposition as offsets: "FRENCH REPORTER IVO
    SARN" in "FRENCH REPORTER IVO SARN OF A PARIS WEEKLY"; (-1, -1) when there is none ("an
    employee of", "a guard working for": other rules count one person); None when no
    preposition stands there."""
    prep = _PREPOSITION_BEFORE.search(text, max(0, start - 20), start)
    if prep is None:
        return None
    words = _NAME_WORDS_BEFORE.search(text, max(0, prep.start() - 80), prep.start())
    if words is None:
        return -1, -1
    names = words.group().split()
    if upper:
        names = list(reversed(list(itertools.takewhile(in_upper_name, reversed(names)))))
    last = names[-1].lower() if names else ""
    if len(names) < 2 or last in PERSON_NOUNS or is_human_plural(last):
        return -1, -1
    end = words.start() + len(words.group().rstrip())
    return end - len(" ".join(names)), end
