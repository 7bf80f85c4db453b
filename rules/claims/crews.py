"""Crews and forces a deployment cue counts: who is "searching", "digging", "working in"
a disaster zone or sent by "ordered ... to", by the head of the counted group. A helper of
``rules.claims.groups.acceptable``. General English of disaster and conflict reports.
"""

from __future__ import annotations

from rules.cue_fragments import (
    CREWS_AT_SITE,
    CREWS_AT_WORK,
    CREWS_WORKING,
    RESPONDERS_AT_WORK,
    TROOP_ORDERS,
    TROOPS_CARRIED,
)
from rules.deployment_rows import CREWS_TOILED
from rules.nouns import MEDICAL_STAFF, RESPONDER_KINDS, SENT_SERVICES

#: The deployment cues whose counted heads are read here.
CREW_PATTERNS = frozenset(
    (
        CREWS_AT_SITE,
        CREWS_AT_WORK,
        CREWS_TOILED,
        CREWS_WORKING,
        RESPONDERS_AT_WORK,
        TROOP_ORDERS,
        TROOPS_CARRIED,
    )
)
#: The cues of crews at work, whose heads are crews or a party of services.
_AT_WORK = (CREWS_AT_WORK, CREWS_TOILED)

#: Crews of a rescue (``CREWS_AT_WORK``; general English of disaster reports).
_CREWS = frozenset("firefighters rescuers divers medics paramedics responders volunteers".split())
#: Those "working in" a place only on a rescue, not "working at" a food bank daily (review 26).
_RESCUE_CREWS = frozenset("firefighters rescuers divers responders".split())
_RESCUE_KINDS = RESPONDER_KINDS - frozenset(("health", "medical"))
#: Forces that join a search or a dig in numbers: "about 120 soldiers had joined the search",
#: "200 sailors were combing the bay" (a navy's search, 51st session)
#: (two officers "searching the car" are a police search, so a party of ten at least).
_SEARCH_PARTIES = frozenset(
    "soldiers troops searchers personnel officers policemen police agents sailors marines".split()
)
#: How many make a search party of soldiers or police.
_PARTY = 10


def responders(group: str, head: str, kinds: frozenset[str] = RESPONDER_KINDS) -> bool:
    """ "rescue workers", "aid workers": workers a service sends (nouns.RESPONDER_KINDS)."""
    words = group.lower().split(" of ")[0].split()
    return head == "workers" and len(words) >= 2 and words[-2] in kinds


def crew_accepted(pattern: str, group: str, head: str | None, least: float | None) -> bool:
    """May a cue of ``CREW_PATTERNS`` count ``group`` (its ``head``; ``least`` the figure's
    lower bound)?"""
    if pattern in (TROOP_ORDERS, TROOPS_CARRIED, CREWS_AT_SITE):
        return head is not None and (
            head in SENT_SERVICES
            # carried by air, never sent by "ordered" or "moved" (a judge orders doctors to
            # pay; a hospital moves its nurses)
            or (pattern == TROOPS_CARRIED and head in MEDICAL_STAFF)
            or (pattern == CREWS_AT_SITE and head in _CREWS)
            or responders(group, head)
        )
    if pattern == CREWS_WORKING:  # "working at" a food bank or a clinic is a job
        return head in _RESCUE_CREWS or responders(group, head or "", _RESCUE_KINDS)
    if head is None:
        return False
    if head in (_CREWS if pattern in _AT_WORK else _CREWS | SENT_SERVICES):
        return True
    if responders(group, head):
        return True
    # "180 soldiers, police officers and volunteers were digging": a party of a crew's kind
    listed = set(group.lower().replace(",", " ").split())
    party = head in _SEARCH_PARTIES and (least or 0) >= _PARTY
    return pattern in _AT_WORK and (bool(listed & _CREWS) or party)
