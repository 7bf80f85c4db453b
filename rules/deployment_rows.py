"""The rows of the "deployed" category: troops and crews sent, massed or at work.

Kept apart from ``rules.categories`` (which builds every category's cues from such rows) so
that table stays one page. Each row is (pattern, figure before, figure after, transitive),
as in ``rules.cue_rows``; the heads each row accepts are checked in
``rules.claims.groups.acceptable``. General English of conflict and disaster reports.
"""

from __future__ import annotations

import re

from rules.cue_fragments import (
    BROUGHT_IN,
    CREWS_AT_SITE,
    CREWS_AT_WORK,
    CREWS_WORKING,
    RESPONDERS_AT_WORK,
    SIZED_FORCE,
    TROOP_MOVEMENT,
    TROOP_ORDERS,
    TROOPS_CARRIED,
)
from rules.cue_rows import Row
from rules.nouns import PERSON_NOUNS

#: A force put out in a place, its count inside: "put about 200 additional officers on the
#: streets", "putting 40 more soldiers on patrol" (review51c; CB165 binds the count, whose head
#: must be a service: not "put 200 new buses on the streets").
PUT_OUT = (
    r"(?:put|puts|putting|placed)\s+(?:[\w,.-]+\s+){1,6}?on\s+(?:the\s+streets|(?:foot\s+)?"
    r"patrols?)\b"
)

#: A place taken back or closed in by a force sent in: "About 250 police officers and soldiers
#: retook the prison" (review50a), "some 300 soldiers had surrounded the compound", "200
#: officers sealed off the district" (51st session; the heads are services,
#: ``rules.claims.groups.acceptable``: not "the team retook the lead", "fans surrounded the
#: bus").
RETAKEN = r"(?:retook|surrounded|encircled|(?:cordoned|sealed)\s+off)\b"

#: Crews and forces at hard work in the simple past: "150 rescue workers toiled through the
#: night", "More than 200 firefighters battled the blaze", "Some 400 agents took part in the
#: operation" (50th session; "responded" is left out: "12 volunteers responded to the fire
#: alarm" is no deployment, review41c). The heads are crews, or services in a party of ten or
#: more, as for ``CREWS_AT_WORK`` (``rules.claims.crews``).
CREWS_TOILED = (
    r"(?:searched|combed|scoured|dug\s+(?:through|into|for)|toiled|laboured|labored"
    r"|battled\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+)?(?:blazes?|fires?|flames|wildfires?|inferno)"
    r"|took\s+part\s+in\s+the\s+(?:operation|raid|search|rescue|sweep))\b"
)

#: The first words of ``CREWS_TOILED``'s verbs, and of the future of a service put out
#: ("officers who would be on patrol that night were killed": who they were, review51c).
_TOILED_VERBS = frozenset(
    "searched combed scoured dug toiled laboured labored battled took will would".split()
)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that)\s+$", re.IGNORECASE)


def toil_in_relative(word: str, text: str, start: int) -> bool:
    """Is the crew's verb ``word`` at ``start`` in a relative clause ("About 120 volunteers who
    dug through the wreckage have since formed a group", "who would be on patrol"): who they
    are, not their deployment.

    >>> toil_in_relative("dug", "Volunteers who dug", 15)
    True
    """
    first = word.split()[0] if word else ""
    return first in _TOILED_VERBS and bool(_RELATIVE_BEFORE.search(text, max(0, start - 6), start))


#: What "surrounded" or "encircled" closes in on: one person ("Four officers surrounded the
#: suspect in the alley", "encircled him"), a standoff or an arrest, no force put in a place
#: (review52b). "400 soldiers surrounded the village", "surrounded the gunman's house" stay
#: deployments.
_CLOSED_IN = re.compile(
    r"\s+(?:(?P<pronoun>him|her)\b|(?:the|a|an|his|their)\s+(?P<words>(?:[\w'\u2019-]+\s+){0,2}"
    r"[\w'\u2019-]+))",
    re.IGNORECASE,
)


