"""Where the source of a reporting verb stands: its subject, an inverted subject ("said X"),
an appositive, a relative clause's antecedent, or "by X"."""

from __future__ import annotations

from rules.calendar import DAY_TIMES
from rules.interposed import DASHES
from rules.name_prepositions import preposition_in_name
from rules.nouns import is_human_plural
from rules.phrases import DETERMINERS, left_phrase
from rules.right_phrases import right_phrase
from rules.sources import agent_aside, appositive_before, participle_before, skip_verb_prefix
from rules.speech.inverted import inverted_source, said_after_words, what_was_said
from rules.speech.modified_subjects import TALKING, modified_subject
from rules.speech.relative_speaker import (
    PARTICLES,
    ends_put_out,
    finite_verb,
    place_clause_speaker,
    put_out_speaker,
    relative_clause_speaker,
    whose_aside_speaker,
    whose_clause_speaker,
)
from rules.speech.relatives import before_relative, opens_relative, who_at
from rules.speech.restrictive import speaker_before_who
from rules.speech.speaker_nouns import RELAYING
from rules.speech.subject_edges import (
    after_listed_count,
    clause_before,
    coordinated,
    reason_aside,
    reduced_passive_agent,
    with_dash_aside,
)
from rules.tokens import Token, is_quote_mark

_PASSIVE = frozenset("is was are were been being be".split())
#: Before a participle, a state, not a speaker: "could not be verified", a patient who
#: "remained admitted" or "stays admitted", the writer who "am told" (general English).
_BE = frozenset("am be been being remain remains remained remaining stay stays stayed".split())
_QUOTES = frozenset("\"'")


_HYPOTHETICAL = frozenset(
    """can could should may might must would shouldn't can't couldn't cannot wouldn't will
    won't""".split()
)


def _would_only_say(verb: str, between: set[str], nxt: str) -> bool:
    """ "The spokesman would only say that ...", "would say only that ...": a statement
    held to its minimum, made all the same (the newsroom idiom of a guarded reply)."""
    return (
        verb == "say"
        and between == {"would"} | ({"only"} & between)
        and ("only" in between or nxt == "only")
    )


