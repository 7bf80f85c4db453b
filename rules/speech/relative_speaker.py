"""The speaker before a relative clause that stands between it and the reporting verb.

"An official who spoke on condition of anonymity said 18 soldiers were killed": the noun
phrase just before "said" is the relative clause's own words ("spoke on condition of
anonymity"), and the speaker is the noun "who" hangs on. It is not "the man who police
said was armed", where the words between "who" and "said" are the speaker and the clause
after "said" lacks its subject (a gap: "was armed", "opened fire").

>>> from rules.tokens import tokenize
>>> tokens = tokenize("A diplomat who requested anonymity said the talks stalled.")
>>> who, referent = relative_clause_speaker(tokens, 4, 5)
>>> tokens[2].text, referent == (tokens[0].start, tokens[1].end)
('who', True)
>>> relative_clause_speaker(tokenize("The man who police said was armed fled."), 3, 4) is None
True
>>> tokens = tokenize("An aide who would not say why said two guards died.")
>>> who, referent = relative_clause_speaker(tokens, 6, 7)
>>> referent == (tokens[0].start, tokens[1].end)
True
"""

from __future__ import annotations

from operator import itemgetter

from rules.clauses import IRREGULAR_VERBS
from rules.cues import REPORTING_VERBS
from rules.nouns import is_human_plural
from rules.people_places import PEOPLE_PRONOUNS
from rules.phrases import DETERMINERS, left_phrase
from rules.tokens import SUBJECT_PRONOUNS, Token

Sourced = tuple[tuple[int, int], tuple[int, int] | None]

#: A token's lower case, read by index in C (``Token`` is a named tuple: text, start, end, low).
_LOW = itemgetter(3)

#: The modals a clause missing its subject may open with besides the auxiliaries of
#: ``IRREGULAR_VERBS`` ("who officials say might have fled").
_MODALS = frozenset("might may should must shall".split())


def finite_verb(word: str) -> bool:
    """Can the lower-case ``word`` be a finite verb or a modal that opens a clause ("was",
    "fired", "may")?"""
    return word in _MODALS or word.endswith("ed") or word in IRREGULAR_VERBS


def _gap_after(tokens: list[Token], last: int) -> bool:
    """Does the clause after the cue at ``last`` start with its verb ("was armed",
    "fired")?"""
    if last + 1 >= len(tokens):
        return False
    nxt = tokens[last + 1]
    if not nxt.is_word or nxt.text != nxt.low:
        return False
    return finite_verb(nxt.low)


def relative_clause_speaker(tokens: list[Token], p: int, last: int) -> Sourced | None:
    """The relative pronoun's span and its antecedent when the words before the cue (ending
    at ``p``; the cue ends at ``last``) are a relative clause's predicate, else None."""
    if "who" not in map(_LOW, tokens[max(0, p - 30) : p]):
        return None  # the common case, before the phrase is read (a scan in C, no generator)
    phrase = _refusal_clause(tokens, p) or left_phrase(tokens, p)
    if phrase is None:
        return None
    k = phrase[0] - 1
    inside = k > 0 and tokens[k].low != "who" and _object_slot(tokens, k)
    if inside:
        k = _subject_relative(tokens, k)  # "aides who spoke ... to discuss the talks said"
    if k < 1 or tokens[k].low != "who" or not tokens[k - 1].is_word:
        return None
    first = tokens[phrase[0]]
    # a phrase that is an object inside the clause may look like a subject; only a gap after
    # the cue tells it is the clause's own speaker then
    subject_like = not inside and (
        (phrase[0] == phrase[1] and first.low.endswith("s"))  # "who troopers said drove"
        or first.is_capital
        or first.low in DETERMINERS
        or first.low in SUBJECT_PRONOUNS
        or is_human_plural(first.low)
    )
    if subject_like or _gap_after(tokens, last):
        return None
    referent = left_phrase(tokens, k - 1)
    if referent is None and tokens[k - 1].low in PEOPLE_PRONOUNS:
        referent = (k - 1, k - 1)  # "Those who saw the crash said"
    if referent is None:
        return None
    return ((tokens[k].start, tokens[k].end), (tokens[referent[0]].start, tokens[referent[1]].end))


#: How many words back from the phrase before the cue a subject relative's "who" may stand:
#: the anonymity formula with its reason ("who asked not to be named since the ministry had
#: not cleared them to talk about ...") runs to some 20 words.
_CLAUSE_REACH = 24
#: Words before a predicate inside the clause: "had not been made public", "were still
#: classified", "was not yet final".
_PREDICATE_OPENERS = frozenset("been being be not still yet".split())
#: Prepositions that take an object inside a relative clause ("to talk about the talks").
_OBJECT_PREPOSITIONS = frozenset(
    "with of for by in on at from to without among about into onto over under against"
    # of place: "who were inside the mall", "who live near the plant"
    " inside outside near behind beside aboard within".split()
)


