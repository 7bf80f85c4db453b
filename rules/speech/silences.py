"""Non-responses: the party that did not answer, declined to comment or could not be
reached, and whether a cue any subject may take ("did not say whether") has such a party."""

from __future__ import annotations

from rules.clause_subjects import clause_subject
from rules.passed_on import put_to_decision
from rules.put_off import cue_without_last
from rules.refusals import ADDRESSING, NOTHING_ABOUT
from rules.right_phrases import right_phrase
from rules.sources import skip_verb_prefix
from rules.speech.asked import (
    LEAVING,
    an_office,
    asked_party,
    issued,
    left_unasked,
    one_party,
    owned_next,
    private_phone,
    unasked,
)
from rules.speech.refusal_reports import speaker_again
from rules.speech.relative_speaker import place_clause_speaker
from rules.speech.restrictive import describes_an_object
from rules.speech.said_that import after_saying
from rules.speech.speaker_nouns import SPEAKER_NOUNS
from rules.speech.spoken_for import body_spoken_for
from rules.speech.statements import (
    SOURCE_NOUNS,
    Candidate,
    CueAt,
    says_nothing,
    source_head,
    speaker_like,
)
from rules.speech.subject_edges import coordinated
from rules.speech.subjects import antecedent, comma_subject, phrase_subject, span
from rules.speech.unreached import WEAK_CUES, bare_attempt, party_after_reach, party_in_attempt
from rules.speech.withheld import (
    adds_to_something,
    answered_something_else,
    no_answer_refused,
    own_name_kept,
    withholds_nothing,
)
from rules.tokens import Token

#: Words that end a "did not say whether" cue but belong to what was not said.
_UNSAID = frozenset("whether how why what who when where if".split())


#: What opens the thing a reason is withheld for: "no reason for the delay".
_DETERMINERS = frozenset("the its their his her this that these those".split())


_REFLEXIVES = frozenset("himself herself themselves itself myself yourself ourselves".split())


def _no_refusal(tokens: list[Token], c: int, last: int) -> bool:
    """ "said nothing about the scene suggested ..." (a report); "a woman who declined to
    identify herself said" (she spoke, unnamed)."""
    if tokens[c].low in ADDRESSING:
        return not says_nothing(tokens, c)  # "told reporters nothing about the scene suggested"
    if tokens[c].low in ("said", "says") and not says_nothing(tokens, c):
        # "said nothing" is a silence when it ends on the question put ("said nothing when
        # asked"); the other rows that open with "said" are silences by their words ("said
        # questions would have to wait for the inquiry", "said she was not allowed to discuss")
        if tokens[c + 1].low == "nothing":
            return c + 2 >= len(tokens) or tokens[c + 2].low != "when"
        if _passed_to_decide([t.low for t in tokens[c : last + 1]]):
            return True  # "said it was a matter for the courts to decide": who decides
        # "an aide who (also) said she was not allowed to discuss it told ...": the terms of
        # an unnamed source, no silence
        before = skip_verb_prefix(tokens, c - 1)
        return before >= 0 and tokens[before].low in ("who", "that")
    after = tokens[last + 1].low if last + 1 < len(tokens) else ""
    if tokens[last].low == "to" and put_to_decision([t.low for t in tokens[last + 1 : last + 4]]):
        return True  # "passed all questions to a vote": a decision, no one left to answer
    if tokens[last].low == "statement" and after == "of":
        return True  # "has issued no statement of claim": a court's paper, not a silence
    reason = tokens[last].low == "for" and tokens[last - 1].low in ("reason", "explanation")
    if reason and after not in _DETERMINERS:
        return True  # "offered no reason for optimism": a mood, not a question unanswered
    reflexive = last + 1 < len(tokens) and tokens[last + 1].low in _REFLEXIVES
    if reflexive and tokens[last].low in ("identify", "name"):
        return True
    if adds_to_something(tokens, last):
        return True  # "had nothing to add to a squad full of strikers"
    if _would_reply(tokens, c) and no_answer_refused(tokens, last):
        return True  # "Neither candidate would say that in public"
    if answered_something_else(tokens, last):
        return True  # "gave no answer to the serve": no question was put
    if _named_later(tokens, c, last):
        return True  # "an officer who declined to speak on the record said": anonymity
    if private_phone(tokens, c, last):
        return True  # "Mira did not pick up her phone all night": no one asked her anything
    # "declined to release the defendant on bail"; "who would not give their names, said"
    return withholds_nothing(tokens, last) or own_name_kept(tokens, c, last)


