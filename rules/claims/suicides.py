"""Suicides and what a suicide tells of those shot before it: "shot his wife before killing
himself" (he died too), "shot her before turning the gun on himself" (she was shot), and the
bare objects of a headline's killing ("Man kills wife, son, self"). CB09 reads them.
"""

from __future__ import annotations

import re

from rules.claims.fates import SUICIDE, SURVIVED
from rules.claims.lexicon import KILLED_CUE, SHOT_CUE, SURVIVED_CUE
from rules.claims.parts import Binding, CueHit
from rules.claims.patterns import HEADLINE_OBJECT, LAST_JOIN, PRONOUN_OBJECT
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan


def suicide_claims(text: str) -> list[Binding]:
    """ "shot his wife before killing himself": the one who took their own life died too;
    "killed him and two other people": a pronoun object is one killed; "shot her before
    turning the gun on himself": a pronoun shot before the suicide is one shot."""
    found = []
    if " him" in text or " her" in text or " HIM" in text or " HER" in text:
        for match in PRONOUN_OBJECT.finditer(text):
            one = FigureSpan(
                match.start("one"), match.end("one"), Figure(1, 1, "exact", match["one"])
            )
            cue = CueHit(match.start("verb"), match.end("verb"), KILLED_CUE)
            found.append(Binding(one, cue, None, 0))
    for match in SUICIDE.finditer(text):
        who, verb = next(
            (w, v) for w, v in (("one", "cue"), ("own", "took"), ("last", "verb")) if match[w]
        )
        one = FigureSpan(match.start(who), match.end(who), Figure(1, 1, "exact", match[who]))
        # "turned the gun on himself but survived", "... and was taken to a hospital in
        # critical condition": an attempt, and the one who made it was wounded
        lived = SURVIVED.match(text, match.end(), match.end() + 80)
        cue = CueHit(match.start(verb), match.end(verb), SURVIVED_CUE if lived else KILLED_CUE)
        group = match[who] if who != "own" else f"{match[who]}self".replace("hisself", "himself")
        found.append(Binding(one, cue, group, 0))
        if who == "last":
            found.extend(_headline_objects(text, match.end(verb), match.start(who), cue))
        else:
            found.extend(_shot_before(text, match.start(), {b.figure.start for b in found}))
    return found


#: "shot her before turning the gun on himself": a pronoun shot before the suicide in its
#: sentence (the key figures read the fate of those shot before a suicide).
_SHOT_PRONOUN = re.compile(
    r"\b(?P<verb>shot|shooting|stabbed|stabbing)\s+(?P<one>him|her)\b"
    r"(?=\s*(?:,|and\b|before\b|then\b|in\b|at\b|on\b))",
    re.IGNORECASE,
)


def _shot_before(text: str, end: int, taken: set[int]) -> list[Binding]:
    """The pronouns shot before a suicide at ``end``, as one shot each (not counted yet)."""
    found = []
    for match in _SHOT_PRONOUN.finditer(text, 0, end):
        if match.start("one") in taken:
            continue
        one = FigureSpan(match.start("one"), match.end("one"), Figure(1, 1, "exact", match["one"]))
        cue = CueHit(match.start("verb"), match.end("verb"), SHOT_CUE)
        found.append(Binding(one, cue, None, 0))
    return found


def _headline_objects(text: str, start: int, end: int, cue: CueHit) -> list[Binding]:
    """ "Man kills wife, son, self", "Farmer Kills Brother Then Himself": headlines name each one
    killed without an article (with one, the singular rules count them already)."""
    found = []
    offset = start
    objects = LAST_JOIN.sub("", text[start:end])  # "wife then himself", "wife and then self"
    bare = None  # whether the list opens with no possessive: "kills woman, her son, himself"
    for part in objects.split(","):
        piece = HEADLINE_OBJECT.fullmatch(text, offset, offset + len(part))
        offset += len(part) + 1
        if piece is not None and bare is None:
            bare = piece["det"] is None
        if piece is not None and piece["det"] and not bare:
            continue  # "killed his son, his daughter": the singular rules count them
        if piece is not None and piece["noun"].lower() in PERSON_NOUNS:
            figure = Figure(1, 1, "exact", piece["noun"])
            one = FigureSpan(piece.start("noun"), piece.end("noun"), figure)
            found.append(Binding(one, cue, piece["noun"], 0))
    return found
