"""The noun phrase that starts just after a cue: "according to X", '"...," said X', "no
comment from X", with a trailing appositive (", a spokesman for the ministry").
"""

from __future__ import annotations

import re

from rules.cues import ANONYMOUS_HEADS
from rules.nouns import PERSON_NOUNS
from rules.phrases import CONNECTORS, DETERMINERS, TIME_WORDS, surname_said
from rules.tokens import SUBJECT_PRONOUNS, Token, and_pair, is_state_code, token_is_name

#: Words that open an appositive ("a spokesman for", "who heads", "55", "R-Ky.").
_APPOSITIVE_OPENERS = frozenset(
    """a an the who whose which one his her its their director head spokesman spokeswoman
    spokesperson chairman chairwoman chair president professor author founder chief
    executive leader member secretary minister adviser advisor analyst editor deputy
    commander general senior former fellow co-founder partner manager governor mayor
    spokesman officer official""".split()
)


_RIGHT_STOPS = frozenset(
    """that who which whom whose when while if because as but so than then where after
    before since though although unless until whether said says told adding added
    saying noting and wrote reported according in on during last this earlier later
    yesterday today tonight is was are were has have had will would""".split()
)


def right_phrase(
    tokens: list[Token], k: int, limit: int = 30, closed_only: bool = False
) -> tuple[int, int] | None:
    """The noun phrase starting at token ``k`` (with a trailing appositive), or None."""
    if k >= len(tokens) or not tokens[k].is_word:
        return None
    first = k
    if tokens[k].low in SUBJECT_PRONOUNS:
        return (k, k) if tokens[k].low not in ("who", "it") else None
    if tokens[k].low in _RIGHT_STOPS - {"this"} or tokens[k].low in TIME_WORDS:
        return None
    last = core = _right_core(tokens, k, limit)
    if last < first:
        return None
    # A trailing appositive: ", a spokesman for the ministry" up to the sentence end or a comma.
    j = last + 1
    while j + 1 < len(tokens) and tokens[j].text == "," and _opens_appositive(tokens, j + 1, first):
        end = _right_core(tokens, j + 1, limit, appositive=True)
        if end <= j or (closed_only and (end + 1 >= len(tokens) or tokens[end + 1].text != ",")):
            break
        if (
            closed_only
            and end + 2 < len(tokens)
            and tokens[end + 2].low in ("who", "which")
            and tokens[j + 1].low in ("the", "a", "an", "these", "those", "some", "two", "three")
        ):
            break  # "According to the police, the attackers, who were armed, killed": a subject
            # (not a name: "According to the chief, John Smith, who was there, 12 died")
        if _unnamed_pair(tokens, first, last, j + 1, end):
            break  # "According to investigators, the suspect, a veteran, fired": a subject
        last = end
        j = last + 1
    if closed_only and last != core and _verb_after_comma(tokens, last):
        return (first, core)  # "According to the chief, Ivo Marsh, 34, was killed": a subject
    return (first, last)


#: Verbs that make the phrase before them a clause's subject ("..., Ivo Marsh, 34, was hurt").
_SUBJECT_VERBS = frozenset("was were is are has have had died".split())


def _verb_after_comma(tokens: list[Token], last: int) -> bool:
    return (
        last + 2 < len(tokens)
        and tokens[last + 1].text == ","
        and tokens[last + 2].low in _SUBJECT_VERBS
    )


#: Words that open the main clause's subject rather than a source's appositive.
_SUBJECT_OPENERS = frozenset("the his her their its".split())


def _unnamed_pair(tokens: list[Token], first: int, last: int, start: int, end: int) -> bool:
    """A source with no name ("investigators", "an uncle") and, after its comma, a phrase with
    no name that opens on "the" or a possessive ("the suspect", "his organs"): the second
    is the subject of the clause after "According to X,", not X's appositive (an appositive
    of an unnamed source names it: "a neighbour, Ida Roth,")."""
    if tokens[start].low not in _SUBJECT_OPENERS:
        return False
    # A place after the source names no one: "According to police in Orme, the suspect, ..."
    head = next((k - 1 for k in range(first + 1, last + 1) if tokens[k].low in _PLACING), last)
    return not any(t.is_capital for t in tokens[first : head + 1]) and not any(
        t.is_capital for t in tokens[start : end + 1]
    )


