"""Source spans: the noun phrase before or after a cue, found with boundary heuristics.

No tagger: a phrase grows word by word away from the cue and stops at punctuation,
clause words ("that", "when", "but"), pronouns and time expressions; determiners end it
unless a preposition links it to more noun phrase ("a spokesman for the ministry").
Appositives between commas join the name they follow ("Jane Doe, a spokeswoman, said").
"""

from __future__ import annotations

from rules.clauses import IRREGULAR_VERBS, clause_like
from rules.interposed import (
    WEEKDAYS,
    age_then,
    aside_start,
    dash_aside_start,
    time_phrase_start,
)
from rules.nouns import names_people
from rules.number_values import number_value
from rules.numbers import parse_figure
from rules.phrases import CONNECTORS, left_phrase
from rules.tokens import (
    Token,
    is_adverb,
    is_ly_adverb,
    is_quote_mark,
    is_state_code,
)

#: Adverbs and auxiliaries that may stand between a subject and its verb.
_VERB_PREFIX = frozenset(
    """has have had also later previously repeatedly recently then publicly privately once
    again further never often already first initially separately earlier subsequently
    reportedly would will could may might is was are were did does do not n't has
    since just even still last frequently flatly strongly bluntly angrily quickly simply
    long always ever sometimes often usually now however meanwhile likewise instead
    's ’s 've ’ve 'd ’d"""
    # "officials there said", "a doctor here said": the place adverb of wire copy
    """ there here""".split()
)


_SKIPPABLE_OPENERS = frozenset(
    """in on at during speaking writing citing according asked contacted reached questioned
    interviewed among"""
    # and the participles that tell when or how a text came out: "the report, released on
    # Sunday, said" (general English news style)
    """ released published issued posted broadcast dated signed""".split()
)


def skip_verb_prefix(tokens: list[Token], i: int) -> int:
    """Index of the last token before the auxiliaries, adverbs and time words that end at
    ``i``: "the ministry (on Thursday) said", "the archdiocese (today) denounced"."""
    while i >= 0:
        if not tokens[i].is_word:
            dashed = dash_aside_start(tokens, i)  # "Ada Quill -- who was there -- said"
            if dashed is not None:
                i = dashed
                continue
            aside = aside_start(tokens, i)  # "the ministry, however, said"
            if aside is not None:
                i = aside  # the subject ends at the aside's opening comma
            break
        low = tokens[i].low
        if low in ("less", "more") and i + 1 < len(tokens) and tokens[i + 1].low in _VERB_PREFIX:
            i -= 1  # "killings are less often reported"
            continue
        if low == "only" and i > 0 and tokens[i - 1].low in _VERB_PREFIX:
            i -= 1  # "would only say", "has only said"
            continue
        if low == "far" and i > 0 and tokens[i - 1].low == "so":
            i -= 2  # "the mission had so far documented"
            continue
        if low in WEEKDAYS and i > 0 and tokens[i - 1].low in ("on", "late", "early"):
            i -= 2
            continue
        phrase = time_phrase_start(tokens, i)  # "on Thursday evening", "last week"
        if phrase is not None:
            i = phrase - 1
            continue
        if not (
            low in _VERB_PREFIX
            or (low in _DAY_WORDS and not tokens[i].text.istitle())  # not "USA Today"
            or is_adverb(tokens[i])
            or _upper_adverb(tokens, i)
            or low.endswith(("n't", "n’t"))
        ):
            break
        i -= 1
    return i


def _upper_adverb(tokens: list[Token], i: int) -> bool:
    """An "-LY" word in all-capital copy right after an auxiliary ("COULD NOT BE OFFICIALLY
    CONFIRMED", "HAS REPEATEDLY SAID"): an adverb there, not the end of a name."""
    token = tokens[i]
    return (
        token.text.isupper()
        and is_ly_adverb(token.low)
        and i > 0
        and tokens[i - 1].low in _AUXILIARIES
    )


_AUXILIARIES = _VERB_PREFIX | frozenset("be been being".split())


#: Time words that may stand between a subject and its verb (news style: "Police on Sunday
#: identified", "the ministry today denied"). Origin: general English news style.
_DAY_WORDS = frozenset("today yesterday tonight overnight".split())


