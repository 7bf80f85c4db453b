"""A wounding verb whose subject is a sports mishap or a body part tells of a player's injury,
not of a casualty: "the late tackle injured Tomas Brel", "Hamstring injures 2 Orme strikers
before derby". So do a team's players injured over a season ("11 first-team players injured
since August", "a dozen players out with injuries this season"). Such a cue is no casualty.

The subjects come from general knowledge of English sports reports; "a collision" or "a
fall" is left out, as it also hurts people on roads and building sites.
"""

from __future__ import annotations

import re

from rules.calendar import MONTHS, names

#: The verbs the subject may do (the cue's text): "injured", "injures", "hurt".
_VERBS = frozenset("injured injures injuring hurt hurts hurting".split())

#: A sports mishap or a body part right before the verb, with at most one adverb between:
#: "the late tackle injured", "Hamstring injures", "a knee problem again hurt".
_SUBJECT = re.compile(
    r"\b(?:tackles?|fouls?|hamstrings?|knees?|ankles?|groin|calf|calves|thighs?"
    r"|(?:muscle|hamstring|calf|groin|knee|ankle)\s+(?:strain|sprain|problem|niggle|knock)s?)"
    r"\s+(?:(?:also|again|badly|seriously|then|further)\s+)?$",
    re.IGNORECASE,
)


def sport_hurt(text: str, start: int, end: int) -> bool:
    """Whether the cue between ``start`` and ``end`` is a wounding verb whose subject is a
    sports mishap or a body part.

    >>> sport_hurt("The late tackle injured Tomas Brel.", 16, 23)
    True
    >>> sport_hurt("The blast injured Tomas Brel.", 10, 17)
    False
    >>> sport_hurt("The side has had 11 players injured since August.", 28, 35)
    True
    >>> sport_hurt("Ivo Brel suffered a leg injury in the derby.", 9, 30)
    True
    >>> sport_hurt("Orme have 12 players out with injuries this season.", 30, 38)
    True
    >>> sport_hurt("Medics saw 30 people with injuries since the start of the unrest.", 26, 34)
    False
    >>> sport_hurt("We have had 9 injuries this season, the coach said.", 14, 22)
    True
    """
    word = text[start:end].lower()
    if word.startswith(("suffered", "sustained")):
        return _IN_PLAY.match(text, end) is not None  # "suffered a knee injury in the match"
    before = text[max(0, start - 60) : start]
    if word.rsplit(None, 1)[-1] in ("injuries", "injury"):  # also "with injuries"
        # "12 players out with injuries this season", not "30 protesters treated for
        # injuries since the start of the unrest": the squad is named before
        squad = _SQUAD.search(before) is not None or _SIDE.search(text) is not None
        return squad and _SEASON.match(text, end) is not None
    if word not in _VERBS:
        return False
    if _SUBJECT.search(before) is not None:
        return True
    if _PLAYERS.search(before) is None:
        return False
    # "a squad short of six senior players injured": a squad's list
    around = text[max(0, start - 200) : end + 100]
    return _SEASON.match(text, end) is not None or (
        _SQUAD_TALK.search(around) is not None and _EVENT_AFTER.match(text, end) is None
    )


#: A team's players right before the verb ("11 first-team players injured") ...
_PLAYERS = re.compile(
    r"\b(?:players|footballers|starters|regulars|squad\s+members|athletes|riders)"
    r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?$",
    re.IGNORECASE,
)
#: The words of a squad's state around its injured players ("her squad", "the starting
#: line-up", "suspension"); and an event told right after them, which keeps the hurt ("injured
#: when the team bus crashed").
_SQUAD_TALK = re.compile(
    r"\b(?:squad|line-?up|suspensions?|suspended|fixtures?|first\s+team|bench)\b", re.IGNORECASE
)
_EVENT_AFTER = re.compile(r"\s+(?:when|after|as|in\s+(?:a|the)\b)", re.IGNORECASE)
#: A team's players anywhere shortly before a count of injuries ("12 players out with
#: injuries", "her squad, thinned by eight injuries"): general sports English.
_SQUAD = re.compile(r"\b(?:players|footballers|starters|regulars|squad)\b", re.IGNORECASE)
#: A side's staff anywhere in the sentence ('"We've had 12 injuries this season," the coach
#: said'): the injuries are the squad's (general sports English; not "captain" or "manager",
#: said of fire crews and cities too).
_SIDE = re.compile(r"\b(?:coach|coaches|skipper)\b", re.IGNORECASE)
#: ... over a season, not in one event: "injured since August", "over the course of the
#: season", "so far this campaign" (a squad's injury list, general sports English). Only words
#: of time stand between the verb and the season, so an event told first keeps its hurt
#: ("injured when the team bus crashed before the season opener"), and a season's event
#: ("the season finale", "a campaign rally") is no season.
_SEASON = re.compile(
    r"(?:\s+(?:so|far|already|this|last|the|over|during|in|throughout|of|course|whole|entire"
    r"|current|past))*"
    rf"\s+(?:(?:season|campaign|term)\b(?!\s+(?:opener|finale|premiere|rall(?:y|ies)|trail|event))"
    rf"|since\s+(?:the\s+start|{names(MONTHS)})\b)",
    re.IGNORECASE,
)


#: After "suffered/sustained an injury", a game or training as where it happened: "suffered a
#: knee injury in Saturday's match", "sustained a head injury during the first half", "in
#: training" (general sports English). A wound of a weapon is no player's ("a fan suffered a
#: gunshot wound at the game"): the cue ends in "injury" then.
_IN_PLAY = re.compile(
    r"(?<=[Ii]njury)\s+(?:in|during)\s+(?:(?:the|a|an|his|her|their|this|last)\s+"
    r"|[A-Z][a-z]+(?:'|\u2019)s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:match|game|training|practice|bout|fixture|derby|tournament|workout|scrimmage"
    r"|warm-?up|friendly|qualifier|season|(?:first|second)\s+half"
    # "final" as the game, not as a word before a noun ("in the final moments of the raid")
    r"|(?:semi-?)?finals?(?=\s*[,.;]|\s+(?:against|on|at|in|of|with|and|when|but)\b))\b",
)
