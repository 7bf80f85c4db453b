"""AT12: a party called something "a quoted word"."""

from __future__ import annotations

from rules.calendar import MONTHS, WEEKDAYS
from rules.speech.kinds import CueRule
from rules.speech.statements import Candidate, CueAt
from rules.speech.subjects import verb_source
from rules.tokens import Token

#: Words after "called" that make it a summons, a request or a name, not a verdict quoted.
_NOT_A_VERDICT = frozenset("for on off up in out back police 911 ahead".split())

#: How far the quote may open after "called": "called the governor's offer "an insult"".
_QUOTE_WITHIN = 7

_OPENING_QUOTES = frozenset(('"', "“"))


class CalledIt(CueRule):
    """AT12 · "The union called the offer "an insult"": a verdict in the speaker's own quoted
    words; "The mayor called for calm", "called on the army to withdraw": a demand made.
    "called police", "a group called ...", "was called" and "called on Tuesday" report
    nobody's words.
    """

    code = "AT12"
    examples = (
        (
            "The dockworkers' union has called for a national strike next week.",
            {"source": "The dockworkers' union", "cue": "called for"},
        ),
        (
            'The union\'s president, Ray Olsen, called the offer "an insult."',
            {"source": "The union's president, Ray Olsen", "cue": "called"},
        ),
        (
            'Brask called the ruling "a victory for common sense" on Tuesday.',
            {"source": "Brask", "cue": "called"},
        ),
        (
            "A diplomat, who spoke on the condition that he not be named, called the plan "
            '"dead on arrival."',
            {"source": "A diplomat", "cue": "called"},
        ),
    )
    counter_examples = (
        'A group called "Parents for Velk" organised the march.',
        'The plan was called "reckless" by critics.',
        "Neighbours called police at 2 a.m.",
        'The band called its new album "Black Water" after the storm.',
        'Engineers called the second phase of the works "Stage B".',
        'The minister condemned what she called a "brazen breach" of the truce.',
        'The report said that the council, which she called "a disgrace", had met.',
    )

    def accepts(self, word: str) -> bool:
        return word in ("called", "calls")

    def find(self, at: CueAt) -> Candidate | None:
        tokens, c, last = at.tokens, at.c, at.last
        demand = _demand(at)
        if demand is not None:
            return demand
        if not _verdict_quoted(tokens, last) or _names_something(tokens, c):
            return None
        found = verb_source(tokens, c, last)
        if found is None:
            return None
        source, referent = found
        return Candidate(self.code, "statement", at.cue, source, at.sentence, referent=referent)


def _verdict_quoted(tokens: list[Token], last: int) -> bool:
    """An object, then a quote opening within a few words: "called the offer "an insult"".
    Not a name given ("called its new album "Black Water"", "called the boy "Hope""): a
    quote of capitalised words only, or an object that is named rather than judged."""
    if last + 2 >= len(tokens) or tokens[last + 1].low in _NOT_A_VERDICT:
        return False
    if tokens[last + 1].text in _OPENING_QUOTES:
        return False  # "a group called "Parents for Velk"": a name
    for k in range(last + 2, min(len(tokens), last + 2 + _QUOTE_WITHIN)):
        token = tokens[k]
        if token.low in _NAMED_THINGS:
            return False
        if token.text in _OPENING_QUOTES:
            return not _a_name(tokens, k + 1)
        if not token.is_word and token.text not in ("'s", "’s", "-"):
            return False
    return False


#: Objects that are given names, not verdicts: "called the album "Black Water"". Origin:
#: general English (works, children and animals, boats; a capitalised quote is read apart).
_NAMED_THINGS = frozenset(
    """album song book novel film movie band daughter son baby child dog cat horse boat ship
    nickname""".split()
)


def _a_name(tokens: list[Token], k: int) -> bool:
    """Are the quoted words from ``k`` to the closing quote all capitalised (a title or a
    name, "Stage B"), rather than a judgement ("a disgrace", "Disgraceful and cruel")?"""
    words = []
    for token in tokens[k : k + 8]:
        if not token.is_word:
            break
        words.append(token)
    while words and words[0].low in ("the", "a", "an"):
        words.pop(0)  # "the Hammer": a nickname
    return bool(words) and all(t.text[:1].isupper() or t.text.isdigit() for t in words)


def _names_something(tokens: list[Token], c: int) -> bool:
    """ "is called", "taking calls", "what she called a "breach"", "tweets in which he called",
    "reports that X called" (a phrase quoted inside another clause): no verdict of its own."""
    if c == 0:
        return False
    before = tokens[c - 1].low
    if before in _PASSIVE or before.endswith("ing") or before in ("the", "phone", "many"):
        return True
    for token in reversed(tokens[max(0, c - 6) : c]):
        if token.text == ",":
            # "A diplomat, who spoke on the condition that ..., called": that clause ended
            return False
        if token.low in ("what", "which", "that"):
            return True
    return False


_PASSIVE = frozenset("so is was are were be been being".split())


#: What a demand is made for: "called for calm", "called on the government to resign".
_DEMANDED = frozenset(("for", "on"))
#: After "for" or "on", words that make it no demand: a time ("called for Tuesday", "called
#: on Monday") or a number ("called for 2 p.m."). General English.
_NOT_DEMANDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | {"a.m.", "p.m.", "tonight", "today"}


def _demand(at: CueAt) -> Candidate | None:
    """ "The mayor called for calm", "The union called on members to strike": a demand made,
    with "for"/"on" in the cue; not "called on Tuesday", "called on Ana Ruiz at home" (a
    visit), "the vote was called for Tuesday"."""
    tokens, c, last = at.tokens, at.c, at.last
    if (
        tokens[c].low != "called"
        or last + 2 >= len(tokens)
        or tokens[last + 1].low not in _DEMANDED
    ):
        return None  # "calls for" is as often the noun: "rejected calls for an inquiry"
    after = tokens[last + 2]
    if after.low in _NOT_DEMANDS or after.text[:1].isdigit():
        return None
    if after.low == "help":
        return None  # "ran to a neighbour's house, where he called for help": a cry
    if tokens[last + 1].low == "on" and after.is_capital:
        return None  # "called on Ana Ruiz": a visit, or a name that speaks for itself
    if c > 0 and tokens[c - 1].low in ("was", "were", "is", "are", "been", "be"):
        return None  # "the vote was called for Tuesday"
    found = verb_source(tokens, c, last)
    if found is None:
        return None
    source, referent = found
    cue = (tokens[c].start, tokens[last + 1].end)
    return Candidate(CalledIt.code, "statement", cue, source, at.sentence, referent=referent)
