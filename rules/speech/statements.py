"""One attribution candidate per cue, with the token span of its source.

A statement ("X said", "according to X", "..., saying") or a non-response.
"""

from __future__ import annotations

import bisect
from operator import itemgetter
from typing import NamedTuple

from rules.claims.ordinals import ORDINALS
from rules.claims.told_states import TOLD as _TOLD
from rules.claims.told_states import told_state_clause
from rules.clause_subjects import clause_subject
from rules.cues import (
    ADDRESS_VERBS,
    NOT_SOURCES,
)
from rules.model import AttributionKind
from rules.refusals import ADDRESSING, NOTHING_ABOUT, TOLD_WHOM
from rules.right_phrases import right_phrase
from rules.speech.acts import ANSWERING, answers_a_claim, declares_an_act
from rules.speech.cited import PREPOSITIONS, cited_by, cites_a_source, person_or_speaker, relayed_by
from rules.speech.cited import SOURCE_NOUNS as SOURCE_NOUNS
from rules.speech.cited import speaker_like as speaker_like
from rules.speech.claimed_by import act_claimed_by
from rules.speech.false_cues import (
    admitted_to_care,
    aside_participle,
    event_recalls,
    name_not_verb,
    no_speaker_confirms,
    own_copy,
    participle_adjective,
)
from rules.speech.put_out import puts_out
from rules.speech.subjects import span, subject_before_comma, verb_source
from rules.speech.that_clause import subject_clause_at
from rules.speech.unnamed_by_teller import without_teller_clause
from rules.speech.verb_objects import (
    adds_to,
    anonymity_terms,
    condemned_otherwise,
    finite_verb_like,
    lives_follow,
    negated_before,
    next_is,
    quarrel,
    says_a_rite,
)
from rules.speech.verb_use import is_verb_use
from rules.speech.withdrawn import recalls_withdrawn
from rules.text import Sentence
from rules.tokens import Token


class Candidate(NamedTuple):
    """A cue with the token span of its source, before coreference and anonymity.

    A named tuple: one is made for every cue hit, and a frozen dataclass costs several
    times more to build.
    """

    rule: str
    kind: AttributionKind
    cue: tuple[int, int]
    source: tuple[int, int]
    sentence: Sentence
    via: tuple[int, int] | None = None
    referent: tuple[int, int] | None = None


class CueAt(NamedTuple):
    """A cue hit as a rule sees it: the tokens around it, where it is, and what the same
    sentence gave before it (a participle takes the source of the statement before)."""

    tokens: list[Token]
    c: int
    last: int
    sentence: Sentence
    found: list[Candidate]

    @property
    def word(self) -> str:
        return self.tokens[self.c].low

    @property
    def cue(self) -> tuple[int, int]:
        return span(self.tokens, self.c, self.last)


def according_to(at: CueAt, code: str) -> Candidate | None:
    tokens, c, last = at.tokens, at.c, at.last
    opening = c == 0 or not any(t.is_word for t in tokens[:c])
    phrase = right_phrase(tokens, last + 1, closed_only=opening)
    if phrase is None or _not_a_source(tokens, phrase):
        return None
    cited = cited_by(tokens, phrase[1])
    if cited is not None:
        # "According to the agency, which cited a local official, ...": the official via it
        return Candidate(code, "statement", at.cue, cited, at.sentence, span(tokens, *phrase))
    # "according to the monitor, cited by the agency": the monitor via the agency
    relay = relayed_by(tokens, phrase[1])
    return Candidate(code, "statement", at.cue, span(tokens, *phrase), at.sentence, relay)