def _object_slot(tokens: list[Token], k: int) -> bool:
    """Is the word at ``k`` one that takes the phrase after it as its object: a preposition
    or a verb ("to discuss the talks", "lost her son")? Not a conjunction or a subordinator
    ("fled and police said", "was caught when a detective said"), after which the phrase
    may well be a speaker of its own."""
    word = tokens[k]
    if not word.is_word or word.text != word.low:
        return False
    if word.low in _OBJECT_PREPOSITIONS or word.low in _PREDICATE_OPENERS:
        return True  # "about the talks"; "had not been made public", "were still classified"
    to_verb = k > 0 and tokens[k - 1].low == "to"
    perfect = k > 0 and tokens[k - 1].low in ("had", "has", "have") and word.low.endswith("en")
    # "who was loading a van when the blast came said": a participle's object; "who had seen
    # the gunman said": an irregular one after "had"
    return to_verb or perfect or word.low.endswith(("ed", "ing")) or word.low in IRREGULAR_VERBS


def _subject_relative(tokens: list[Token], k: int) -> int:
    """The "who" that opens a subject relative clause ("who asked not to be named since the
    ministry had not cleared them to discuss the talks") around the words from ``k`` back,
    so that the noun phrase before the cue is an object inside that clause, not the speaker;
    else ``k``. The clause runs over words only, and "who" is followed by its verb (not by
    a subject of its own, as in "who the officer said fired")."""
    j = k
    while j > max(0, k - _CLAUSE_REACH):
        token = tokens[j]
        if not token.is_word:
            named = _name_between_commas(tokens, j)
            if named is None:
                return k
            j = named - 1  # "who asked that just his given name, Tomas, be used"
            continue
        if token.low == "who":
            return j if finite_verb(tokens[j + 1].low) else k
        j -= 1
    return k


def _name_between_commas(tokens: list[Token], j: int) -> int | None:
    """The opening comma of a name of one to three capitalised words between commas that
    ends at the comma ``j`` ("his given name, Tomas,"), else None."""
    if tokens[j].text != ",":
        return None
    for i in range(j - 2, max(-1, j - 5), -1):
        if tokens[i].text == ",":
            return i if i > 0 and tokens[i - 1].is_word else None
        if not tokens[i + 1].is_capital:
            return None
    return None


#: A bare question word that closes a refusal to explain: "would not say why".
_BARE_QUESTIONS = frozenset("why how when where whether".split())
_SAYING = frozenset("say said explain explained specify disclose".split())


def _refusal_clause(tokens: list[Token], p: int) -> tuple[int, int] | None:
    """The relative clause's words from after "who" to ``p`` when they close on a refusal to
    explain ("officials who did not give their names or say why said"; no noun phrase ends
    on "why"), else None."""
    if p < 3 or tokens[p].low not in _BARE_QUESTIONS or tokens[p - 1].low not in _SAYING:
        return None
    for k in range(p - 2, max(0, p - 16), -1):
        if tokens[k].low == "who":
            return (k + 1, p) if k + 1 < p - 1 else None
        if not tokens[k].is_word:
            return None
    return None


#: The relative adverbs of a place or time clause on a noun: "the home where the body was
#: found", "the night when the shots were fired".
_PLACE_RELATIVES = frozenset(("where", "when"))
#: Irregular participles that close such a clause ("where the body was found"), besides the
#: "-ed" forms and ``IRREGULAR_VERBS`` (general English grammar).
_PARTICIPLES = frozenset(
    "found born held shot hit seen taken made built struck kept left lost run begun broken"
    " thrown fallen driven sent caught".split()
)


def place_clause_speaker(tokens: list[Token], p: int, last: int) -> Sourced | None:
    """ "The owner of the flat where the body was found said ...": the words before the cue
    (ending at ``p``) close a "where"/"when" clause with its own subject and verb, so the
    speaker is the noun phrase the clause hangs on, not the clause's last word."""
    word = tokens[p].low
    ongoing = word.endswith("ing") and p > 0 and tokens[p - 1].low in ("was", "were")
    verb = word.endswith("ed") or word in IRREGULAR_VERBS or word in _PARTICIPLES or ongoing
    if not verb or _gap_after(tokens, last):
        return None
    for k in range(p - 2, max(0, p - 14), -1):
        token = tokens[k]
        if not token.is_word:
            return None
        if token.low in _PLACE_RELATIVES:
            if k < 2 or not tokens[k - 1].is_word or tokens[k + 1].is_capital is None:
                return None
            # "a neighbour who lives near the house where the fire started said"
            who = relative_clause_speaker(tokens, k - 1, last)
            referent = left_phrase(tokens, k - 1)
            if who is not None or referent is None:
                return who
            return ((token.start, token.end), (tokens[referent[0]].start, tokens[referent[1]].end))
    return None


