"""Background figures: a sentence that places its figure in the past or in another incident.

``keyfigures`` leaves these out of an article's key figure ("since 2008", "In 1944", "last
year", "in a separate shooting", a fronted month other than the article's own, a tally of the
year). The claims stay true statements of their sentence; only the key figure leaves them out.
"""

from __future__ import annotations

import re

from crosswire.divergence.died_since import died_since
from crosswire.divergence.elapsed import in_elapsed_clause
from crosswire.divergence.latest_toll import UPDATE
from crosswire.divergence.model import ArticleFindings, StatedClaim
from crosswire.divergence.other_day import another_day
from crosswire.divergence.outbreak_tally import outbreak_tally
from rules import calendar
from rules.claims.cb108 import FrontedTollFigure
from rules.claims.cb124 import EarlierValue
from rules.claims.cb161 import EarlierPeriodCount
from rules.claims.cb162 import PartOfThePatients
from rules.claims.cb168 import PartOfTollAfter
from rules.text import split_sentences

#: The rule of a figure put before its count noun ("raised to 31 the number of people killed
#: this year"): a running tally over the events so far, not one event's toll.
RUNNING_TALLY = FrontedTollFigure.code

BACKGROUND = re.compile(
    r"\b(?:since (?:(?:19|20)\d\d|last|the (?:start|beginning) of"
    rf"|{calendar.names(calendar.MONTHS)})"
    # "killed since the protests began": a running total since an earlier start, not the
    # event's toll (general English of conflict and unrest tallies)
    r"|since the (?:protests?|demonstrations|unrest|war|conflict|fighting|violence|uprising"
    r"|crisis|clashes|insurgency|offensive|invasion|crackdown) (?:began|started|erupted"
    r"|broke out)"
    r"|last (?:year|month|week)|years? ago|months ago|anniversary|previously"
    # "in a previous shooting", "his previous conviction"; not "previous mental issues"
    r"|previous\s+(?:[a-z]+\s+)?(?:shootings?|attacks?|incidents?|killings?|murders?|assaults?"
    r"|cases?|crimes?|convictions?|arrests?|years?|months?|weeks?|bombings?|raids?|clashes)"
    r"|earlier (?:this|that|last) (?:year|month)|so far this year|a year earlier"
    # "A week earlier, a cousin had been wounded on the same block" (round 7): weeks and
    # months only ("a day earlier" often dates the article's own shooting in a follow-up),
    # and "earlier" only ("two weeks before she was shot" dates something else by the event)
    r"|(?:a|one|two|three|four|several|a\s+few)\s+(?:weeks?|months?)\s+earlier"
    r"|the (?:previous|prior) (?:week|month)"
    # "That year the county counted 88 killings": a year named before, not the event's
    r"|that year"
    r"|in a separate|separate (?:attack|incident|shooting)|unrelated"
    r"|in another (?:attack|incident|shooting))\b",
    re.IGNORECASE,
)
#: "Earlier in March, a skier was hurt ...": an earlier time of the same month, background
#: only after the article's first sentence (a lead that opens so tells its own news, review 9).
EARLIER_IN = re.compile(
    rf"\bearlier in (?:the (?:month|year)|{calendar.names(calendar.MONTHS)})\b",
    re.IGNORECASE,
)
#: A report taken back: the figures after it are the retracted ones ("No one was killed,
#: police said, correcting an earlier report that two people had died"; review 9).
CORRECTED = re.compile(
    r"\b(?:correct\w*|den\w*|retract\w*|revis\w*)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:earlier|initial|first|previous)\s+reports?\b",
    re.IGNORECASE,
)
#: A report the same sentence calls wrong after its figure, taken up again by a noun of a
#: report after a comma: "an official had said four were rescued, a figure the ministry later
#: called wrong", "..., a report it has since withdrawn" (general English of corrections).
#: Not a bare "said it was wrong to blame the army" nor "after troops had withdrawn": the
#: noun says it is the figure that was wrong.
_REPORT_TAKEN_UP = (
    r"(?:,|\s[-\u2013\u2014])\s*(?:a|an|the)\s+(?:figure|report|number|toll|count|estimate"
    r"|tally|claim|account)s?\b[^,.;:!?]{0,60}?"
)
RETRACTED_AFTER = re.compile(
    rf"{_REPORT_TAKEN_UP}\b(?:(?:later|since|then)\s+)?(?:said|called|described)\s+"
    r"(?:it\s+)?(?:was\s+|as\s+)?(?:wrong|incorrect|false|mistaken|inaccurate|an\s+error)\b"
    rf"|{_REPORT_TAKEN_UP}\b(?:has|have|had|was|were)\s+(?:since\s+|later\s+)?(?:been\s+)?"
    r"(?:withdrawn|retracted)\b"
    # "had earlier announced a toll of 34, but it was lowered after ..." (not "but it was
    # cut off by the floods": the village)
    r"|\bbut\s+(?:it|that|the\s+(?:toll|figure|number))\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:since\s+|later\s+)?(?:lowered|revised|reduced|cut(?!\s+off)|corrected)\b",
    re.IGNORECASE,
)
#: A first report the same sentence takes back: "Initial reports said five people had died,
#: but officials later said three were killed", "Police at first said two were shot but now
#: say three": the figures between the two are the superseded ones (round 7).
INITIAL_REPORT = re.compile(
    r"\b(?:initial(?:ly)?|at\s+first|first|early|earlier)\s+(?:[\w']+\s+){0,3}?"
    r"(?:reports?|reported|said|counts?|figures?|estimates?|put)\b",
    re.IGNORECASE,
)
LATER_REPORT = re.compile(r"\bbut\b[^.;]{0,80}?\b(?:later|now|since|subsequently)\b", re.IGNORECASE)
#: A past time as the possessive of the event: "last week's earthquake", "last month's
#: floods" (general English of toll updates).
EVENT_TIME = re.compile(r"\blast\s+(?:week|month)['\u2019]s\b", re.IGNORECASE)
#: A comparison with an earlier value and its time: ", up from 41 a week earlier", "(down
#: from 12 last month)".
_OLD_VALUE = re.compile(
    r"[,(]\s*(?:up|down)\s+from\s+(?:[^,;.()]|(?<=\d)[,.](?=\d)){1,40}", re.IGNORECASE
)
#: "Two guards died in that attack": the distal "that" points back to an event named before,
#: which is another event only when the sentence before places it in the past
#: (``EARLIER_EVENT`` or a background cue); "arrested ... in Sunday's shooting. Three were
#: killed in that shooting" is the article's own event (review 7).
THAT_EVENT = re.compile(
    r"\bin that (?:shooting|attack|incident|crash|case|killing|massacre|bombing|blast|fire)\b",
    re.IGNORECASE,
)
#: A sentence that names an event already judged or tried: "a man on trial for a bar
#: shooting", "was convicted of", "pleaded guilty to". From the usual wording of court news.
EARLIER_EVENT = re.compile(
    r"\b(?:on trial (?:for|in|over)|convicted (?:of|in)"
    r"|pleaded guilty (?:to|in)|(?:was|were|been) sentenced (?:for|in))\b",
    re.IGNORECASE,
)
#: After a zero, what makes it none *besides* those told ("Nobody else was hurt", "no other
#: passengers were injured", "no more bodies were found"): zero more, no toll of the event.
_BESIDES = re.compile(r"\s*(?:else|other|others|more|further|additional)\b", re.IGNORECASE)
#: A month put first as the sentence's time ("In March, two bakers died when a gas main
#: burst"): news of the day dates its event by the weekday, so a fronted month other than
#: the article's own tells an earlier incident (the article's own month is its news: "In
#: February, 312 civilians were killed", in a monthly report of February).
MONTHS = list(calendar.MONTHS)
_IN_MONTH = (
    r"(?:back\s+)?in\s+(?:early\s+|late\s+|mid-?)?(?P<month>"
    + "|".join(MONTHS)
    + r")(?:\s+\d{4})?\s*,"
)
FRONTED_MONTH = re.compile(r"^\W*" + _IN_MONTH, re.IGNORECASE)
#: The same after a colon or semicolon, which opens a clause of its own: "It was the
#: street's second killing in a month: in April, two brothers were shot dead" (round 7).
CLAUSE_MONTH = re.compile(r"[:;]\s+" + _IN_MONTH, re.IGNORECASE)
#: A tally of the year, told in the perfect: "nine riders have been hurt on the line this
#: year", "gunfire has wounded 400 residents this year".
#: A bare "this year" only ranks the incident ("the deadliest attack this year, gunmen killed").
THIS_YEAR_TALLY = re.compile(
    r"\b(?:have|has)\s+(?:been\s+[a-z]+|killed|wounded|injured|shot|claimed|left|taken)"
    r"(?:\s+[\w-]+){0,6}?\s+this\s+year\b",
    re.IGNORECASE,
)
#: How far after a figure, in characters, a background cue still speaks of it: about the
#: length of a clause ("two were killed in a separate shooting on Elm Street last year").
AFTER_REACH = 60
#: A year the sentence places its event in: "in 2008", "In 1944", "in a 2015 raid", "during the
#: 1985 case", "since the 2009 fires, in which". A bare number ("killed 2000 people") is a
#: count, not a year.
_YEAR = re.compile(
    r"\b(?:in|of|during|from|for|since)\s+(?:(?:a|an|the|that|its|his|her|their)\s+)?"
    r"((?:19|20)\d\d)\b"
    r"(?![,.]\d)",
    re.IGNORECASE,
)