#: Prepositions that place an unnamed source: "police in Orme", "officials at the port".
_PLACING = frozenset("in at from".split())


def _right_core(tokens: list[Token], k: int, limit: int, appositive: bool = False) -> int:
    last = k - 1
    j = k
    while j < len(tokens) and j - k < limit:
        token = tokens[j]
        if token.text in ("'", "’") and last == j - 1 and j > k:
            last = j
            j += 1
            continue
        if token.text == "(" and last == j - 1 and j > k and tokens[j - 1].is_capital:
            close = next(
                (m for m in range(j + 1, min(len(tokens), j + 8)) if tokens[m].text == ")"), 0
            )
            if close:
                last = close  # "Sen. Ada Quill (D-Vt.)"
                j = close + 1
                continue
        if not token.is_word:
            break
        low = token.low
        if j > k and low in _RIGHT_STOPS and not surname_said(tokens, j):
            if low in ("in", "on", "during", "last", "this") and _phrase_continues(tokens, j):
                last = j
                j += 1
                continue
            if low in ("later", "earlier") and tokens[j - 1].low in ("a", "an", "the"):
                last = j  # "according to a later inquiry by the council": an adjective
                j += 1
                continue
            if low == "and" and (
                (token_is_name(tokens, j - 1) and token_is_name(tokens, j + 1))
                or and_pair(tokens, j)
            ):
                last = j
                j += 1
                continue
            if low in ("who", "whom") and appositive:
                break
            break
        if j > k and low in TIME_WORDS:
            break
        if j > k and _verb_with_object(tokens, j):
            break  # "according to witnesses demanded the release": the clause's own verb
        if j > k and low == "at" and _setting_follows(tokens, j + 1):
            break  # "said Chief Ida Roth at a news conference"
        if j > k and low in _TIME_MODIFIERS and _time_follows(tokens, j + 1):
            break  # "said officials late on Monday" (but "the late Ida Roth")
        if low in CONNECTORS and (j + 1 >= len(tokens) or not tokens[j + 1].is_word):
            break
        last = j
        j += 1
    while last >= k and tokens[last].low in CONNECTORS | DETERMINERS:
        last -= 1
    return last


#: What opens a verb's object: "demanded the release", "ordered a halt".
_OBJECT_OPENERS = frozenset("the a an his her their its".split())


def _verb_with_object(tokens: list[Token], j: int) -> bool:
    """Is the lower-case "-ed" word at ``j`` a finite verb before its object, after a plural
    noun ("witnesses demanded the release"), not a participle ("a report released by")?"""
    token = tokens[j]
    if token.text != token.low or not token.low.endswith("ed") or j + 1 >= len(tokens):
        return False
    before = tokens[j - 1].low
    return tokens[j + 1].low in _OBJECT_OPENERS and before.endswith("s") and before != "its"


#: Occasions of speech after "at": where words were said, not where the speaker works
#: ("a nurse at the clinic"). Origin: general English of attribution.
_OCCASIONS = frozenset(
    """conference briefing hearing rally vigil funeral ceremony meeting event summit forum
    gathering memorial scene debate""".split()
)


def _setting_follows(tokens: list[Token], j: int) -> bool:
    """ "at a news conference", "at Monday's briefing", "at the scene" (but "the ambassador
    at the time" is the ambassador then, and "a nurse at the Memorial Hospital" or "a fellow
    at the Forum for Peace" works at a place whose name holds the word)."""
    for token in tokens[j : j + 4]:
        if token.low in _OCCASIONS:
            return not token.is_capital  # "at Ashby Memorial Hospital" names a workplace
        if not token.is_word or token.low in ("of", "for", "and", "who", "which"):
            return False
    return False


#: Words that set a time when a time follows them: "late on Monday", "early Tuesday".
_TIME_MODIFIERS = frozenset("late early".split())


def _time_follows(tokens: list[Token], j: int) -> bool:
    if j >= len(tokens):
        return False
    low = tokens[j].low
    return low in TIME_WORDS or (
        low in ("on", "last", "this") and j + 1 < len(tokens) and tokens[j + 1].low in TIME_WORDS
    )


