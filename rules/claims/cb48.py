"""CB48: one person named by an age alone ("a 16-year-old was shot", "17-year-old dies")."""

from __future__ import annotations

import re

import re2

from rules.claims.groups import object_follows
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.numbers import ASCII_SPACE, FigureSpan, ascii_lacks

#: An age in digits or words ("a 16-year-old", "a three-year-old", "a twenty-two-year-old").
AGE = (
    r"(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen)-(?:year|month|week|day)-old"
)
#: An age used as a noun, as the subject of a casualty verb: "a 16-year-old was shot",
#: "the 17-year-old died", and in headlines with no article ("17-year-old dies in
#: shooting", "Police identify 4-year-old fatally shot"). Nothing but auxiliaries and
#: adverbs of the report may stand between the age and the cue; a noun after the age
#: ("a 16-year-old boy") makes it an adjective, read by the singular patterns.
_SUBJECT = re.compile(
    rf"(?:\b(?P<det>an?|the|one)\s+|\b)(?P<age>{AGE})"
    r"(?P<gap>(?:\s+(?:was|is|were|has|had|been|being|also|later|fatally|accidentally"
    r"|critically|seriously|reportedly|allegedly|pronounced|found|remains|remained|now"
    r"|still|then))*\s+)",
    re.IGNORECASE,
)
#: Not before a noun or a name ("killing a 16-year-old boy", "shot 18-year-old Ann Roe"): a
#: preposition, a conjunction or a relative may follow.
_NOT_BEFORE_A_NOUN = (
    r"(?!\s+(?!(?:in|at|on|near|outside|inside|during|after|before|by|from|with|last|this"
    r"|and|who|whose|as|over|while)\b)[a-z])"
)
#: An age used as a noun, as the object of a casualty verb: "shot and killed a 16-year-old",
#: "charged with killing 16-year-old" (a headline drops the article).
_OBJECT = re.compile(
    r"\b(?P<verb>killed|killing|murdered|murdering|shot|shooting|wounded|wounding|injured"
    rf"|injuring|stabbed|stabbing)\s+(?P<det>an?\s+|the\s+)?(?P<age>{AGE})\b" + _NOT_BEFORE_A_NOUN,
    re.IGNORECASE,
)
#: ``_OBJECT`` for RE2 over an ASCII sentence, its look-ahead left out and ``\s`` read as
#: Python reads it (no ``\s`` stands in a bracket): a superset of its matches, one linear
#: pass before Python's scan, which tries the verbs at every position.
_OBJECT_ASCII = re2.compile(
    ("(?i)" + _OBJECT.pattern.replace(_NOT_BEFORE_A_NOUN, "").replace(r"\s", ASCII_SPACE)).encode(
        "ascii"
    )
)
_HARM = frozenset(("killed", "wounded", "killed_or_wounded"))
#: "shot, killed" and "shot and killed" after an age: a headline's way of saying killed.
_THEN_KILLED = re.compile(r"\s*(?:,|and)\s*(?:killed|dies|died)\b", re.IGNORECASE)


class AgeAsPerson(ExtraRule):
    """CB48 · An age used as a noun names one person: "a 16-year-old was shot and killed".

    US crime copy names victims by their age alone ("a 16-year-old", "the 17-year-old"),
    and its headlines drop the article ("17-year-old dies in shooting"). Only as the
    subject or object of a casualty cue, with nothing but auxiliaries or report adverbs
    between; not when the cue already counts someone ("Ana Ruiz, a 16-year-old, was
    killed" is one: CB12 counts her), nor an age before a noun ("a 16-year-old boy").
    """

    code = "CB48"
    words = ("-old",)  # the engine's gate, ``ExtraRule.words``
    casualty = True  # it binds only killed/wounded cues
    examples = (
        (
            "A 16-year-old was shot and killed outside a Harl Street store on Friday.",
            {"category": "killed", "min": 1, "max": 1},
        ),
        ("17-year-old dies in shooting at Brenton mall", {"category": "killed", "min": 1}),
        ("Police identify 4-year-old fatally shot in Dunmore", {"category": "killed"}),
        ("The 15-year-old remains in critical condition.", {"category": "wounded", "min": 1}),
        ("A three-year-old died early on Monday.", {"category": "killed", "min": 1}),
        ("Man charged with killing 16-year-old in Arlow", {"category": "killed", "min": 1}),
        ("Deputies said 17-year-old shot, killed in Brell", {"category": "killed", "min": 1}),
    )
    counter_examples = (
        "A 16-year-old boy was shot and killed on Friday.",
        "Ana Ruiz, a 16-year-old, was killed on Friday.",
        "The 16-year-old was arrested and charged with murder.",
        "The 30-year-old building was damaged by fire.",
        "A 17-year-old shot his neighbor on Sunday.",
        "Police believe Ed Marr shot 18-year-old Kai Doss.",
        "Officers found the 15-year-old with gunshot wounds in an alley.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        used = {b.cue.start for b in found}
        taken = {b.figure.start for b in found}
        bindings = []
        for match in _SUBJECT.finditer(sent.text):
            # the first cue that starts after the age and no later than the gap's end (an
            # adverb of the gap may open a cue: "fatally shot")
            cue = next(
                (c for c in sent.cues.hits if match.end("age") < c.start <= match.end()), None
            )
            if cue is None or cue.start in used or cue.cue.category not in _HARM:
                continue
            if sent.low.startswith("with", cue.start):
                continue  # "found the 15-year-old with gunshot wounds": he may have died
            if not _passive(sent.text, match, cue):
                continue
            bindings.append(self._one(sent.text, match, _then_killed(sent, cue)))
        objects = () if ascii_lacks(_OBJECT_ASCII, sent.text) else _OBJECT.finditer(sent.text)
        for match in objects:
            cue = next((c for c in sent.cues.hits if c.start == match.start("verb")), None)
            if cue is not None and cue.start not in used and cue.cue.category in _HARM:
                bindings.append(self._one(sent.text, match, cue))
        # One age said twice in a sentence with one outcome is one person (scraped pages
        # repeat a headline inside the lead).
        kept: dict[tuple[str, str], Binding] = {}
        for b in bindings:
            if b.figure.start not in taken:
                kept.setdefault(((b.group or "").lower(), b.cue.cue.category), b)
        return list(kept.values())

    @staticmethod
    def _one(text: str, match: re.Match[str], cue: CueHit) -> Binding:
        group = "det" if match["det"] else "age"
        start, end = match.span(group)
        words = text[start:end].strip()
        figure = FigureSpan(start, start + len(words), Figure(1, 1, "exact", words))
        return Binding(figure, cue, match["age"], 0)


def _passive(text: str, match: re.Match[str], cue: CueHit) -> bool:
    """A transitive cue ("shot", "killed") with no auxiliary is active when an object
    follows ("a 17-year-old shot his neighbor"); a headline's bare participle is passive."""
    if not cue.cue.transitive or match["gap"].strip():
        return True
    return not object_follows(text, cue.end)


def _then_killed(sent: SentenceParse, cue: CueHit) -> CueHit:
    """ "17-year-old shot, killed": the later killed cue is the outcome."""
    if cue.cue.category != "killed_or_wounded":
        return cue
    later = _THEN_KILLED.match(sent.text, cue.end)
    if later is None:
        return cue
    return next((c for c in sent.cues.hits if cue.end < c.start <= later.end()), cue)
