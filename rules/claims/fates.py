"""Patterns of a victim's fate told after the count: survived, died there or since, shot dead,
took their own life. Origin: general English of crime and conflict reports.
"""

from __future__ import annotations

import re

import re2

from rules.calendar import WEEKDAYS, names
from rules.numbers import ASCII_SPACE, ascii_lacks

SURVIVED = re.compile(
    r"[^.;:!?]{0,50}?\b(?:but|and)\s+(?:all\s+|both\s+|each\s+)?(?:(?:have|has|had)\s+)?"
    r"(?:survived|(?:are|were|is|was)\s+(?:also\s+)?expected\s+to\s+(?:survive|recover|be\s+ok)"
    # care and mending are said of the living: "and was treated and released", "and is
    # recovering at a hospital"
    r"|(?:(?:was|were)\s+)?treated\s+and\s+released|(?:are|were|is|was)\s+(?:now\s+)?recovering"
    # a condition is said of the living: "and is in stable condition", "listed in critical"
    r"|(?:(?:are|were|is|was|remains?|remained)\s+(?:listed\s+)?"
    r"|(?:(?:are|were|is|was)\s+)?(?:taken|transported|rushed|hospitali[sz]ed)\b[^.;:!?]{0,50}?\s)"
    r"(?:in\s+)?(?:stable|critical|serious|fair|good|satisfactory|grave)(?:\s+but\s+stable)?"
    r"\s+condition)\b",
    re.IGNORECASE,
)

#: After a hospital cue, the clause that says the one taken there died ("was taken to a
#: hospital, where he died", "where she was pronounced dead"): a staple of US crime news.
DIED_THERE = re.compile(
    r"[^.;:!?]{0,80}?(?:,?\s+where\s+(?:he|she|they|both)\s+"
    # "..., but he later died from his injuries", "and later died"
    r"|,?\s+(?:but|and)\s+(?:(?:he|she)\s+)?(?=(?:later|eventually|soon|subsequently)\s))"
    r"(?:later\s+|eventually\s+|soon\s+|subsequently\s+)?"
    r"(?:died|succumbed|(?:was|were)\s+(?:pronounced|declared)\s+dead)\b"
    # "a courier hit near the depot and later pronounced dead"
    r"|[^.;:!?]{0,80}?\s+(?:and|but)\s+(?:was\s+|were\s+)?(?:later\s+)?(?:pronounced|declared)"
    r"\s+dead\b"
    # "taken to a hospital, where he was treated before being pronounced dead"; "taken to
    # a hospital but was pronounced dead on arrival"
    r"|[^.;:!?]{0,80}?\s+before\s+(?:being|(?:he|she)\s+was)\s+(?:pronounced|declared)\s+dead\b"
    # "suffered a gunshot wound that proved fatal", "injuries from which he later died"; not
    # a part ("suffered wounds, one of which proved fatal": CB22's)
    r"|[^.;:!?]{0,80}?\s+(?<!\bof\s)(?:that|which)\s+(?:later\s+)?proved\s+(?:to\s+be\s+)?fatal\b(?!\s+(?:to|for)\b)"
    r"|[^.;:!?]{0,80}?\s+from\s+which\s+(?:he|she|they)\s+(?:later\s+)?died\b"
    # "suffered a gunshot wound and was dead when he reached the hospital"
    r"|[^.;:!?]{0,80}?\s+and\s+(?:was|were)\s+(?:already\s+)?dead\b"
    # "found two men with gunshot wounds; both were pronounced dead at the scene"
    r"|[^.;:!?]{0,80}?(?:;|,?\s+and)\s+(?:both|all|they)(?:\s+of\s+them)?\s+(?:were\s+)?"
    r"(?:later\s+)?(?:died|succumbed|(?:pronounced|declared)\s+dead)\b"
    # "a porter was stabbed twice and died on the quay": "and died" with no adverb, in the
    # same clause (no word that opens another: "shot by a man who fled and died in a crash")
    r"|(?:(?!\b(?:who|which|that|whose|when|while|after|before|as|said|says)\b)[^.;:!?]){0,80}?"
    r",?\s+and\s+(?:then\s+)?died\b(?!\s+(?:down|out|away|off)\b)",
    re.IGNORECASE,
)

