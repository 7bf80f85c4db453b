"""AT05: a party did not answer."""

from __future__ import annotations

from rules.speech.kinds import CueRule
from rules.speech.silences import non_response
from rules.speech.speaker_nouns import PRESS_WORDS
from rules.speech.statements import Candidate, CueAt, source_head


class NonResponse(CueRule):
    """AT05 · A party did not answer, declined to comment or could not be reached; also the
    party a reporter could not reach ("could not reach the ministry for comment") or whose
    calls went unanswered ("calls to the embassy went unanswered", ``rules.speech.unreached``).
    """

    code = "AT05"
    scan = "non_response"
    examples = (
        (
            "A spokesman for the port authority declined to comment.",
            {"source": "A spokesman for the port authority", "kind": "non_response"},
        ),
        ("There was no immediate comment from the army.", {"source": "the army"}),
        ("The governor's office could not be reached for comment on Sunday.", {}),
        ("The company referred questions to the regional police.", {}),
        (
            "Neither the embassy nor the ministry responded to requests for comment.",
            {"source": "Neither the embassy nor the ministry", "kind": "non_response"},
        ),
        (
            "The governor has remained silent on the allegations.",
            {"source": "The governor", "kind": "non_response"},
        ),
        (
            "Messages left with the mayor's office were not returned.",
            {"source": "the mayor's office", "kind": "non_response"},
        ),
        (
            "A spokeswoman for the ministry would neither confirm nor deny the report.",
            {"source": "A spokeswoman for the ministry", "kind": "non_response"},
        ),
        (
            "The Dunmore Courier could not reach the port authority for comment on Friday.",
            {"source": "the port authority", "kind": "non_response"},
        ),
        (
            "Repeated calls to the mayor's office seeking comment went unanswered.",
            {"source": "the mayor's office", "kind": "non_response"},
        ),
        (
            "Attempts to reach Ivo Brandt were unsuccessful.",
            {"source": "Ivo Brandt", "kind": "non_response"},
        ),
    )
    counter_examples = (
        "The committee will comment on the report next week.",
        "He commented that the figures were low.",
        "The floodwater did not reach the houses on the ridge.",
        "Attempts to reach the trapped miners were unsuccessful.",
        "Attempts to free the hostages were unsuccessful.",
        "The ministry will confirm the dates of the talks next week.",
        "The crowd remained silent on the steps of the court.",
        # an attempt that names no party: no one to record as silent
        "Messages were not returned.",
        "The ministry responded to requests for comment with a short statement.",
        # a patient who did not respond to care: medicine, no party's silence
        "The boy, who had not responded to treatment, died on Sunday.",
        "Two of the injured did not respond to resuscitation, doctors said.",
        # an outlet's own check of a report, not a party's silence
        "The Velk Courier could not confirm the report.",
        "The Times of Orme could not confirm the figure.",
        "Our correspondent could not independently confirm the account.",
    )

    def accepts(self, word: str) -> bool:
        return True

    def find(self, at: CueAt) -> Candidate | None:
        candidate = non_response(at, self.code)
        if candidate is not None and _to_care(at):
            return None  # "had not responded to treatment": a patient, no party's silence
        if candidate is not None and _unreturned_thing(at):
            return None  # "the bodies of two soldiers were not returned": no call unanswered
        if candidate is not None and _economic_figure(at):
            return None  # "has not issued an updated estimate of growth": no toll withheld
        if candidate is not None and _asked_to(at):
            return None  # "walked out of the meeting when asked to leave": a request
        if candidate is None or not any(t.low == "confirm" for t in at.tokens[at.c : at.last + 1]):
            return candidate
        if _press_named(at, candidate.source):
            return None  # "Meridian Wire could not confirm the report": the outlet's own check
        return candidate


#: What a party leaves unreturned when it keeps silent: "calls to the ministry were not
#: returned" (not "the bodies of the two soldiers were not returned", review47b).
_UNANSWERED = frozenset(
    """call calls message messages email emails e-mail e-mails request requests inquiry
    inquiries enquiry enquiries query queries text texts voicemail voicemails""".split()
)


