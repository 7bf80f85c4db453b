"""What stands around a reporting verb's subject: an aside between dashes before the verb,
a clause before a comma that a named source after the verb outranks, the agent of a reduced
passive ("the toll confirmed by the ministry"), a relative clause opened by "that", and the
subject of a verb coordinated with an earlier one ("met the families and said").
``rules.speech.subjects`` asks these; the word lists are general English news style.
"""

from __future__ import annotations

from rules.clause_subjects import clause_subject, sentence_subject
from rules.clauses import clause_like
from rules.cues import ANONYMOUS_HEADS, REPORTING_VERBS
from rules.interposed import DASHES
from rules.nouns import is_human_plural
from rules.number_values import number_value
from rules.right_phrases import right_phrase
from rules.tokens import Token

Sourced = tuple[tuple[int, int], tuple[int, int] | None]

#: Words that open a relative clause in a subject: "an adviser who backed the plan".
_RELATIVE_WORDS = frozenset("who which whose whom that".split())
#: Words after which a phrase is no subject: prepositions of place ("went to the clinic") and
#: the auxiliaries of a passive ("were [taken to the clinic]").
_NO_SUBJECT_AFTER = frozenset("to in at into near from inside outside onto was were".split())


#: Words that open a reason set off by commas before the verb: ", because she may not
#: speak,", ", as only the commander may brief the press," (stepped over to the speaker).
_REASONS = frozenset(("because", "since", "as"))


def reason_aside(tokens: list[Token], comma: int) -> bool:
    """Does a reason open after ``comma`` (not ", as well as the mayor,": more speakers)?"""
    return tokens[comma + 1].low in _REASONS and tokens[comma + 2].low != "well"


def reduced_passive_agent(tokens: list[Token], c: int, last: int, p: int) -> tuple[int, int] | None:
    """The agent a reduced passive after a noun names after "by" ("the figure acknowledged
    by the ministry"), as first and last token, or None ("confirmed by phone")."""
    nxt = tokens[last + 1].low if last + 1 < len(tokens) else ""
    if nxt != "by" or tokens[c].low not in _AGENT_PARTICIPLES or p < 0:
        return None
    if not tokens[p].is_word and tokens[p].text != ",":
        return None  # after a comma too: "The suspect, described by neighbours as ..."
    phrase = right_phrase(tokens, last + 2)
    if phrase is None or tokens[phrase[0]].low in _BY_MEDIA:
        return None
    return (phrase[0], _before_main_verb(tokens, *phrase))


def with_dash_aside(
    tokens: list[Token], found: tuple[int, int] | Sourced | None, p: int, c: int
) -> tuple[int, int] | Sourced | None:
    """The subject's span runs on over an aside between dashes before the verb ("Ada Quill --
    a lawyer for the family -- said"); the source named stays the phrase before it."""
    if found is None or not any(t.text in DASHES for t in tokens[p + 1 : c]):
        return found
    closing = max(k for k in range(p + 1, c) if tokens[k].text in DASHES)
    last = next((k for k in range(closing - 1, p, -1) if tokens[k].text not in DASHES), p)
    if isinstance(found[0], tuple):
        whole, named = found
        return ((whole[0], tokens[last].end), named or whole)
    start, end = found
    return ((start, tokens[last].end), (start, end))


#: Participles that, reduced after a noun, name their speaker after "by" ("the toll
#: confirmed by the ministry"). Origin: general English news.
_AGENT_PARTICIPLES = frozenset(
    """acknowledged confirmed reported announced estimated released published issued
    compiled provided cited quoted described disclosed""".split()
)
_BY_MEDIA = frozenset(
    """phone telephone email e-mail text letter video radio satellite now then far
    default hand mistake accident chance midnight noon law""".split()
)


def _before_main_verb(tokens: list[Token], first: int, last: int) -> int:
    """The agent phrase's end before the main clause's verb it ran into ("the toll
    confirmed by the ministry rose to 40": the ministry)."""
    for k in range(first + 1, last + 1):
        token, before = tokens[k], tokens[k - 1]
        if token.low in _MAIN_VERBS or (
            token.low.endswith("ed") and token.low == token.text and before.is_capital
        ):
            return k - 1
        if token.low == "at" and k + 1 <= last and tokens[k + 1].text[:1].isdigit():
            return k - 1  # "estimated by experts at 2 million"
        if _third_person_verb(tokens, k, first):
            return k - 1  # "announced by the university covers tuition"
    return last


def _third_person_verb(tokens: list[Token], k: int, first: int) -> bool:
    """A lower-case -s word after a noun and before a lower-case word: a main verb."""
    token = tokens[k]
    if token.text != token.low or not token.low.endswith("s") or len(token.low) < 4:
        return False
    if k - 1 <= first or tokens[k - 1].low in ("the", "a", "an", "its", "their", "his", "her"):
        return False
    if k + 1 >= len(tokens) or not tokens[k + 1].is_word or tokens[k + 1].low in _BODY_HEADS:
        return False  # "the county health services office": a plural modifier, not a verb
    return tokens[k + 1].text == tokens[k + 1].low


#: Heads of a body's name that a plural modifier may stand before ("health services office").
_BODY_HEADS = frozenset(
    """office ministry department agency council committee board club union bureau
    commission authority service directorate division unit""".split()
)


