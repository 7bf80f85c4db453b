"""Single victims that the article rules miss: a person picked out by a possessive noun
("the senator's driver was killed", CB71) and a person in a clause that leaves out its verb
after a passive casualty clause ("a farmer was killed and his son wounded", CB72).

Origin: general English grammar of news reports. A possessive noun is a determiner like
"his" ("Ana Ruiz's driver" is one driver); a clause joined by "and" may leave out the
auxiliary it shares with the clause before ("was killed and his son [was] wounded").
"""

from __future__ import annotations

import re

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.named import NOT_IN_NAME
from rules.claims.parts import Binding, CueHit, Cues
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan

#: Degree words that may stand between the auxiliary (or the person) and the participle.
_DEGREE_WORDS = ("also", "reportedly", "seriously", "slightly", "critically", "badly", "gravely")
_DEGREE = r"(?:(?:" + "|".join(_DEGREE_WORDS) + r"|fatally)\s+)*"

#: "the senator's driver was", "ANA RUIZ' BODYGUARD HAS BEEN": the possessor, up to two
#: modifiers, the person noun, a passive auxiliary; anchored at the cue.
_POSSESSED = re.compile(
    r"(?P<owner>\b(?:the\s+)?[A-Za-z][\w-]*(?:['’]s|s['’]))\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?P<noun>[A-Za-z-]+)\s+(?:was|has\s+been|had\s+been|is)\s+" + _DEGREE + r"$",
    re.IGNORECASE,
)

#: "... and his son", "... and another", "... and the mayor's bodyguard", right before a
#: participle with no auxiliary of its own.
_GAPPED = re.compile(
    r"\band\s+(?:(?P<another>another)(?:\s+(?P<noun2>[A-Za-z-]+))?"
    r"|(?P<one>his|her|their|an?|one|(?:the\s+)?[A-Za-z][\w-]*(?:['’]s|s['’]))\s+"
    r"(?:[A-Za-z-]+\s+){0,2}?(?P<noun>[A-Za-z-]+))\s+" + _DEGREE + r"$",
    re.IGNORECASE,
)
#: The clause before: a casualty participle after a passive auxiliary ("was killed") or a
#: present "are"/"is" ("two guards are dead and another hospitalized"), or the complement
#: of "left" or "found" ("the crash left a woman dead and another badly hurt", "officers
#: found a clerk dead and another badly hurt": the second person shares the verb as the
#: passive's second shares the auxiliary).
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:was|were|are|is|has\s+been|have\s+been|had\s+been)"
    r"|\b(?:left|leaving|leaves|found|finds|finding)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
    + _DEGREE
    + r"$",
    re.IGNORECASE,
)
#: A headline's second clause with no verb of its own: "Roofer killed, another hurt", "Clerk
#: dead, another injured" (headline English drops "and" and the auxiliary).
_COMMA_ANOTHER = re.compile(r"\s*,\s*(?P<another>another)\s+" + _DEGREE + r"$", re.IGNORECASE)
#: What makes the participle an active verb with an object: "and his son wounded two".
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:an?|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|(?:him|them)\b|\d)"  # "... and his son wounded them": he acted
    # "the officer and his partner shot back (at the gunmen)": they returned fire; not
    # "wounded back in March", a time
    r"|(?<=shot)\s+back\b(?!\s+home\b)",
    re.IGNORECASE,
)
#: A casualty participle ("wounded", "hurt", "killed", "shot dead"), not a noun ("deaths").
_PARTICIPLE = re.compile(r"(?:ed|hurt|shot|slain|dead)$", re.IGNORECASE)


