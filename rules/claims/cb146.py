"""CB146: troops a country keeps in a place ("The United States has about 2,500 troops in
Iraq") are deployed."""

from __future__ import annotations

import bisect
import re

import re2

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.numbers import ASCII_SPACE, re2_spans
from rules.text import Sentence

#: A force kept in a place, its count after the verb: "has about 2,500 troops in Iraq",
#: "keeps 900 soldiers stationed along the border" (general English of defence reporting);
#: not "had 12 soldiers in hospital" or "in the convoy" (a unit's people at a scene).
_KEPT_COUNT = (
    r"\b(?P<verb>has|have|had|keeps|keep|kept|maintains|maintain|maintained)\s+(?P<figure>"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|over\s+|more\s+than\s+"
    r"|at\s+least\s+|up\s+to\s+|an\s+estimated\s+)?\d[\d,.]*(?:\s+(?:thousand|million))?)\s+"
    r"(?:(?:more|additional|extra)\s+)?(?P<group>troops|soldiers|marines|peacekeepers"
    r"|servicemen|service\s+members|paratroopers|sailors|airmen)\s+"
)
#: The force's companions under one count: "has nearly 9,000 soldiers and police officers in
#: the country" (a peace mission's uniformed staff; general English of UN reporting, review50c).
_COMPANIONS = (
    r"(?:and\s+(?:police(?:\s+officers)?|policemen|gendarmes|(?:civilian|support)\s+staff"
    r"|military\s+observers)\s+)?"
)
_KEPT = re.compile(
    _KEPT_COUNT
    + _COMPANIONS
    + r"(?:(?:stationed|deployed|based|serving|posted)\s+)?(?:in|on|at|across|along|inside|near)\s+"
    r"(?!(?:the\s+|a\s+)?(?:hospitals?|custody|captivity|detention|jail|prison|intensive"
    r"|critical|serious|stable|convoy|vehicle|car|truck|bus|helicopter|plane|group|team"
    r"|squad)\b)",
    re.IGNORECASE,
)
#: Where a force is kept: a named place ("in Iraq", "along the Dnieper") or a theatre's common
#: name ("in the region", "near the border"); not "in court", "in its rugby squad", "in the
#: hands of the insurgents", "in quarantine" (review47a); "had 50 soldiers in action" is kept.
_PLACE = re.compile(
    r"(?:the\s+)?(?:[A-Z]|(?:border|borders|region|area|country|mission"
    r"|frontier|zone|province|capital|north|south|east|west|theatre|theater|action)\b)"
)
#: Every match of ``_KEPT`` holds one of these (its figure ends in a digit, a comma or a
#: point, and at most two words stand before the force's noun): one RE2 pass over an ASCII
#: text before the regex, which tries its verbs at every word. No look-arounds; Python's
#: ``\s`` as ASCII whitespace; IGNORECASE's Unicode folds are off ASCII text, not read here.
_HINT = re2.compile(
    (
        r"(?i)[\d,.]\s+(?:(?:more|additional|extra|thousand|million)\s+){0,2}(?:troops|soldiers"
        r"|marines|peacekeepers|servicemen|service\s+members|paratroopers|sailors|airmen)"
    )
    .replace(r"\s", ASCII_SPACE)
    .encode("ascii")
)
#: A verb with a count of a force after it, the head of every match of ``_KEPT``: one RE2
#: pass over an ASCII text, which tells most texts with a force's count (``_HINT``) that no
#: force is kept there (on ASCII text RE2 reads the pattern as Python does, as ``_HINT``).
_KEPT_HINT = re2.compile(("(?i)" + _KEPT_COUNT).replace(r"\s", ASCII_SPACE).encode("ascii"))
#: How far before a force's count its verb and figure may stand ("maintained an estimated
#: 11,000 "), and after it its place.
_REACH = 60
#: The plain words one of which a sentence with a kept force holds (a cheap first test).
_FORCES = ("troops", "soldiers", "marines", "peacekeepers", "service", "sailors", "airmen")
_DEPLOYED = Cue("deployed", "(troops kept)", before=False, after="object")


class TroopsKept(ExtraRule):
    """CB146 · Troops a country keeps in a place are deployed: "The United States has about
    2,500 troops in Iraq", "Britain keeps 900 soldiers in Estonia" (a count of a force where
    it is posted). The sentence needs no cue of its own (``kept_force_sentences``).
    """

    code = "CB146"
    #: "Kenya had 4,000 soldiers in Somalia, and 12 were killed": the force kept is no part
    #: of the dead a gapped count would make it
    rebinds = True
    replaces = ("killed", "wounded")
    words = ("has", "have", "had", "keep", "kept", "maintain")
    figure = True
    examples = (
        (
            "The United States has about 2,500 troops in Iraq.",
            {"category": "deployed", "min": 2500, "group": "troops"},
        ),
        ("Britain keeps 900 soldiers in Estonia.", {"category": "deployed", "min": 900}),
        (
            "France had 5,100 soldiers in the Sahel at the peak of the mission.",
            {"category": "deployed", "min": 5100},
        ),
    )
    counter_examples = (
        "The company has 300 staff in Dublin.",
        "The battalion had 12 soldiers in hospital after the blast.",
        "The unit had four soldiers in the convoy when it was hit.",
        "The club has 40 members in the league.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found if b.cue.cue.category == "deployed"}
        result: list[Binding] = []
        for match in _kept(sent.text):
            figure = next((f for f in sent.stated if f.start == match.start("figure")), None)
            if (
                figure is None
                or figure.start in taken
                or not (figure.figure.min or figure.figure.max)
            ):
                continue
            cue = CueHit(match.start("verb"), match.end("verb"), _DEPLOYED)
            result.append(Binding(figure, cue, match["group"].lower(), 1))
        return result


def kept_force_sentences(sentences: list[Sentence], text: str) -> set[int]:
    """Indexes of the sentences that tell a force kept in a place, which need no casualty
    cue of their own: the engine reads them too. ``text`` is the document split."""
    low = text.lower()
    if not any(word in low for word in _FORCES):
        return set()
    starts = [sentence.start for sentence in sentences]
    found = {bisect.bisect_right(starts, m.start()) - 1 for m in _kept(text)}
    return {index for index in found if index >= 0}


def _kept(text: str) -> list[re.Match[str]]:
    """The kept forces of ``text`` whose place is one a force is posted to. On ASCII text
    ``_KEPT`` is tried only just before each count of a force ``_HINT`` finds (its verb and
    figure stand at most ``_REACH`` characters before the force's noun); its verbs at every
    word of a long text cost more than the rest of the rule."""
    if not text.isascii():
        return [m for m in _KEPT.finditer(text) if _PLACE.match(text, m.end())]
    data = text.encode("ascii")
    if next(re2_spans(_KEPT_HINT, data), None) is None:
        return []
    found: dict[int, re.Match[str]] = {}
    for start, end in re2_spans(_HINT, data):
        for match in _KEPT.finditer(text, max(0, start - _REACH), end + _REACH):
            if _PLACE.match(text, match.end()):
                found[match.start()] = match
    return [found[at] for at in sorted(found)]