#: Words that open another clause, whose subject may be the one who died: "wounded by a
#: suspect who later died", "hurt as the roof gave way", "shot ... whose brother died".
CLAUSE_BREAKS = "and|but|or|said|says|told|that|who|which|whose|where|as|until|because|if"
#: A verb of a person's dying, not "the storm died down" or "the roof succumbed to the snow".
DYING = (
    r"(?:died(?!\s+(?:down|out|away|off)\b)"
    r"|succumbed(?!\s+to\s+(?!(?:his|her|their)\s+(?:injuries|wounds|burns)\b)))\b"
)
#: "a man wounded in a shooting outside a bar last week has died": the participle phrase, then
#: the main verb (no "and" or "but" before it: "two were hurt and a third has died"). Not
#: after "one of": "one of the two firefighters shot ... has died" is one of them.
DIED_SINCE = re.compile(
    # the dots of an initialism ("U.S. Route 9") are no end of the clause
    rf"(?:(?!\b(?:{CLAUSE_BREAKS}|when|before|after|while)\b)(?:\b[A-Z]\.|[^.;:!?,])){{0,80}}?"
    rf"\s(?:(?:(?:has|have|had)\s+(?:since\s+|now\s+)?|later\s+){DYING}"
    # a headline's present ("Man shot in Orme Street robbery dies") and a past dated by
    # its own time ("the clerk hurt Friday ... died Sunday"): the follow-up's news
    rf"|(?:dies|succumbs)\b|died\s+(?:on\s+)?(?:{names(WEEKDAYS)}"
    r"|yesterday|overnight|early|late|this|last)\b)",
    re.IGNORECASE,
)
PART_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|those\s+)?$", re.IGNORECASE)

#: The wounds an act left its object with, told after the object in the same clause:
#: "stabbed a ferryman twice, inflicting head wounds", "shot three guards, leaving them
#: seriously wounded". Fatal or mortal wounds are not listed: those kill.
WOUNDS_LEFT = re.compile(
    r"[^.;:!?]{0,60}?,\s*(?:causing|inflicting|leaving\s+(?:him|her|them)\s+with)\s+"
    r"(?:(?:deep|serious|severe|grave|minor|slight|light|multiple|critical|superficial)\s+)?"
    r"(?:(?:head|leg|arm|chest|stab|gunshot|bullet|knife|shrapnel)\s+)?(?:wounds|injuries)\b"
    r"(?!\s+(?:to|among|on)\b)"  # "causing injuries to five others": not the object's
    # "inflicting wounds from which both died", "causing injuries that proved fatal"
    r"(?!\s+(?:that|which|from\s+which|of\s+which)\b)"
    r"|[^.;:!?]{0,60}?,?\s*(?:and\s+)?(?:leaving|left)\s+(?:him|her|them)\s+"
    r"(?:(?:seriously|critically|badly|gravely|severely|slightly|lightly)\s+)?"
    r"(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)

#: Before a ``WOUNDS_LEFT`` comma, the object's death: "stabbed two men to death, inflicting
#: stab wounds" tells how they were killed, not that they lived.
DEATH_BEFORE_WOUNDS = re.compile(r"\b(?:dead|death|fatally|lifeless)\b", re.IGNORECASE)

#: After the object of "shot", the state that makes it a killing: "shot two men dead", "shot
#: a clerk to death". Up to four words of the object; no clause word and no preposition in
#: between (the object ends there: "shot two men near the dead end"), and not "dead" as the
#: noun or adjective of another phrase ("in the dead of night", "a dead end").
SHOT_DEAD_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|but|was|were|is|are|who|that|leaving|left|as|in|near|at|into|on|of"
    r"|by|from)\b)[\w'-]+){0,4}?"
    r"\s+(?:dead(?!\s+(?:of|end|ends)\b)|to\s+death)\b"
    # "the shooting of a farmer and two hired hands who were found dead", "shot a clerk, who
    # died at the scene": a relative clause after the objects tells their death
    r"|(?:\s+[\w'-]+){0,8}?,?\s+who\s+(?:(?:were|was|had\s+been)\s+"
    r"(?:found\s+|later\s+|pronounced\s+|declared\s+){0,2}(?:dead|killed|slain)"
    r"|(?:later\s+|eventually\s+|subsequently\s+|soon\s+)?(?:died|succumbed))\b",
    re.IGNORECASE,
)

SUICIDE = re.compile(
    r"\b(?P<cue>killing|killed|kills|fatally\s+(?:shooting|shot|shoots)|shot\s+and\s+killed"
    r"|shooting\s+and\s+killing|turn(?:ed|ing|s)\s+the\s+(?:gun|weapon|rifle|shotgun|pistol)\s+on)"
    r"\s+(?P<one>himself|herself)\b"
    r"|\b(?P<took>took|taking|takes)\s+(?P<own>his|her)\s+own\s+life\b"
    # "killed his two brothers and then himself": the last of the objects.
    r"|\b(?P<verb>killed|killing|kills|murdered|murdering|fatally\s+(?:shot|shooting|shoots))\s"
    r"[^.;:!?]{1,80}?(?:(?:,?\s+and|,)\s+(?:then\s+)?|\s+then\s+)"
    # "Man kills wife, self": headlines shorten the reflexive.
    r"(?P<last>himself|herself|self(?![\w-]))\b",
    re.IGNORECASE,
)