def appositive_before(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """A subject with appositives ending at ``comma``: "Jane Doe, 55, a spokeswoman,".

    Comma-separated segments are taken right to left while each is a whole noun phrase
    (or an age, or a state code); the leftmost must open the clause.
    """
    first: int | None = None
    j = comma
    for _ in range(5):
        prev = _previous_comma(tokens, j)
        if (
            prev is not None
            and j != comma
            and tokens[prev + 1].low in _SUBJECT_OPENERS
            and not age_then(tokens, prev + 1, j)
        ):
            # ", and Ida Renk, an adviser, said": the conjunction opens the subject.
            segment_start = _subject_start(tokens, prev + 1, j)
            prev = None
        elif prev is not None:
            segment_start = prev + 1
        else:
            segment_start = clause_start(tokens, j)
            if j != comma:
                segment_start = _subject_start(tokens, segment_start, j)
                if _object_of(tokens, segment_start, j):
                    break  # "fled before dawn, the mayor, Ana Ruiz, said": not "dawn, ..."
        if segment_start >= j or not whole_phrase(tokens, segment_start, j - 1):
            break
        if j != comma and clause_like(tokens, segment_start, j - 1):
            break  # "Police arrested 11 people, the spokesman, Ana Ruiz, said": not a name
        if j != comma and _distance(tokens, segment_start, j):
            break  # "In Velk, 30 kilometres from Orme, a doctor said": a place's distance
        if j != comma and _place_apposed(tokens, segment_start, j):
            break  # "in Marvo, a garrison town near the border, the mayor, X, said"
        first = segment_start
        if prev is None:
            break
        j = prev
    if first is None:
        return None
    return (first, comma - 1)


#: Prepositions whose object a segment is, not a subject: "before dawn", "after landfall".
_OBJECT_OF = frozenset("before after until since during by into onto toward towards".split())
_HEAD_ENDS = frozenset("in with at from of near on".split())


def _object_of(tokens: list[Token], first: int, end: int) -> bool:
    """Is the segment ``first:end`` the object of a preposition before it ("before dawn",
    "after Christmas", "after the rebels, the envoy, ..."), not a subject a conjunction opens
    ("after a woman in Worcester, Massachusetts, told him": a person, then a place's name)?"""
    if first == 0 or tokens[first - 1].low not in _OBJECT_OF:
        return False
    head = next((k - 1 for k in range(first + 1, end) if tokens[k].low in _HEAD_ENDS), end - 1)
    placed = end + 1 < len(tokens) and tokens[end + 1].is_capital
    return not (names_people(tokens[head].low) and placed)


#: Units of a distance that places a town ("30 kilometres from Orme", "40 miles north of").
_DISTANCE_UNITS = frozenset("kilometres kilometers km miles metres meters yards".split())


def _distance(tokens: list[Token], first: int, end: int) -> bool:
    """Does the segment ``first:end`` open with a count of a distance unit ("30 kilometres")?"""
    if first + 1 >= end or tokens[first + 1].low not in _DISTANCE_UNITS:
        return False
    return number_value(tokens[first].low) is not None  # not "Sarah Miles, a spokeswoman"


#: Kinds of place an appositive describes after a place's name: "Marvo, a garrison town".
_PLACE_KINDS = frozenset(
    """town towns village villages city suburb district port hamlet settlement region
    province county neighbourhood neighborhood enclave""".split()
)
_PLACE_HEAD_ENDS = frozenset("in near on of about from at with".split())


def _place_apposed(tokens: list[Token], first: int, end: int) -> bool:
    """Is the segment ``first:end`` an indefinite appositive that describes the place named
    just before its comma ("in Marvo, a garrison town 40 kilometres from the border,")? It
    belongs to the place, not to the speaker after it."""
    if first < 2 or tokens[first].low not in ("a", "an") or not tokens[first - 2].is_capital:
        return False
    head = next(
        (k - 1 for k in range(first + 1, end) if tokens[k].low in _PLACE_HEAD_ENDS), end - 1
    )
    return head > first and tokens[head].low in _PLACE_KINDS


#: Words after which a subject with appositives may start inside a clause.
_SUBJECT_OPENERS = frozenset(
    """but and so yet then still however meanwhile also even when while as because if
    although though after before since that separately additionally similarly likewise
    elsewhere""".split()
)


def _subject_start(tokens: list[Token], start: int, j: int) -> int:
    """Where the name before an appositive starts: "But Matt Morrison, the deputy director,",
    "The White House says that it is on track, and Brian Deese, an adviser, said"."""
    while start < j - 1 and tokens[start].low in _SUBJECT_OPENERS:
        start += 1
    if whole_phrase(tokens, start, j - 1):
        return start
    for k in range(j - 2, start - 1, -1):
        if tokens[k].low in _SUBJECT_OPENERS:
            return start if _adverb_before_verb(tokens, k, start) else k + 1
        if not tokens[k].is_word and tokens[k].text not in (".", "'", "’", "(", ")"):
            break
    return start


#: Openers that may also stand between a subject and its verb: "Troops also detained", and
#: irregular past verbs that take a count ("Rescuers also found 3 bodies").
_MID_ADVERBS = frozenset("also still even then meanwhile".split())
_PAST_OBJECTS = frozenset("found hit put took kept brought sent left made held shot".split())


def _adverb_before_verb(tokens: list[Token], k: int, start: int) -> bool:
    """Is the opener at ``k`` an adverb after a subject and before its verb ("Troops also
    detained 20 men, a spokeswoman, Ilse Varga, said": the clause's, not a subject's start)?"""
    if tokens[k].low not in _MID_ADVERBS or k <= start or k + 1 >= len(tokens):
        return False
    verb = tokens[k + 1]
    past = verb.low.endswith("ed") or verb.low in IRREGULAR_VERBS or verb.low in _PAST_OBJECTS
    finite = verb.text == verb.low and past
    return finite and tokens[k - 1].is_word and tokens[k - 1].low not in _SUBJECT_OPENERS


def clause_start(tokens: list[Token], j: int) -> int:
    k = j - 1
    while k >= 0 and j - k < 40:
        text = tokens[k].text
        if text == ")":
            # A closed bracket is inside the clause: "Rep. Ana Ruiz (D-Velk), a member,".
            opening = next(
                (i for i in range(k - 1, max(-1, k - 12), -1) if tokens[i].text == "("), None
            )
            if opening is not None:
                k = opening - 1
                continue
        if text in _CLAUSE_ENDS or (text in ("'", "’") and is_quote_mark(tokens, k)):
            break
        k -= 1
    return k + 1


_CLAUSE_ENDS = frozenset(('"', ";", ":", "(", ".", "?", "!", "-", "--"))


def whole_phrase(tokens: list[Token], first: int, last: int) -> bool:
    """Are the tokens ``first``..``last`` one noun phrase (or an age, a state code), as a
    segment between commas of a subject with appositives must be?"""
    if first == last and (tokens[first].text.isdigit() or is_state_code(tokens[first].text)):
        return True
    if age_then(tokens, first, last + 1):
        return True
    if first == last and tokens[first].is_capital and tokens[first].text.endswith("."):
        return True  # "Pa.", "Ky."
    if tokens[first].low == "according" and first < last and tokens[first + 1].low == "to":
        return False  # "According to the ministry, the governor, a pilot, said": a source before
    if tokens[first].low in ("now", "formerly", "once") and first < last:
        first += 1  # "The former aide, now a lobbyist, said"
    for k in range(first + 1, last + 1):
        if tokens[k].low in ("who", "whose", "whom", "which", "that", "where"):
            last = k - 1  # "a 20-year veteran of the navy who retired", "the village where"
            break
        if (
            tokens[first].low in ("a", "an")
            and k > first + 1
            and _reduced_relative(tokens, k, last)
        ):
            last = k - 1  # "a weekly printed in the capital", "a station run by the army"
            break
    if _parent_of_a_count(tokens, first, last):
        return whole_phrase(tokens, first, last - 2)  # "a father of three", "a mother of 4"
    if tokens[first].low == "of" and first < last:
        return all(t.is_capital for t in tokens[first + 1 : last + 1])  # "of Flint"
    if tokens[last].text == ")" and tokens[first].text != "(":
        # "Ana Ruiz (D-Velk)": the phrase before a closed bracket decides.
        opening = next((k for k in range(last - 1, first, -1) if tokens[k].text == "("), None)
        if opening is not None and opening - 1 >= first:
            return whole_phrase(tokens, first, opening - 1)
    if tokens[last].text == ")" or tokens[first].text == "(":
        phrase = left_phrase(tokens, last, inside_commas=True)
        return phrase is not None and phrase[0] <= first + 1
    phrase = left_phrase(tokens, last, inside_commas=True)
    return phrase is not None and phrase[0] == first and tokens[first].low not in CONNECTORS


#: Parents described by how many children they have ("a 41-year-old mother of two"): the
#: English words for a parent.
_PARENTS = frozenset(
    """father mother parent grandfather grandmother grandparent mom mum dad stepfather
    stepmother""".split()
)


def _parent_of_a_count(tokens: list[Token], first: int, last: int) -> bool:
    """Does the phrase end on a parent and the count of their children ("of three")?"""
    if last - first < 2 or tokens[last - 1].low != "of" or tokens[last - 2].low not in _PARENTS:
        return False
    return parse_figure(tokens[last].text) is not None


def participle_before(tokens: list[Token], comma: int) -> int | None:
    """Index of the comma before a skippable aside ("X, speaking to reporters, said")."""
    prev = _previous_comma(tokens, comma)
    if prev is None or prev + 1 >= comma:
        return None
    opener, written = tokens[prev + 1].low, tokens[prev + 1].text
    # a capitalised "-ing" word opens a name, not a participle ("X, Living Waters Ministries,"),
    # unless the whole text is in capitals (wire copy: "X, SPEAKING ON RADIO, SAID")
    if opener in _SKIPPABLE_OPENERS or (
        opener.endswith("ing") and (written.islower() or written.isupper())
    ):
        return prev
    part = prev + 3 < comma and (tokens[prev + 2].low, tokens[prev + 3].low) == ("of", "them")
    if opener in _PART_OPENERS and part:
        return prev  # "Residents, many of them elderly, said": a part of the speakers
    return None


def agent_aside(tokens: list[Token], before: int, comma: int | None) -> bool:
    """Is the segment between the commas ``before`` and ``comma`` a skippable aside that names
    an agent ("X, in a note signed by its press officer, Ana Ruiz, said")? The name after it
    is the agent's, inside the aside, and the statement is X's (the body whose it is)."""
    if comma is None or participle_before(tokens, comma) != before:
        return False
    return any(t.low in ("by", "through") for t in tokens[before + 2 : comma - 1])


#: Words that open a part of the speakers in an aside: "many of them", "two of them".
_PART_OPENERS = frozenset(
    "many most some all both several few half none two three four five dozens".split()
)


#: Participles that open a reduced relative clause on an appositive's noun, before a
#: preposition ("a station run by the rebels", "a daily read across the region"): the "-ed"
#: forms and these irregular ones (general English grammar).
_IRREGULAR_PARTICIPLES = frozenset("run read known held kept built set seen".split())
_CLAUSE_PREPOSITIONS = frozenset("by in across from on near to at with throughout for as".split())
_PARTICLES = frozenset("up out off down".split())


def _reduced_relative(tokens: list[Token], k: int, last: int) -> bool:
    """Does a past participle at ``k`` open a reduced relative clause ("printed in")?"""
    word = tokens[k]
    participle = word.low.endswith("ed") or word.low in _IRREGULAR_PARTICIPLES
    nxt = k + 1 if k < last and tokens[k + 1].low not in _PARTICLES else k + 2  # "set up in"
    return (
        participle
        and word.text == word.low
        and nxt <= last
        and (tokens[nxt].low in _CLAUSE_PREPOSITIONS)
    )


def _previous_comma(tokens: list[Token], j: int) -> int | None:
    k = j - 1
    while k >= 0 and j - k < 40:
        text = tokens[k].text
        if text == ",":
            return k
        if text in ('"', ";", ":", ".", "?", "!") or is_quote_mark(tokens, k):
            return None
        k -= 1
    return None
