"""A toll counted over years, not in one event: a war's dead or the statistics of a decade.

Wire copy about one attack often recalls, as background, how many have died over a long
span: "Tarvia's insurgency has claimed 8,200 lives since 2004", "over the past six years,
31 village heads were shot dead", "the separatist conflict, which has cost 5,500 lives",
"some 900 police officers died in a seven-year rebellion", a group's whole life ("has killed
300 officers over its 15-year history") and years as the subject of a perfect ("two decades
of civil war have claimed 70,000 lives"). Such a figure is a running
total of a war or a statistic, not the casualties of the news it stands in, so a killed or
wounded claim whose clause carries such a span is marked with it (``Claim.period``; general
English of conflict reporting). It stays a claim: an outlet states it, and outlets may differ
on it; a reader of the news's toll, or a scorer of one incident, leaves it out.

So is a tally of months or of the year to date: "during the last six months, five judges
were shot", "four mayors have been killed so far this year", "in May alone their raids took
200 lives" (statistics of the same conflict reporting), and "in the past month" or "over
the last year". So is a toll in the perfect told of a whole war: "30,000 people have died in
the war" (but "three were killed in the war zone", "have been killed in the conflict on Monday"),
and a yearly rate ("malaria kills 600,000 people a year", "about 1,000 people every year"),
or a present-tense one by the day, week or month ("crashes kill 90 people a day", "25 are
killed each week": not "killed 14 a day after the truce" nor "50 died in a day").
So is the tally of an election campaign ("in the current electoral process"). A span of
days or weeks ("since the fighting began on Monday", "since January") is the news itself and
stays; so does a record ("the deadliest attack since 1998 killed nine"), and
a date in the year ("two were killed in March this year").
"""

from __future__ import annotations

import functools
import re

import re2

from rules.calendar import MONTH, WEEKDAY
from rules.claims.parts import Binding
from rules.numbers import ASCII_SPACE, ascii_lacks

#: Cheap gate: a sentence without one of these words carries no span of years. RE2 reads
#: an ASCII sentence (the same words, in one pass); Python's re reads any other.
_GATE = re.compile(
    r"since|year|decade|month|alone|during|war\b|conflict|insurgenc|rebellion|struggle|annual"
    r"|(?:a|per|every|each)\s+(?:day|week)|current|campaign",
    re.IGNORECASE,
)
_GATE_ASCII = re2.compile(b"(?i)" + _GATE.pattern.encode("ascii"))

_SMALL = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
#: "a few" or "several" years or months: as long a span as a number of them.
_SOME = rf"(?:{_SMALL}|(?:a\s+)?few|several|many)"
_WAR = r"(?:war|conflict|insurgency|rebellion|armed\s+struggle)"