def span(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    return (tokens[first].start, tokens[last].end)


Sourced = tuple[tuple[int, int], tuple[int, int] | None]


def verb_source(tokens: list[Token], c: int, last: int) -> Sourced | None:
    """The source of a reporting verb (and its referent for "who"/"which"), or None."""
    found = _verb_source_span(tokens, c, last)
    if found is None:
        return None
    if isinstance(found[0], tuple):
        return found
    return (found, None)


def _verb_source_span(tokens: list[Token], c: int, last: int) -> tuple[int, int] | Sourced | None:
    """The source of a reporting verb: subject before it, inverted after it, or "by X"."""
    p = skip_verb_prefix(tokens, c - 1)
    if p < c - 1 and tokens[c - 1].text in DASHES:
        # "Prices rose -- the fastest pace in years -- said Ana Ruiz": inverted after an aside
        inverted = inverted_source(tokens, last)
        if inverted is not None:
            return inverted
    between = {t.low for t in tokens[p + 1 : c]}
    nxt = tokens[last + 1].low if last + 1 < len(tokens) else ""
    if p >= 0 and tokens[p].low in _BE and nxt != "by":
        return None  # "could not be (officially) verified": a passive with no speaker
    if between & _PASSIVE and tokens[c].low != "quoted":
        if nxt == "by":
            phrase = right_phrase(tokens, last + 2)
            timed = phrase is None or tokens[phrase[1]].low in DAY_TIMES  # "by nightfall"
            return None if timed or phrase is None else span(tokens, *phrase)
        return None  # "is said to", "was told": the speaker is not named here
    if tokens[c].low == "quoted" and not between & _PASSIVE:
        return None
    agent = reduced_passive_agent(tokens, c, last, p)  # "the count confirmed by X"
    if agent is not None:
        return span(tokens, *agent)
    if between & _HYPOTHETICAL and not _would_only_say(tokens[c].low, between, nxt):
        return None  # "I can't say", "would say", "let me tell": no statement made
    if p < 0:
        return inverted_source(tokens, last) if p == c - 1 else None
    before = tokens[p]
    if before.is_word:
        if before.text in ("who", "which", "that") and p > 0:
            if before.low == "that" and tokens[p - 1].text != ",":
                return left(tokens, p)
            referent = antecedent(tokens, p - 1)
            return ((before.start, before.end), referent) if referent else None
        if before.low in ("and", "or", "but") and p > 0:
            return coordinated(tokens, p)
        found = _word_subject(tokens, p, last)
        return with_dash_aside(tokens, found, p, c)
    if before.text == ")":
        opening = next(
            (k for k in range(p - 1, max(-1, p - 12), -1) if tokens[k].text == "("), None
        )
        if opening is not None and opening > 0:
            head = left_phrase(tokens, opening - 1)
            return (tokens[head[0]].start, before.end) if head else None
    if before.text == "," and tokens[p + 1].low == "then" and p > 0:
        return coordinated(tokens, p)  # "The chief met the families, then said"
    if before.text in _QUOTES or before.text in (",", ":", "(", "-"):
        return _after_punctuation(tokens, p, c, last)
    return None


def _after_punctuation(
    tokens: list[Token], p: int, c: int, last: int
) -> tuple[int, int] | Sourced | None:
    """The source of a verb after a comma, a quote, a colon or a bracket at ``p``."""
    before = tokens[p]
    after_quote = p > 0 and tokens[p - 1].text in _QUOTES
    if before.text == "," and not after_quote:
        # "X, a spokesman, said the army ...": an appositive subject beats inversion.
        apposed = comma_subject(tokens, p) or whose_aside_speaker(tokens, p)
        if said_after_words(tokens, apposed, p, c, last):
            return inverted_source(tokens, last)  # "Three men drowned, said the mayor."
        if apposed is not None and not clause_before(tokens, apposed, p, c, last):
            return apposed
    inverted = inverted_source(tokens, last) if p == c - 1 else None
    if inverted is not None and not what_was_said(tokens, inverted):
        return inverted  # not "Residents, many of them elderly, said the water rose fast."
    if before.text == ",":
        return comma_subject(tokens, p)
    return None


#: Object pronouns that close a relative clause before the cue ("who saw it said").
_OBJECT_PRONOUNS = frozenset("it them him her".split())


def _word_subject(tokens: list[Token], p: int, last: int) -> Sourced | None:
    """The subject ending in the word at ``p``, before the cue ending at ``last``."""
    found = (
        _relative_subject(tokens, p)
        or relative_clause_speaker(tokens, p, last)
        or place_clause_speaker(tokens, p, last)
        or whose_clause_speaker(tokens, p, last)
    )
    if found is not None:
        return found
    if tokens[p].low in _OBJECT_PRONOUNS and p > 0 and tokens[p - 1].is_word:
        # "officials who have read it said": the pronoun ends a relative clause's predicate
        modified = modified_subject(tokens, (p, p))
        if modified is not None:
            return modified
    phrase = phrase_subject(tokens, p)
    if phrase is None or ends_put_out(tokens, p):
        # "A report released in March said", "A statement issued said": the text itself
        return put_out_speaker(tokens, p, last) or phrase
    return phrase


def comma_subject(tokens: list[Token], comma: int) -> tuple[int, int] | Sourced | None:
    """Subject before "X, a spokesman, said" or "X, who cut short a visit, announced"."""
    start = _previous_comma_index(tokens, comma)
    if start is not None and start + 1 < comma and opens_relative(tokens, start + 1, comma):
        referent = antecedent(tokens, start)
        if referent is not None:
            return ((referent[0], tokens[comma - 1].end), referent)
    if start is not None and start + 3 < comma and _relayed(tokens[start + 1], tokens[start + 2]):
        # "The monitor, quoted by AFP, said": the monitor said it, the aside names the via
        relayed = comma_subject(tokens, start)
        if relayed is not None and not isinstance(relayed[0], tuple):
            return ((relayed[0], tokens[comma - 1].end), relayed)
    # "A worker, who gave only his first name, Erik, said": the worker is the source.
    earlier = _previous_comma_index(tokens, start) if start is not None else None
    if earlier is not None and (
        tokens[earlier + 1].low in ("citing", "quoting") or agent_aside(tokens, earlier, start)
    ):  # "Lusa, quoting the governor, Ana Ruiz, said"; "X, in a text signed by its envoy, Y,"
        return comma_subject(tokens, earlier)
    if start is not None and start + 2 < comma and reason_aside(tokens, start):
        return comma_subject(tokens, start)  # "A nurse, ..., because she may not speak, said"
    if start is not None and start + 1 < comma and _contrast(tokens, start, earlier):
        # "An officer, who would speak only if his post, not his name, was printed, said"
        return comma_subject(tokens, start)
    if earlier is not None and who_at(tokens, earlier + 1) and _is_name(tokens, start, comma):
        referent = antecedent(tokens, earlier)
        if referent is not None:
            return ((referent[0], tokens[comma - 1].end), referent)
    aside = participle_before(tokens, comma)
    before = _previous_comma_index(tokens, aside) if aside is not None else None
    if aside is not None and before is not None and opens_relative(tokens, before + 1, aside):
        return comma_subject(tokens, aside)  # "X, who withheld his name, saying ..., said"
    subject = subject_before_comma(tokens, comma)
    if subject is None:
        return None
    head_end = before_relative(tokens, *subject)
    if head_end == subject[1]:
        return span(tokens, *subject)
    named = _previous_comma_index(tokens, comma) or 0
    first_name = named >= 2 and tokens[named - 2].low == "first"  # "his first name, Tom,"
    # "A trustee who lives nearby, Ida Lenz, said": the name is the source (not a first name's)
    if named > head_end and _is_name(tokens, named, comma) and not first_name:
        return (span(tokens, *subject), span(tokens, named + 1, comma - 1))
    # "Tomas Brel, a councillor whom the mayor fired, said": the source named is the phrase
    # without its relative clause; the span keeps the words written.
    return (span(tokens, *subject), span(tokens, subject[0], head_end))


def _contrast(tokens: list[Token], start: int, earlier: int | None) -> bool:
    """Does the segment after the comma ``start`` go on with the clause before it: a
    contrast ("..., not his name,") or the verb after one ("..., not his name, was printed,";
    ``earlier`` is the comma before that)?"""
    first = tokens[start + 1]
    if first.text != first.low:
        return False
    if first.low in ("not", "rather"):
        return True
    return (
        (finite_verb(first.low) or first.low == "be")  # "asked that his rank, not ..., be used"
        and earlier is not None
        and tokens[earlier + 1].low in ("not", "rather")
    )


def _relayed(verb: Token, by: Token) -> bool:
    """ "quoted by", "cited by": an aside naming the outlet that relays the subject's words
    (``rules.attribution`` reads the outlet as the via)."""
    return by.low == "by" and verb.low in RELAYING


def _is_name(tokens: list[Token], start: int | None, comma: int) -> bool:
    """Only capitalised words between the commas ``start`` and ``comma``."""
    if start is None or start + 1 >= comma:
        return False
    return all(t.is_word and t.is_capital for t in tokens[start + 1 : comma])


def _previous_comma_index(tokens: list[Token], j: int) -> int | None:
    for k in range(j - 1, max(-1, j - 40), -1):
        if tokens[k].text == ",":
            return k
        if tokens[k].text in ('"', ";", ":", "(", ")") or is_quote_mark(tokens, k):
            return None
    return None


def left(tokens: list[Token], p: int) -> tuple[int, int] | None:
    phrase = left_phrase(tokens, p)
    return span(tokens, *phrase) if phrase else None


def antecedent(tokens: list[Token], q: int) -> tuple[int, int] | None:
    """The noun a relative clause hangs on: "the ministry, which did not reply"."""
    if q >= 0 and tokens[q].text == ",":
        cited = _cited_before(tokens, q)
        if cited is not None:
            return cited
        subject = subject_before_comma(tokens, q) or left_phrase(tokens, q - 1)
        pronoun = tokens[q + 1].low
        if subject and pronoun in ("which", "whose") and _verb_in(tokens, subject[0], q):
            # "X sent reporters to the sheriff, which"; "whose" after an object only (not "A ...,")
            if pronoun == "which" or (subject[0] > 0 and tokens[subject[0] - 1].is_word):
                subject = _nearest_phrase(tokens, q) or subject
        elif subject and tokens[q + 1].low == "who" and _verb_in(tokens, subject[0], q):
            # "The figure was disputed by opposition lawmakers, who said": the agent of a
            # passive (not "a senior official in the ministry, who", a person's place)
            agent = _nearest_phrase(tokens, q, people=True)
            if agent is not None and agent[0] > 0 and tokens[agent[0] - 1].low == "by":
                subject = agent
        if subject and tokens[q + 1].low == "and":  # "A ranger who searched, and who asked"
            subject = (subject[0], before_relative(tokens, *subject))
        return span(tokens, *subject) if subject else None
    restricted = speaker_before_who(tokens, q) if q >= 0 else None  # "complaints from players"
    return span(tokens, *restricted) if restricted else left(tokens, q)


#: Prepositions that end the noun phrase a "which" hangs on, read leftwards ("to the navy").
_PHRASE_STOPS = frozenset("to by from with at in on into onto against after".split())


def _nearest_phrase(tokens: list[Token], q: int, people: bool = False) -> tuple[int, int] | None:
    """The noun phrase just before ``q``, leftwards to a verb or a preposition; with
    ``people``, a bare plural of people too ("by opposition lawmakers")."""
    k = q - 1
    while k >= max(0, q - 12) and tokens[k].is_word and tokens[k].low not in _PHRASE_STOPS:
        if tokens[k].text == tokens[k].low and tokens[k].low.endswith("ed"):
            break
        k -= 1
    if k + 1 > q - 1:
        return None
    if people and is_human_plural(tokens[q - 1].low):
        return (k + 1, q - 1)
    if not (tokens[k + 1].is_capital or tokens[k + 1].low in DETERMINERS):
        return None  # "died 22 years ago of cancer, which": no noun phrase to hang on
    return (k + 1, q - 1)


def _verb_in(tokens: list[Token], first: int, end: int) -> bool:
    """A past-tense verb or a preposition that ends a phrase between ``first`` and ``end``:
    "A spokeswoman for the port referred questions to", "confirmed by"."""
    return any(
        (t.low in _PHRASE_STOPS and not preposition_in_name(tokens, k))
        or (t.low.endswith("ed") and t.text == t.low and k > 0 and tokens[k - 1].is_word)
        for k, t in enumerate(tokens[first:end], start=first)
    )


#: Two words before a source named in passing: "according to X, which said", "quoted by X, who".
_CITED_BY = frozenset((("according", "to"), ("quoted", "by"), ("cited", "by")))


def _cited_before(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """The source just named by "according to" or "quoted by" before ``comma``, if any."""
    for k in range(comma - 1, max(1, comma - 14), -1):
        if (tokens[k - 1].low, tokens[k].low) in _CITED_BY:
            phrase = right_phrase(tokens, k + 1)
            if phrase is not None and phrase[1] == comma - 1:
                return span(tokens, *phrase)
            return None
    return None


def subject_before_comma(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    aside = participle_before(tokens, comma)
    if aside is not None:
        inner = appositive_before(tokens, aside)
        return inner if inner is not None else left_phrase(tokens, aside - 1)
    apposed = appositive_before(tokens, comma)
    if apposed is not None:
        return apposed
    return None


#: Participles that tie a speaker to the one they act for: "a lawyer representing X",
#: "a public defender assigned to X", "an attorney hired by X".
_REPRESENTING = frozenset("representing advising defending".split())
_ASSIGNED = frozenset("assigned appointed hired retained".split())


def phrase_subject(tokens: list[Token], p: int) -> Sourced | None:
    """The subject whose last word is at ``p``: the noun phrase there, read past a modifier
    that hangs it on a head before it ("a commander who uses the name Falcon", "survivors
    quoted by the Herald", "a lawyer representing the family"). The phrase is found once."""
    phrase = left_phrase(tokens, p)
    if phrase is None:
        return None
    modified = modified_subject(tokens, phrase)
    if modified is not None:
        return modified
    phrase = after_listed_count(tokens, phrase) or phrase  # "and 2 drivers officials said"
    talking = next((j for j in range(phrase[0] + 1, phrase[1]) if tokens[j].text in TALKING), None)
    if talking is not None and tokens[talking + 1].low in ("to", "with"):
        return (span(tokens, phrase[0], talking - 1), None)  # "an aide talking with reporters"
    return (_participial_subject(tokens, phrase) or span(tokens, *phrase), None)


def _participial_subject(tokens: list[Token], phrase: tuple[int, int]) -> tuple[int, int] | None:
    """The whole subject "a lawyer representing the family", not "the family" alone; None
    when no such participle stands before ``phrase``."""
    k = phrase[0] - 1
    if k >= 1 and tokens[k].low in _REPRESENTING:
        head = left_phrase(tokens, k - 1)
    elif k >= 2 and tokens[k].low in ("to", "by") and tokens[k - 1].low in _ASSIGNED:
        head = left_phrase(tokens, k - 2)
    else:
        return None
    return (tokens[head[0]].start, tokens[phrase[1]].end) if head else None


def _relative_subject(tokens: list[Token], p: int) -> Sourced | None:
    """ "an official who was not authorised to speak publicly told": the verb before the cue
    belongs to a relative clause, so the source is the relative pronoun's antecedent."""
    if p < 2 or tokens[p].is_capital:
        return None
    to = p - 1 if tokens[p - 1].low == "to" else p - 2  # "who was waiting to get in told"
    if tokens[to].low != "to" or (to == p - 2 and tokens[p].low not in PARTICLES):
        return None
    for k in range(to - 1, max(0, p - 16), -1):
        token = tokens[k]
        if not token.is_word and token.text != ",":
            return None
        if token.low in ("who", "which") and k > 0:
            referent = antecedent(tokens, k - 1)
            return ((token.start, token.end), referent) if referent else None
    return None
