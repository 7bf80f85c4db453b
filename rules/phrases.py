"""Noun phrases around a cue.

The phrase ending just before a token (a subject), or starting just after it
("according to X", "said X").
"""

from __future__ import annotations

from rules.calendar import MONTHS_NOT_MAY, WEEKDAYS
from rules.name_prepositions import in_title, title_preposition
from rules.nouns import PERSON_NOUNS
from rules.participle_adjectives import modifies_participle
from rules.people_places import (
    PEOPLE_PRONOUNS,
    participle_of_people,
    people_beside,
    place_of_people,
)
from rules.tokens import SUBJECT_PRONOUNS, Token, and_pair, is_adverb

_OBJECT_PRONOUNS = frozenset("him her them us me it his its their our my your".split())
_FIGURE_NOUNS = frozenset("figure number toll tally total estimate count".split())

BOUNDARY = frozenset(
    """that which who whom whose when whenever while if because as but so than then where
    after before since though although unless until whether also is are was were be been
    being has have had will would could should can may might must did do does not to
    there here said says told say tell added adds wrote writes however meanwhile
    yet once how what why whatever even just only still now yes no said: also:
    instead indeed thus therefore hence nor either neither reported having let let's let’s
    gonna wanna separately additionally similarly likewise elsewhere
    saying adding telling noting insisting stressing""".split()
)

DETERMINERS = frozenset(
    """the a an this these those another each every some any many several most all both
    few one two three four five six seven eight nine ten his her its their our my your no""".split()
)


#: The determiners that may stand before a number word (``_NUMBER_WORDS``): "the two men",
#: "their three children", "all five judges" (English noun-phrase grammar).
_BEFORE_COUNT = frozenset("the these those his her its their our my your all".split())

_STANDALONE = frozenset("some many most others another both several few".split())
_STOP_BEFORE_THERE = frozenset("is are was were be been get got go went from out over up".split())

#: Prepositions that join a noun phrase to the next ("A nurse at a tent below the steps").
CONNECTORS = frozenset(
    "of for at with from in on by to within inside among near into below above beside"
    " behind".split()
)

TIME_WORDS = frozenset(
    """yesterday today tonight earlier later week weekend month year morning afternoon evening
    night recently previously""".split()
).union(WEEKDAYS, MONTHS_NOT_MAY)


#: Time words that name a worker's shift between "a"/"the" and a person noun: "a night
#: nurse", "the day manager", "A night foreman" (general English of occupations).
_SHIFTS = frozenset("night day morning evening".split())

#: Words that may open a quantity before a number: "nearly half", "at least 30".
_QUANT_PREFIX = frozenset(
    "about nearly almost roughly around approximately some over only just".split()
)

_QUANTITIES = frozenset(
    "half third quarter majority plurality dozens hundreds thousands most many".split()
)


#: Nouns that take "to" inside a name: "aides to Clinton", "adviser to the president".
_TO_NOUNS = frozenset(
    """aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson
    ambassador envoy envoys counsel assistant assistants""".split()
)


def _in_capitals(tokens: list[Token], i: int) -> bool:
    """Are the words around token ``i`` all capitals (wire copy), so that "IT" is a word?"""
    near = [t.text for t in tokens[max(0, i - 4) : i + 5] if t.is_word and t.text[:1].isalpha()]
    return len(near) >= 4 and all(w.isupper() for w in near)


#: Words after which "it" opens a clause (a subject), not ends one (an object).
_BEFORE_IT = frozenset(
    """but and yet so then also later earlier yesterday today tonight morning afternoon evening
    night week""".split()
).union(WEEKDAYS)


#: Capitalised words a name's number follows: broadcasters ("Channel 4", "Radio 1"), a union's
#: branch ("Local 7", "Lodge 22", US labour usage) or a post ("Precinct 9", "Station 12").
_NUMBERED_NAMES = frozenset("channel radio tv television local lodge precinct station".split())


def _numbered_name(tokens: list[Token], i: int) -> bool:
    """Is the number at ``i`` a station's ("Channel 4", "Lodge 22"), after a capitalised word?"""
    return (
        i > 0
        and len(tokens[i].text) <= 3
        and tokens[i - 1].low in _NUMBERED_NAMES
        and (tokens[i - 1].is_capital)
    )


