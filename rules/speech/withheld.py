"""Whether a verb of withholding or a "would say" after "neither" is a refusal to answer.

"declined to release the footage", "declined to name the officer" withhold information and
are non-responses; "declined to release the defendant on bail", "declined to name a
successor", "declined to name names" are acts. "Neither agency would say how many died" is a
refusal; "Neither candidate would say that in public" and "No one at the club would say the
coach was to blame" report what nobody said, no refusal to answer a question. The word lists
are general English of press coverage (what officials withhold, how a question is put).
"""

from __future__ import annotations

from rules.nouns import HUMAN_PLURALS, is_person_noun
from rules.tokens import Token

#: What an office withholds: names, records, images, figures, details.
_INFORMATION = frozenset(
    """name names identity identities details detail footage video videos figure figures
    toll records record report reports information cause results list number numbers photos
    photo images recording recordings documents contents location whereabouts autopsy
    findings reason reasons transcript transcripts data evidence statement statistics
    estimates estimate tally count totals total terms price""".split()
)
_RELEASING = frozenset("release disclose reveal".split())
_NAMING = frozenset("identify name".split())
_OBJECT_PRONOUNS = frozenset("him her them".split())


#: What a party gives or provides when it answers: information or a comment ("not in a
#: position to give figures", not "to give the player a new contract", "to provide care").
_GIVEN = _INFORMATION | frozenset(
    "comment comments update updates breakdown answer answers specifics confirmation".split()
)


def withholds_nothing(tokens: list[Token], last: int) -> bool:
    """Is the verb of releasing or naming ending at ``last`` an act, not a withholding?"""
    verb = tokens[last].low
    if verb in ("give", "provide") and tokens[last - 1].low == "to":
        words = [t.low for t in tokens[last + 1 : last + 7] if t.is_word]
        return bool(words) and not any(word in _GIVEN for word in words)
    if (verb not in _RELEASING and verb not in _NAMING) or tokens[last - 1].low != "to":
        return False  # "have not released her name": the noun is the information
    if verb != "release" and verb in _RELEASING:
        return False  # "declined to disclose terms", "to reveal the price": information
    after = []
    for token in tokens[last + 1 : last + 7]:
        if token.text in ("'", "’"):
            continue  # "the victims' names"
        if not token.is_word:
            break
        after.append(token.low)
    if verb == "release":
        return not any(word in _INFORMATION for word in after)
    if after[:1] and after[0] in _OBJECT_PRONOUNS:
        return False  # "declined to identify him"
    if not after or after[0] not in ("the", "any", "either", "both", "those", "these"):
        return True  # "declined to name a successor", "declined to name names"
    return not any(_named(word) for word in after[1:])


def _named(word: str) -> bool:
    return word in _INFORMATION or is_person_noun(word) or word in HUMAN_PLURALS


#: What may follow "would say" when it refuses an answer: a question's word, or nothing.
_QUESTION_WORDS = frozenset("whether how why what who whom when where which if".split())
#: What may follow "would say" in a refusal besides a question: "so", "more", "much".
_SAY_REFUSED = frozenset("so more much anything exactly further".split())


def no_answer_refused(tokens: list[Token], last: int) -> bool:
    """Does "would say/comment/confirm" ending at ``last`` report what was not said ("would
    say that ...", "would say the coach was to blame") instead of refusing an answer?"""
    if last + 1 >= len(tokens) or not tokens[last + 1].is_word:
        return False  # "Neither would comment.": refused
    nxt = tokens[last + 1].low
    verb = tokens[last].low
    if verb == "comment":
        return nxt in ("that", "if")  # "would comment on", "would comment Monday": refused
    if verb == "reached":
        return False  # "could be reached on Tuesday", "... by phone": no words reported
    if nxt in _QUESTION_WORDS or nxt in _SAY_REFUSED:
        return False  # "would say how many", "would say so", "would say more"
    if verb in ("confirm", "discuss", "specify"):
        return nxt in ("that", "if")  # "would confirm the figure" refuses; "that ..." reports
    return True  # "would say the coach was to blame", "would say that in public"


#: The nouns of an answer a party may withhold ("gave no answer", "sent back no reply").
_ANSWERS = frozenset("answer reply response explanation account".split())
#: What an unanswered question is put as, after "no answer to" or "no reply after": general
#: English of press inquiries.
_ASKED_THINGS = frozenset(
    """question questions queries query request requests call calls email emails e-mail
    e-mails message messages inquiries enquiries inquiry enquiry reporters journalists letter
    letters it them""".split()
)
#: Words after the answer noun that keep it a refusal: a question's wording or its time.
_STILL_ASKED = frozenset(
    "when on about over for by from until before and or but despite since as of".split()
)


def answered_something_else(tokens: list[Token], last: int) -> bool:
    """Does "gave no answer" ending at ``last`` answer no press question ("gave no answer to
    the serve", "made no reply after the break", "gave no response to stimuli")?"""
    if tokens[last].low not in _ANSWERS or last + 1 >= len(tokens) or not tokens[last + 1].is_word:
        return False  # "gave no answer.": refused
    if all(t.low != "no" for t in tokens[max(0, last - 3) : last]):
        return False  # "did not answer calls": the verb, refused
    nxt = tokens[last + 1].low
    if nxt in ("to", "after"):
        ahead = {t.low for t in tokens[last + 2 : last + 6] if t.is_word}
        return not ahead & _ASKED_THINGS  # "no reply to questions", "after repeated calls"
    return nxt not in _STILL_ASKED


#: What "nothing to add to" may point back at: an answer already given ("nothing to add to
#: the company's statement", "to what he said", "to that"), general English of press replies.
_SAID_BEFORE = frozenset(
    """statement statements comment comments remarks report reports account answer response
    explanation release that this it what those these""".split()
)


def adds_to_something(tokens: list[Token], last: int) -> bool:
    """Is "had nothing to add" ending at ``last`` followed by "to" and a thing added to, not an
    answer given ("had nothing to add to a squad full of strikers": no refusal)?"""
    if last + 1 >= len(tokens) or tokens[last].low != "add" or tokens[last + 1].low != "to":
        return False
    ahead = [t.low for t in tokens[last + 2 : last + 7] if t.is_word]
    return not any(word in _SAID_BEFORE for word in ahead)


#: The one whose own name "their" is in "would not give their names" is not these: "he would
#: not give their names" withholds the dead's.
_SINGULAR_SUBJECTS = frozenset("he she it".split())


def own_name_kept(tokens: list[Token], c: int, last: int) -> bool:
    """Is the refusal at ``c``..``last`` a source keeping its own name, the anonymity of
    "Residents, who would not give their names, said" and "a nurse would not give her name"
    (``rules.anonymity_markers``; review47a), not an office keeping the victims' ("he would
    not give their names", "would not give the names of the dead")?"""
    words = [t.low for t in tokens[c : last + 1]]
    verb = next((i for i, w in enumerate(words) if w in ("give", "given")), None)
    if verb is None or verb + 2 >= len(words) or words[verb + 1] not in ("his", "her", "their"):
        return False
    if words[verb + 2] not in ("name", "names", "full"):
        return False  # "declined to give their nationalities": the others' facts withheld
    if words[verb + 1] != "their":
        return True
    subject = tokens[c - 1].low if c > 0 else ""
    if subject in _SINGULAR_SUBJECTS:
        return False
    return subject in ("who", ",") or is_person_noun(subject) or subject in HUMAN_PLURALS
