"""CB65: "The man who was shot remains in critical condition": the one hurt, and his fate."""

from __future__ import annotations

import re

from rules.calendar import MONTHS_NOT_MAY, SHORT_MONTHS, either
from rules.categories import CASUALTY_CATEGORIES
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import SURVIVED_CUE
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.claims.relative_fate import fate_after_relative
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: A sentence that opens with the one hurt, picked out by a relative clause of harm: "The
#: man who was shot ...", "The teen who was stabbed in the back ...". The main verb after the
#: clause tells the fate ("remains in critical condition", "is expected to survive", "died"):
#: ``relative_fate`` reads it at the merge, as for "three diners who were shot remain in
#: hospital". General English of US crime follow-ups (round 7).
_THE_ONE_HURT = re.compile(
    # after a dateline's place and dash ("ORME HILLS — A man who was shot ...")
    r"^\W*(?:[A-Z][\w.,' ]{1,40}?(?:\s*\([\w .&-]{1,30}\))?(?:\s*[\u2014\u2013]|\s+--?)\s+)?"
    r"(?P<one>(?:[Tt]he|An?|an?)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[A-Za-z]+))\s+who\s+"
    r"(?:was|had\s+been)\s+(?:also\s+)?(?P<verb>shot|wounded|injured|hurt|stabbed|grazed)\b",
)


#: In the relative clause, a bare year, decade or a time ago: the harm is an old one, and the
#: sentence is about something else ("a man who was injured in a 2019 crash is suing the city",
#: "in the 1990s", "decades ago"). A year after a month is a date ("shot on Dec. 1, 2025",
#: "in March 2026"): news dates a recent harm so, and the parse does not know the article's
#: year to tell it old, so only a bare year counts (English date order). A war of the last
#: century is long ago too ("a veteran who was wounded in Vietnam", "in the Korean War", "in
#: World War II"; general English of obituaries).
_LONG_AGO = re.compile(
    r"\b(?:(?:19|20)\d\d(?:'?s)?|last\s+(?:year|spring|summer|fall|autumn|winter)"
    r"|(?:\w+\s+)?(?:years?|decades?)\s+ago|in\s+Vietnam(?!(?-i:\s+[A-Z]))|(?:Vietnam|Korean|Gulf|Falklands)"
    r"\s+War|(?:First|Second)\s+World\s+War|World\s+War\s+(?:I|II|One|Two|1|2))\b",
    re.IGNORECASE,
)


#: A month (or its abbreviation) and maybe a day right before a year: a date, not a bare year.
#: Not after an article: "the March 2009 bombing" names a past event as "a 2009 crash" does.
_MONTH_BEFORE = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)\b"
    + either((*SHORT_MONTHS, *MONTHS_NOT_MAY))
    + r"\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r",?\s+$",
    re.IGNORECASE,
)


def long_ago(clause: str) -> bool:
    """Does ``clause`` date its harm long ago (``_LONG_AGO``, not a year of a full date)?"""
    return any(
        not (match.group()[:1].isdigit() and _MONTH_BEFORE.search(clause, 0, match.start()))
        for match in _LONG_AGO.finditer(clause)
    )


#: A recovery told right after the clause, with no cue of its own: "is recovering", "was in
#: good condition", "is expected to survive" (US crime-report English): the one lived. Not a
#: bare "survived" ("survived only a few hours", "survived a heart attack last week").
_RECOVERING = re.compile(
    r"(?:\s+(?!(?:and|but|who|said|says|told|not|never)\b)[\w'-]+){0,8}?,?\s+(?:is|was)\s+"
    r"(?:recovering|expected\s+to\s+(?:survive|recover)|in\s+(?:good|fair)\s+condition)\b",
    re.IGNORECASE,
)


#: What a later cue must tell for a first mention ("A man who was injured ... is in stable
#: condition", "... has died"): the fate, not just the harm again.
_FATES = frozenset(("wounded", "killed"))