def left_phrase(tokens: list[Token], i: int, inside_commas: bool = False) -> tuple[int, int] | None:
    """The noun phrase ending at token ``i``, as (first, last) token indices, or None."""
    if i < 0 or not tokens[i].is_word:
        return None
    last = tokens[i]
    # An upper-case "US" or "IT" may be an initialism in mixed-case text; in all-capital
    # wire copy every pronoun is upper case ("THE GANG, WHICH HE SAID ...", "IT ADDED").
    if (
        last.low in SUBJECT_PRONOUNS
        and (
            not last.text.isupper()
            or last.low in ("he", "she", "they", "we")
            or _in_capitals(tokens, i)
        )
    ) or last.text == "I":
        if last.low in ("who", "it") and i > 0 and tokens[i - 1].is_word:
            before = tokens[i - 1].low  # "but it said", "On Monday it said"; not "made it"
            return (i, i) if last.low == "it" and before in _BEFORE_IT else None
        return (i, i)
    beside = people_beside(tokens, i)
    if beside is not None:  # "The woman sitting next to him said"
        inner = left_phrase(tokens, beside, inside_commas)
        if inner is None and tokens[beside].low in PEOPLE_PRONOUNS:
            inner = (beside, beside)  # "Those sitting next to him said"
        return None if inner is None else (inner[0], i)
    if last.low in _STANDALONE and (i == 0 or not tokens[i - 1].is_word):
        return (i, i)  # "Some say", "Others said"
    if last.low in ("there", "here") and i > 0 and tokens[i - 1].low not in _STOP_BEFORE_THERE:
        # "Doctors there, who ..., said": a place after the noun, not "is there", "from here"
        inner = left_phrase(tokens, i - 1, inside_commas)
        return None if inner is None else (inner[0], i)
    ratio = i >= 2 and tokens[i - 1].low in ("in", "of") and tokens[i - 2].low in DETERMINERS
    if last.low in DETERMINERS and ratio:
        pass  # "one in five said"
    elif surname_said(tokens, i):
        pass  # "Edward Said wrote"
    elif _stops_left(last) or last.low in DETERMINERS or last.low in CONNECTORS:
        return None
    if last.low in TIME_WORDS or (last.text.isdigit() and not _numbered_name(tokens, i)):
        return None
    first, j = i, i - 1
    while j >= 0 and i - j < 30:
        if tokens[first].low in DETERMINERS and tokens[first].low not in ("one", "no"):
            step = _step_after_determiner(tokens, first, j, inside_commas)
        else:
            step = _step_left(tokens, first, j, inside_commas)
        if step is None:
            break
        first, j, done = step
        if done:
            break
    while first <= i and (tokens[first].low in CONNECTORS or tokens[first].low == "and"):
        if first < i and tokens[first].low == "at" and tokens[first + 1].low == "least":
            break
        first += 1
    return (first, i) if first <= i else None


#: One step of ``left_phrase`` to the left: the new first token, the next token to look at,
#: and whether the phrase is complete; None when token ``j`` is no part of the phrase.
_Step = tuple[int, int, bool] | None


def _step_after_determiner(tokens: list[Token], first: int, j: int, inside_commas: bool) -> _Step:
    """A step left of a determiner: only connectors, quantities and coordination join."""
    token = tokens[j]
    if participle_of_people(tokens, j):
        return (j, j - 1, False)  # "Villagers fleeing the fighting said"
    if (token.low in CONNECTORS or place_of_people(tokens, j)) and _joinable(tokens, j):
        return (j, j - 1, False)  # "Witnesses outside the walls said": a place of the noun
    if _quantity_at(tokens, first):
        if token.low in _QUANT_PREFIX:
            return (j, j - 1, False)  # "nearly eight in 10", "nearly a third"
        if token.low in ("least", "than") and j > 0:
            return (j - 1, j - 2, False)  # "at least a dozen", "more than 40"
    if title_preposition(tokens, first, j, _TITLE_PREPOSITIONS):
        return (j, j - 1, False)  # "Friends Along the Orme", "Hands Across the Sela"
    if tokens[first].low in _NUMBER_WORDS and token.low in _BEFORE_COUNT:
        # "the two men", "all five judges"; on after "of": "one of the six people wounded"
        return (j, j - 1, not (j > 0 and tokens[j - 1].low in CONNECTORS))
    if inside_commas and token.low == "and" and j > 0 and tokens[j - 1].is_word:
        return (j, j - 1, False)  # ", a former minister and a deputy premier,"
    if token.low in _PAIRING and _pair_opens(tokens, j):
        return (j, j - 1, True)  # "Both the army and the rebels", ", and neither X nor Y"
    if token.low in ("and", "or", "nor") and _coordinated(tokens, j):
        # "Bush and his rivals", "they and their supporters", "neither the embassy nor the"
        if tokens[j - 1].low in _PERSONAL_PRONOUNS:
            return (j - 1, j - 1, True)
        return (j, j - 1, False)
    return None


