"""CB124: the earlier value a count is compared with ("22 people, up from 14 on Sunday") or a
toll changed from ("the death toll rose from seven to nine", "revised it down to 38 from 42")."""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.changed_values import OLD_VALUE_TIME
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.numbers import FigureSpan, parse_figure

#: The people a toll's count names after it: "raising its count of deaths from four", "the
#: number of injured" (general English of toll updates; the named kind is the old value's).
_OF_KIND = (
    r"(?:\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|injured|injuries|wounded|casualties"
    r"|victims))"
)
#: The category such a named kind gives: the dead or the hurt ("casualties" names neither).
_NAMED_KIND = re.compile(
    r"\bof\s+(?:the\s+)?(?:(?P<killed>dead|deaths|fatalities)|(?P<wounded>injured|injuries"
    r"|wounded))\s+from\b",
    re.IGNORECASE,
)
#: After a bound count: "up from 14", "down from 41 on Friday", "compared with 48 last year",
#: "raising its count from 26".
#: General English of updated tolls and yearly statistics.
_EARLIER = re.compile(
    # a day of the month is no count between ("since the outbreak began on 9 March, the
    # ministry said, up from 41"; 44th session)
    r"(?:[^.;:\d]|\b\d{1,2}\s+(?-i:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b){0,120}?(?:,\s*|\s+\(?)(?:(?:up|down)\s+from"
    # "up from the 12 it gave", "up from the seven they announced": a figure told before
    r"(?:\s+the(?=\s+(?:\d|[a-z-]+\s+(?:it|they|he|she|officials|police)\b)))?"
    r"|compared\s+(?:with|to)"
    # "..., raising its count from 26 a day earlier" (27th session); "raising the ministry's
    # running total from 156", "revising its earlier count of 12" (36th session)
    r"|(?:raising|lowering|revising|increasing)\s+(?:its|their|the)\s+"
    r"(?:(?:[a-z]+\s+)?[a-z]+['\u2019]s\s+)?"
    r"(?:(?:running|overall|official|own|death|casualty)\s+)?(?:(?:count|toll|tally|total|figure"
    rf"|estimate){_OF_KIND}?|number{_OF_KIND})\s+from"
    r"|revising\s+(?:its|their|the)\s+(?:earlier|previous|initial|first)\s+(?:count|toll|tally"
    r"|figure|estimate)\s+of"
    # "lifting a count that had been at 9" (43rd session)
    r"|(?:raising|lowering|revising)\s+(?:a|the|its|their)\s+(?:(?:death|casualty|official)\s+)?"
    r"(?:count|toll|tally|total|figure|estimate)\s+(?:that|which)\s+(?:had\s+)?(?:stood|been)"
    r"\s+at)\s+(?=\S)",
    re.IGNORECASE,
)
#: A count's own update told past its claimant: "Three were killed ..., the fire brigade said,
#: lowering its casualty toll from four", "..., the rangers reported, lifting a count which
#: had been at 6" (a speaker's aside ends in "said,").
_RAISED_FAR = re.compile(
    r"[^.;:\d]{0,220}?\s(?:said|says|reported|announced)(?:\s+on\s+[A-Z][a-z]+)?,\s+"
    r"(?:raising|lowering|revising)\s+"
    r"(?:its|their|a|the)\s+(?:(?:death|casualty|official|own)\s+)?(?:(?:count|toll|tally|total"
    rf"|figure|estimate){_OF_KIND}?|number{_OF_KIND})\s+"
    r"(?:from|(?:that|which)\s+(?:had\s+)?(?:stood|been)\s+at)\s+(?=\S)",
    re.IGNORECASE,
)
#: A toll's old value in an aside right after its noun: "The toll, which had stood at 17 on
#: Monday, rose to 31" (``toll_aside`` lets the new value bind past it).
#: "The toll, up from 12 on Friday, rose to 20" (44th session).
_STOOD_ASIDE = re.compile(
    r"\s*,\s*(?:(?:which|that)\s+(?:had\s+)?(?:stood|been)\s+at|(?:up|down)\s+from)\s+(?=\S)",
    re.IGNORECASE,
)
#: A toll's old value after its new one: "down to 38 from 42", "to 14, from an initial 11".
_FROM_AFTER = re.compile(
    r",?\s+from\s+(?:(?:an?|the)\s+(?=earlier|initial|previous|original|first))?"
    r"(?:(?:earlier|initial|previous|original|first)\s+)?"
    r"(?:(?:figure|estimate|toll|count)\s+of\s+)?(?=\S)",
    re.IGNORECASE,
)
#: How far before the toll's cue its verb may stand: "revised the death toll", "lowered the
#: number of people wounded".
_VERB_REACH = 24
#: A figure's words: digits or number words ("42", "1,200", "seven", "twenty-one").
_FIGURE_WORDS = re.compile(r"[\d,.]*\d|[a-z]+(?:-[a-z]+)?", re.IGNORECASE)
#: An hour, not a count: "from 9 a.m.", "from 10 GMT" (general English of times).
_TIME_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|o'clock|GMT\b|UTC\b|hours?\b)", re.IGNORECASE)
#: A noun after the old value that is not what the toll counts: "from 3 separate attacks".
_THINGS_AFTER = re.compile(
    r"\s+(?!(?:people|persons|deaths|dead|casualties|victims|bodies|injured|wounded)\b)"
    r"(?:[a-z]+\s+)?[a-z]+s\b",
    re.IGNORECASE,
)
#: The verbs of a toll told as changed (those ``crosswire.divergence.latest_toll`` reads).
_CHANGED = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|increased|jumped|grew|grown|revised|revising"
    r"|fell|fallen|dropped|lowered|lowering|raised|raising|reduced|cut|updated)\b",
    re.IGNORECASE,
)
#: A toll's verb of change and "from" right after its cue, with no new value told: "The death
#: toll had risen from 15 the night before" (the old value alone; "from 7 to 9" is read by
#: ``_changed_from`` through the new value's binding).
_FROM_ALONE = re.compile(
    r"\s+(?:(?:had|has|have)\s+)?(?:rose|risen|climbed|increased|jumped|grown|grew|fell|fallen"
    r"|dropped)\s+from\s+(?=\S)",
    re.IGNORECASE,
)
#: A linking word after the old value, before any noun it might count: "from 15 after divers
#: recovered", "from 15 as more bodies were found".
_LINK_AFTER = re.compile(
    r"\s+(?:after|before|when|as|since|until|while|on|in|at|by|during|overnight|and|but)\b",
    re.IGNORECASE,
)
#: When the old value stood, right before the new one's "to": "from 31 overnight to 33".
_TIMED = re.compile(rf"(?:{OLD_VALUE_TIME}),?$", re.IGNORECASE)
#: A new value told later in the sentence: "... to 19", "... to at least 19".
_TO_BEFORE = re.compile(r"\bto\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
#: Words of a toll gone up: "raising", "up from" (else lowered, "down from").
_UP = re.compile(r"\b(?:raising|increasing|up)\b", re.IGNORECASE)
#: A toll of the dead, not a casualty or injury count: "raising its toll from eight".
_DEATH_TOLL = re.compile(r"\b(?:its|their|the|a)\s+(?:death\s+)?toll\b", re.IGNORECASE)
#: A count of killings, not of the killed: a city's homicides of the year compared.
_EVENTS = re.compile(r"killings|homicides|murders|slayings|shootings|stabbings", re.IGNORECASE)
#: The categories whose counts are compared so: casualties and arrests.
_COMPARED = CASUALTY_CATEGORIES | {"arrested", "kidnapped", "missing", "displaced"}


class EarlierValue(ExtraRule):
    """CB124 · The earlier value a count is compared with is a claim of the same category:
    "Police have detained 26 people, up from 17 on Tuesday" is also arrested 14; "63 suspects
    have been killed this year, compared with 48 last year" also killed 48. The product reads
    it as background (``crosswire.divergence.background``), never as the key figure.
    """

    code = "CB124"
    words = (
        "up from",
        "down from",
        "compared with",
        "compared to",
        " from ",
        "revising ",
        "stood at",
        "been at",
    )
    examples = (
        (
            "Police have detained 26 people, up from 17 on Tuesday.",
            {"category": "arrested", "min": 17, "figure_text": "17"},
        ),
        (
            "At least 63 suspects were killed this year, compared with 48 in all of last year.",
            {"category": "killed", "min": 48},
        ),
        ("The death toll rose from seven to nine overnight.", {"category": "killed", "min": 7}),
        (
            "At least 38 deaths were confirmed, the agency said, raising its count from 26.",
            {"category": "killed", "min": 26, "figure_text": "26"},
        ),
        (
            "Officials revised the number of injured down to 38 from 42.",
            {"category": "wounded", "min": 42, "figure_text": "42"},
        ),
        (
            "The toll had climbed from 21 the evening before.",
            {"category": "killed", "min": 21, "figure_text": "21"},
        ),
    )
    counter_examples = (
        "Police have detained 22 people, up from the usual handful.",
        "The city has recorded 11 homicides this year, compared with seven by this time last year.",
        "Prices rose to 22 dollars, up from 14 in May.",
        # no toll changed: people from a place, a toll with no verb of change
        "Nine people from 3 villages were killed.",
        "The toll of 12 from 3 separate attacks was confirmed.",
        # a change from a figure that is no count of the toll's people
        "The toll had risen from 4 separate landslides.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        earlier = []
        for binding in found:
            if binding.cue.cue.category not in _COMPARED or _EVENTS.fullmatch(
                sent.text, binding.cue.start, binding.cue.end
            ):
                continue  # "11 homicides so far this year, compared with seven": events
            match = _EARLIER.match(sent.text, binding.figure.end) or _RAISED_FAR.match(
                sent.text, binding.figure.end
            )
            if match is None and binding.cue.cue.after == "toll":
                match = _STOOD_ASIDE.match(sent.text, binding.cue.end)  # "The toll, which had
            if match is not None:  # stood at 17 on Monday, rose to 31"
                figure = next((f for f in sent.stated if f.start == match.end()), None)
            else:
                figure = _changed_from(sent.text, binding)
            if figure is None or figure.start in taken or figure.figure.min is None:
                continue
            cue = binding.cue
            if match is not None and cue.cue.category != "killed" and _DEATH_TOLL.search(match[0]):
                # "11 were killed and 64 injured ..., raising its toll from eight": the toll
                # is of the dead, whichever count it follows, when the change fits (44th)
                cue = _dead_toll(found, match[0], figure) or cue
            named = _NAMED_KIND.search(match[0]) if match is not None else None
            if named is not None and named.lastgroup != cue.cue.category:
                # "Two died and 19 were hurt, ..., raising its count of deaths from one": the
                # count the toll names, not the count it follows (none: no old value told)
                kind = next((b.cue for b in found if b.cue.cue.category == named.lastgroup), None)
                if kind is None:
                    continue
                cue = kind
            earlier.append(Binding(figure, cue, None, figure.start - binding.figure.end))
            taken.add(figure.start)
        earlier.extend(b for b in _from_alone(sent) if b.figure.start not in taken)
        return earlier


def _from_alone(sent: SentenceParse) -> list[Binding]:
    """The old value of a toll told as changed "from" it with no new value after: "The death
    toll had risen from 15 the night before" is killed 15 (not "rose from 15 to 18", whose new
    value's binding gives it, nor a toll "from 15" followed by "to" and a figure)."""
    result = []
    for cue in sent.cues.hits:
        if cue.cue.after != "toll" or cue.cue.category not in _COMPARED:
            continue
        match = _FROM_ALONE.match(sent.text, cue.end)
        if match is None:
            continue
        figure = next((f for f in sent.stated if f.start == match.end()), None)
        if figure is None or figure.figure.min is None:
            continue
        if _THINGS_AFTER.match(sent.text, figure.end) and not _LINK_AFTER.match(
            sent.text, figure.end
        ):
            continue  # "had risen from 3 separate attacks"
        if any(
            _TO_BEFORE.search(sent.text[figure.end : f.start])
            for f in sent.stated
            if f.start > figure.end
        ):
            continue  # "rose from 15 overnight to 19": a change told whole
        result.append(Binding(figure, cue, None, figure.start - cue.end))
    return result


def _changed_from(text: str, binding: Binding) -> FigureSpan | None:
    """The old value of a toll told as changed: after "to 38 from", or after "from" before
    "seven to nine"; None when the binding is no toll so changed."""
    cue = binding.cue
    if cue.cue.after != "toll" or cue.end > binding.figure.start:
        return None  # "the toll rose to 9": the toll's cue before its figure
    between = text[cue.end : binding.figure.start]
    if not _CHANGED.search(text, max(0, cue.start - _VERB_REACH), binding.figure.start):
        return None  # "lowered the number of people wounded to", "the toll rose from"
    if between.rstrip().lower().endswith(" to"):
        after = _FROM_AFTER.match(text, binding.figure.end)
        if after is not None:
            return _figure_at(text, after.end(), None)
    head = between.lower().rfind(" from ")
    if head == -1:
        return None
    start = cue.end + head + len(" from ")
    cut = text.lower().rfind(" to ", start, binding.figure.start)  # "FROM 7 TO 9" too
    timed = _TIMED.search(text, start, cut) if cut > start else None
    cut = timed.start() if timed is not None else cut  # "from 31 overnight to 33"
    return _figure_at(text, start, cut) if cut > start else None


def _figure_at(text: str, start: int, end: int | None) -> FigureSpan | None:
    """The figure that starts at ``start`` (and ends at ``end``, or at its last digit or
    number word), unless a noun other than people follows it ("from 3 separate attacks")."""
    if end is None:
        match = _FIGURE_WORDS.match(text, start)
        if match is None:
            return None
        end = match.end()
    figure = parse_figure(text[start:end])
    if figure is None or figure.min is None or _THINGS_AFTER.match(text, end):
        return None
    if _TIME_AFTER.match(text, end):
        return None  # "rose to 31 from 9 a.m. reports": an hour
    return FigureSpan(start, end, figure)


def _dead_toll(found: list[Binding], phrase: str, old: FigureSpan) -> CueHit | None:
    """The killed cue an old value of "its toll" belongs to, when raising or "up from" goes up
    to that count (not "Two died and 19 were wounded, raising its toll from 14")."""
    dead = next((b for b in found if b.cue.cue.category == "killed"), None)
    if dead is None or dead.figure.figure.min is None or old.figure.min is None:
        return None
    up = _UP.search(phrase) is not None
    rises = old.figure.min < dead.figure.figure.min
    return dead.cue if up == rises else None