def _fate_after(sent: SentenceParse, at: int) -> bool:
    """Does a cue after the relative clause's own (``sent.cues.hits[at]``) tell a fate?"""
    return any(hit.cue.category in _FATES for hit in sent.cues.hits[at + 1 :])


class TheOneWhoWasHurt(ExtraRule):
    """CB65 · "The woman who was wounded remains in critical condition": one wounded.

    Also the first mention, "A man who was shot early Sunday is in critical condition". Either
    counts only when a cue after the clause tells the fate (not "The soldier who was wounded in
    the war is running for office", a harm named in passing, whatever the verb of harm). Only
    at a sentence's start and with a person noun, not when the harm is dated long ago; the
    cue is the clause's own ("shot" is killed or wounded until the main verb after it says
    which, and without such a verb nothing is counted). Definite single people are often
    repeated mentions, so this reads only the relative form with a fate, which names the one
    hurt as such.
    """

    code = "CB65"
    words = ("who",)  # the engine's gate, ``ExtraRule.words``
    casualty = True
    examples = (
        (
            "The woman who was wounded remains in critical condition at Orme General.",
            {"category": "wounded", "min": 1, "max": 1},
        ),
        (
            "The man who was shot remains hospitalized, police said.",
            {"category": "wounded", "min": 1},
        ),
        (
            "A cashier who was shot during the robbery late Tuesday is in stable condition.",
            {"category": "wounded", "min": 1, "max": 1},
        ),
        (
            "An off-duty guard who was wounded in the holdup remains hospitalized.",
            {"category": "wounded", "min": 1, "max": 1},
        ),
        (
            "A clerk who was shot on Nov. 2, 2026, remains in critical condition.",
            {"category": "wounded", "min": 1, "max": 1},
        ),
        # a recovery with no cue of its own; a dateline before the one hurt
        (
            "A second man who was shot in the leg is recovering at Mercy Hospital.",
            {"category": "wounded", "min": 1, "max": 1, "group": "man"},
        ),
        (
            "ORME HILLS — A girl who was wounded outside a pharmacy remains in critical condition.",
            {"category": "wounded", "min": 1, "max": 1},
        ),
    )
    counter_examples = (
        "The man who was arrested remains in custody.",
        "The car that was hit remains in the shop.",
        "Police said the man who was shot had a record.",
        "The man who was shot had a long record, police said.",
        "A driver who was injured in a 2019 pile-up is suing the county.",
        "A clerk who was shot in 2008 remains in critical condition.",
        "A man who was shot is a suspect in the robbery.",
        # no fate after the clause: a harm of the past, named in passing
        "A soldier who was wounded in the war is running for the state senate.",
        "The driver who was injured in the crash will testify at the trial.",
        "A man who was shot at but not hit is recovering from shock.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        match = _THE_ONE_HURT.match(sent.text)
        if match is None or match["noun"].lower() not in PERSON_NOUNS:
            return []
        if long_ago(re.split(r"[,;:]", sent.text[match.end() :], maxsplit=1)[0][:80]):
            return []
        start, end = match.span("one")
        if any(b.figure.start < end and start < b.figure.end for b in found):
            return []
        at = sent.cues.first_from(match.start("verb"))
        if at is None:
            return []
        cue = sent.cues.hits[at]
        if cue.start != match.start("verb") or cue.cue.category not in CASUALTY_CATEGORIES:
            return []
        figure = FigureSpan(start, end, Figure(1, 1, "exact", match["one"]))
        if not _fate_after(sent, at):
            if _RECOVERING.match(sent.text, cue.end):  # "... is recovering": one who lived
                hurt = CueHit(cue.start, cue.end, SURVIVED_CUE)
                return [Binding(figure, hurt, match["noun"], cue.start - end)]
            return []  # "The soldier who was wounded in the war is running for office": a mention
        binding = fate_after_relative(
            sent.text, sent.cues, Binding(figure, cue, match["noun"], cue.start - end)
        )
        # only when the sentence tells the fate ("had a record" tells none: a mention)
        return [] if binding.cue.cue.category == "killed_or_wounded" else [binding]