#: The rule of a count's earlier value: "up from 14", "revised down to 38 from 42".
EARLIER = EarlierValue.code
#: The rule of an earlier period's count told elliptically: "killed 40 people this year, and
#: 55 the year before" (the 55).
EARLIER_PERIOD = EarlierPeriodCount.code
#: The earlier value a count is compared with or corrected from, right before its figure
#: ("up from 14", "compared with 48 last year", "correcting a count of 11"; the rules' CB124).
EARLIER_VALUE = re.compile(
    r"(?:(?:up|down)\s+from|compared\s+(?:with|to)"
    # "officials said on Friday, correcting an earlier count of 10 hurt" (50th session)
    r"|(?:correct|revis|lower|amend)(?:ing|ed)\s+(?:(?:an?|the|its|their|his|her)\s+)?"
    r"(?:(?:earlier|initial|first|previous)\s+)?(?:count|figure|toll|tally|number)\s+of)\s+$",
    re.IGNORECASE,
)


def earlier_value(claim: StatedClaim) -> bool:
    """A count's earlier value: "26 people detained, up from 17 on Tuesday", "the toll rose
    from 7 to 9" (the 7; the rules' CB124)."""
    if claim.rule in (EARLIER, EARLIER_PERIOD):
        return True
    start = claim.figure_start
    return start is not None and EARLIER_VALUE.search(claim.text, 0, start) is not None