_PASSIVE = frozenset("was were been is are be".split())
#: "a matter for the prosecutor to comment on": a question passed on all the same.
_ANSWER = frozenset("comment answer address respond discuss say speak explain".split())


def _passed_to_decide(words: list[str]) -> bool:
    """Is a "matter for X" row's X one to decide ("a matter for the courts to decide"), not
    one to answer ("a matter for the prosecutor to comment on")?"""
    if not {"matter", "matters", "question"}.intersection(words) or "for" not in words:
        return False
    after = words[words.index("for") :]
    if "to" not in after:
        return False
    verb = after[after.index("to") + 1 : after.index("to") + 2]
    return not (verb and verb[0] in _ANSWER)


#: The verbs of naming a person: a silence only of an office (``asked.an_office``).
_NAMING = frozenset("named identified name identify".split())
#: The words a "said" row ends on that belong to what follows ("would have to wait for",
#: "not allowed to discuss the", "would talk about it once"): not the cue's.
_DANGLING = frozenset("the it this that any for until till once after".split())


_ON_RECORD = ["on", "the", "record"]
#: The verbs of a refusal to be named: "declined to speak (on the record)", "to comment on
#: the record", "to be quoted".
_SPEAKING = frozenset("speak talk comment quoted".split())
#: Words after which a later "said" is another's: "..., but an aide said", "..., which
#: residents said".
_OTHERS_NEXT = frozenset("but ; while and which that".split())


def _named_later(tokens: list[Token], c: int, last: int) -> bool:
    """Does the party refuse only to speak on the record or publicly, and go on to speak in
    the same clause ("An officer who declined to speak on the record said")?"""
    cue = [t.low for t in tokens[c : last + 1]]
    own = 3 if cue[-3:] == _ON_RECORD else 1 if cue[-1:] == ["publicly"] else 0
    after = last + 1
    if [t.low for t in tokens[after : after + 3]] == _ON_RECORD:
        after += 3
    elif after < len(tokens) and tokens[after].low == "publicly":
        after += 1
    if not _SPEAKING.intersection(cue[: len(cue) - own]) or (not own and after == last + 1):
        return False  # "did not comment publicly", or no "on the record" nor "publicly"
    for token in tokens[after:]:
        if token.low in _OTHERS_NEXT:
            return False
        if token.low in ("said", "says", "told"):
            return True
    return False


def non_response(at: CueAt, code: str) -> Candidate | None:
    tokens, c, last, sentence, cue = at.tokens, at.c, at.last, at.sentence, at.cue
    if tokens[c].low in ("declining", "refusing"):
        return _refusing(at, code)
    if tokens[c].low == "without":
        return _without_saying(at, code)
    if _no_refusal(tokens, c, last):
        return None
    if tokens[c].low == "neither" and c > 0 and tokens[c - 1].low in _PASSIVE:
        return None  # "The claim was neither confirmed nor denied by": no party silent
    ending = tokens[last]
    dangling = tokens[c].low in ("said", "says") and ending.low in _DANGLING
    if (
        ending.low in _UNSAID or ending.low in NOTHING_ABOUT or not ending.is_word or dangling
    ) and last > c:
        cue = cue_without_last(tokens, c, last)  # "did not say", not "did not say how"
    addressed = next(
        (
            k
            for k in range(c, last)
            if tokens[k].low.startswith("address") or tokens[k].low == "silent"
        ),
        None,
    )
    if addressed is not None:
        cue = span(
            tokens, c, addressed
        )  # "did not address", "remained silent": not "... the allegations"
    if tokens[last].low == "reach":
        party = party_after_reach(tokens, last)
        return Candidate(code, "non_response", cue, party, sentence) if party else None
    if tokens[c].low == "no":
        phrase = right_phrase(tokens, last + 1)
        if phrase is None:
            return None
        return Candidate(code, "non_response", cue, span(tokens, *phrase), sentence)
    p = skip_verb_prefix(tokens, c - 1)
    if p < 0:
        return None
    source, referent = _subject_before(at, p)
    if source is None or not _may_be_silent(tokens, c, source):
        return None
    attempted = party_in_attempt(tokens, source)
    if attempted is not None:
        source, referent = attempted, None  # "calls to the embassy went unanswered"
        if tokens[last].low in WEAK_CUES and not _could_comment(tokens, source):
            return None  # "attempts to reach the trapped miners were unsuccessful"
    elif (tokens[last].low in WEAK_CUES and tokens[c].low not in LEAVING) or bare_attempt(
        tokens, source, _partial(tokens, c, last)
    ):
        return None  # "attempts to free them were unsuccessful" names no silent party
    elif tokens[c].low in LEAVING and left_unasked(tokens, c, last, referent or source):
        return None  # "The autopsy left questions unanswered": no party was asked
    # a party, or an office whose task is to tell ("investigators have not released")
    tellable = asked_party(tokens, source) or an_office(tokens, source) or issued(tokens, source)
    if _partial(tokens, c, last) and referent is None and not tellable:
        return None  # "the rulebook does not say what happens": a text, not a silent party
    if _not_asked(tokens, c, last, source, referent):
        return None  # "The convoy did not stop for reporters": no party was asked
    return Candidate(code, "non_response", cue, source, sentence, referent=referent)