def _unreturned_thing(at: CueAt) -> bool:
    """Is the cue a passive "were not returned" whose sentence names no call or message
    in or before it ("The remains of 14 migrants were not returned")?"""
    tokens = at.tokens
    cue = [t.low for t in tokens[at.c : at.last + 1]]
    if "returned" not in cue or cue[0] not in ("was", "were", "have", "has", "had"):
        return False
    return not any(t.low in _UNANSWERED for t in tokens[: at.last + 1])


#: What a figure withheld may be of that is no toll: business and economic news
#: ("has not released an estimate of growth", "figures for ticket sales"; review47b).
_ECONOMIC = frozenset(
    """growth inflation sales revenue revenues earnings profit profits exports imports output
    production gdp unemployment turnover prices budget spending debt deficit ticket tickets
    shares dividend dividends""".split()
)
_FIGURES = frozenset("figure figures estimate estimates number numbers count breakdown".split())


def _economic_figure(at: CueAt) -> bool:
    """Is the cue a figure not given ("did not release figures") for the economy's or a
    business's numbers ("figures for ticket sales", "an estimate of growth")?"""
    tokens, last = at.tokens, at.last
    if tokens[last].low not in _FIGURES:
        return False
    after = [t.low for t in tokens[last + 1 : last + 5]]
    return bool(after) and after[0] in ("of", "on", "for") and not _ECONOMIC.isdisjoint(after)


def _asked_to(at: CueAt) -> bool:
    """Does a refusal that ends "when asked" go on with a request ("when asked to leave"), not
    a question ("when asked to comment", "to reveal the toll")?"""
    tokens, last = at.tokens, at.last
    if tokens[last].low not in ("asked", "questioned", "pressed") or last + 2 >= len(tokens):
        return False
    return tokens[last + 1].low == "to" and tokens[last + 2].low in _REQUESTS


#: What one is asked to do that is no answer: "asked to leave", "asked to step aside" (any
#: other, "asked to comment", "to reveal the toll", is a question put).
_REQUESTS = frozenset(
    """leave resign step go stand sit wait move apologise apologize stop vacate disperse""".split()
)


#: The last word of a news outlet's name, or the reporter's own "we": an outlet that "could
#: not confirm" a report tells its own verification, no party's silence (wire usage).
_PRESS = PRESS_WORDS | frozenset(
    "we correspondent correspondents reporter reporters journalist journalists".split()
)


def _press_named(at: CueAt, source: tuple[int, int]) -> bool:
    """Whether the source is a news outlet or its reporters: the head of its name, or the
    word before its "of" ("The Times of Velk")."""
    words = [t for t in at.tokens if source[0] <= t.start and t.end <= source[1] and t.is_word]
    of = next((i for i, t in enumerate(words) if t.low == "of"), None)
    if of is not None and of > 0 and words[of - 1].low in _PRESS:
        return True
    head = source_head(at.tokens, source)
    return head is not None and head.low in _PRESS


#: What a patient responds to (medical English): "did not respond to treatment".
_CARE = frozenset(
    "treatment treatments medication medicine medicines drugs antibiotics therapy care"
    " resuscitation cpr chemotherapy surgery".split()
)


def _to_care(at: CueAt) -> bool:
    """Whether the cue is "respond"/"answer" followed by "to" and a treatment ("did not respond
    well to the treatment"), not by questions about one ("to treatment questions")."""
    tokens, last = at.tokens, at.last
    if not tokens[last].low.startswith(("respond", "answer")):
        return False
    after = [t.low for t in tokens[last + 1 : last + 6] if t.is_word]
    if after[:1] == ["well"]:
        after = after[1:]  # "did not respond well to treatment"
    if after[1:2] == ["the"]:
        after = after[:1] + after[2:]  # "did not respond to the treatment"
    if len(after) < 2 or after[0] != "to" or after[1] not in _CARE:
        return False
    return after[2:3] not in (["questions"], ["queries"], ["requests"])  # "treatment questions"