#: The look-aheads of ``_SPAN``: "this year" not before a possessive's mark ("this year's"),
#: a month not before a day ("during October 3"), "a year" not dating ("a year ago").
_NOT_POSSESSIVE = r"(?!['’])"
_NOT_DAY = r"(?!\s+\d)"
_NOT_DATING = r"(?!\s+(?:ago|after|before|earlier|later|since|on|to))"
#: A span of years, or the whole of a war, stated around a figure.
_SPAN = re.compile(
    # "since 2004", "since the late 1990s"
    r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:1[89]|20)\d\d(?:'?s)?\b"
    # "since the outbreak of the insurgency", "since the separatists launched their rebellion"
    rf"|\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_WAR}"
    rf"|\bsince\s+(?:[\w-]+\s+){{1,4}}?(?:began|launched|started)\s+(?:its|their|the)\s+{_WAR}"
    # "since the league was banned in 2011": a clause dated by a year
    r"|\bsince\s+(?:[\w'-]+\s+){1,12}?in\s+(?:1[89]|20)\d\d\b"
    # an election campaign's tally: "in the current electoral process" (election-violence
    # news; "since the campaign began on Monday" is days, the news itself, and stays)
    r"|\b(?:in|during|over)\s+the\s+(?:current|present)\s+(?:electoral\s+(?:process|cycle)"
    r"|election\s+campaign)\b"
    # "over the past six years", "in the previous decade", "in eight years of fighting"
    rf"|\b(?:in|over|during|for|within)\s+(?:the\s+)?(?:last|past|previous)\s+(?:{_SOME}\s+)?"
    r"(?:years?|decades?|months?)\b"
    rf"|\b(?:in|over|during)\s+(?:the\s+|its\s+|their\s+)?{_SMALL}\s+(?:years|months|decades)\b"
    # a group's whole life: "over its 12-year history", "during their two-decade campaign"
    rf"|\b(?:in|over|during|throughout)\s+(?:its|their)\s+"
    rf"(?:{_SMALL}[- ](?:years?|decades?)|decades?)(?:-long)?\s+"
    r"(?:history|existence|campaign|career)\b"
    # years as the subject of a perfect: "Two decades of civil war have claimed 70,000 lives"
    rf"|^\s*(?:{_SOME}\s+)?(?:years|decades)\s+of\s+(?:[\w-]+\s+){{1,6}}?ha(?:ve|s)\b"
    # the year or the month to date: "so far this year", "already this month", "this year"
    r"|\b(?:(?:so\s+far|thus\s+far|already)\s+)?(?:in\s+)?this\s+(?:year|month)\b"
    + _NOT_POSSESSIVE
    # a calendar month as a span: "during October", "in May alone"
    + rf"|\bduring\s+(?:the\s+month\s+of\s+)?{MONTH}\b{_NOT_DAY}|\bin\s+{MONTH}\s+alone\b"
    + r"|\b(?:during|in|after)\s+(?:\w+\s+)?decades\s+of\b"
    # a yearly rate: "kills 600,000 people a year", "shoot about 1,000 people every year"
    r"|\b(?:a|every|each|per)\s+year\b" + _NOT_DATING + r"|\b(?:annually|yearly)\b"
    # "a seven-year rebellion", "the decade-long insurgency"
    rf"|\b(?:{_SMALL}[- ]years?|decades?)(?:-long|-old)?\s+(?:[\w-]+\s+)?{_WAR}",
    re.IGNORECASE,
)
#: ``_SPAN`` for RE2 over an ASCII sentence, its look-aheads left out and its ``\s`` read as
#: Python reads it (no ``\s`` stands in a bracket): a superset of its matches, found in one
#: linear pass where Python's re tries every alternative at every position (about 95 µs a
#: gated GVA sentence, nearly always for nothing).
_SPAN_ASCII = re2.compile(
    b"(?i)"
    + functools.reduce(
        lambda pattern, ahead: pattern.replace(ahead, ""),
        (_NOT_POSSESSIVE, _NOT_DAY, _NOT_DATING),
        _SPAN.pattern,
    )
    .replace(r"\s", ASCII_SPACE)
    .encode("ascii")
)

#: "the separatist conflict, which has cost 5,500 lives", "an insurgency in which 3,100
#: soldiers fell":
#: the figure inside a relative clause on a war.
_WAR_RELATIVE = re.compile(
    rf"\b{_WAR}\s*,?\s+(?:(?:that|which)\s+"
    # a first relative clause may come before: "the war that the rebels began in 1980 and
    # that has already claimed 17,000 lives"
    r"(?:(?:[\w-]+\s+){1,8}?and\s+(?:that|which)\s+)?"
    r"(?:has\s+|have\s+|had\s+)?(?:already\s+)?"
    r"(?:left|claimed|killed|cost|taken)|in\s+which|during\s+which)\b",
    re.IGNORECASE,
)

#: The whole of a war after a toll in the perfect: "30,000 people have died in the war",
#: "the villagers who have been killed in the conflict" or "in the struggle" (not a
#: struggle "with" the police: a scuffle). What follows closes the phrase, so
#: "in the conflict zone" is a place; a day after it makes it the news ("on Tuesday").
_WAR_WHOLE = re.compile(
    rf"\b(?:in|during|throughout)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_WAR}|struggle(?!\s+with\b))(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|so|would|will|could"
    r"|that|which|has|had|have|is|are|was|were|against|between|with)\b)",
    re.IGNORECASE,
)
_PERFECT = re.compile(
    r"\b(?:have|has|had)\s+(?:(?:already|now|so\s+far)\s+)?(?:been\s+)?\w+", re.IGNORECASE
)