def not_deployed(word: str, text: str, start: int, end: int) -> bool:
    """Is the crew's or the force's verb ``word`` at ``text[start:end]`` no deployment: in a
    relative clause (``toil_in_relative``), or closing in on one person?

    >>> not_deployed("surrounded", "Four officers surrounded the armed suspect.", 14, 24)
    True
    >>> not_deployed("surrounded", "Troops surrounded the suspect's house.", 7, 17)
    False
    """
    if toil_in_relative(word, text, start):
        return True
    if word not in ("surrounded", "encircled") or (found := _CLOSED_IN.match(text, end)) is None:
        return False
    if found["pronoun"]:
        return True
    for noun in found["words"].lower().split():
        if noun.endswith(("'s", "\u2019s")):
            return False  # "the gunman's house": a place, its owner named
        if noun in PERSON_NOUNS:
            return True
    return False


DEPLOYED: tuple[Row, ...] = (
    # "sent a team of 12 investigators", "flew in a team of eight inspectors": a board's or an
    # agency's team sent to a scene, its count after the cue (36th session)
    (
        r"(?:sent|dispatched|deployed|flew\s+in)\s+a\s+(?:[a-z-]+\s+)?team\s+of"
        # "sent a contingent of about 1,500 troops", "the country's contingent of 800
        # peacekeepers": a contingent is a body of troops sent (45th session; not "a force" or
        # "a detachment of 40 soldiers attacked", which may be an attacking one)
        r"|\b(?:a|an|the|its|their|[a-z-]+'s)\s+(?:[a-z-]+\s+)?contingent\s+of"
        # "sent a rapid reaction force of some 200 troops": a force, a unit or a detachment
        # after a verb of sending (46th session; not "a force of 40 gunmen attacked")
        r"|(?:sent|dispatched|deployed|airlifted|flew\s+in)\s+(?:a|an|another)\s+(?:[a-z-]+\s+){0,2}?"
        r"(?:force|unit|detachment|battalion|company)\s+of",
        False,
        "object",
        False,
    ),
    # "60 mine rescuers had been flown in" (crews brought to a disaster by air)
    # "police posted 500 officers around the mosque" (45th session; the heads checked keep
    # out "posted 500 messages")
    (r"deployed|stationed|massed|dispatched|sent|flown\s+in|posted", True, "object", True),
    # Before TROOP_MOVEMENT, whose "were fighting" would take "were fighting the fire" and then
    # refuse the firefighters (review 26)
    (RESPONDERS_AT_WORK, True, None, False),  # "1,200 firefighters were battling the fire"
    # "more than 60 officers assigned to that festival": police put on an event or a place
    # (US police English); not "officers assigned to his protection" (a detail, no count sent)
    (
        r"assigned\s+to\s+(?:the|that|this|a|an)\s+(?:[a-z-]+\s+)?(?:festival|parade|event|march"
        r"|rally|concert|match|game|summit|area|zone|border|region|district|city|town|scene)"
        # "40 extra officers will be assigned to patrols downtown": a finite passive (not
        # "six officers assigned to patrols were killed", the killed described)
        r"|(?:be|been|were|are)\s+assigned\s+to\s+(?:extra\s+|additional\s+|foot\s+|street\s+)?"
        r"patrols"
        # "200 additional officers would be posted at stations" (not "posted on social media":
        # the category's people-only rule keeps "a video was posted on" out)
        # ("have been posted outside hotels", not "who had been posted at the post, were hurt")
        r"|(?:be|were|are|was|have\s+been|has\s+been)\s+(?:still\s+|now\s+)?posted\s+(?:at|to|in"
        r"|along|outside|around|near|across)\b"
        # "About 30 deputies sealed off the street", "Some 400 volunteers took part in
        # the search", "900 firefighters were on the fire lines" (general English of police
        # and fire reports)
        r"|(?:had\s+|have\s+)?(?:sealed|cordoned)\s+(?:off|the\s+(?:roads?|streets?|area"
        r"|entrances?))\b"
        r"|took\s+part\s+in\s+the\s+(?:search|rescue)"
        r"|(?:are|were)\s+(?:still\s+|now\s+)?on\s+the\s+fire\s*lines?"
        # "150 extra officers would patrol the stations", "120 soldiers would remain in the
        # village", "600 police will guard the markets" (39th session; the heads are services)
        r"|(?:will|would)\s+(?:also\s+|now\s+)?(?:patrol|guard|remain\s+(?:in|at|on|along)\b)"
        # "More than 60 officers responded to the scene" (41st session; the heads are services;
        # not "last responded to a homicide")
        r"|responded\s+to\s+the\s+(?:scene|call|blaze|shooting|attack)\b"
        # "45 firefighters were at the scene", "About 400 officers were on duty at the ground":
        # a service at a scene or an event (the heads are services; "on duty" only at an
        # event's place, not "a nurse on duty")
        r"|(?:are|were)\s+(?:already\s+|still\s+)?(?:at|on)\s+the\s+scene\b"
        r"|(?:are|were|will\s+be|would\s+be)\s+on\s+duty\s+(?:at|for|around|outside)\s+the\s+"
        r"(?:[a-z-]+\s+)?(?:ground|stadium|match|game|festival|parade|march|rally|concert|summit"
        r"|venue|scene|border|funeral|carnival)\b",
        True,
        None,
        False,
    ),
    # "60 officers would be on patrol during the match", "300 more police will be on the
    # streets": a service to be put out in a place (review51c; the heads are services, so not
    # "2,000 people will be on the streets"; "on leave" is no cue; not "three officers were on
    # patrol when the bomb went off", at work when harm found them, lead30)
    (
        r"(?:will|would)\s+(?:also\s+)?be\s+(?:out\s+)?on\s+(?:the\s+streets"
        r"|(?:foot\s+)?patrols?)\b",
        True,
        None,
        False,
    ),
    # "had put about 200 additional officers on the streets": the count inside, bound by CB165
    (PUT_OUT, False, None, False),
    # "in an operation involving some 300 agents": a force a police or army action used
    # (review51c; not "a fraud involving some 300 agents", no action of a service)
    (
        r"(?:operation|raid|crackdown|manhunt|sweep)\s+(?:that\s+)?(?:involving|involved"
        r"|including|with)",
        False,
        "object",
        False,
    ),
    # Troops on the move or in place: "10-12,000 soldiers crossed the river". The figure
    # stands before the verb, and the head must be military (see TROOP_MOVEMENT).
    (TROOP_MOVEMENT, True, None, False),
    (RETAKEN, True, None, False),
    (CREWS_AT_WORK, True, None, False),
    (CREWS_TOILED, True, None, False),
    # "900 gendarmes had been brought into the city": services only (not "six men were
    # brought in for questioning", see ``rules.claims.groups.acceptable``)
    (BROUGHT_IN, True, None, False),
    (CREWS_AT_SITE, True, None, False),
    (CREWS_WORKING, True, None, False),
    # "ordered 1,500 more troops to the border", "moved about 400 soldiers into the valley":
    # after "moved into" (above); the head must be military ("ordered 12 men to pay").
    (TROOP_ORDERS, False, "object", False),
    (TROOPS_CARRIED, False, "object", False),
    # "officials put the number of Dravian troops in the region at 10,000"
    (
        # "the number of": "a number of servicemen" is a vague quantity, not a count noun
        r"the\s+number\s+of\s+(?:[A-Z][\w-]*\s+)?(?:troops|soldiers|forces|servicemen)",
        False,
        "toll",
        False,
    ),
    # "estimated the force at about 40,000", "put the size of the Valdrenian force at": a
    # force sized by whoever sets its figure (not "the force has 33,000 officers", a staff,
    # nor "the labour force", "the task force": ``SIZED_FORCE``)
    (SIZED_FORCE, False, "toll", False),
    (
        # Not "station" alone: the noun ("police station", "gas station") is far commoner;
        # after "to" it is the verb ("pledged to station 4,000 troops").
        # "reinforcements of 500 troops would arrive" (the noun of troops sent; general
        # English of conflict reports)
        r"deploying|sending|stationing|dispatching|massing|deploy|send|to\s+station"
        r"|reinforcements\s+of|deployment\s+of",
        False,
        "object",
        False,
    ),
)