def possessed_people(text: str, cues: Cues, found: list[Binding]) -> list[Binding]:
    """ "The senator's driver was killed": one person after a possessive noun, before a
    passive casualty participle."""
    taken = [(b.figure.start, b.figure.end) for b in found]
    result = []
    for cue in _participles(text, cues):
        window = max(0, cue.start - 90)
        match = _POSSESSED.search(text[window : cue.start])
        if match is None or match["noun"].lower() not in PERSON_NOUNS:
            continue
        start, end = window + match.start("owner"), window + match.end("owner")
        if any(s < window + match.end("noun") and start < e for s, e in taken):
            continue
        if any(b.cue.start == cue.start and not text[b.figure.end : start].strip() for b in found):
            continue  # "A sheriff's deputy was wounded": the article before it counts him
        figure = FigureSpan(start, end, Figure(1, 1, "exact", text[start:end]))
        result.append(Binding(figure, cue, match["noun"], cue.start - end))
    return result


def gapped_people(text: str, cues: Cues, found: list[Binding]) -> list[Binding]:
    """ "A farmer was killed and his son wounded": one person joined by "and" to a passive
    casualty clause, whose participle has no auxiliary of its own."""
    taken = [(b.figure.start, b.figure.end) for b in found]
    result = []
    previous: CueHit | None = None
    for cue in _participles(text, cues):
        before, previous = previous, cue
        comma = _COMMA_ANOTHER.fullmatch(text, before.end, cue.start) if before else None
        if comma is not None and not _OBJECT_AFTER.match(text, cue.end):
            start, end = comma.span("another")
            if not any(s <= start < e for s, e in taken):
                figure = FigureSpan(start, end, Figure(1, 1, "exact", text[start:end]))
                result.append(Binding(figure, cue, None, cue.start - end))
            continue
        if before is None or not _PASSIVE_BEFORE.search(
            text[max(0, before.start - 40) : before.start]
        ):
            continue
        between = text[before.end : cue.start]
        match = _GAPPED.search(between)
        if match is None:
            named = gapped_name(text, before.end, cue)
            if named is not None and not any(s <= named.figure.start < e for s, e in taken):
                result.append(named)
            continue
        if re.search(r"[;:.!?]", between[: match.start()]):
            continue
        noun = match["noun"] or match["noun2"]
        if match["another"] and noun is not None and noun.lower() in _DEGREE_WORDS:
            noun = None  # "and another seriously injured"
        if noun is not None and noun.lower() not in PERSON_NOUNS:
            continue
        if _OBJECT_AFTER.match(text, cue.end):
            continue  # "... and his son wounded two guards": an active verb
        group = "another" if match["another"] else "one"
        start, end = (before.end + match.start(group), before.end + match.end(group))
        if any(s <= start < e for s, e in taken):
            continue
        figure = FigureSpan(start, end, Figure(1, 1, "exact", text[start:end]))
        result.append(Binding(figure, cue, noun, cue.start - end))
    return result


#: "... and Corporal Lisa Groom", right before a participle with no auxiliary of its own: a
#: name of two to five capitalised words (mixed-case text only; in capitals every word is).
_GAPPED_NAME = re.compile(
    r"\band\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,4})\s+" + _DEGREE + r"$"
)


def gapped_name(text: str, after: int, cue: CueHit) -> Binding | None:
    """ "Sergeant Paul Ender was killed and Corporal Lisa Groom wounded": a named person
    joined by "and" to a passive casualty clause, before a participle with no auxiliary."""
    if text.isupper():
        return None
    between = text[after : cue.start]
    match = _GAPPED_NAME.search(between)
    if match is None or re.search(r"[;:.!?,]", between[: match.start()]):
        return None
    if match["name"].split()[0] in NOT_IN_NAME or _OBJECT_AFTER.match(text, cue.end):
        return None  # "and In Orsk ...", or an active verb: "and Ana Ruiz wounded two"
    start, end = after + match.start("name"), after + match.end("name")
    figure = FigureSpan(start, end, Figure(1, 1, "exact", text[start:end]))
    return Binding(figure, cue, None, cue.start - end)


def _participles(text: str, cues: Cues) -> list[CueHit]:
    """The casualty cues that a person may come before as a passive participle."""
    return [
        cue
        for cue in cues.hits
        if cue.cue.category in CASUALTY_CATEGORIES
        and cue.cue.before
        and _PARTICIPLE.search(text, cue.start, cue.end)
    ]