#: The rules of a part of a count told in another sentence: never a key figure, nor an addend.
_PARTS_TOLD_ELSEWHERE = frozenset((PartOfTollAfter.code, PartOfThePatients.code))


def background_for_key(findings: ArticleFindings, claim: StatedClaim) -> bool:
    """Background as the key figures read it: a headline's figure is news unless it is an
    earlier value ("Bus Crash Toll Climbs From 12 to 15" is about the 15). A part of a witness's
    own company ("Three of the five of us were hurt") is no count of the event's hurt when the
    article counts it too, nor is a part of the toll told right before it ("killed 20 people.
    Seven were children": the 20 is the key, the seven neither a key nor an addend), nor a
    part of the patients ("38 of the patients were children": the whole is the patients told
    elsewhere, CB162)."""
    if claim.rule in _PARTS_TOLD_ELSEWHERE:
        return True
    if _own_company(claim) and any(
        c.category == claim.category and c.stated is not None and not _own_company(c)
        for c in findings.claims
    ):
        return True  # the event's own count is told too; alone, the part is all there is
    return earlier_value(claim) if claim.in_title else claim_is_background(findings, claim)


#: A group told as the speaker's own company: "the six of us", "four of us", "the 30 of us"
#: (its group "us"). Lower case only: "soldiers of US special forces" are no one's company.
_OF_US = re.compile(r"(?:^|\bof\s+)us$")


def _own_company(claim: StatedClaim) -> bool:
    """Is ``claim``'s group the speaker's own company ("Two of the six of us")?"""
    return claim.group is not None and _OF_US.search(claim.group) is not None


def claim_is_background(findings: ArticleFindings, claim: StatedClaim) -> bool:
    """``is_background`` for a claim, with the sentence before it from the article's text."""
    if died_since(claim):
        return False  # "A woman wounded in a shooting last week has died": the death is news
    if claim.rule == EARLIER_PERIOD:
        return True  # "Measles has killed 86 children this year and 72 the year before": the 72
    if outbreak_tally(findings, claim):
        return False  # "Dengue has killed 63 people since January": the outbreak's own toll
    if claim.rule == RUNNING_TALLY:
        return True  # "raised to 31 the number of people killed this year": a tally of events
    if claim.period is not None:
        return True  # "37 candidates have been murdered in the current electoral process"
    if earlier_value(claim):
        return True  # "26 people detained, up from 17 on Tuesday", "rose from 7 to 9": before
    if another_day(findings, claim):
        return True  # "On Tuesday, a teen was killed ...", after a lead of Friday's shooting
    when = findings.source.when
    before = sentence_before(findings.text, claim.start)
    text = claim.text
    if UPDATE.search(text):
        # "The death toll from last week's earthquake has risen to 212": the time names the
        # event whose toll now stands at the figure, not a past count (round 7)
        text = EVENT_TIME.sub(lambda m: " " * len(m.group()), text)
    # "rose to 58, up from 41 a week earlier": the time is the old value's (44th session)
    text = _OLD_VALUE.sub(lambda m: " " * len(m.group()), text)
    return is_background(text, when.year, claim.figure_start, when.month, before=before)


