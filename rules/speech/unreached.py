"""Parties a reporter tried and failed to reach: "could not reach the ministry for comment",
"calls to the embassy went unanswered". The party is the one who did not respond, wherever
the sentence puts it: after "reach", or inside the subject that names the attempt.

Origin of the word lists: the general English of newsroom non-response lines (wire style
guides' "could not be reached", "did not return calls", "messages seeking comment").
"""

from __future__ import annotations

from rules.right_phrases import right_phrase
from rules.speech.asked import asked_owner, issued
from rules.speech.subjects import antecedent
from rules.tokens import Token

#: What a reporter sends and gets no answer to ("calls to", "an email seeking comment from").
_ATTEMPTS = frozenset(
    """attempt attempts effort efforts call calls email emails e-mail e-mails message messages
    request requests inquiry inquiries query queries voicemail voicemails""".split()
)
#: Words before the attempt that leave it an attempt: "repeated calls", "a phone call".
_ATTEMPT_LEAD = frozenset(
    "a an the repeated several multiple further numerous two three phone telephone text".split()
)
#: Words that end the party inside the attempt: "calls to the embassy seeking comment".
_PARTY_END = frozenset("seeking for on about requesting asking by over regarding".split())
#: Cues that say nothing about a party unless the subject names an attempt to reach one
#: ("off": "the mayor's phone was switched off", not "the power was switched off";
#: "unreturned": "calls to the navy went unreturned", not "his kindness went unreturned").
WEAK_CUES = frozenset(("unanswered", "unreturned", "unsuccessful", "off"))
#: A line one rings, owned by the party who did not answer: "the lawyer's mobile phone".
_LINES = frozenset("phone phones telephone telephones mobile mobiles line lines".split())


def party_after_reach(tokens: list[Token], last: int) -> tuple[int, int] | None:
    """ "Reuters could not reach the company for comment": the party after "reach", when the
    sentence goes on to say the reach was for comment (not "did not reach the houses")."""
    if not any(t.low == "comment" for t in tokens[last + 1 : last + 16]):
        return None
    phrase = right_phrase(tokens, last + 1, limit=12)
    if phrase is None:
        return None
    first, end = phrase
    cut = next((j for j in range(first, end + 1) if tokens[j].low in _PARTY_END), end + 1)
    if cut <= first:
        return None
    return tokens[first].start, tokens[cut - 1].end


def party_in_attempt(tokens: list[Token], source: tuple[int, int]) -> tuple[int, int] | None:
    """ "Calls to the embassy seeking comment went unanswered": the party the attempt was
    made to, or None if the subject names no attempt to reach someone."""
    inside = [j for j, t in enumerate(tokens) if source[0] <= t.start and t.end <= source[1]]
    if not inside:
        return None
    owner = _line_owner(tokens, inside) or _whose_line(tokens, inside)
    if owner is not None:
        return owner
    if len(inside) > 1 and tokens[inside[0]].low in ("reach", "contact"):
        inside = inside[1:]  # the subject read took the verb: "to [reach Ana Ruiz]"
        source = (tokens[inside[0]].start, source[1])
    first = inside[0]
    before = [t.low for t in tokens[max(0, first - 3) : first]]
    if before[-2:] in (["to", "reach"], ["to", "contact"]) and before[-3:-2] != []:
        # the subject read stops at the verb: "attempts to reach [the office] went unanswered"
        if before[-3] not in _ATTEMPTS:
            return None
        end = next((k for k in inside if tokens[k].low in _PARTY_END), inside[-1] + 1)
        return (source[0], tokens[end - 1].end) if end > first else None
    j, stop = inside[0], inside[-1] + 1
    while j < stop and tokens[j].low in _ATTEMPT_LEAD:
        j += 1
    if j >= stop or tokens[j].low not in _ATTEMPTS:
        return None
    j += 1
    # "calls to (reach|contact) X", "messages for X", "requests for comment from X"
    while j < stop and tokens[j].low in ("by", "from") and j + 1 < stop:
        j += 2  # "efforts by reporters to reach X": skip one word of who tried
    if j < stop and tokens[j].low == "to":
        j += 1
        if j < stop and tokens[j].low in ("reach", "contact"):
            j += 1
    elif j + 1 < stop and tokens[j].low == "left":
        j += 1
        if j + 2 < stop and tokens[j].low == "for" and tokens[j + 1].low == "comment":
            j += 2  # "messages left for comment with the ministry"
        if j + 1 >= stop or tokens[j].low not in ("with", "for"):
            return None
        j += 1  # "messages left with the mayor's office", "a voicemail left for Ana Ruiz"
        end = _party_end(tokens, j, stop, keep_for=True)
        return (tokens[j].start, tokens[end - 1].end) if end > j else None
    elif j + 2 < stop and tokens[j].low == "for" and tokens[j + 1].low == "comment":
        j += 2  # "requests for comment from the ministry"; not "calls for a ceasefire"
        if tokens[j].low != "from":
            return None
        j += 1
    else:
        return None
    end = _party_end(tokens, j, stop)
    if end <= j:
        return None
    return tokens[j].start, tokens[end - 1].end