def _step_left(tokens: list[Token], first: int, j: int, inside_commas: bool) -> _Step:
    """A step left inside a noun phrase: punctuation that joins, words that belong."""
    token = tokens[j]
    if token.text in ("'", "’") and j > 0 and tokens[j - 1].is_word:
        return (j - 1, j - 2, False)  # plural possessive: "the voters' union"
    if token.text == ")":
        opening = next((k for k in range(j - 1, max(-1, j - 10), -1) if tokens[k].text == "("), -1)
        if opening > 0 and tokens[opening - 1].is_word:
            return (opening, opening - 1, False)  # "Sen. Bobby Scott (D-Va.)"
        return None
    if token.text == "%" and j > 0 and tokens[j - 1].text[0].isdigit():
        return (j - 1, j - 2, False)  # "85% of Democrats"
    if not token.is_word:
        return None
    low = token.low
    if low in ("and", "or", "nor", "&"):
        return _step_over_and(tokens, first, j, inside_commas)
    if low == "neither":
        return (j, j, True)
    if low in DETERMINERS:
        return (j, j - 1, False)
    if low in _FIGURE_NOUNS and j > 1 and tokens[j - 1].low == "a" and tokens[j - 2].text == ",":
        return None  # "killed 40, a figure officials said could rise": a clause on the figure
    quantity = _quantity_at(tokens, first)
    if quantity and low in _QUANT_PREFIX:
        return (j, j - 1, False)
    if quantity and low in ("least", "than") and j > 0:
        return (j - 1, j - 2, False)
    if low == "to" and j > 0:
        before = tokens[j - 1]
        if before.low in _TO_NOUNS or (tokens[first].is_capital and before.is_capital):
            return (j, j - 1, False)
    if token.text.isupper() and len(token.text) > 1 and token.low not in _CAPITAL_BOUNDARY:
        return (j, j - 1, False)
    if low == "only" and j > 0 and _before_adjective(tokens[j - 1]):
        return (j, j - 1, False)  # "a doctor at the city's only hospital": an adjective
    if surname_said(tokens, j):
        return (j, j - 1, False)  # "Edward Said wrote": a name
    if first == j + 1 and modifies_participle(tokens, j):
        return (j, j - 1, False)  # "a privately owned newspaper": an adverb of the adjective
    if _stops_left(token) or low in SUBJECT_PRONOUNS or low in _OBJECT_PRONOUNS - {"her"}:
        return None
    if low in _SHIFTS and j == first - 1 and j > 0 and tokens[j - 1].low in ("a", "an", "the"):
        head = tokens[first]  # "A night foreman"; not "a morning one trader", "the night police"
        if not head.is_capital and head.low in PERSON_NOUNS:
            return (j, j - 1, False)
    if low in TIME_WORDS or (
        low in CONNECTORS and not _joinable(tokens, j) and not in_title(tokens, j)
    ):
        return None
    return (j, j - 1, False)


#: Prepositions a name may hold before a lower-case "the" ("Friends Along the Orme", "Hands
#: Across the Sela", "Doctors Beyond the Border"): ``CONNECTORS`` and the others of English.
_TITLE_PREPOSITIONS = CONNECTORS | frozenset(
    """along across beyond against under over between behind around through toward towards
    into upon without beside""".split()
)


def _step_over_and(tokens: list[Token], first: int, j: int, inside_commas: bool) -> _Step:
    """ "and"/"or" inside a phrase: "he and Brafman", "Smith and Wesson", "search and rescue"."""
    if j > 0 and tokens[j - 1].low in _PERSONAL_PRONOUNS:
        if tokens[j].low in ("and", "or") and _coordinated(tokens, j):
            return (j - 1, j - 1, True)  # "he and Brafman"
        return (first, j, True)
    capitals = j > 0 and tokens[first].is_capital and tokens[j - 1].is_capital
    paired = tokens[j].low == "nor" and _coordinated(tokens, j)  # "neither the firm nor Vorster"
    if j > 0 and (inside_commas or capitals or paired or and_pair(tokens, j)):
        return (j, j - 1, False)
    return None


_PERSONAL_PRONOUNS = frozenset("he she they we".split())