#: What ends the clause a span governs: a semicolon, a colon, a dash or a coordinated clause.
_BREAK = re.compile(r"[;:]|\s--?\s|,\s+(?:and|but|while|whereas|although)\b", re.IGNORECASE)

#: "the deadliest attack since 1998", "the first since 2010": a record, not a running total.
#: So is the place of the news in a series ("the blast, the third this month, killed two",
#: "the second such raid this year"), but not a war's age ("the war, in its fifth year, has
#: killed 900 soldiers since 2019"), and an anniversary: "as the town marked ten years
#: since the war began in 2015".
_RECORD = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest|greatest|first|most"
    r"|only|last|latest|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d+(?:st|nd|rd|th))(?!\s+(?:year|month|week|decade)s?\b))\s+(?:[\w-]+\s+){0,5}$"
    r"|\b(?:mark(?:s|ed|ing)?|anniversary|commemorat\w+)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: Before a bare "this year": a date in the year, not the year to date ("in March this year",
#: "earlier this year", "the elections of this year").
_DATED = re.compile(rf"\b(?:{MONTH}|earlier|later|early|late|since|until|of)\s+$", re.IGNORECASE)

#: Between a toll and a span after it, what keeps the span off the toll: a clause break, a
#: relative clause on another noun ("killed 14 people at a school that had been closed since
#: 2019") or the day of the news ("14 soldiers were killed on Friday in the seven-year war").
_GAP_STOP = re.compile(
    rf"[,;:]|\b(?:that|which|who|whose|where|when|{WEEKDAY}"
    r"|today|yesterday|tonight|overnight)\b",
    re.IGNORECASE,
)

_HARM = frozenset(("killed", "wounded", "killed_or_wounded"))


def period_of(text: str, binding: Binding) -> str | None:
    """The span of years ``binding``, a killed or wounded count in the sentence ``text``,
    covers as a running total (module docstring), or None.

    >>> from rules.claims.parts import CueHit
    >>> from rules.categories import CUES
    >>> from rules.model import Figure
    >>> from rules.numbers import FigureSpan
    >>> text = "The insurgency has claimed 8,200 lives since 2004."
    >>> killed = next(c for c in CUES if c.category == "killed")
    >>> figure = FigureSpan(27, 32, Figure(8200, 8200, "exact", "8,200"))
    >>> period_of(text, Binding(figure, CueHit(19, 26, killed), None, 0))
    'since 2004'
    """
    if binding.cue.cue.category not in _HARM:
        return None
    spans = _spans_of_years(text)
    if spans is None:
        return None
    start = min(binding.figure.start, binding.cue.start)
    end = max(binding.figure.end, binding.cue.end)
    for span_start, span_end, span in spans:
        if start <= span_start and span_end <= end:
            return span  # "the count of those slain since 2004 has reached 8,200"
        if span_end <= start and _fronted(text, span_start) and _same_clause(text, span_end, start):
            return span  # "Over the past six years, 31 village heads were shot dead."
        if span_start >= end and _toll_of_span(text[end:span_start]):
            return span  # "8,200 villagers were killed in the years since 2004"
    rate = _present_rate(text, binding, start, end)
    if rate is not None:
        return rate
    for match in _WAR_WHOLE.finditer(text, end):
        if _toll_of_span(text[end : match.start()]) and _PERFECT.search(text, start, end):
            return match.group()  # "8,000 people have died in the war"
    for match in _WAR_RELATIVE.finditer(text, 0, end):
        # the relative's verb may be the cue itself: "a war that has claimed the lives of"
        if match.start() < start and _same_clause(text, min(match.end(), start), start):
            return match.group()  # "the conflict, which has cost 5,500 lives"
    return None