def sentence_before(text: str, start: int) -> str:
    """The sentence that ends just before offset ``start`` of ``text`` ("" when none), split
    as the rules split sentences (abbreviations and initials do not end one)."""
    pieces = split_sentences(text[max(0, start - 600) : start])
    return pieces[-1].text if pieces else ""


def is_background(
    sentence: str,
    year: int,
    at: int | None = None,
    month: int | None = None,
    *,
    before: str = "",
) -> bool:
    """True when the sentence puts its figure in the past or in another incident.

    ``at``, the figure's offset in the sentence, limits a cue after the figure to its own
    clause (``AFTER_REACH``): "two were killed in a separate shooting" is background, "the
    gunman who killed two men ... had been arrested for a previous assault" is not. A cue before
    the figure places it at any distance ("Since January, ... 14 people were killed").
    ``before``, the sentence before, tells whether "in that shooting" is an earlier event.
    """
    # "killed ..., in the worst fighting since 2016", "The clashes, the worst since 2016,
    # killed 40": a comparison dates no figure ("the first raid since 2022, when it killed
    # 31" does; same length kept)
    if len(_ANY_YEAR.findall(sentence)) == 1:  # "The 2019 cyclone ..., the highest since 1991"
        sentence = _COMPARED_SINCE.sub(lambda m: " " * len(m.group()), sentence)
    corrected = CORRECTED.search(sentence)
    if corrected and at is not None and corrected.end() <= at:
        return True  # "none died, correcting an earlier report that two had been killed"
    if at is not None and RETRACTED_AFTER.search(sentence, at):
        return True  # "had said four were rescued, a figure the ministry later called wrong"
    if at is not None and _superseded(sentence, at):
        return True  # "Initial reports said five had died, but officials later said three"
    cues = [*BACKGROUND.finditer(sentence)]
    if before:
        cues += EARLIER_IN.finditer(sentence)
    if before and (EARLIER_EVENT.search(before) or is_background(before, year, None, month)):
        cues += THAT_EVENT.finditer(sentence)
    for cue in cues:
        if at is None or cue.start() < at or cue.start() - at <= AFTER_REACH:
            return True
    if at is not None and in_elapsed_clause(sentence, at):
        return True  # "a year after three people were shot dead on the same block"
    fronted = FRONTED_MONTH.match(sentence)
    if fronted is None and at is not None and (":" in sentence or ";" in sentence):
        fronted = CLAUSE_MONTH.search(sentence, 0, at)
    if fronted and month is not None and MONTHS.index(fronted["month"].lower()) + 1 != month:
        return True  # "In March, two bakers died when a gas main burst", told in May
    if "this year" in sentence.lower() and THIS_YEAR_TALLY.search(sentence):
        return True  # "nine riders have been hurt on the line this year, two of them badly"
    return any(int(found) != year for found in _YEAR.findall(sentence))


#: Any year a sentence names.
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: A superlative or "first" then "since" a year in its clause: "the worst clashes on that
#: frontier since 2016", "the first attack on the town since 2019" (general English).
_COMPARED_SINCE = re.compile(
    r"\b(?:worst|deadliest|bloodiest|heaviest|fiercest|biggest|largest|highest|strongest"
    r"|hottest|first(?!\s+of)|most\s+(?!of\b)[a-z]+|most(?=\s+since))\b[^,.;:]{0,60}?"
    # "the fiercest fighting in the valley since a truce was agreed in 2021" (49th session; not
    # "since the 2009 fires, in which 11 people died": an earlier event's own toll)
    r"\bsince\s+(?:(?:[a-z]+\s+){1,8}?in\s+)?(?:19|20)\d\d\b(?!,?\s+when\b)",
    re.IGNORECASE,
)


def _superseded(sentence: str, at: int) -> bool:
    """The figure at ``at`` stands between a first report and the "but ... later" after it."""
    first = INITIAL_REPORT.search(sentence, 0, at)
    return first is not None and LATER_REPORT.search(sentence, at) is not None


def adds_none(claim: StatedClaim) -> bool:
    """True for a zero that counts none besides those already told: "Nobody else was hurt".

    Such a claim is true of its sentence but is no toll: as a key figure it would state that
    nobody was hurt and clash with an outlet's count of the one who was (review 7).
    """
    if claim.stated != 0 or claim.figure_start is None:
        return False
    return _BESIDES.match(claim.text, claim.figure_start + len(claim.figure_text)) is not None
