"""Was a party asked? The checks a non-response makes of who stayed silent: a phone left
ringing in private life, a convoy that "did not stop for reporters", miners who "did not come
out to talk to reporters" (``rules.speech.silences``)."""

from __future__ import annotations

from rules.nouns import is_human_plural, is_person_noun
from rules.speech.speaker_nouns import SPEAKER_NOUNS
from rules.speech.statements import source_head, speaker_like
from rules.tokens import Token

#: Words of the press or a case around a phone left ringing, which private life also knows
#: ("did not pick up his phone"): then a party was asked (general English).
_ASKED = frozenset(
    """comment comments reporters journalists press calls messages questions emails texts
    reached contacted asked interview client case hearing trial inquiry investigation reporter
    journalist unanswered""".split()
)


#: Roles one asks questions of, beside ``SPEAKER_NOUNS``: "Vey's lawyer", "the mine's owner".
ASKED_ROLES = frozenset(
    """lawyer attorney owner manager director chief operator agent superintendent inspector
    warden administrator registrar principal headteacher headmaster headmistress commissioner
    secretary chairman chairwoman coroner sheriff executive treasurer""".split()
)


def asked_owner(tokens: list[Token], owner: Token) -> bool:
    """Is the owner of a line left ringing ("the lawyer's phone") one who is asked: an office
    or a role, or one the sentence tells of the press or a case around (not "her daughter's
    phone was switched off")?"""
    head = owner.low.removesuffix("'s").removesuffix("\u2019s").rstrip("'")
    if head in SPEAKER_NOUNS or head in ASKED_ROLES:
        return True
    return any(t.low in _ASKED and t.low != "unanswered" for t in tokens)


def private_phone(tokens: list[Token], c: int, last: int) -> bool:
    """Is a phone left ringing told with no press or case around it ("Mira did not pick up
    her phone all night"), or a call "hung up" on with no question put in its sentence?"""
    words = {t.low for t in tokens[c : last + 1]}
    if words.isdisjoint(("phone", "phones", "pick", "hung")):
        return False  # "pick": a bare "did not pick up." is a phone's too (47th session)
    if "hung" in words:  # "Asked about the fine, the mayor hung up.": a question put
        return not any(t.low in _ASKED for t in tokens)
    for word in _subject_words(tokens, c):  # the subject: an office or a role
        if word in SPEAKER_NOUNS or word in ASKED_ROLES:
            return False  # "Mayor Ivo Brandt did not pick up his phone": one who is asked
    return not any(t.low in _ASKED for t in tokens)


def _subject_words(tokens: list[Token], c: int) -> list[str]:
    """The words of the clause before the cue at ``c``: a comma aside right before it ("The
    board, which approved the works in 2020, did not") and up to seven words before that, not
    past another comma ("After the council met, her son did not")."""
    end, aside = c - 1, []
    if c >= 2 and tokens[c - 1].text == ",":
        opening = next((k for k in range(c - 2, max(0, c - 20), -1) if tokens[k].text == ","), 0)
        end, aside = opening - 1, [t.low for t in tokens[opening + 1 : c - 1]]
    words = []
    for k in range(end, max(-1, end - 7), -1):
        if tokens[k].text == ",":
            break
        words.append(tokens[k].low)
    return aside + words


def owned_next(tokens: list[Token], last: int) -> bool:
    """Does the refusal's last word own what follows ("shut the door on a reporter's right to
    appeal"): no one was turned away?"""
    if "'" in tokens[last].text or "\u2019" in tokens[last].text:
        return True  # the word and its "'s" are one token
    return last + 1 < len(tokens) and tokens[last + 1].text[:1] in ("'", "\u2019")


def unasked(tokens: list[Token], c: int, last: int, source: tuple[int, int]) -> bool:
    """Is the one that "did not stop for reporters" no party (a convoy), or the one that "had
    stopped answering calls" or "did not come out to speak to" no office, role or body (and,
    for the calls, no press or case around it: "the trapped miners", "their daughter")?"""
    words = {t.low for t in tokens[c : last + 1]}
    if "stop" in words:
        return not asked_party(tokens, source)
    if "stopped" not in words and "come" not in words:
        return False
    head = source_head(tokens, source)
    if head is not None and (head.low in SPEAKER_NOUNS or head.low in ASKED_ROLES):
        return False
    if head is not None and speaker_like(head) and not is_person_noun(head.low):
        return False  # "the company", "the ministry": a body that is asked
    # "The miners did not come out to talk to reporters": trapped, not asked (review45a)
    return "come" in words or not any(t.low in _ASKED for t in tokens[:c] + tokens[last + 1 :])


def one_party(tokens: list[Token], source: tuple[int, int]) -> bool:
    """A party an "it" may stand for: not "officials" (review45a), but "the Ministry of
    Foreign Affairs"."""
    head = source_head(tokens, source)
    plural = head is None or is_human_plural(head.low)
    return asked_party(tokens, source) and not plural


def asked_party(tokens: list[Token], source: tuple[int, int]) -> bool:
    """Is the source's head a party that could answer: a person, a name, an institution?"""
    head = source_head(tokens, source)
    return head is not None and (speaker_like(head) or is_person_noun(head.low))


#: Those whose task it is to name the dead or a suspect, beside ``SPEAKER_NOUNS``: a party
#: that withholds a name (not "Witnesses have not identified the attackers", unable to).
_NAMERS = frozenset(
    "investigators detectives officials authorities coroner examiner sheriff deputies".split()
)


#: The verbs of "left the questions unanswered", "let the question sit unanswered", "left by a
#: side door, avoiding the reporters" (``rules.refusals``).
LEAVING = frozenset(("left", "let", "leaves", "lets"))

#: A party that leaves dodging the press: "left by a side door, avoiding the reporters" (50th
#: session, review50c; general English of news refusals).
_DODGING = frozenset("avoid avoiding evade evading dodge dodging".split())


def left_unasked(tokens: list[Token], c: int, last: int, source: tuple[int, int]) -> bool:
    """Is the subject of a "left ..." silence no party that was asked ("The autopsy left
    questions unanswered")? One who left dodging the press was ("The envoy left the ministry
    by a side door, avoiding the reporters"), whatever its noun."""
    if any(t.low in _DODGING for t in tokens[c : last + 1]):
        return False
    head = source_head(tokens, source)  # "The airline's chief executive left questions ..."
    return not (asked_party(tokens, source) or (head is not None and head.low in ASKED_ROLES))


#: Texts a party puts out, silent in its stead when told as one told before ("The video was
#: silent on whether any hostages had been hurt"; not "the rulebook", a standing text; 50th
#: session, review50c; general English of news).
_ISSUED_TEXTS = frozenset(
    "video videos letter recording tape audio communique bulletin message".split()
)
_BACK = frozenset("the its their his her".split())


def issued(tokens: list[Token], source: tuple[int, int]) -> bool:
    """Is the source a text a party put out, told again ("The video", "its letter")?"""
    head = source_head(tokens, source)
    first = next((t for t in tokens if t.start == source[0]), None)
    return (
        head is not None and head.low in _ISSUED_TEXTS and first is not None and first.low in _BACK
    )


def an_office(tokens: list[Token], source: tuple[int, int]) -> bool:
    """Is the source an office, a body or a name, one whose silence withholds a name?"""
    head = source_head(tokens, source)
    if head is None:
        return False
    if head.low in SPEAKER_NOUNS or head.low in _NAMERS:
        return True
    return head.is_capital and not is_person_noun(head.low) and not is_human_plural(head.low)