def _not_a_source(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """ "according to (the) plan", "according to the rules of the game"; not "according to two
    people briefed on the plan", whose head is "people"."""
    first, last = phrase
    head = last
    for k in range(first + 1, last + 1):
        low = tokens[k].low
        if low in PREPOSITIONS:
            head = k - 1  # the word before "of the game", "on the plan"
            break
    return tokens[head].low in NOT_SOURCES


def citing(at: CueAt, code: str) -> Candidate | None:
    tokens, c = at.tokens, at.c
    # "Citing police, the agency said", "On Monday, citing police, the agency said": the
    # phrase ends at its comma
    opening = c == 0 or tokens[c - 1].text == "," or not any(t.is_word for t in tokens[:c])
    phrase = right_phrase(tokens, at.last + 1, closed_only=opening)
    # "quoting a medic it did not name, said": the party is "a medic"
    phrase = without_teller_clause(tokens, phrase or right_phrase(tokens, at.last + 1)) or phrase
    quoting = at.word == "quoting"  # one quotes a person ("quoting witnesses"), or words
    if phrase is None or not cites_a_source(tokens, phrase, people_only=quoting):
        return None
    phrase = (phrase[0], _apposed_name_end(tokens, phrase[1]))
    return Candidate(code, "statement", at.cue, span(tokens, *phrase), at.sentence)


def _apposed_name_end(tokens: list[Token], last: int) -> int:
    """The end of a name set off by commas after a cited phrase ending at ``last``
    ("quoting the provincial governor, Ana Ruiz, said"), else ``last``."""
    k = last + 2
    if k >= len(tokens) or tokens[last + 1].text != ",":
        return last
    end = k
    while end < len(tokens) and end - k < 5 and tokens[end].is_word and tokens[end].is_capital:
        end += 1
    closed = end < len(tokens) and tokens[end].text == ","
    return end - 1 if closed and 2 <= end - k <= 4 else last


def aside(at: CueAt, code: str) -> Candidate | None:
    tokens, c = at.tokens, at.c
    if c == 0 or tokens[c - 1].text != "," or tokens[at.last].low not in ("to", "with"):
        return None
    subject = subject_before_comma(tokens, c - 1)
    if subject is None:
        return None
    return Candidate(code, "statement", at.cue, span(tokens, *subject), at.sentence)


def participle(at: CueAt, code: str) -> Candidate | None:
    """ "..., saying": the subject is the main clause's, already found or at its start."""
    tokens, c, last, word = at.tokens, at.c, at.last, at.word
    if not is_verb_use(tokens, word, last):
        return None
    comma = _before_closing_quote(tokens, c) if c > 0 else 0
    if c == 0 or tokens[comma].text not in (",", "-"):
        return None  # '..., saying', '"...," adding'
    nxt = tokens[last + 1].low if last + 1 < len(tokens) else ""
    if nxt == "to" or (word == "claiming" and nxt in ("his", "her", "their", "its", "a")):
        return None  # "adding to his victories", "claiming his third win"
    if word.startswith("claim") and lives_follow(tokens, last):
        return None  # "stormed the village, claiming the lives of 12": a toll, not speech
    if at.found and (at.found[-1].kind == "statement" or _main_refusal(at)):
        # "declined to release the video, saying the review was open": the one who declined
        previous = at.found[-1]
        return Candidate(
            code, "statement", at.cue, previous.source, at.sentence, referent=previous.referent
        )
    subject = clause_subject(tokens, _before_scare_quote(tokens, comma))
    if subject is None:
        return None
    # "Tracy Orr, the boy's father, ...": a name before an appositive counts as the head too
    heads = [
        tokens[_head_before_bracket(tokens, (subject[0], k - 1))]
        for k in range(subject[0] + 1, subject[1] + 1)
        if tokens[k].text == ","
    ]
    head = tokens[_head_before_bracket(tokens, subject)]
    spoke = any(speaker_like(h) for h in (head, *heads)) or puts_out(tokens, subject)
    spoke = spoke or head.low == "it"  # "Late on Friday it revised the toll, saying": a body
    if not spoke and not (person_or_speaker(head) and _clause_follows(tokens, last)):
        return None  # "The driver fled, telling no one": a person, but no words reported
    return Candidate(code, "statement", at.cue, span(tokens, *subject), at.sentence)


#: Words that may stand before the subject of a main clause joined to another: "..., but the
#: office declined"; any other word before the refuser puts it in a clause of its own.
_JOINING = frozenset(("but", "and"))


def _main_refusal(at: CueAt) -> bool:
    """Is the last attribution before the participle a refusal whose source opens the main
    clause ("The office declined to release the video, saying", "..., but the office
    declined ..., saying"), not one inside a relative, subordinate or reported clause ("the
    hospital, which declined to comment, saying", "while the army declined to comment,
    saying", "Families said their calls were not returned, adding")?"""
    refusal = at.found[-1]
    if refusal.kind != "non_response" or any(c.kind == "statement" for c in at.found):
        return False
    before = [t for t in at.tokens if t.end <= refusal.source[0]]
    if not before:
        return True
    return len(before) > 1 and before[-1].low in _JOINING and before[-2].text == ","


def _head_before_bracket(tokens: list[Token], subject: tuple[int, int]) -> int:
    """The subject's head word, before a closing bracket ("Sen. Ana Ruiz (D-Ore.)")."""
    last = subject[1]
    if tokens[last].text != ")":
        return last
    opening = next((k for k in range(last - 1, subject[0], -1) if tokens[k].text == "("), None)
    return last if opening is None else opening - 1


def _clause_follows(tokens: list[Token], last: int) -> bool:
    """Reported words after a participle: "that", a quote, a colon or a clause's subject."""
    if last + 1 < len(tokens) and tokens[last].low in ADDRESS_VERBS:
        if tokens[last + 1].low in _OBJECT_PRONOUNS:
            last += 1  # "telling them they had earned it"
        else:
            addressee = right_phrase(tokens, last + 1, limit=6)  # "telling CNN that"
            last = addressee[1] if addressee is not None else last
    if last + 1 >= len(tokens):
        return False
    nxt = tokens[last + 1]
    reported = nxt.low in _REPORTED_OPENERS or nxt.text in ('"', "“", ":", "'")
    return reported or subject_clause_at(tokens, last + 1)  # "saying the first had been"


_OBJECT_PRONOUNS = frozenset("him her them us me you".split())


#: Words that open the reported clause after "saying", "warning", "adding".
_REPORTED_OPENERS = frozenset("that he she they it we i there".split())


_CLOSING_QUOTES = frozenset(('"', "”", "'", "’"))


def _before_closing_quote(tokens: list[Token], c: int) -> int:
    """Index of the token before ``c``, stepping back over closing quote marks."""
    k = c - 1
    while k > 0 and c - k <= 2 and tokens[k].text in _CLOSING_QUOTES:
        k -= 1
    return k


def _before_scare_quote(tokens: list[Token], comma: int) -> int:
    """Where the clause before ``comma`` ends when its last words are a quoted word or two
    after a word of it ('dismissed the number as "guesswork,"', 'called the plan "reckless,"'):
    at the quote's opening mark, so that the subject is looked for before it. Any other
    comma is its own end."""
    opening = next(
        (k for k in range(comma - 1, max(-1, comma - 5), -1) if tokens[k].text in ('"', "“")),
        None,
    )
    if opening is None or opening == 0 or not tokens[opening - 1].is_word:
        return comma  # '"We will rebuild," adding': the quote opens the clause
    return opening


def reporting_verb(at: CueAt, code: str) -> Candidate | None:
    tokens, c, last, word = at.tokens, at.c, at.last, at.word
    if word != "posted" and not is_verb_use(tokens, word, last):
        return None
    if name_not_verb(tokens, c) or (word == "admitted" and admitted_to_care(tokens, c)):
        return None  # "fled Tell Hamra": a place's name; "41 patients admitted": an intake
    if participle_adjective(tokens, c):
        return None  # "the cartel's alleged accountant", "the admitted inmates": adjectives
    sourced = verb_source(tokens, c, last)
    if sourced is None:
        return None
    source, referent = sourced
    if word in ("say", "tell") and _first_or_second_person(tokens, source):
        return None  # "I say", "you tell me": speech inside a quotation, not a report
    if word.startswith("claim") and lives_follow(tokens, last):
        return None  # "the storm claimed 14 lives": a toll, not speech
    if word.startswith("claim") and act_claimed_by(tokens, last, source):
        return None  # "the ambush, claimed by the rebels, killed ...": responsibility (AT21)
    if aside_participle(tokens, c, last):
        return None  # "The building, described as unsafe, ...", "The ministry, asked whether"
    for token in tokens[max(0, c - 2) : c]:
        if token.low in ("not", "n't", "never", "cannot"):
            return None  # "the rulebook does not say", "he never said": no statement was made
    if c > 0 and tokens[c - 1].low in ("or", "nor") and negated_before(tokens, c - 1, word):
        return None  # "has not commented or said how many died": the negation carries over
    if _nobody(tokens, source):
        return None  # "No group claimed responsibility": nobody said anything
    if word.startswith("recall") and (
        event_recalls(tokens, source) or recalls_withdrawn(tokens, last)
    ):
        return None  # "The discovery recalled the killing of 14 people": no speaker
    if word.startswith("confirm") and no_speaker_confirms(tokens, source, last):
        return None  # "deaths confirmed by a post-mortem", "40 confirmed dead": no speaker
    if own_copy(tokens, source):
        return None  # "Correction: A previous version of this story said": the outlet's own
    if says_nothing(tokens, last):
        return None  # "said nothing about the incident": a non-response (rules.cues)
    if word.startswith("argu") and quarrel(tokens, last):
        return None  # "had argued with a customer": a quarrel, not an argument made
    if word.startswith("condemn") and condemned_otherwise(tokens, last):
        return None  # "condemned him to death", "condemned the building"
    if word.startswith("insist") and next_is(tokens, last, "on") and anonymity_terms(tokens, last):
        return None  # "who insisted on anonymity": the terms of a source, not a report
    if word in ("say", "says", "said") and says_a_rite(tokens, last):
        return None  # "who said a funeral mass for the victims": a rite, not a report
    if word in ("add", "adds", "added") and adds_to(tokens, last):
        return None  # "added to her lead", "added two names to the list": not speech
    if word in ANSWERING and not answers_a_claim(tokens, last):
        return None  # "the court rejected the landlord's bid": a ruling, not speech
    if word.startswith("declar") and declares_an_act(tokens, last):
        return None  # "declared a state of emergency": an act, not a report
    if word in _TOLD and told_state_clause([t.low for t in tokens[last + 1 : last + 3]]):
        return None  # "two sailors reported dead were found alive": a clause, no speaker
    participial = ("posted", "reported", "confirmed", "announced", "estimated", "declared")
    if word in participial and _object_like(tokens, source):
        return None
    return Candidate(code, "statement", at.cue, source, at.sentence, referent=referent)


def _nobody(tokens: list[Token], source: tuple[int, int]) -> bool:
    # token starts rise, so the first token starting at the source is found by bisection
    k = bisect.bisect_left(tokens, source[0], key=_START)
    return k < len(tokens) and tokens[k].start == source[0] and tokens[k].low in _NOBODY


_START = itemgetter(1)  # a Token's start (a named tuple: text, start, ...)
_NOBODY = ("no", "nobody", "none")


def _first_or_second_person(tokens: list[Token], source: tuple[int, int]) -> bool:
    start, end = source
    return end - start <= 3 and any(
        t.start == start and t.low in ("i", "you", "we") for t in tokens
    )


_NOT_SPEAKERS = frozenset("statement message video post photo footage note letter comment".split())


def _object_like(tokens: list[Token], source: tuple[int, int]) -> bool:
    """A noun before a participle that is not its agent: "a statement posted to", "with 2 cases"."""
    index = next((i for i, t in enumerate(tokens) if t.start == source[0]), 0)
    end = next((i for i, t in enumerate(tokens) if t.end == source[1]), 0)
    if index > 0 and tokens[index - 1].low == "by":
        return False
    if tokens[end].low in _NOT_SPEAKERS:
        return True
    if tokens[index].low == "the" and tokens[index + 1].low in _ORDINALS:
        # "the third break-in reported on the block": an event in a series, then a place or
        # a time; not "the first responders reported that", "the latest bulletin reported 12"
        after = tokens[end + 2].low if end + 2 < len(tokens) else ""
        told = any(t.low == "that" for t in tokens[end + 2 : end + 9])
        return after in _PLACE_OR_TIME and not told and not person_or_speaker(tokens[end])
    return index > 0 and tokens[index - 1].low in PREPOSITIONS


#: Ordinals of an event in a series ("the third break-in"): those of a toll, and "first",
#: "latest", "last".
_ORDINALS = frozenset(("first", "latest", "last", *ORDINALS))
#: What follows a participle that places an event, not a report: "reported on the block
#: since May", "reported in the county this year" (prepositions of place and time; "reported
#: on Monday that 12 died" is a report, as its "that" shows).
_PLACE_OR_TIME = frozenset("on in at near since this during across around along".split())


def says_nothing(tokens: list[Token], last: int) -> bool:
    """ "said nothing about the raid", "said nothing.": a silence. Not "said nothing was
    found" nor "said nothing about the scene suggested foul play" (a clause: a report)."""
    k = last + 1
    if k < len(tokens) and tokens[last].low in ADDRESSING and tokens[k].low in TOLD_WHOM:
        k += 1  # "had told them almost nothing since Tuesday"
    if k < len(tokens) and tokens[k].low in ("almost", "virtually", "little"):
        k += 1 + (k + 1 < len(tokens) and tokens[k + 1].low == "or")  # "little or nothing"
    if k + 1 >= len(tokens) or tokens[k].low != "nothing":
        return False
    after = tokens[k + 1]
    if after.text in (".", ";"):
        return True
    if after.low not in NOTHING_ABOUT and after.low not in _NOTHING_SINCE:
        return False
    return not any(finite_verb_like(t) for t in tokens[k + 2 : k + 8])


#: The time after "nothing" that keeps it a silence ("told them nothing since Tuesday").
_NOTHING_SINCE = frozenset("since for until".split())


def source_head(tokens: list[Token], source: tuple[int, int]) -> Token | None:
    """The last word of a source span: the head of its noun phrase."""
    return next((t for t in reversed(tokens) if t.end <= source[1] and t.is_word), None)