_MAIN_VERBS = frozenset("rose fell stood rises falls stands climbed reached put".split())


def clause_before(
    tokens: list[Token], apposed: tuple[int, int] | Sourced, p: int, c: int, last: int
) -> bool:
    """Whether the apposed "subject" is a clause and a named source follows the verb:
    "Rescuers pulled 12 survivors from the rubble, said Ana Ruiz, a spokeswoman"."""
    whole = apposed[0] if isinstance(apposed[0], tuple) else apposed
    start = whole[0]
    if not isinstance(start, int) or p != c - 1 or last + 1 >= len(tokens):
        return False
    if not tokens[last + 1].is_capital:
        return False
    first = next((k for k in range(p) if tokens[k].start >= start), p)
    if first > 0 and tokens[first - 1].low in _NO_SUBJECT_AFTER:
        return True  # "12 went to the clinic in Orme, where four died, said Dr Roe"
    for token in tokens[first:p]:
        if token.low in _RELATIVE_WORDS or token.low == "that":
            return False  # "X, an adviser who backed the plan, said": the relative's verb
        if token.low.endswith("ed"):
            break
    return clause_like(tokens, first, p - 1)


def relative_that(tokens: list[Token], k: int) -> bool:
    """ "the clinic that admitted the injured": "that" opening a relative clause on a noun,
    not the "that" of reported speech ("said that the group ...")."""
    if tokens[k].low != "that" or k == 0 or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    if before.low in REPORTING_VERBS or not before.is_word:
        return False
    return not after.is_capital and (after.low.endswith("ed") or after.low in _RELATIVE_VERBS)


#: Verbs that often open a relative clause in a source's description ("the union that
#: represents the drivers", "the group that has monitored the war"). Origin: general English.
_RELATIVE_VERBS = frozenset(
    """has had have is was are were runs represents owns operates manages oversees
    monitors tracks organises organizes treats treated employs""".split()
)


def coordinated(tokens: list[Token], p: int) -> tuple[int, int] | None:
    """The subject of a verb coordinated with the clause ending at ``p``: "Ana Ruiz met the
    families and said", "The chief met the families, then said"."""
    subject = clause_subject(tokens, p)
    if subject is not None and _indefinite_aside(tokens, subject[0]):
        subject = None  # "recorded 46.2C, a record for the month, and said": an aside
    subject = subject or sentence_subject(tokens, p)
    if subject is None:
        return None
    verb = next(
        (
            j
            for j in range(subject[0] + 1, subject[1] + 1)
            if REPORTING_VERBS.get(tokens[j].low) is False
        ),
        None,
    )
    if verb is not None:
        # in capitals a clause reads like a name: "THE RADIO SAID THE AMBUSH CAUSED ... AND
        # DENIED": the subject of the verb said first ("THE RADIO")
        first = clause_subject(tokens, verb)
        subject = first if first is not None and first[1] < verb else None
    if subject is None:
        return None
    first_word, last_word = subject
    # the subject ends before a relative clause or an auxiliary: "THE MAN WHO REPORTED THE
    # ATTACK FLED AND TOLD" (the man), "Police couldn't confirm the details and said" (Police)
    cut = next(
        (
            j
            for j in range(first_word + 1, last_word + 1)
            if tokens[j].low in _RELATIVE_WORDS or _auxiliary(tokens[j])
        ),
        last_word + 1,
    )
    return (tokens[first_word].start, tokens[cut - 1].end)


def _indefinite_aside(tokens: list[Token], first: int) -> bool:
    """An indefinite phrase after a comma is an aside on the clause before, no subject."""
    return first > 0 and tokens[first - 1].text == "," and tokens[first].low in ("a", "an")


#: Auxiliaries and negations between a subject and its verb ("couldn't", "aren't", "did"):
#: English grammar's closed class.
_AUXILIARIES = frozenset(
    """do does did not will would could can may might must shall should have has had is are
    was were""".split()
)


def _auxiliary(token: Token) -> bool:
    """An auxiliary, or any negated one ("couldn't", "won't", "aren't")."""
    return token.low in _AUXILIARIES or token.low.endswith(("n't", "n\u2019t"))


#: Sources named by a bare plural (``rules.cues.ANONYMOUS_HEADS`` and the bodies of newsroom
#: usage): "officials confirmed", "police said".
_BARE_SOURCES = ANONYMOUS_HEADS | {"police", "authorities"}


def after_listed_count(tokens: list[Token], phrase: tuple[int, int]) -> tuple[int, int] | None:
    """The source alone when a count of people runs into it with no comma: "killed 5 soldiers
    and 2 drivers officials confirmed" (the drivers were killed, officials confirmed it). The
    phrase must open with a number and hold a plural of people ending in "s" one or two words
    before its bare source head, which no English compound has ("two police officials" stays
    whole)."""
    first, last = phrase
    if tokens[last].low not in _BARE_SOURCES or number_value(tokens[first].low) is None:
        return None
    # "drivers officials", "drivers local officials"
    for j in range(last - 1, max(first, last - 3), -1):
        word = tokens[j].low
        if word.endswith("s") and is_human_plural(word):
            return (j + 1, last)
    return None
