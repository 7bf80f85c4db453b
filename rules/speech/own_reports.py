"""A speaker's own earlier act of telling, reported inside what the speaker says: "The monitor
said the mission had confirmed seven deaths", "The league said it had verified every death",
"Holt said he had warned the landlord about the boiler". One statement, the outer one: the
inner verb is a thing the speaker tells about itself, not a second source (how the blind
halves' writers keep it; nested-attribution corpora may count both)."""

from __future__ import annotations

import re

from rules.speech.statements import Candidate

#: The outer verbs of saying whose reported words may hold the speaker's own report.
_SAYING = frozenset("said says told tells".split())
#: Pronouns a speaker is named by inside its own reported words.
_OWN_PRONOUNS = frozenset("he she it they we i".split())
#: Determiners of a noun that names the speaker again: "the mission", "its members".
_BACK = frozenset("the its their his her our".split())
_WORDS = re.compile(r"[a-z]+")
#: Auxiliaries of the perfect the inner report stands in: "had confirmed", "has reported".
_PERFECT = frozenset("had has have".split())


def without_own_reports(found: list[Candidate]) -> list[Candidate]:
    """``found`` less the statements that are the speaker's own earlier report told inside an
    outer "said" of the same sentence."""
    if len(found) < 2:
        return found
    outer = [c for c in found if c.kind == "statement" and written(c, c.cue) in _SAYING]
    if not outer:
        return found
    return [c for c in found if not any(_own_report(o, c) for o in outer)]


def written(c: Candidate, where: tuple[int, int]) -> str:
    """The words of ``c``'s sentence at the offsets ``where`` (its cue, its source), in lower
    case ("said", "the mission")."""
    at = c.sentence.start
    return c.sentence.text[where[0] - at : where[1] - at].lower()


def _own_report(outer: Candidate, inner: Candidate) -> bool:
    if inner is outer or inner.kind != "statement":
        return False
    if inner.sentence.start != outer.sentence.start or inner.source[0] < outer.cue[1]:
        return False
    at = outer.sentence.start
    text = outer.sentence.text
    between = text[outer.cue[1] - at : inner.source[0] - at].split()
    if [w.lower() for w in between] not in ([], ["that"]):
        return False  # "said, and the mission confirmed": a clause of its own
    words = written(inner, inner.source).split()
    aux = text[inner.source[1] - at : inner.cue[0] - at].split()
    if len(aux) != 1 or aux[0].lower() not in _PERFECT:
        return False  # "said the mission confirms": the mission's own statement
    if len(words) == 1 and words[0] in _OWN_PRONOUNS:
        return True
    if not words or words[0] not in _BACK or len(words) > 3:
        return False
    speaker = _WORDS.findall(written(outer, outer.referent or outer.source))
    return words[-1] in speaker or (words[0] in ("its", "their") and len(words) == 2)