def _coordinated(tokens: list[Token], j: int) -> bool:
    """ "and" at ``j`` joins a name or a pronoun that opens the clause to the phrase after it."""
    if j == 0:
        return False
    before = tokens[j - 1]
    if before.low in _PERSONAL_PRONOUNS:
        k = j - 1
    elif before.is_capital and before.is_word and not before.text.endswith(("'s", "’s")):
        k = j - 1
        while k > 0 and tokens[k - 1].is_capital and tokens[k - 1].is_word:
            k -= 1
    else:
        found = _definite_before(tokens, j)
        if found is None:
            return False
        k = found
    if k > 0 and tokens[k - 1].low in _PAIRING and _pair_opens(tokens, k - 1):
        return True  # "Both the army and the rebels claimed", ", and neither X nor Y"
    return k == 0 or not tokens[k - 1].is_word or tokens[k - 1].low in CLAUSE_OPENERS


def _pair_opens(tokens: list[Token], j: int) -> bool:
    """Does the "both"/"neither" at ``j`` open its clause (after a comma or "and")?"""
    return j == 0 or not tokens[j - 1].is_word or tokens[j - 1].low in CLAUSE_OPENERS


#: Words that open a pair of subjects: "Both the army and the rebels", "Neither X nor Y".
_PAIRING = frozenset("both either neither".split())
#: Determiners of a definite or owned noun phrase that may be the first of two subjects.
_DEFINITE = frozenset("the its their his her our".split())


def _definite_before(tokens: list[Token], j: int) -> int | None:
    """Where a short definite phrase ending right before "and" at ``j`` starts ("the
    ministry and ...", "the health ministry and ..."), or None. Its words are lower-case
    nouns or modifiers: no connector, verb form or number."""
    for k in range(j - 1, max(-1, j - 5), -1):
        token = tokens[k]
        if not token.is_word:
            return None
        if token.low in _DEFINITE:
            return k if k < j - 1 else None
        if token.low in CONNECTORS or token.low.endswith(("ed", "ing")) or token.text[0].isdigit():
            return None
    return None


_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred dozen""".split()
)

_FRACTIONS = frozenset("third quarter half dozen fifth majority handful few".split())


def _quantity_at(tokens: list[Token], first: int) -> bool:
    """A phrase that starts with an amount: "40", "two-thirds", "eight in 10", "a third"."""
    token = tokens[first]
    low = token.low
    if token.text[0].isdigit() or low in _QUANTITIES or low in _NUMBER_WORDS:
        return True
    if low.endswith(("thirds", "fourths", "fifths", "quarters", "tenths")):
        return True
    return low in ("a", "an") and first + 1 < len(tokens) and tokens[first + 1].low in _FRACTIONS


def surname_said(tokens: list[Token], j: int) -> bool:
    """Is token ``j`` the surname "Said" ("Leila Said", "Edward Said"), not the verb: written
    "Said" mid-sentence right after a capitalised word, and not in a title-case headline."""
    word = tokens[j]
    if word.text != "Said" or j == 0:
        return False
    before = tokens[j - 1]
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    headline = after is not None and (after.text[:1].isupper() or after.text[:1].isdigit())
    return before.is_word and before.is_capital and not headline


def _before_adjective(token: Token) -> bool:
    """A determiner or possessive, after which "only" describes a noun ("the only exit")."""
    return token.low in ("the", "its", "his", "her", "their", "our", "my") or token.low.endswith(
        ("'s", "’s")
    )


def _stops_left(token: Token) -> bool:
    if token.text.isupper() and len(token.text) > 1:
        # an acronym ("WHO", "IS", "US") in mixed case; in all-capitals copy the clause
        # words below, which no acronym spells, still end a phrase ("WHERE DOCTORS SAID")
        return token.low in _CAPITAL_BOUNDARY
    return token.low in BOUNDARY or (is_adverb(token) and token.low not in ("only",))


#: Clause words that end a phrase even in capitals: none of them is an acronym.
_CAPITAL_BOUNDARY = frozenset(
    """which where whose whom when whenever while that because although though unless until
    whether after before since than said says told added""".split()
)


def _joinable(tokens: list[Token], j: int) -> bool:
    """A preposition at ``j`` joins two noun phrases when a content word precedes it."""
    if j == 0:
        return False
    before = tokens[j - 1]
    if before.text == "%":
        return True
    return (
        before.is_word
        and before.low not in BOUNDARY
        and before.low not in CONNECTORS
        and before.low not in TIME_WORDS
        and before.low not in _CLOCK_MARKS  # "at 6:15 p.m. by a caller who said"
        and not before.text.isdigit()
        and not is_adverb(before)
        and (before.low not in SUBJECT_PRONOUNS)
    )


#: The marks after a clock time ("6:15 p.m."): a time is no noun a phrase joins.
_CLOCK_MARKS = frozenset("a.m. p.m. a.m p.m am pm".split())

CLAUSE_OPENERS = frozenset("but and so yet then still however meanwhile also".split())
