"""Answers put off to a later time or condition, or passed on: "said he would take questions
about the boiler once the smoke had cleared", "said she was visiting relatives and would speak
about the storm when she returned", 'said he was "not the right person to ask" about the
seizure'. Patterns of ``cues.NON_RESPONSE_REGEX`` read by ``rules.refusals``; the party is the
subject before "said", and the one reporting verb carries the put-off alone (general English
of news deflections, 52nd session; not "said the crossing would reopen once the wind had
dropped").
"""

from __future__ import annotations

import re

from rules.tokens import Token

#: What a put-off answer is about: "about the boiler", "on the evictions".
_TOPIC = r"\s+(?:on|about|over)\s+(?:[\w',-]+\s+){0,5}?[\w',-]+"
_TO_PRESS = r"(?:publicly|to\s+(?:(?:the\s+)?(?:press|media)|reporters|journalists))"

#: What a party says it will do later that is an answer: comment, take questions, talk or
#: speak about the matter or to the press. A bare "speak" is put off only "once" something
#: happens ("would speak after the service" is a speech; "would talk to the government once"
#: a negotiation).
_ANSWER_LATER = (
    r"(?:(?:comment|say\s+more|(?:answer|take|field)\s+(?:(?:any|further|more|all|reporters'"
    r"|the)\s+)?questions)(?:" + _TOPIC + r")?"
    r"|(?:talk|speak)(?:\s+"
    + _TO_PRESS
    + r")?"
    + _TOPIC
    + r"|(?:talk|speak)\s+"
    + _TO_PRESS
    + r")\s+[\"']?(?:once|after|when|only\s+after)"
    r"|(?:talk|speak)\s+[\"']?once"
)

#: "said (that) he would ... once", "said she was at a summit and would ... when":
#: a clause of the speaker's own state may come between the pronoun and the put-off.
PUT_OFF = (
    r"said\s+(?:that\s+)?(?:he|she|it|they)\s+(?:(?:was|were|is|are|had\s+been)\s+"
    r"(?:[\w',-]+\s+){1,8}?and\s+)?(?:would|will)\s+(?:only\s+)?(?:" + _ANSWER_LATER + r")\b",
    # 'said he was "not the right person to ask"': a question passed on (not "was not the
    # driver", "not the person to blame")
    r"said\s+(?:that\s+)?(?:he|she|it|they)\s+(?:was|is|were|are)\s+[\"']?not\s+the\s+"
    r"(?:(?:right|best|proper|appropriate)\s+)?(?:person|one|man|woman|people|office|body"
    r"|department|agency)\s+to\s+(?:ask|answer|speak\s+(?:to|about|on)|comment|talk\s+(?:to"
    r"|about))\b",
)


#: Whom a party would not tell what it knows: the press, a briefing, the families, lawmakers
#: ("would not tell journalists how many soldiers had died"; not "would not tell his
#: wife", a private matter).
TOLD_NOTHING = (
    r"\s+tell\s+(?:(?:the\s+)?(?:reporters|journalists|press|media|families|relatives"
    r"|lawmakers|parliament|councillors|councilors)|(?:a|the)\s+(?:(?:news|press)\s+"
    r"conference|briefing|newspaper|paper|agency|broadcaster)|us)\s+(?:whether|how|why|what"
    r"|who|when|where|if)\b"
)

#: A participle after a silence that only passes the answer on to an inquiry or puts it off
#: (", saying the inquest would establish that", ", saying only that it was too early to say"): no
#: statement besides the silence (``rules.speech.refusal_reports``).
DEFERRED = re.compile(
    r"\s*(?:only\s+)?(?:that\s+)?(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:inquiry|inquest"
    r"|investigation|review|court|investigators|coroner)\s+(?:would|will|should|must|could)\s+"
    r"(?:find\s+out|establish|determine|decide|answer\s+that|show)|it\s+was\s+(?:too\s+early"
    r"|premature)\s+to\s+(?:say|speculate|comment))\b[^;]*$",
    re.IGNORECASE,
)


def cue_without_last(tokens: list[Token], c: int, last: int) -> tuple[int, int]:
    """The offsets of the cue from token ``c`` less its last token, which belongs to what
    follows ("did not say", not "did not say how"), and less a quote mark before that ('would
    talk about it "once the fire is out"': the cue ends on "it")."""
    end = last - 1 if tokens[last - 1].is_word else max(c, last - 2)
    return (tokens[c].start, tokens[end].end)