@functools.lru_cache(maxsize=256)
def _spans_of_years(text: str) -> tuple[tuple[int, int, str], ...] | None:
    """The spans of years in the sentence ``text`` that are no record, as (start, end, text);
    None when it fails the gate. Found once per sentence: each of its claims reads them."""
    if ascii_lacks(_GATE_ASCII, text) or not (text.isascii() or _GATE.search(text)):
        return None
    if ascii_lacks(_SPAN_ASCII, text):
        return ()  # no span at all
    return tuple(
        (match.start(), match.end(), match.group())
        for match in _SPAN.finditer(text)
        if not _RECORD.search(text, max(0, match.start() - 40), match.start())
        and not (
            match.group().lower().startswith("this")
            and _DATED.search(text, max(0, match.start() - 20), match.start())
        )
    )


#: A present-tense rate by the day, week or month: "guns kill 3,500 people a day", "about 60
#: die each week on the roads". Not a span that dates ("a day after the vote", "a week ago",
#: "a day of mourning", a headline's "a week into the truce", "a day ahead of the vote", "a
#: month on from the quake", "on a day of protests") nor one inside which the toll fell ("in a
#: day", "within a week"), nor a gap between events ("twin blasts kill 9 a day apart").
_SHORT_RATE = re.compile(
    r"(?<!\bin\s)(?<!within\s)(?<!\bfor\s)(?<!over\s)(?<!\bon\s)"
    r"\b(?:a|every|each|per)\s+(?:day|week|month)\b"
    r"(?!\s+(?:ago|after|before|earlier|later|since|to|of|and|or|when|that|into|apart|ahead"
    r"|short|shy|on\s+from)\b|\s+on\s*[,.;]|\s+on$)",
    re.IGNORECASE,
)
#: A past tense or participle of harm: present only after "is", "are" or "get" ("are killed").
_PAST_FORM = re.compile(r"(?:ed|died|shot|slain|hurt|stabbed)$", re.IGNORECASE)
_PRESENT_AUX = re.compile(r"\b(?:is|are|get|gets)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PAST_AUX = re.compile(r"\b(?:was|were|had|did)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _present(text: str, at: int, end: int) -> bool:
    """Is the cue ``text[at:end]`` a verb in the present ("kills", "die", "are killed")?"""
    before = text[max(0, at - 24) : at]
    if _PAST_FORM.search(text[at:end].strip()):
        return _PRESENT_AUX.search(before) is not None
    return _PAST_AUX.search(before) is None


def _present_rate(text: str, binding: Binding, start: int, end: int) -> str | None:
    """A rate by the day, week or month that a present-tense toll carries (``_SHORT_RATE``):
    after it ("kill 3,500 people a day") or opening its clause ("Every week, 60 die")."""
    cue = binding.cue
    if not _present(text, cue.start, cue.end):
        return None
    for match in _SHORT_RATE.finditer(text):
        if match.start() >= end and _toll_of_span(text[end : match.start()]):
            return match.group()
        fronted = match.end() <= start and _fronted(text, match.start())
        if fronted and _same_clause(text, match.end(), start):
            return match.group()
    return None


#: A place told of between a toll and a span after it ("killed 14 people in a city under
#: curfew since 2019"): the span is the place's. Not "died in a seven-year rebellion" (the
#: span itself) nor "killed 8,000 in a separatist insurgency since 2004" (the war's span).
_NEW_PLACE = re.compile(r"\ban?\s+\S+\s+\S", re.IGNORECASE)
_WAR_GAP = re.compile(rf"\b(?:{_WAR}|fighting|violence|unrest|campaign)\b", re.IGNORECASE)


def _toll_of_span(gap: str) -> bool:
    """Does a span after a toll, with ``gap`` between them, bound the toll?"""
    if _GAP_STOP.search(gap):
        return False
    return not _NEW_PLACE.search(gap) or _WAR_GAP.search(gap) is not None


def _fronted(text: str, at: int) -> bool:
    """Does the span at ``at`` open its sentence or clause (at most three words before it)?"""
    opening = re.split(r"[,;:(]", text[:at])[-1]
    return len(opening.split()) <= 3


def _same_clause(text: str, begin: int, end: int) -> bool:
    """Is there no clause break between ``begin`` and ``end``?"""
    return begin <= end and _BREAK.search(text, begin, end) is None
