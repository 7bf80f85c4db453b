"""A report of a refusal and nothing else: "The union said it would not comment" is the
union's silence, not a statement besides it (the one reporting verb carries the refusal); so
is a refusal's ", saying the inquest would establish that", which only passes the answer on."""

from __future__ import annotations

import re

from rules.put_off import DEFERRED
from rules.speech.said_that import said_then
from rules.speech.spoken_for import owner_named_again
from rules.speech.statements import Candidate
from rules.text import Sentence

#: What opens more reported words after the refusal ("but that 12 had died", "; 12 died",
#: "adding that"); not a time clause ("would not comment while the inquiry went on").
_MORE = re.compile(r"\bbut\b|;|\badding\b|\bthough\b|\balthough\b")


#: The told things a relative "X said" may be of: "a figure the army said it could not
#: confirm", "a toll which the army said it would not discuss".
_FIGURES = frozenset("figure figures number toll count claim claims report reports".split())


def without_refusal_reports(found: list[Candidate]) -> list[Candidate]:
    """``found`` less the statements whose reported words are only a silence of their own
    speaker ("said it would leave all comment to the police", "said it would not comment
    until Monday"); a statement that goes on past it ("..., but that 12 had died") stays."""
    silences = [c for c in found if c.kind == "non_response"]
    if not silences:
        return found
    return [c for c in found if not any(_only_reports(c, s) or _deferral(c, s) for s in silences)]


def _deferral(statement: Candidate, silence: Candidate) -> bool:
    """Is ``statement`` a participle "saying" after ``silence``, of its party, that only passes
    the answer on or puts it off ("would not tell journalists how many ..., saying the
    inquest would establish that")? Not one that tells something ("..., saying two deputies
    were hurt")."""
    sentence = statement.sentence
    if statement.kind != "statement" or silence.sentence.start != sentence.start:
        return False
    if statement.source != silence.source or statement.cue[0] < silence.cue[1]:
        return False
    at = sentence.start
    if sentence.text[statement.cue[0] - at : statement.cue[1] - at].lower() != "saying":
        return False
    return DEFERRED.match(sentence.text[statement.cue[1] - at :]) is not None


def _only_reports(statement: Candidate, silence: Candidate) -> bool:
    """Is ``silence`` all that ``statement`` reports: its subject an "it" for the speaker
    right after the cue ("said (that) it", the speaker its referent; "The union, which
    represents 900 officers, said it": the speaker's head, its clause aside), nothing
    reported after it?"""
    sentence = statement.sentence
    if statement.kind != "statement" or silence.sentence.start != sentence.start:
        return False
    referent = silence.referent
    if referent is None or referent[0] != statement.source[0]:
        return False
    at = sentence.start
    if silence.source[0] < statement.cue[1]:
        return False  # "He gave no figure, saying only that": the silence came first
    between = sentence.text[statement.cue[1] - at : silence.source[0] - at].split()
    if not said_then([w.lower() for w in between]):
        return False  # "said on Monday that it" as "said that it"
    before = sentence.text[: statement.source[0] - at].lower().split()[-2:]
    source = sentence.text[statement.source[0] - at : statement.source[1] - at].lower()
    if _FIGURES.intersection(before + source.split()[:2]):
        return False  # "a figure the army said it could not confirm": said of the figure
    subject = sentence.text[silence.source[0] - at : silence.source[1] - at].lower()
    if subject != "it" and not owner_named_again(subject, source):
        return False  # "said she would not comment": PolNeAR's statement too (45th session)
    return _MORE.search(sentence.text[silence.cue[1] - at :].lower()) is None


def speaker_again(
    found: list[Candidate], sentence: Sentence, party: tuple[int, int]
) -> tuple[int, int] | None:
    """The speaker of the statement right before a silent ``party`` that names again the
    owner of the speaker's role ("The school's principal, Ana Ruiz, said the school would wait
    ...": the principal's own silence, as "said it would wait"); else None."""
    said = found[-1] if found and found[-1].kind == "statement" else None
    if said is None or said.sentence.start != sentence.start or said.cue[1] > party[0]:
        return None
    text, at = sentence.text, sentence.start
    between = text[said.cue[1] - at : party[0] - at].lower().split()
    speaker = text[said.source[0] - at : said.source[1] - at]
    if not said_then(between) or not owner_named_again(
        text[party[0] - at : party[1] - at], speaker
    ):
        return None
    return said.referent or said.source