def _line_owner(tokens: list[Token], inside: list[int]) -> tuple[int, int] | None:
    """ "The owner's telephone rang unanswered", "Their lawyer's mobile phone was switched
    off": the owner of the line is the party (the subject ends with the line)."""
    if len(inside) < 2 or tokens[inside[-1]].low not in _LINES:
        return None
    owned = [k for k in inside[:-1] if tokens[k].low.endswith(("'s", "\u2019s", "s'"))]
    if not owned or any(
        tokens[k].low not in _LINES | _LINE_KINDS for k in range(owned[-1] + 1, inside[-1])
    ):
        return None
    end = tokens[owned[-1]]
    if not asked_owner(tokens, end):
        return None
    cut = 1 if end.low.endswith("s'") else 2
    return (
        (tokens[inside[0]].start, end.end - cut)
        if end.end - cut > tokens[inside[0]].start
        else None
    )


def _whose_line(tokens: list[Token], inside: list[int]) -> tuple[int, int] | None:
    """ "referred questions to the board, whose phones rang unanswered": the body the line of
    a relative "whose" belongs to (its own words only a line: "whose phones", "whose office
    line"; not "whose letters")."""
    first = inside[0]
    if first < 2 or tokens[first - 1].low != "whose" or tokens[inside[-1]].low not in _LINES:
        return None
    if any(tokens[k].low not in _LINES | _LINE_KINDS for k in inside):
        return None
    return antecedent(tokens, first - 2)


#: Words between the owner and the line: "mobile", "office", "desk", "cell".
_LINE_KINDS = frozenset("mobile office desk cell work private".split())


def _party_end(tokens: list[Token], j: int, stop: int, keep_for: bool = False) -> int:
    """Where the party from ``j`` ends: at a word of ``_PARTY_END``; with ``keep_for``, a
    "for" that names whom the party works for stays in it ("a spokesman for the army"),
    and only "for comment" ends it."""
    for k in range(j, stop):
        low = tokens[k].low
        if low == "for" and keep_for and k + 1 < stop and tokens[k + 1].low != "comment":
            continue
        if low in _PARTY_END:
            return k
    return stop


def bare_attempt(tokens: list[Token], source: tuple[int, int], told: bool = False) -> bool:
    """Is the subject an attempt that names no party ("Messages were not returned",
    "messages left at his home")? Then the sentence names no one who did not answer: no
    silent party to record. With a cue of what a text left untold (``told``: "did not say
    whether"), a message told again is a party's own text, no attempt ("Its message was
    silent on whether")."""
    if told and issued(tokens, source):
        return False
    inside = [t for t in tokens if source[0] <= t.start and t.end <= source[1]]
    words = [t.low for t in inside if t.low not in _ATTEMPT_LEAD]
    return bool(words) and (words[-1] in _ATTEMPTS or words[0] in _ATTEMPTS)
