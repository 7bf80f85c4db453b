"""Non-responses: a party did not answer, declined to comment or could not be reached.

The phrases live in ``rules.cues.NON_RESPONSE_REGEX``; ``rules.attribution`` finds the
party (the subject before the phrase, or the antecedent of "which"/"who").
"""

from __future__ import annotations

from rules.base import Rule
from rules.model import Attribution


class NonResponse(Rule):
    """A party did not answer or declined to comment.

    >>> [a.source for a in NonResponse().find("The ministry did not immediately reply.")]
    ['The ministry']
    """

    code = "AT05"
    examples = (
        "The Russian Defence Ministry, which didn't immediately comment, has denied the report.",
        "A spokesman for the port authority declined to comment.",
        "The governor's office could not be reached for comment on Sunday.",
        "Volkov did not respond to a request for comment from Reuters.",
        "The company referred questions to the regional police.",
        "There was no immediate comment from the army.",
    )
    counter_examples = (
        "The committee will comment on the report next week.",
        "He commented that the figures were low.",
    )

    def find(self, text: str) -> list[Attribution]:
        from rules.attribution import find_attributions
        from rules.text import Document

        return [a for a in find_attributions(Document(text)) if a.kind == "non_response"]