Span = tuple[int, int]


def _not_asked(tokens: list[Token], c: int, last: int, source: Span, referent: Span | None) -> bool:
    """Was no party asked: "The convoy did not stop for reporters", "shut the door on a
    reporter's right", "Witnesses have not identified the attackers" (unable, not withholding:
    a name is withheld by an office only)?"""
    words = {t.low for t in tokens[c : last + 1]}
    # "have not identified": a name not known or withheld; "declined to name" is withheld
    if words & _NAMING and "not" in words and not an_office(tokens, referent or source):
        return True
    return unasked(tokens, c, last, source) or owned_next(tokens, last)


def _without_saying(at: CueAt, code: str) -> Candidate | None:
    """ "12 were killed, the ministry said, without saying how many were guests": the one
    who spoke left that unsaid; the statement before it in the sentence gives the party."""
    if at.c == 0 or at.tokens[at.c - 1].text != "," or not at.found:
        return None
    told = at.found[-1]
    if told.kind != "statement":
        return None
    # "..., the ministry said, without saying": the speaker set off after the words it said
    aside = any(t.text == "," and t.end <= told.source[0] for t in at.tokens[: at.c - 1])
    after = at.tokens[at.last + 1].low if at.last + 1 < len(at.tokens) else ""
    how_many = at.tokens[at.last].low == "how" and after == "many"
    if not (aside or how_many):
        return None  # "Residents said soldiers took the men, without explaining why": theirs
    cue = span(at.tokens, at.c, at.last - 1)  # "without saying", not "... how"
    return Candidate(code, "non_response", cue, told.source, at.sentence, referent=told.referent)


def _subject_before(at: CueAt, p: int) -> tuple[Span | None, Span | None]:
    """The party before a non-response cue whose subject phrase ends at token ``p``, with
    the referent of a "who"/"which"; (None, None) when there is none."""
    tokens = at.tokens
    before = tokens[p]
    if before.text in ("who", "which", "that") and p > 0:
        referent = antecedent(tokens, p - 1)
        if referent is None or describes_an_object(tokens, p):
            return None, None  # "nurses visited patients who had not answered letters"
        return (before.start, before.end), referent
    if before.low in ("and", "but", "before", "after") and p > 0:
        # "praised the troops but declined to say", "read a statement before walking away ..."
        source = coordinated(tokens, p)
        if any(f.kind == "non_response" and source in (f.source, f.referent) for f in at.found):
            return None, None  # "has not published a figure and did not respond": one silence
        return source, None
    if before.low == "it" and (after_saying(tokens, p) or tokens[p - 1].low in ("but", "and")):
        # "The airline said it would not comment", "The airline said ..., but it gave no
        # reply" (a party's; not "The report said ..., and it gave no figure"): who said so
        said = at.found[-1] if at.found and at.found[-1].kind == "statement" else None
        if said is None or not (after_saying(tokens, p) or one_party(tokens, said.source)):
            return (before.start, before.end), None
        # "A spokeswoman for the airline said it": the body she speaks for
        body = body_spoken_for(tokens, said.source) if said.referent is None else None
        return (before.start, before.end), body or said.referent or said.source
    if before.is_word and not tokens[p + 1].low.endswith("ing"):  # not "was seen walking"
        # "The town where she was born said nothing": the town, not the clause's verb
        subject = place_clause_speaker(tokens, p, at.last) or phrase_subject(tokens, p)
        if subject is None:
            return None, None
        own = speaker_again(at.found, at.sentence, subject[0]) if subject[1] is None else None
        return (subject[0], own) if own else subject  # "The school's principal said the school"
    if before.text == ",":
        then = p > 0 and tokens[p + 1].low == "then"  # "toured the site, then declined to"
        found = coordinated(tokens, p) if then else comma_subject(tokens, p)
        if found is not None and isinstance(found[0], tuple):
            return found
        return found, None
    return None, None


