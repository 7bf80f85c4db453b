"""Questions passed on to another to answer ("referred all questions to the police", "said
that was a matter for the courts"): refusals of ``rules.refusals``, whose party is the one who
passed them on, the subject before them (``rules.speech.silences``). General English of news
deflections (forty-fifth to fifty-first sessions; gathered here in the fifty-second).
"""

from __future__ import annotations

PASSED_ON = (
    # "referred all further questions to the police": an answer left to another (50th
    # session; "referred questions about the vaccines to the board", 52nd; not "referred 12
    # patients to a specialist")
    r"referred\s+(?:(?:all|every|any|further|those|these|the|our|reporters')\s+){0,2}"
    r"(?:questions?|inquiries|enquiries|queries)\s+(?:(?:about|on|over|regarding)\s+"
    r"(?:[\w',-]+\s+){1,6}?)?to\b",
    # "had passed every question on the raid to the navy", "handed every query on
    # the toll to the police" (51st session; not "passed the ball to", "handed the
    # questions out to pupils")
    r"(?:passed|handed|forwarded|directed)\s+(?:on\s+)?(?:all|every|any)\s+(?:further\s+)?"
    r"(?:questions?|inquiries|enquiries|quer(?:y|ies))\s+(?:(?:about|on|over|regarding)\s+"
    r"(?:[\w',-]+\s+){1,6}?)?to\b",
    # "left questions about the fire for the inspectors to answer" (52nd session; not "left
    # the meeting early", "left questions from the floor until the end", nor homework with
    # no matter named, "left questions for the pupils to answer")
    r"(?:left|leaves)\s+(?:(?:all|any|further|the|those|these|such|remaining)\s+){0,2}"
    r"(?:questions?|quer(?:y|ies)|inquiries|enquiries)\s+(?:about|on|over|regarding)\s+"
    r"(?:[\w',-]+\s+){1,6}?for\s+(?:(?:the|its|his|her|their|an?)\s+)?(?:[\w'-]+\s+){1,3}?to\s+"
    r"(?:answer|address|explain|field|deal\s+with|take\s+up)\b",
    # "said it would leave all comment to the police", "said that was a matter for the
    # courts" (not "a matter for concern"): a question passed to another (45th session)
    r"(?:would|will)\s+leave\s+(?:(?:any|all|further)\s+)?(?:comment|comments|questions)\s+to"
    r"\s+(?:the|its|his|her|their)\b",
    # (the one it is passed to ends its clause; "a matter for the courts to decide whether" is
    # turned away by ``rules.speech.silences``)
    r"said\s+(?:that\s+)?(?:that|it|this|such\s+matters|the\s+(?:question|matter|issue))\s+"
    r"(?:was|were|is|are|would\s+be)\s+(?:a\s+)?(?:matter|question|one|matters)\s+for\s+"
    r"(?:the|his|her|its|their)(?:\s+[\w'-]+){1,5}?\s*(?:[.,;]|$)",
    # 'said that question was "for the lawyers"': a question passed on, quoted or not (not
    # "said the case was one for the record books", nor exam "questions were for the pupils")
    r"said\s+(?:that\s+)?(?:the|that|this)\s+(?:question|matter|issue)\s+(?:was|is|would\s+be)\s+"
    r"[\"']?(?:(?:a\s+)?(?:matter|question|one)\s+)?for\s+(?:the|his|her|its|their)(?:\s+[\w'-]+)"
    r"{1,5}?[\"']?\s*(?:[.,;]|$)",
    # "said the group's numbers were for the group to explain": a question passed back
    r"said\s+(?:that\s+)?(?:[\w'-]+\s+){1,5}?(?:was|were|is|are)\s+for\s+(?:the|its|their|his"
    r"|her)\s+[\w'-]+(?:\s+[\w'-]+)?\s+to\s+(?:explain|answer|justify|account\s+for)\b",
)


#: What decides a question rather than answers it: "passed all questions to a vote", "put
#: the matter to a ballot" (general English of councils and boards, 52nd session).
_DECIDED_BY = frozenset("vote votes ballot ballots referendum poll".split())
_ARTICLES = frozenset("a an the".split())


def put_to_decision(words: list[str]) -> bool:
    """Are ``words`` (lower case, right after a passing row's "to") a vote or a ballot, with
    an article and one modifier at most ("a vote", "a public ballot"): a decision, no one
    left to answer?"""
    head = words[1:3] if words[:1] and words[0] in _ARTICLES else words[:2]
    return bool(head) and (head[0] in _DECIDED_BY or head[-1] in _DECIDED_BY)