def whose_clause_speaker(tokens: list[Token], p: int, last: int) -> Sourced | None:
    """ "A woman whose husband was killed in the blast said ...": the words before the cue
    (ending at ``p``) close a "whose" clause with its own verb, so the speaker is the noun
    phrase the clause hangs on, not the clause's last words (not "the man whose car police
    said was stolen", where the clause after the cue lacks its subject)."""
    if _gap_after(tokens, last):
        return None
    verb = False
    for k in range(p, max(0, p - 16), -1):
        token = tokens[k]
        if not token.is_word or token.low in _CLAUSE_BREAKS or token.low in REPORTING_VERBS:
            return None  # "A woman whose son was killed said soldiers told her": the soldiers
        if token.low == "whose":
            return _whose_referent(tokens, k, p) if verb else None
        if token.text == token.low and (finite_verb(token.low) or token.low in _PARTICIPLES):
            verb = verb or (k > 0 and tokens[k - 1].low != "whose")
    return None


#: Words that end a "whose" clause read leftwards from the cue: a subordinator or a
#: conjunction opens a clause of its own ("Nobody knew whose men had fired until a soldier
#: said"); general English grammar.
_CLAUSE_BREAKS = frozenset("that until when while after before because if and but or".split())


def _whose_referent(tokens: list[Token], k: int, p: int) -> Sourced | None:
    """The noun phrase the "whose" at ``k`` hangs on, when the phrase before the cue at
    ``p`` is an object inside the clause ("in the blast"), not a subject after it ("Asked
    whose troops were responsible the minister said"), and the word before "whose" is no
    verb ("Asked whose ...", "knew whose ...")."""
    before = tokens[k - 1] if k > 0 else None
    if before is None or not before.is_word or finite_verb(before.low):
        return None
    phrase = left_phrase(tokens, p)
    if phrase is not None and phrase[0] - 1 > k and not _object_slot(tokens, phrase[0] - 1):
        return None
    referent = left_phrase(tokens, k - 1)
    if referent is None and tokens[k - 1].low in PEOPLE_PRONOUNS:
        referent = (k - 1, k - 1)  # "Those who saw the crash said"
    if referent is None:
        return None
    return ((tokens[k].start, tokens[k].end), (tokens[referent[0]].start, tokens[referent[1]].end))


#: Participles of putting a text out, and the texts put out ("a report released in March
#: said", "a statement issued on Monday said"): general English of wire attribution.
_PUT_OUT = frozenset("released published issued posted dated filed presented circulated".split())
_TEXTS = frozenset(
    """report reports statement statements study survey letter document bulletin
    communique communiqué audit review assessment memo analysis update""".split()
)


def ends_put_out(tokens: list[Token], p: int) -> bool:
    """Is the word at ``p`` a participle of putting a text out ("A statement issued said")?"""
    return tokens[p].low in _PUT_OUT


def put_out_speaker(tokens: list[Token], p: int, last: int) -> Sourced | None:
    """ "A Red Cross report released on Friday said": the words before the cue (ending at
    ``p``) close a participle of putting out on a text, so the text with them is the source."""
    for k in range(p, max(0, p - 8), -1):
        token = tokens[k]
        if not token.is_word or token.low == "by":
            return None  # "a report released by the agency said": the agency is read
        if token.low in _PUT_OUT and k > 0 and tokens[k - 1].low in _TEXTS:
            head = left_phrase(tokens, k - 1)
            if head is None:
                return None
            # the whole phrase, as wire attribution writes it: "a report released in March",
            # "a statement issued on Monday" (up to the verb of saying)
            end = next(
                (j - 1 for j in range(p + 1, last + 1) if tokens[j].low in REPORTING_VERBS), p
            )
            return ((tokens[head[0]].start, tokens[max(end, p)].end), None)
    return None


def whose_aside_speaker(tokens: list[Token], comma: int) -> Sourced | None:
    """ "Ada Imo, whose two sons, 9 and 12, were among the hurt, said": a
    "whose" clause set off by commas, with an aside of its own, between the speaker and the
    cue after ``comma``; the speaker is the phrase before the clause."""
    inner = 0
    for k in range(comma - 1, max(1, comma - 30), -1):
        token = tokens[k]
        if token.text == ",":
            inner += 1
            if inner > 2:
                return None
        elif not token.is_word:
            return None
        elif token.low == "whose" and tokens[k - 1].text == "," and inner:
            referent = left_phrase(tokens, k - 2)
            if referent is None:
                return None
            first, last = tokens[referent[0]], tokens[referent[1]]
            return ((first.start, tokens[comma - 1].end), (first.start, last.end))
    return None


#: Particles and adverbs that may close an infinitive before a reporting verb ("who was
#: waiting to get in told", "who tried to go home said", "not authorised to speak publicly
#: told"): the adverbial particles of English phrasal verbs (``rules.speech.subjects``).
PARTICLES = frozenset("in out up on off home away back down inside outside there publicly".split())
