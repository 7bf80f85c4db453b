"""Refusals in the words of news copy beyond the stock ones of ``rules.cues`` ("would not be
drawn on the count", "declined interview requests", "left questions about the alarm
unanswered"): patterns of ``cues.NON_RESPONSE_REGEX``, whose party is the subject before them
(``rules.speech.silences``). General English of news refusals (thirty-fourth session).
"""

from __future__ import annotations


def refusal_wordings(negated: str, break_down: str) -> tuple[str, ...]:
    """The patterns, given the negated auxiliary (``cues._NEG`` with its adverb) and a
    breakdown of figures (``cues._BREAK_DOWN``) they share with the stock ones."""
    return (
        # "would not be drawn on the count", "would not commit to a timetable", "would
        # not go into the maintenance record", "did not pick up calls", "left questions
        # about the alarm unanswered", "has yet to name the victims", "were holding back
        # his name" (general English of news refusals)
        r"(?:would\s+not|wouldn't|refused\s+to)\s+be\s+drawn\s+(?:on|into|about)\b",
        r"(?:would\s+not|wouldn't)\s+commit\s+to\s+(?:a|any)\s+(?:date|timetable|timeline"
        r"|figure|number|deadline)",
        r"(?:would\s+not|wouldn't)\s+go\s+into\s+(?:detail|details|specifics|(?:the|its|his|her"
        r"|their)\s+(?:[\w'-]+\s+){0,2}?(?:details|reasons|record|history|circumstances"
        r"|figures|cause))\b",
        negated + r"\s+pick\s+up\s+(?:(?:repeated|several|our|reporters')\s+)?calls\b",
        r"left\s+(?:(?:the|our|my|its|those|these|many|several|reporters')\s+)?(?:(?:written"
        r"|emailed|detailed|repeated)\s+)?(?:phone\s+)?(?:questions|calls)\s+(?:[\w',-]+\s+){0,12}?"
        r"unanswered",
        # "brushed aside questions", "ignored a question about", "would not break down the
        # toll", "would not give a date for" (general English of news refusals)
        r"(?:brushed|waved)\s+(?:aside|off)\s+(?:(?:the|all|repeated)\s+)?questions"
        r"|ignored\s+(?:a|the|our|repeated|written)?\s*questions?\b"
        r"|(?:would\s+not|wouldn't|did\s+not|didn't)\s+(?:" + break_down + r"|give\s+a\s+date)",
        r"(?:has|have|had)\s+yet\s+to\s+name\s+(?:the\s+)?(?:dead|victims|deceased)\b",
        # "declined interview requests", "ignored requests for comment", "refused to be
        # interviewed", "offered no comment", "withheld its casualty figures", "has not
        # spoken publicly" (general English of news refusals)
        r"(?:declined|ignored|rebuffed)\s+(?:(?:repeated|several|multiple|our)\s+)?(?:interview"
        r"\s+requests|requests\s+(?:for|to)\s+(?:an?\s+)?(?:comment|interviews?|be\s+interviewed))"
        r"|refused\s+to\s+be\s+interviewed|offered\s+no\s+(?:further\s+)?comment"
        r"|withheld\s+(?:its|their|the)\s+(?:own\s+)?(?:casualty\s+|death\s+)?(?:figures?|toll)"
        r"|(?:has|have|had)\s+not\s+(?:yet\s+)?spoken\s+publicly",
    )