def _phrase_continues(tokens: list[Token], j: int) -> bool:
    """'in'/'on' inside a name ("officials in Kyiv") rather than a time or a medium; or
    'in' placing an unnamed person ("a person in the room", "one member in attendance")."""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    if nxt.low in TIME_WORDS or nxt.text.isdigit():
        return False
    if tokens[j].low in ("last", "this", "during"):
        return False
    if (tokens[j - 1].low, tokens[j].low) in _CONTINUING:
        return True  # "two people briefed on the plan", "a source involved in the talks"
    if tokens[j].low == "in" and tokens[j - 1].low in _PLACED_PEOPLE:
        return _placing(tokens, j + 1)
    return nxt.is_capital and nxt.low not in DETERMINERS


#: A participle and its preposition inside an unnamed source's description. Origin: the
#: anonymity formulas of English news ("briefed on", "involved in", "working on").
_CONTINUING = frozenset(
    (("briefed", "on"), ("working", "on"), ("involved", "in"), ("participating", "in"))
)

#: Unnamed people that "in" may place rather than time: "a source in the department", "one
#: member in attendance". Origin: general knowledge of how English news describes unnamed
#: sources.
_PLACED_PEOPLE = frozenset(
    """someone somebody anyone person people source sources official officials aide aides
    staffer staffers member members diplomat diplomats witness witnesses""".split()
)

#: What follows "in" when it names the medium or the manner of a statement, not a place:
#: "a source in a statement", "officials in an interview". Origin: general English.
_MEDIA = frozenset(
    """statement statements interview interviews letter letters post posts tweet tweets
    email emails e-mail message messages speech speeches briefing briefings release
    video videos note notes filing filings remarks comments response reply testimony
    broadcast podcast op-ed column report reports documents writing private public
    person part turn""".split()
)


def _placing(tokens: list[Token], k: int) -> bool:
    """Whether the words after "in" place a person: "attendance", or a determiner or a
    capital then no medium or time ("in the room", "in the department"; not "in tears", "in
    confidence", "in a statement")."""
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    if tokens[k].low == "attendance":
        return True
    if tokens[k].low not in DETERMINERS and not tokens[k].is_capital:
        return False
    for token in tokens[k : k + 3]:
        if not token.is_word or token.low in _MEDIA or token.low in TIME_WORDS:
            return False
        if token.low not in DETERMINERS:
            return True
    return False


def _opens_appositive(tokens: list[Token], j: int, first: int) -> bool:
    token = tokens[j]
    if not token.is_word:
        return False
    low = token.low
    if low in ("who", "whose", "which"):
        return False
    if low in _APPOSITIVE_OPENERS or token.text.isdigit() or is_state_code(token.text + "."):
        return True
    if re.fullmatch(r"[RDI]-[A-Z][A-Za-z.]*", token.text):
        return True
    if (
        _personal_name_at(tokens, j)
        and j >= 2
        and (tokens[j - 2].low in _APPOSITIVE_OPENERS or tokens[j - 2].low in PERSON_NOUNS)
    ):
        return True  # "the regional governor, Sabina Orlik,", "her mother, Ruth Olander"
    if _personal_name_at(tokens, j) and _person_before_preposition(tokens, first, j - 1):
        return True  # "a spokesman for the city police, Ivo Marsh,"
    return token.text.endswith(("'s", "’s")) and token.is_capital


#: Prepositions after the head of a role ("a spokesman for the police", "the head of X").
_ROLE_PREPOSITIONS = frozenset("for of at with".split())


def _person_before_preposition(tokens: list[Token], first: int, comma: int) -> bool:
    """The phrase from ``first`` to the comma is a person noun with a prepositional phrase
    after it: "a spokesman for Varnholt Police", "the head of the agency"."""
    for k in range(first + 1, comma):
        if tokens[k].low in _ROLE_PREPOSITIONS:
            head = tokens[k - 1].low
            return head in PERSON_NOUNS or head in ANONYMOUS_HEADS or head in _ROLES
    return False


#: Heads of a role before "of" or "for" ("the head of the agency", "the director of the
#: clinic"): the role words among the appositive openers.
_ROLES = _APPOSITIVE_OPENERS - frozenset("a an the who whose which one his her its their".split())


def _personal_name_at(tokens: list[Token], j: int) -> bool:
    """Two to four capitalised words from ``j`` up to a comma or the end."""
    k = j
    while k < len(tokens) and tokens[k].is_word and tokens[k].is_capital and k - j < 4:
        k += 1
    return k - j >= 2 and (k == len(tokens) or not tokens[k].is_word)
