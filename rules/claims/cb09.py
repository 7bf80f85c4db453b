"""CB09: the one who took their own life."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import re2

from rules.claims.fates import SUICIDE
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import SUICIDE_WORDS
from rules.claims.parts import Binding, SentenceParse
from rules.claims.suicides import suicide_claims
from rules.numbers import ASCII_SPACE, re2_starts
from rules.text import Sentence

#: Words one of which every suicide with no casualty cue of its own holds ("turned the gun on
#: himself", "took her own life"): a cheap scan of the document before ``SUICIDE``.
_NO_CUE_HINTS = re.compile(r"himself|herself|own\s+life", re.IGNORECASE)
#: The same for RE2, which finds the same spans in ASCII text in one linear pass.
_NO_CUE_HINTS_ASCII = re2.compile(rf"(?i)himself|herself|own{ASCII_SPACE}+life".encode("ascii"))
#: What every match of ``_NO_CUE_HINTS`` holds in one of the cases news writes it in.
_HINT_WORDS = ("mself", "rself", "MSELF", "RSELF", "Mself", "Rself", "life", "LIFE", "Life")


class Suicide(ExtraRule):
    """CB09 · "shot his wife before killing himself": the one who took their life died too."""

    code = "CB09"
    words = SUICIDE_WORDS  # the engine's gate, ``ExtraRule.words``
    examples = (
        (
            "Police said the man shot his wife before killing himself.",
            {"category": "killed", "min": 1},
        ),
        ("Deputies say Voss fatally shot his two sons, then himself.", {"group": "himself"}),
        ("She shot her ex-husband before turning the rifle on herself.", {"group": "herself"}),
        ("Police: Tillbury man kills wife, self", {"category": "killed", "min": 1}),
        # a sentence of its own, with no casualty cue (``suicide_sentences``)
        ("He then turned the gun on himself.", {"category": "killed", "group": "himself"}),
        ("Voss later took her own life, deputies said.", {"category": "killed", "min": 1}),
        # an attempt the one who made it survived
        ("He turned the gun on himself but survived.", {"category": "wounded", "min": 1}),
    )
    counter_examples = (
        "He hurt himself playing football.",
        "Man kills time, self-publishes",
        "Voss feared he would take his own life.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        return suicide_claims(sent.text)


def suicide_sentences(sentences: list[Sentence], text: str) -> set[int]:
    """Indexes of the sentences that tell a suicide with no casualty cue of their own ("He
    then turned the gun on himself.", "Voss later took her own life."): the engine reads
    them too, as the murder-suicides of crime news tell the shooter's death apart. ``text``
    is the document the sentences split: one scan of it finds the few to test."""
    starts: list[int] = []
    found: set[int] = set()
    if not any(word in text for word in _HINT_WORDS):
        return found  # plain substring tests: far cheaper than the scan on most documents
    for at in _hint_starts(text):
        starts = starts or [sentence.start for sentence in sentences]  # only for a hint
        index = bisect.bisect_right(starts, at) - 1
        if index >= 0 and index not in found and SUICIDE.search(sentences[index].text):
            found.add(index)
    return found


def _hint_starts(text: str) -> Iterator[int]:
    """Where ``_NO_CUE_HINTS`` matches in ``text``, by RE2 when the text is ASCII."""
    if text.isascii():
        return re2_starts(_NO_CUE_HINTS_ASCII, text.encode("ascii"))
    return (hint.start() for hint in _NO_CUE_HINTS.finditer(text))
