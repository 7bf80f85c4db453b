"""People a side "lost" who did not die: "lost two men to red cards", "a boy losing his
parents in the crowd". To lose people is, in news English, for them to die
("lost 200 men", "losing one soldier"); these are the exceptions, from general English of
sport, politics, business and war."""

from __future__ import annotations

import re

from rules.numbers import FIGURE_RE

#: The space before a count right after "losing" (``rules.numbers.FIGURE_RE`` reads the count).
_SPACE = re.compile(r"\s+")


#: What takes people away from a side without killing them, right after the object of
#: "lost": "lost two men to red cards", "lost 30 soldiers to desertion", "lost 12 members to
#: a rival party", "lost 50 fighters captured" (general English of sport, politics, business
#: and war; "lost three men to sniper fire" or "to rival gunmen" stays a killing).
_GONE_OTHERWISE = re.compile(
    r"\s+(?:[\w'-]+\s+){1,4}?(?:to\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:red\s+cards?"
    r"|yellow\s+cards?|sending-offs?|suspensions?|injur(?:y|ies)|desertions?|defections?"
    r"|retirements?|resignations?|transfers?|layoffs|poaching|the\s+opposition"
    r"|rival\s+(?:part(?:y|ies)|blocs?|clubs?|teams?|firms?|compan(?:y|ies)|unions?)"
    r"|other\s+(?:jobs|teams|clubs|part(?:y|ies)|units|employers|companies|firms))"
    r"|as\s+prisoners|taken\s+prisoner|captured|who\s+(?:surrendered|defected|deserted|quit)"
    # "lost 40 men killed and wounded": the cue after the object counts them (killed or
    # wounded), not "lost" (killed)
    r"|(?:killed|dead)\s+(?:and|or)\s+wounded)\b",
    re.IGNORECASE,
)


#: What kills people, after "to": "lost 27 people to gun violence", "to the virus" (general
#: English of news on violence and disasters; "to rival clubs" is ``lost_otherwise``'s).
_KILLERS = (
    r"gun\s+violence|gunfire|guns|violence|bullets|shootings?|homicides?|murders?|overdoses?"
    r"|drugs|fentanyl|the\s+virus|virus|covid(?:-19)?|cancer|disease|the\s+pandemic|pandemic"
    r"|floods?|flooding|storms?|fires?|fighting|war|shelling|air\s?strikes?|bombings?|quakes?"
    r"|earthquakes?|crash(?:es)?|attacks?|ambush(?:es)?|massacres?|blasts?|explosions?"
    r"|landslides?|mudslides?|avalanches?|tornado(?:es)?|hurricanes?|cyclones?|typhoons?"
    r"|tsunamis?|stampedes?|crush|raids?"
)
#: ... and after "in", only a disaster or an attack that has no figurative sense there ("lost
#: six people in the landslide"; not "in the war for talent", "in a fire sale", "in the crash
#: of 2008", "in the fighting over the ticket price").
_DISASTERS = (
    r"floods?|flooding|landslides?|mudslides?|avalanches?|tornado(?:es)?|hurricanes?|cyclones?"
    r"|typhoons?|tsunamis?|(?:earth)?quakes?|blasts?|explosions?|attacks?|ambush(?:es)?"
    r"|massacres?|stampedes?|crush|air\s?strikes?|shelling|bombings?|shootings?"
)
TO_A_KILLER = re.compile(
    rf"\s+(?:to\s+(?:the\s+|an?\s+|that\s+|this\s+)?(?:{_KILLERS})"
    rf"|in\s+(?:the\s+|an?\s+|that\s+|this\s+)?(?:{_DISASTERS})\b(?!\s+(?:for|over)\b))\b"
)
#: The object of "lost" (up to four words), then what killed it: "lost 12 members in the
#: bombing" (not a killer further on, "lost 40 members to the rival party in the fighting").
_KILLED_AFTER = re.compile(rf"(?:\s+[\w'-]+){{1,4}}?{TO_A_KILLER.pattern}", re.IGNORECASE)
#: A civil body before "lost": "the union lost 50 members", "the church lost 300 members"
#: (members who left; general English of politics, religion, sport and business). Not a
#: "movement", a "coalition" or a "company", which may be armed ("the movement had lost two
#: fighters").
_CIVIL_BODY = re.compile(
    r"\b(?:union|party|club|church|congregation|parish|league|association|society|firm"
    r"|team|school|choir|council|board|caucus|chamber|assembly|senate|parliament|federation"
    r"|guild|charity)s?(?:'s|\s+(?:has|had|have))?"
    r"(?:\s+(?:now|already|also|since|just))?\s+$",
    re.IGNORECASE,
)


def lost_otherwise(word: str, text: str, end: int) -> bool:
    """Is the cue "lost"/"losing" ending at ``end`` a loss other than death?

    >>> lost_otherwise("lost", "The club lost two men to red cards.", 13)
    True
    >>> lost_otherwise("losing", "They fled, losing two soldiers.", 17)
    False
    >>> lost_otherwise("losing", "A boy wept after losing his parents.", 26)
    True
    >>> lost_otherwise("lost", "The party lost 12 members.", 14)
    True
    """
    if word == "losing" and not _count_after(text, end):
        return True  # "a boy losing his parents in the crowd": lost sight of
    if gone_otherwise(text, end):
        return True
    if _CIVIL_BODY.search(text, max(0, end - len(word) - 40), end - len(word)):
        # "the union lost 50 members": they left (not "the club lost two fans in the crush")
        return _KILLED_AFTER.match(text, end, min(len(text), end + 90)) is None
    return False


def gone_otherwise(text: str, before: int) -> bool:
    """Do the people counted right after ``before`` go to a rival, a card or an injury
    ("and two boys to a rival club"), not to their death?"""
    return _GONE_OTHERWISE.match(text, before, min(len(text), before + 90)) is not None


def _count_after(text: str, end: int) -> bool:
    """A count right after "losing": "losing one soldier", "losing 12 men" (a side's dead;
    with no count, "losing his parents" in a crowd may be losing sight of them)."""
    space = _SPACE.match(text, end)
    return space is not None and FIGURE_RE.match(text, space.end()) is not None


#: Goods or money lost, right before "losses" (general English of business and farm news).
_GOODS_LOST = re.compile(
    r"\b(?:crop|harvest|farm|economic|financial|trading|revenue|insured|market|job|property)\s+$",
    re.IGNORECASE,
)


def goods_lost(text: str, start: int) -> bool:
    """Are the "losses" at ``start`` of goods or money ("put early crop losses at 2.1
    billion", 47th session), not of people?"""
    return _GOODS_LOST.search(text, max(0, start - 24), start) is not None
