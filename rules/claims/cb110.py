"""CB110: people taken or held, then killed: "two farmers were kidnapped and later killed"."""

from __future__ import annotations

import re

import re2

from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import KILLED_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import ASCII_SPACE, ascii_lacks

#: A word that opens another clause, whose subject may be someone else.
_NO_CLAUSE = (
    r"(?!\b(?:and|but|or|who|which|that|whose|while|when|where|after|before|because"
    r"|although|though|until|as)\b)"
)
#: A passive subject's first participle, what was done to the captive before the killing,
#: then "and" (maybe "later", "then") and the verb of the killing: "were abducted and
#: subsequently murdered", "were taken from their homes and shot dead", "was tortured and
#: killed". Origin: general English of crime and conflict reports on kidnappings,
#: disappearances and executions.
_THEN_KILLED = re.compile(
    r"\b(?:was|were|(?:had|have|has)\s+been)\s+(?:first\s+)?"
    r"(?:kidnapped|abducted|seized|captured|taken|dragged|pulled|led|marched|brought|forced"
    r"|tortured|detained|arrested|held|rounded\s+up|lined\s+up|tied(?:\s+up)?|bound"
    r"|blindfolded|interrogated|questioned|tried|beaten|raped|mutilated|stripped)\b"
    # what else the first clause tells ("from their homes", "by the rebels"), with no word
    # that opens another clause, whose subject may be someone else
    rf"(?:{_NO_CLAUSE}[^.;:!?]){{0,80}}?"
    r",?\s+and\s+(?:(?:was|were)\s+)?"
    r"(?:(?:later|then|subsequently|afterwards|afterward|finally|eventually|summarily)\s+)?"
    r"(?P<verb>killed|murdered|executed|assassinated|slain|shot\s+dead|shot\s+to\s+death"
    r"|(?:stabbed|hacked|beaten|burned|burnt)\s+to\s+death|machine-?gunned|beheaded"
    r"|strangled|hanged)\b",
    re.IGNORECASE,
)
#: Between the count and the passive: its group, maybe opening a relative clause ("several
#: villagers who were taken from their homes and killed").
#: ``_THEN_KILLED`` for RE2 over an ASCII sentence, its look-ahead left out and ``\s`` read
#: as Python reads it (no ``\s`` stands in a bracket): a superset of its matches, one linear
#: pass before Python's scan, which tries the verbs at every position.
_THEN_KILLED_ASCII = re2.compile(
    ("(?i)" + _THEN_KILLED.pattern.replace(_NO_CLAUSE, "").replace(r"\s", ASCII_SPACE)).encode(
        "ascii"
    )
)
_GROUP = re.compile(r"\s+(?P<group>(?:[\w'-]+\s+){0,3}?[\w'-]+)(?:\s*,?\s+who)?\s+$")


class TakenThenKilled(ExtraRule):
    """CB110 · "Two farmers were kidnapped and later killed": a count of people, the subject of
    a passive verb of capture or abuse joined by "and" to a verb of killing, is a count of the
    killed (the capture's own claim stays). Only when the group is people ("two trucks were
    seized and burned" counts no one) and the killing is in the same clause.
    """

    code = "CB110"
    words = (" and ",)  # the engine's gate, ``ExtraRule.words``
    figure = True  # it binds the figure before the verbs (``ExtraRule.figure``)
    examples = (
        (
            "Two farmers were kidnapped and later killed by the rebels.",
            {"category": "killed", "min": 2, "max": 2, "group": "farmers"},
        ),
        (
            "THREE STUDENTS WERE TAKEN FROM THEIR HOMES AND SHOT DEAD.",
            {"category": "killed", "min": 3, "group": "STUDENTS"},
        ),
        (
            "Several villagers who were tortured and killed were buried on Sunday.",
            {"category": "killed", "group": "villagers"},
        ),
        ("A judge was abducted and subsequently murdered.", {"category": "killed", "min": 1}),
    )
    counter_examples = (
        "Two farmers were kidnapped and later released by the rebels.",
        "Two trucks were seized and later burned by the rebels.",
        "Two farmers were kidnapped, and a guard who tried to stop it was killed.",
        "Two farmers were detained after the rebels killed a guard.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        text = sent.text
        if ascii_lacks(_THEN_KILLED_ASCII, text):
            return []
        killed = {b.figure.start for b in found if b.cue.cue.category == "killed"}
        bindings = []
        for match in _THEN_KILLED.finditer(text):
            figure = next((f for f in reversed(sent.figures) if f.end <= match.start()), None)
            if figure is None or figure.start in killed:
                continue
            group = _GROUP.fullmatch(text, figure.end, match.start())
            if group is None or not _people(group["group"]):
                continue
            cue = CueHit(match.start("verb"), match.end("verb"), KILLED_CUE)
            bindings.append(Binding(figure, cue, group["group"], cue.start - figure.end))
        return bindings


def _people(words: str) -> bool:
    """The group's head names people: "farmers", "student", not "trucks"."""
    head = words.split()[-1].lower()
    return head in PERSON_NOUNS or is_human_plural(head)
