"""A wounding verb whose subject is a sports mishap or a body part tells of a player's injury,
not of a casualty: "the late tackle injured Tomas Brel", "Hamstring injures 2 Orme strikers
before derby". So do a team's players injured over a season ("11 first-team players injured
since August"). Such a cue is no casualty.

The subjects come from general knowledge of English sports reports; "a collision" or "a
fall" is left out, as it also hurts people on roads and building sites.
"""

from __future__ import annotations

import re

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
    """
    if text[start:end].lower() not in _VERBS:
        return False
    before = text[max(0, start - 60) : start]
    if _SUBJECT.search(before) is not None:
        return True
    return _PLAYERS.search(before) is not None and _SEASON.match(text, end) is not None


#: A team's players right before the verb ("11 first-team players injured") ...
_PLAYERS = re.compile(
    r"\b(?:players|footballers|starters|regulars|squad\s+members|athletes|riders)"
    r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?$",
    re.IGNORECASE,
)
#: ... over a season, not in one event: "injured since August", "over the course of the
#: season", "so far this campaign" (a squad's injury list, general sports English). Only words
#: of time stand between the verb and the season, so an event told first keeps its hurt
#: ("injured when the team bus crashed before the season opener"), and a season's event
#: ("the season finale", "a campaign rally") is no season.
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_SEASON = re.compile(
    r"(?:\s+(?:so|far|already|this|last|the|over|during|in|throughout|of|course|whole|entire"
    r"|current|past))*"
    rf"\s+(?:(?:season|campaign|term)\b(?!\s+(?:opener|finale|premiere|rall(?:y|ies)|trail|event))"
    rf"|since\s+(?:the\s+start|{_MONTHS})\b)",
    re.IGNORECASE,
)