#: What complications may come of that is harm, not illness: "from his injuries", "of gunshot
#: wounds", "from the crash" (general English of crime and accident reports).
_OF_HARM = (
    r"\s+(?:from|of|after)\s+(?:[\w'-]+\s+){0,3}?(?:wounds?|injur(?:y|ies)|gunshot|shooting"
    r"|stab\w*|burns|beating|assault|attack|crash|accident|blast|explosion)\b"
)

#: Not a clock time after "died at": "died at 11 p.m.", "died at 10:40".
_NOT_A_CLOCK = r"(?!:\d|\.\d|\s*(?:[ap]\.?m\b|o['’]?clock|hours|hrs))"


def _natural_death(not_of_harm: str, not_a_clock: str) -> str:
    """``NATURAL_DEATH``'s pattern, with its two look-aheads as given."""
    return (
        r"\b(?:(?:long|short|brief|lengthy)\s+illness|natural\s+causes|of\s+(?:cancer|pneumonia"
        r"|a\s+heart\s+attack|a\s+stroke|old\s+age|complications" + not_of_harm + r")"
        r"|(?:died|dies)\s+(?:\w+\s+){0,3}?at"
        r"\s+(?:the\s+age\s+of\s+)?\d{2,3}\b" + not_a_clock + r"|(?:died|dies),?\s+aged\s+\d{2,3}\b"
        r"|in\s+(?:his|her)\s+sleep|peacefully)"
    )


#: A death of illness or old age, which no casualty count holds: "died Monday at 88 after a
#: long illness", "died of cancer", "passed away peacefully". Origin: general English of
#: obituaries. "died at 11 p.m.", "died at 10:40" tell a clock time, not an age; "died of
#: complications from his injuries" is a death of the harm, not of an illness.
NATURAL_DEATH = re.compile(_natural_death(f"(?!{_OF_HARM})", _NOT_A_CLOCK), re.IGNORECASE)
#: ``NATURAL_DEATH`` for RE2 over an ASCII text, its two look-aheads left out and ``\s`` as
#: Python reads it: a superset of its matches, so a sentence with "died" and no such
#: death is passed over in one linear pass, before Python's ``finditer`` tries every word.
_NATURAL_ASCII = re2.compile(
    ("(?i)" + _natural_death("", "")).replace(r"\s", ASCII_SPACE).encode("ascii")
)
#: A natural death denied: "an autopsy ruled out natural causes", "did not die of a heart
#: attack", "rather than of a stroke" (general English negation).
_RULED_OUT = re.compile(
    r"\b(?:rul(?:ed|es|ing)\s+out|not|no\s+sign\s+of|rather\s+than|instead\s+of)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


#: A word of each branch of ``NATURAL_DEATH`` (kept in step with it): an ASCII text, whose
#: lower case is what the pattern's case-blind match reads, needs one of them.
_NATURAL_HINTS = (
    *("illness", "natural", "cancer", "pneumonia", "heart", "stroke", "old"),
    *("complications", "died", "dies", "sleep", "peacefully"),
)


def natural_death(text: str) -> bool:
    """Does ``text`` tell a death of illness or old age (``NATURAL_DEATH``), not denied?"""
    if text.isascii():
        low = text.lower()
        for word in _NATURAL_HINTS:
            if word in low:
                break
        else:
            return False  # the cheap test: most sentences have none of the words
        if ascii_lacks(_NATURAL_ASCII, text):
            return False
    return any(
        not _RULED_OUT.search(text, max(0, match.start() - 30), match.start())
        for match in NATURAL_DEATH.finditer(text)
    )


#: Between a person and the "with gunshot wounds" cue: the person came to care on their own
#: ("showed up at a hospital", "walked into the emergency room", "drove himself to a clinic",
#: "arrived by private car"), so they lived to get there: wounded. Origin: general English of
#: US crime reports, where the hurt who reach a hospital unaided are told this way. Not when
#: another clause stands between ("officers arrived and found a cook with a stab wound":
#: the one who arrived is not the one hurt).
ARRIVED_HURT = re.compile(
    # the person's own words first: "other people", "man, 24,"
    r"(?:,?\s+(?!(?:and|but|or|who|that|which|when|after|as)\b)[\w'-]+,?){0,4}?"
    r"\s+(?:(?:later|then|also|had|has|have|soon|subsequently)\s+)*"
    r"(?:showed\s+up|show\s+up|turned\s+up|arrived|arrive|walked\s+in(?:to)?|came\s+in(?:to)?"
    # "went to a clinic", not "went missing" or "went into labor"
    r"|went\s+to|checked\s+(?:himself|herself|themselves)\s+in(?:to)?"
    r"|drove\s+(?:himself|herself|themselves)|took\s+(?:himself|herself|themselves)"
    r"|(?:was|were)\s+(?:dropped\s+off|driven))\b"
    # no other clause, and no other "with" ("went to the house with a warrant for a man")
    r"(?:(?!\b(?:and|but|or|who|which|where|when|found|find|discovered|located|saw|with)\b)"
    r"[^.;:!?]){0,90}$",
    re.IGNORECASE,
)
