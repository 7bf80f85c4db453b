"""A report of a refusal and nothing else: "The union said it would not comment" is the
union's silence, not a statement besides it (the one reporting verb carries the refusal)."""

from __future__ import annotations

from rules.speech.statements import Candidate

#: The subjects of a reported clause that stand for the one who reports it.
_PRONOUNS = frozenset("it he she they we".split())
#: Words after the refusal that open more reported words ("but that 12 had died").
_MORE = (" but ", ";", " adding", " though ", " while ")


def without_refusal_reports(found: list[Candidate]) -> list[Candidate]:
    """``found`` less the statements whose reported words are only a silence of their own
    speaker ("said it would leave all comment to the police", "said he would not comment
    until Monday"); a statement that goes on past it ("..., but that 12 had died") stays."""
    silences = [c for c in found if c.kind == "non_response" and c.referent is not None]
    if not silences:
        return found
    return [c for c in found if not any(_only_reports(c, s) for s in silences)]


def _only_reports(statement: Candidate, silence: Candidate) -> bool:
    referent = silence.referent
    # "The union, which represents 900 officers, said it": the speaker's head, its clause aside
    if statement.kind != "statement" or referent is None or referent[0] != statement.source[0]:
        return False
    sentence = statement.sentence
    if silence.sentence.start != sentence.start:
        return False
    at = sentence.start
    between = sentence.text[statement.cue[1] - at : silence.source[0] - at].split()
    if between not in ([], ["that"]):
        return False
    subject = sentence.text[silence.source[0] - at : silence.source[1] - at].lower()
    rest = sentence.text[silence.cue[1] - at :].lower()
    return subject in _PRONOUNS and not any(word in rest for word in _MORE)
