"""An inverted source: '"...," said Jane Doe, a spokeswoman.' The source follows the verb,
with what describes it up to the sentence end ("who runs the gym", "a charity that ...")."""

from __future__ import annotations

import itertools

from rules.calendar import MONTHS, WEEKDAYS
from rules.clauses import IRREGULAR_VERBS, clause_like, has_predicate
from rules.cues import INVERTING_VERBS
from rules.nouns import names_people
from rules.number_values import number_value
from rules.phrases import TIME_WORDS
from rules.right_phrases import right_phrase
from rules.sources import participle_before
from rules.speech.speaker_nouns import SPEAKER_NOUNS, speaks_as_plural
from rules.speech.subject_edges import Sourced
from rules.tokens import Token


def span(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    return (tokens[first].start, tokens[last].end)


_INVERSION_ENDS = frozenset(".,;:!?)\"'")


def inverted_source(tokens: list[Token], last: int) -> tuple[int, int] | Sourced | None:
    """'"...," said Jane Doe, a spokeswoman.': the source follows the verb."""
    if tokens[last].low not in INVERTING_VERBS:
        return None
    phrase = right_phrase(tokens, last + 1)
    if phrase is None:
        return None
    head = tokens[last + 1]
    named = any(t.is_capital for t in tokens[phrase[0] : phrase[1] + 1])
    if not (
        named
        or head.low in _INVERTED_OPENERS
        or speaks_as_plural(head.low)
        or _counted(tokens, phrase)
    ):
        return None
    after = phrase[1] + 1
    if (
        head.low in ("he", "she", "they")
        and after < len(tokens)
        and tokens[after].text not in ".,;!?"
    ):
        return None  # '"...," said he.' but not 'said he "appreciates"'
    described = any(t.text == "," for t in tokens[phrase[0] : after])
    if (
        after < len(tokens)
        and tokens[after].text not in _INVERSION_ENDS
        and tokens[after].low not in _AFTER_SUBJECT
        and tokens[after].low not in _TIME_AFTER  # '"...," said Ida Roth yesterday.'
        and not (described and tokens[after].low == "that")  # ", a charity that runs ..."
    ):
        if not (described and tokens[after].low in _DESCRIPTION_GOES_ON):
            return None
        # "said Jane Doe, an adviser to shipping and rail firms and a former director"
        end = _description_end(tokens, after, phrase[1])
        return (span(tokens, phrase[0], end), span(tokens, *phrase))
    if described and after < len(tokens) and tokens[after].low == "that":
        # "said Jane Doe, head of Orme Aid, a charity that ...": the charity is Orme Aid
        comma = max(k for k in range(phrase[0], after) if tokens[k].text == ",")
        end = _description_end(tokens, after, phrase[1])
        return (span(tokens, phrase[0], end), span(tokens, phrase[0], comma - 1))
    end = _trailing_description(tokens, *phrase)
    if end == phrase[1]:
        return span(tokens, *phrase)
    # The span takes the description; the source named stays the phrase itself.
    return (span(tokens, phrase[0], end), span(tokens, *phrase))


#: Words that may follow an inverted subject right after it: a place, a time or a clause on
#: the subject ("said a farmer in Varn", "who runs the gym"), and an occasion, "said a farmer
#: after the floods", "said the mayor before the vote" (review50d).
_OCCASIONS = frozenset(("after", "before"))
_AFTER_SUBJECT = _OCCASIONS | frozenset("in on who whom adding told during at".split())

#: Words that may open an unnamed inverted source: '"...," said the spokesman', 'said her
#: mother, Ruth Olander', 'said one'.
_INVERTED_OPENERS = frozenset("a an the one he she they several his her their".split())


def _counted(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """Is the phrase after the verb a count of speakers ("said two police officers", "said
    three wounded soldiers", "said two officials familiar with the count"), not what was
    said ("said 12 civilians died")?"""
    first, last = phrase
    if last == first or number_value(tokens[first].text) is None:
        return False
    # the head within three words, and no verb after it
    head = next(
        (k for k in range(first + 1, min(last, first + 3) + 1) if speaks_as_plural(tokens[k].low)),
        None,
    )
    return head is not None and not any(
        t.low in IRREGULAR_VERBS or t.low.endswith("ed") for t in tokens[head + 1 : last + 1]
    )


def ends_sentence(tokens: list[Token], found: tuple[int, int] | Sourced) -> bool:
    """Does an inverted source run to the sentence's end ("..., said the harbour master.")?
    A verb of saying with only its inverted subject after it has no complement, so the words
    before the comma are what was said, not an apposed subject. A time, a medium or a place
    ("on Tuesday", "in a statement", "late on Monday") and a participle after a comma
    (", adding that ...", ", citing ...") are no complement either."""
    whole = found[0] if isinstance(found[0], tuple) else found
    rest = [t for t in tokens if t.start >= whole[1]]
    for k, token in enumerate(rest):
        if token.text in _SENTENCE_ENDS:
            continue
        if token.text == "," and k + 1 < len(rest) and rest[k + 1].low in ADJUNCT_OPENERS:
            continue  # "said the director, Ida Roth, on Monday."
        if token.text == ",":
            return k + 1 < len(rest) and rest[k + 1].low in _PARTICIPLES
        if token.low in _OCCASIONS and not any(t.text == "," for t in rest[k:]):
            return True  # "..., said the harbour master after the search."
        named = token.is_capital and not token.text.isupper()  # no clause in capitals
        if not (named or token.low in _ADJUNCT_WORDS):
            return False
    return True


_SENTENCE_ENDS = frozenset((".", "!", "?", '"', "'", "\u201d", "\u2019", ")"))

#: Times after an inverted subject: "said police yesterday", "said Ida Roth late on Monday".
_TIME_AFTER = TIME_WORDS | frozenset("late early overnight last".split())

#: The words of a time, medium or place after an inverted subject ("on Tuesday", "in a
#: statement", "at a news conference"). Origin: general English of attribution.
_ADJUNCT_WORDS = _TIME_AFTER | frozenset(
    """on in at during this a an the statement interview briefing news conference
    emailed written joint""".split()
)

#: The words that may open such a time, medium or place right after the subject.
ADJUNCT_OPENERS = _TIME_AFTER | frozenset("on in at during".split())

#: Participles that go on from an inverted source: ", adding that ...", ", citing ...".
_PARTICIPLES = frozenset("adding citing noting saying according referring speaking".split())


#: Words that carry an appositive on: "an adviser to shipping and rail firms", "whose group".
_DESCRIPTION_GOES_ON = frozenset("and whose which with for of from to by".split())


#: Words that open a clause or an adverbial after an inverted subject, not a description.
_NOT_DESCRIPTIONS = frozenset(
    """in on at during after before when while as because but and so since though although
    if until according adding noting saying referring speaking citing told to for with by
    from of about than later earlier today yesterday tonight this last that the would will
    could should can may might must is was are were has have had does did do not""".split()
)


_DESCRIPTION_ENDS = frozenset(('"', "'", ";", "(", "-", ":"))


def _trailing_description(tokens: list[Token], first: int, last: int) -> int:
    """End of an inverted subject with what describes it up to the sentence end:
    '"...," said Jane Doe, who runs the gym.' takes ", who runs the gym", and
    'said Jane Doe, a lawyer in Arden who ...' its relative clause."""
    nxt = last + 1
    if nxt >= len(tokens):
        return last
    word = tokens[nxt].low
    if word in ("who", "whose", "whom"):
        return _description_end(tokens, nxt, last)
    if word == "that" and any(t.text == "," for t in tokens[first:nxt]):
        return _description_end(tokens, nxt, last)  # "..., a charity that runs shelters"
    if (
        word in ("in", "on", "at", "during", "for", "of", "with")
        and any(t.text == "," for t in tokens[first:nxt])
        and nxt + 1 < len(tokens)
        and tokens[nxt + 1].is_word
        and tokens[nxt + 1].low not in _TIME_WORDS
        and not tokens[nxt + 1].text[0].isdigit()
    ):
        return _description_end(tokens, nxt, last)  # "a senior adviser on the project"
    if nxt + 1 >= len(tokens) or tokens[nxt].text != ",":
        return last
    opener = tokens[nxt + 1]
    if not opener.is_word or opener.low in _NOT_DESCRIPTIONS:
        return last
    if opener.low.endswith("ing") and not opener.is_capital:
        return last
    return _description_end(tokens, nxt + 1, last)


_TIME_WORDS = frozenset(
    """yesterday today tonight earlier later last this next week weekend month year morning
    afternoon evening night""".split()
).union(WEEKDAYS, MONTHS)


def _description_end(tokens: list[Token], start: int, last: int) -> int:
    """Last word of a description from ``start`` to the sentence end, a quote or a dash."""
    end = start
    for k in range(start, len(tokens)):
        text = tokens[k].text
        if text in _DESCRIPTION_ENDS:
            break
        if text in (".", "?", "!") and k == len(tokens) - 1:
            break
        end = k
    while end > start and not tokens[end].is_word and tokens[end].text != ")":
        end -= 1
    return end if (end >= start and tokens[end].is_word) or tokens[end].text == ")" else last


def said_after_words(
    tokens: list[Token], apposed: tuple[int, int] | Sourced | None, p: int, c: int, last: int
) -> bool:
    """ "Three men drowned, said the harbour master.": words with no appositive before the
    comma, then the verb and only its inverted subject to the sentence's end (a verb of
    saying with no complement), are what was said, not the verb's subject."""
    if p != c - 1:
        return False
    whole = apposed[0] if apposed is not None and isinstance(apposed[0], tuple) else apposed
    if _speaker_closes(tokens, last):
        return True  # "Among the dead was Ivo Salm, a driver, said police.": no complement
    if whole is not None and any(
        t.text == "," for t in tokens[:p] if whole[0] <= t.start < whole[1]
    ):
        # "The head of the clinic, Dr Ada Vell, said one of the hurt, a baker, had died": an
        # appositive subject says; the phrase after the verb is what was said
        return False
    aside = participle_before(tokens, p)
    if aside is not None and whole is not None and whole[1] == tokens[aside - 1].end:
        first = next(k for k, t in enumerate(tokens) if t.start >= whole[0])
        opens = first == 0 or tokens[first - 1].text == ","  # the subject, not an object
        if opens and not (
            clause_like(tokens, first, aside - 1) or has_predicate(tokens, first, aside - 1)
        ):
            return False  # "Residents, speaking by phone, said the gunmen fired at dawn"
    if _name_apposed(tokens, p):
        return False  # "In May the head of the clinic, Dr Ada Vell, said ...": she said it
    inverted = inverted_source(tokens, last)
    if inverted is not None and _parenthetical(tokens, inverted):
        return True  # "The guards, said officials, were killed": the verb's clause goes on
    if inverted is None or not ends_sentence(tokens, inverted):
        return False
    # The name ends at a comma or the sentence's end, not at a relative clause run on with
    # no comma (in capitals a clause reads like a name: "SAID THE REBELS ATTACKED THE ...").
    named = (inverted[1] or inverted[0]) if isinstance(inverted[0], tuple) else inverted
    if what_was_said(tokens, inverted):
        return False  # "Witnesses, speaking by phone, said the army shelled the town."
    after = next((t for t in tokens if t.start >= named[1]), None)
    return (
        after is None
        or after.text in (",", ".", "!", "?", "who")  # "said two officials who have read it"
        or after.low in ADJUNCT_OPENERS
        or after.low in _OCCASIONS  # "said the harbour master after the search."
    )


def what_was_said(tokens: list[Token], inverted: tuple[int, int] | Sourced) -> bool:
    """Is the phrase after a verb of saying a clause ("said the army shelled the town", "said
    the water rose fast"), what was said rather than an inverted speaker?"""
    named = (inverted[1] or inverted[0]) if isinstance(inverted[0], tuple) else inverted
    inside = [k for k, t in enumerate(tokens) if named[0] <= t.start and t.end <= named[1]]
    if not inside:
        return False
    return clause_like(tokens, inside[0], inside[-1]) or has_predicate(
        tokens, inside[0], inside[-1]
    )


#: Prepositions that open what a verb of saying is about or to, not its speaker.
_PREPOSITIONS = frozenset("of about on to in at for with from after before over".split())


def _speaker_closes(tokens: list[Token], last: int) -> bool:
    """Does the verb ending at ``last`` have only an unnamed inverted speaker after it, to the
    full stop ("..., said police.", "..., said a police spokesman.")? A verb of saying with no
    complement cannot be said by the phrase before its comma."""
    inverted = inverted_source(tokens, last)
    if inverted is None or last + 1 >= len(tokens) or tokens[last + 1].is_capital:
        return False
    if tokens[last + 1].low in _PREPOSITIONS:
        return False  # "Ada Vell, a spokeswoman, said of the campaign.": what it was about
    whole = inverted[0] if isinstance(inverted[0], tuple) else inverted
    rest = [t for t in tokens if t.start >= whole[1]]
    if len(rest) != 1 or rest[0].text not in (".", "!"):
        return False
    words = [t for t in tokens if whole[0] <= t.start < whole[1]]
    if _holds_a_clause(words):
        return False  # "..., said the dead included seven children.": a clause, no speaker
    head = next(t.low for t in reversed(tokens) if t.is_word and t.end <= whole[1])
    return head in SPEAKER_NOUNS or names_people(head)


#: What follows a participle inside a speaker's phrase ("a man injured in the blast", "an
#: analyst based at"), where a verb's object would stand in a clause ("included children").
_PARTICIPLE_NEXT = frozenset("in on at by for from with to into near during after over".split())


def _holds_a_clause(words: list[Token]) -> bool:
    """A past-tense verb with its object or complement among ``words`` ("included seven"),
    not a participle before a preposition ("injured in")."""
    return any(
        verb.low.endswith("ed")
        and verb.text.islower()
        and nxt.is_word
        and nxt.low not in _PARTICIPLE_NEXT
        for verb, nxt in itertools.pairwise(words[1:])
    )


def _name_apposed(tokens: list[Token], comma: int) -> bool:
    """A personal name set off by commas right before the verb's comma at ``comma``: two to
    five capitalised words after the comma before it ("..., Dr Ada Vell, said")."""
    k = comma - 1
    while k >= 0 and comma - k <= 6 and tokens[k].is_word and tokens[k].is_capital:
        k -= 1
    return k >= 1 and tokens[k].text == "," and 2 <= comma - 1 - k <= 5


#: Words that carry on the clause a parenthetical "said X" interrupts: auxiliaries and a
#: few past tenses (others end in "-ed" or are ``IRREGULAR_VERBS``).
_CLAUSE_GOES_ON = frozenset(
    "was were is are has have had will would could can may might must did does do".split()
)


def _parenthetical(tokens: list[Token], found: tuple[int, int] | Sourced) -> bool:
    """Does the inverted source close with a comma before the verb of the clause it
    interrupts ("The guards, said officials, were killed")?"""
    whole = found[0] if isinstance(found[0], tuple) else found
    rest = [t for t in tokens if t.start >= whole[1]]
    if len(rest) < 2 or rest[0].text != ",":
        return False
    verb = rest[1]
    if verb.is_capital:
        return False
    low = verb.low
    return low in _CLAUSE_GOES_ON or low in IRREGULAR_VERBS or (low.endswith("ed") and len(low) > 4)