def _could_comment(tokens: list[Token], source: tuple[int, int]) -> bool:
    """Was the party one asked for comment: the sentence says so, or it is an institution."""
    if any(t.low == "comment" for t in tokens):
        return True
    head = source_head(tokens, source)
    return head is not None and (speaker_like(head) or head.low in SOURCE_NOUNS)


def _partial(tokens: list[Token], c: int, last: int) -> bool:
    """A cue of the kinds any subject may take: "did not say whether", "had not issued"."""
    if tokens[c].low in ("declined", "refused", "declines", "refuses"):
        return False  # only a party declines: "the departments declined to provide"
    words = {t.low for t in tokens[c : last + 1]}
    return tokens[last].low in _UNSAID or bool(words & _WITHHOLDING)


#: Verbs of a non-response that any subject may take ("the report did not give a breakdown"):
#: the subject must be a party that could answer.
_WITHHOLDING = frozenset(
    """issued released made given disclosed release give gave provide provided publish
    published offer offered disclose gives provides offers sent mention mentioned named
    identified""".split()
)


def _answering(tokens: list[Token], source: tuple[int, int]) -> bool:
    """A party, or a plural of institutions ("None of the three companies"), or no one."""
    if asked_party(tokens, source) or _no_one(tokens, source):
        return True
    head = source_head(tokens, source)
    low = head.low if head is not None else ""
    one = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else low
    return low in _SIDES or (one != low and (one in SOURCE_NOUNS or one in SPEAKER_NOUNS))


#: The parties of a dispute named by their role: "Neither side would say".
_SIDES = frozenset("side sides party parties camp camps parent parents family families".split())


#: Verbs of answering that are a silence only when no one of the subject answered.
_ANSWERED = frozenset(("responded", "replied"))
#: "would say", "would comment": a refusal only when no one of the subject would.
_WOULD = frozenset(("would", "could"))
_REPLIES = frozenset("say comment confirm discuss specify".split())


def _refusing(at: CueAt, code: str) -> Candidate | None:
    """ "The mayor read a statement, declining to take questions": the participle's party is
    the speaker of the statement before it in the sentence, or its clause's subject."""
    tokens, c = at.tokens, at.c
    if c == 0 or tokens[c - 1].text != ",":
        return None
    if at.found and at.found[-1].kind == "statement":
        previous = at.found[-1]
        return Candidate(
            code, "non_response", at.cue, previous.source, at.sentence, referent=previous.referent
        )
    subject = clause_subject(tokens, c - 1)
    if subject is None:
        return None
    return Candidate(code, "non_response", at.cue, span(tokens, *subject), at.sentence)


def _may_be_silent(tokens: list[Token], c: int, source: tuple[int, int]) -> bool:
    """ "responded" and "would comment" are silences only of "neither"/"none"/"no one", and
    "would comment" only of a party ("Neither test could confirm" is none)."""
    if _answered(tokens, c) and not _none_answered(tokens, source):
        return False
    return not _would_reply(tokens, c) or _answering(tokens, source)


def _no_one(tokens: list[Token], source: tuple[int, int]) -> bool:
    """ "No one at the embassy", "Nobody": a subject that is every possible party."""
    at = next((k for k, t in enumerate(tokens) if t.start == source[0]), None)
    if at is None:
        return False
    first = tokens[at].low
    return first in ("nobody", "noone") or (first == "no" and tokens[at + 1].low == "one")


def _answered(tokens: list[Token], c: int) -> bool:
    """Is the cue at ``c`` a positive answer ("responded", "would comment") that is a
    silence only after "neither", "none" or "no one"?"""
    if tokens[c].low in _ANSWERED:
        return True
    return _would_reply(tokens, c)


def _would_reply(tokens: list[Token], c: int) -> bool:
    """ "would say", "could comment", "could be reached": a reply that is a refusal only after
    "neither"."""
    if tokens[c].low not in _WOULD or c + 1 >= len(tokens):
        return False
    after = tokens[c + 1].low
    if after == "say" and c + 2 < len(tokens) and tokens[c + 2].low == "nothing":
        return False  # "would say nothing about the case": a refusal of its own
    return after in _REPLIES or (
        after == "be" and c + 2 < len(tokens) and tokens[c + 2].low == "reached"
    )


def _none_answered(tokens: list[Token], source: tuple[int, int]) -> bool:
    """Does the subject say no one answered: "Neither the embassy nor the ministry", "None
    of the three companies" (then "responded to requests" is a silence)?"""
    at = next((k for k, t in enumerate(tokens) if t.start == source[0]), None)
    if at is None:
        return False
    if tokens[at].low in ("neither", "none", "no"):
        return True
    return at >= 2 and tokens[at - 1].low == "of" and tokens[at - 2].low in ("none", "neither")
