"""The subject at the start of a clause, for a verb coordinated with the clause's own
("Bush spoke and said", "The union's president, Ray Olsen, called the offer an insult and
said") or a participle after it ("..., saying").

No tagger: past openers and an introductory phrase, determiners, names and at most two
lower-case words after them, then comma appositives that the clause's verb follows.
"""

from __future__ import annotations

from rules.clauses import IRREGULAR_VERBS, clause_like
from rules.nouns import PERSON_NOUNS
from rules.phrases import BOUNDARY, CLAUSE_OPENERS, CONNECTORS, DETERMINERS, TIME_WORDS
from rules.sources import clause_start, whole_phrase
from rules.tokens import LY_EXCEPTIONS, SUBJECT_PRONOUNS, Token, is_adverb

_TIME_OPENERS = frozenset("on in at during last this early late".split())


def clause_subject(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The subject at the start of the clause that ends before ``end`` ("Bush spoke and said").

    Skips an opening conjunction and an introductory phrase ending in a comma, then takes
    determiners, names and at most two lower-case words after a determiner.
    """
    k = _subject_start_in_clause(tokens, end)
    return None if k is None else _subject_from(tokens, k, end)


def sentence_subject(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The subject of the sentence's first verb, for a verb coordinated with it after a
    quote or a clause ("The governor called the plan \"reckless,\" and said"): the phrase at
    the sentence's start (past an introductory phrase), when a finite verb follows it."""
    k = _past_openers(tokens, 0, end)
    first_comma = next((i for i in range(k, min(end, k + 12)) if tokens[i].text == ","), None)
    if first_comma is not None and _introduces(tokens, k, first_comma, end):
        k = first_comma + 1
    subject = _subject_from(tokens, k, end) if k < end else None
    if subject is None:
        return None
    verb = subject[1] + 1
    if verb < end and tokens[verb].text == "," and subject[1] > k:
        verb += 1  # past the comma closing an appositive ("X, a spokesman, called")
    while verb < end and is_adverb(tokens[verb]):
        verb += 1
    return subject if verb < end and _finite_verb(tokens[verb]) else None


#: Adverbs of sequence between a subject and its verb ("The county first put", "police
#: initially said"): general English, lower case only ("First Lady" is a title).
_SEQUENCE = frozenset("first initially earlier later previously originally then also".split())


def _sequence_at(tokens: list[Token], i: int) -> bool:
    return tokens[i].text in _SEQUENCE


def _subject_from(tokens: list[Token], k: int, end: int) -> tuple[int, int] | None:
    """The subject starting at ``k``: a pronoun, or determiners, names and at most two
    lower-case words after them (with a capital or a determiner among them)."""
    if tokens[k].low in SUBJECT_PRONOUNS and tokens[k].low not in ("who", "it"):
        return (k, k)
    if tokens[k].low == "it" and k + 1 < end and _acts(tokens[k + 1]):
        return (k, k)  # "In a statement, it blamed the rebels and said": a body's pronoun
    last = _subject_end(tokens, k, end)
    if last < k or not any(t.is_capital or t.low in DETERMINERS for t in tokens[k : last + 1]):
        return None
    while last >= k and (
        tokens[last].low in DETERMINERS | CONNECTORS or _sequence_at(tokens, last)
    ):
        last -= 1  # not "The county first" of "The county first put the toll at 8"
    if last < k:
        return None
    return (k, _past_appositives(tokens, _past_bracket(tokens, last, end), end))


#: Past verbs whose "it" is no one ("it emerged that", "it seemed"): general English.
_IMPERSONAL = frozenset(
    "seemed appeared emerged remained happened occurred rained snowed mattered ended".split()
)


def _acts(verb: Token) -> bool:
    """A past verb of an agent after "it" ("it blamed", "it released"), not an impersonal one."""
    return not verb.is_capital and verb.low.endswith("ed") and verb.low not in _IMPERSONAL


def _past_bracket(tokens: list[Token], last: int, end: int) -> int:
    """The subject's end past a bracket right after it, as a source before "said" is read
    (``rules.phrases``): "Sen. Ana Ruiz (D-Ore.) defended the bill, saying"."""
    if last + 1 >= end or tokens[last + 1].text != "(":
        return last
    close = next((i for i in range(last + 2, min(end, last + 11)) if tokens[i].text == ")"), None)
    return last if close is None else close


#: Prepositions that open an aside, not an appositive ("X, like Y, said").
_ASIDE_PREPOSITIONS = frozenset(
    "like unlike as in on at for with from by of to after before during despite".split()
)
_RELATIVE_OPENERS = frozenset("who whose whom which that where when".split())


def _aside_opener(opener: Token) -> bool:
    """A word that opens an aside between commas rather than a second name for the subject
    ("speaking to reporters", "like her predecessor", "who ..."); "state Sen. Ana Ruiz",
    "now a lobbyist", "52" and "the bill's sponsor" are appositives."""
    low = opener.low
    if opener.is_capital or opener.text[:1].isdigit() or low in DETERMINERS:
        return False
    return low in _ASIDE_PREPOSITIONS or low.endswith(("ing", "ed")) or low in _RELATIVE_OPENERS


def _past_appositives(tokens: list[Token], last: int, end: int) -> int:
    """The subject's end past comma appositives that its verb follows: "The union's
    president, Ray Olsen, called the offer an insult and said" (the whole phrase, as a
    source before "said" is written), and past a place before them ("A farmers' elder from
    the district, Tomas Okafor, put"). Relative clauses and clauses are not appositives."""
    placed = _past_place(tokens, last, end)
    found = _appositives_after(tokens, placed, end)
    return found if found != placed or placed == last else last


def _past_place(tokens: list[Token], last: int, end: int) -> int:
    """The end of a short place phrase after the subject, up to a comma ("in the area", "at
    the plant"), or ``last``."""
    if last + 2 >= end or tokens[last + 1].low not in ("in", "at", "from", "near"):
        return last
    comma = next((i for i in range(last + 2, min(end, last + 6)) if tokens[i].text == ","), None)
    words = tokens[last + 2 : comma] if comma is not None else []
    if not words or not all(t.is_word and not _finite_verb(t) for t in words):
        return last
    return comma - 1 if comma is not None else last


def _appositives_after(tokens: list[Token], last: int, end: int) -> int:
    close = last + 1
    for _ in range(3):
        if close >= end or tokens[close].text != ",":
            return last
        start = close + 1
        close = next((i for i in range(start, min(end, start + 14)) if tokens[i].text == ","), end)
        if close >= end or close == start:
            return last
        if not whole_phrase(tokens, start, close - 1) or clause_like(tokens, start, close - 1):
            return last
        if _aside_opener(tokens[start]):
            return last  # "X, speaking to reporters, said", "X, like Y, said": asides
        verb = close + 1
        while verb < end and is_adverb(tokens[verb]):
            verb += 1
        named = tokens[start].is_capital  # "A farmers' elder, Tomas Okafor, put the toll"
        if verb < end and (
            _finite_verb(tokens[verb])
            or (named and tokens[verb].low in _SAME_PAST and _verb_of_object(tokens, verb, end))
        ):
            return close - 1
    return last


#: Words before a clause's subject that are not part of it: conjunctions, and "even"
#: focusing the subject ("Even the ministry conceded the count and said").
_OPENERS = CLAUSE_OPENERS | {"even"}


def _past_openers(tokens: list[Token], k: int, end: int) -> int:
    """The first token from ``k`` past opening conjunctions and commas ("But, ...")."""
    while k < end and (tokens[k].low in _OPENERS or tokens[k].text == ","):
        k += 1
    return k


def _finite_verb(token: Token) -> bool:
    """A past or present verb form: "called", "refused", "summed", "calls", "took"."""
    low = token.low
    return (
        token.is_word
        and not token.is_capital
        and (low.endswith("ed") or low in IRREGULAR_VERBS or (low.endswith("s") and len(low) > 3))
    )


def _own_clause(words: list[Token]) -> bool:
    """Do ``words`` hold a past verb of a main clause ("visited the school on Saturday"), not
    of a clause a subordinator opens ("Two days after the bombs exploded on Friday")?"""
    for token in words:
        if token.low in _SUBORDINATORS:
            return False
        if token.text == token.low and (token.low.endswith("ed") or token.low in IRREGULAR_VERBS):
            return True
    return False


_SUBORDINATORS = frozenset("after before since when until while once as because".split())


def _subject_start_in_clause(tokens: list[Token], end: int) -> int | None:
    """Where the clause's subject starts, past openers and an introductory phrase."""
    k = _past_openers(tokens, clause_start(tokens, end), end)
    if k >= end:
        return None
    first_comma = next((i for i in range(k, end) if tokens[i].text == ","), None)
    if first_comma is not None and _introduces(tokens, k, first_comma, end):
        k = first_comma + 1  # "Asked on Monday, ...", "Eight years ago, he ..."
    elif first_comma is None:
        k = _past_time_phrase(tokens, k, end)  # "Late on Friday it revised the count, saying"
        # "A few hours later they said": a time phrase before the subject.
        for i in range(k + 1, min(end - 1, k + 6)):
            if tokens[i].low in ("later", "ago", "earlier") and (
                tokens[i + 1].low in SUBJECT_PRONOUNS
                or tokens[i + 1].low in DETERMINERS
                or tokens[i + 1].is_capital
            ):
                k = i + 1
                break
    return k if k < end else None


def _past_time_phrase(tokens: list[Token], k: int, end: int) -> int:
    """The first token after a time phrase that opens the clause with no comma ("Late on
    Friday it", "On Tuesday evening the agency", "Early today police"), or ``k``: only words
    of time, and a pronoun, a determiner or a name after them."""
    if tokens[k].low not in _TIME_OPENERS:
        return k
    i = k
    while i < min(end, k + 5) and (tokens[i].low in _TIME_OPENERS or tokens[i].low in TIME_WORDS):
        i += 1
    if i == k + 1 or i >= end or not any(t.low in TIME_WORDS for t in tokens[k:i]):
        return k
    after = tokens[i]
    opens = after.low in SUBJECT_PRONOUNS or after.low in DETERMINERS or after.is_capital
    return i if opens else k


#: Words that open an introductory phrase or clause, never a subject: prepositions and
#: subordinating conjunctions ("As is the custom, ...", "After the vote, ..."; English grammar).
_INTRODUCING = frozenset(
    """as after before while when whenever since although though because if unless until
    despite following amid in on at for with by from under during upon without unlike like
    once whereas""".split()
)


def _introduces(tokens: list[Token], k: int, comma: int, end: int) -> bool:
    """Do the words from ``k`` to ``comma`` form an introductory phrase, not the subject?"""
    first = tokens[k]
    return (
        first.low in CONNECTORS
        or first.low in _INTRODUCING
        or first.low in TIME_WORDS
        or first.low.endswith("ing")
        or (
            first.low.endswith("ly")
            and first.low not in LY_EXCEPTIONS
            and k + 1 < end
            and not tokens[k + 1].is_capital
        )
        or (first.low.endswith("ed") and k + 1 < end and not tokens[k + 1].is_capital)
        or (
            (tokens[comma - 1].low in TIME_WORDS or tokens[comma - 1].low == "ago")
            # not "The governor visited the school on Saturday, condemned ... and said"
            and not _own_clause(tokens[k + 1 : comma])
        )
    )


#: Articles and possessives before an irregular past that is an adjective ("The paid
#: stewards"), not determiner pronouns ("All spoke", "Each won").
_ARTICLES = frozenset("the a an his her their its our my your".split())


def _adjective_past(tokens: list[Token], j: int, end: int) -> bool:
    """Is the irregular past at ``j`` an adjective: after an article, before a noun?"""
    nxt = tokens[j + 1] if j + 1 < end else None
    return (
        tokens[j - 1].low in _ARTICLES
        and nxt is not None
        and nxt.is_word
        and nxt.text == nxt.low
        and nxt.low not in IRREGULAR_VERBS
    )


#: Pasts spelt as their base ("put", "set"): a verb after a noun when an object follows.
_SAME_PAST = frozenset("put set cut hit quit shut spread cast".split())


#: The particles of phrasal verbs before their object: "put out a statement", "set out her
#: plan", "set up a fund" (general English grammar).
_PARTICLES = frozenset("out up down forward together off".split())


def _verb_of_object(tokens: list[Token], j: int, end: int) -> bool:
    """Is ``tokens[j]`` a verb with its object after it: a determiner next, perhaps after a
    particle, and no determiner just before ("The union put the toll", "The firm put out a
    statement", not "The cut the firm made")?"""
    k = j + 2 if j + 2 < end and tokens[j + 1].low in _PARTICLES else j + 1
    return k < end and tokens[k].low in DETERMINERS and tokens[j - 1].low not in DETERMINERS


_DETERMINER_LIKE = DETERMINERS | {"'", "\u2019"}
#: The endings of an owner's name or noun ("the union's", "Orme's").
_OWNER_MARKS = ("'s", "\u2019s")


def _determiner_like(token: Token) -> bool:
    """A word a subject's lower-case nouns may follow: a determiner, a name, an owner."""
    return token.low in _DETERMINER_LIKE or token.is_capital or token.low.endswith(_OWNER_MARKS)


#: Bodies that speak, as the third lower-case word of a subject ("The national weather
#: office recorded ... and said"): general English of official sources.
_BODIES = frozenset(
    """office agency ministry department service authority bureau council commission board
    group committee association union militia""".split()
)


def _subject_end(tokens: list[Token], k: int, end: int) -> int:
    """The last token of a subject starting at ``k``: determiners, names, possessive marks
    and at most two lower-case words after a determiner or a name."""
    last = k - 1
    lower_run = 0
    for j in range(k, end):
        token = tokens[j]
        low = token.low
        if not token.is_word:
            if token.text in ("'", "’") and last == j - 1:
                last, lower_run = j, 0  # "The prisoners' rights group": a phrase owned
                continue
            break
        if low in _TIME_OPENERS and j + 1 < end and tokens[j + 1].low in TIME_WORDS:
            break  # "The army on Monday said ..., then said": the subject ends at the time
        if low in _SAME_PAST and last == j - 1 >= k and _verb_of_object(tokens, j, end):
            break  # "The union put the toll at 17 and said": "put" is the verb
        if low in _SAME_PAST and j + 1 < end and tokens[j + 1].low in _PARTICLES:
            break  # "A tenants' panel set up after the fire": a participle, no noun
        if low in DETERMINERS or token.is_capital:
            lower_run = 0
        elif low.endswith(_OWNER_MARKS) and j > k:
            lower_run = 0  # "The union's safety committee": the owner, then its own phrase
        elif low == "of" and j + 1 < end and tokens[j + 1].is_capital:
            pass
        elif (
            # after a determiner, a name or a plural's possessive mark ("the workers' union")
            (last >= k and _determiner_like(tokens[last]))
            or (0 < lower_run < 2)
            # "A city building inspector put ...": a third word that names the person
            or (lower_run == 2 and (low in PERSON_NOUNS or low in _BODIES))
        ) and (
            not low.endswith("ed")
            # an irregular past right after a determiner is an adjective: "The paid volunteers"
            and (low not in IRREGULAR_VERBS or _adjective_past(tokens, j, end))
            and low not in BOUNDARY
            and low not in TIME_WORDS  # "The senator later walked back"
            and not is_adverb(token)
        ):
            lower_run += 1
        else:
            break
        last = j
    return last
