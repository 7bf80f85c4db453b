"""Each side's own dead (and wounded) told in sentences of their own, added to the key toll.

A conflict report often gives each side's losses apart: "Twelve soldiers were killed, the
general staff said" and, later, "Shelling of the town killed four civilians". The toll of the
event is 16; another outlet that writes "16 people were killed" agrees with it. A count of
people at large ("14 people were killed") may hold every side, so nothing is added to it or
from beside it; a part of a count ("including four civilians", a civilian sub-group such as
"children"), a single person, a vague figure and a headline add nothing either. Fighters
killed by the other side ("troops killed 23 militants", "the army said it killed 35 rebels")
are that side's claim of enemy losses, not the fighters' own dead, and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from crosswire.divergence.armies import another_army, enemy_count, named_side
from crosswire.divergence.groups import Group, group_of
from crosswire.divergence.intervals import VAGUE
from crosswire.divergence.model import StatedClaim

#: The kinds of ``crosswire.divergence.groups`` that count one side apart from the others.
_SIDES = frozenset(("civilians", "military", "fighters", "police"))
#: Rules whose figure follows an active verb of killing ("troops killed 23 militants"): of
#: an armed side, the count of its killers, not its own.
_ACTIVE = frozenset(("CB02",))
_ARMED = frozenset(("military", "fighters", "police"))
#: A side's own losses told by its verb of loss: "the movement had lost two fighters".
_OWN_LOSS = re.compile(r"\b(?:lost|losing|lose|loses)\s+(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)
#: A claimant of a state's forces: their count of fighters killed is a claim of enemy losses.
_FORCES = re.compile(
    r"\b(?:army|military|armed\s+forces|troops|police|ministry|government|command|forces"
    # the army's units: "the 4th Division said", "the brigade's commander" (30th session)
    r"|spokesman|spokeswoman|general\s+staff|defen[cs]e|division|brigade|battalion)\b",
    re.IGNORECASE,
)
#: A month or a past span in the added count's sentence: another event ("A clash in the same
#: village in March left two civilians dead"), which the background test may let through.
_ELSEWHEN = re.compile(
    r"\b(?:in|since|last|earlier\s+in)\s+(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December|year|month|week)\b|\bearlier\s+this\b"
    # another place or incident, and a later strike in return (review39)
    r"|\belsewhere\b|\bseparate(?:ly)?\b|\bretaliat\w*|\bin\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _side(claim: StatedClaim) -> tuple[str, str | None] | None:
    """The (kind, side) of a whole count of one side, or None. Besides the kinds of
    ``crosswire.divergence.groups``, the sides of a riot or a crackdown: the inmates against
    their guards, the protesters against "the security forces"."""
    group: Group = group_of(claim.group)
    if group.kind == "other" and group.head in _HELD:
        return ("detainees", group.side)
    if group.kind == "other" and _SECURITY_FORCES.search(claim.group or ""):
        return ("police", group.side)
    if group.kind == "civilians" and group.part == "protesters":
        return ("protesters", group.side)
    if group.kind not in _SIDES or group.part is not None:
        return None
    return (group.kind, group.side)


#: The people a prison holds (``groups`` heads, singular): a side of a riot.
_HELD = frozenset(("inmate", "prisoner", "detainee", "convict"))
#: The state's forces named as a body: "members of the security forces".
_SECURITY_FORCES = re.compile(r"\bsecurity\s+forces?\b|\briot\s+police\b", re.IGNORECASE)


def _enemy_claim(claim: StatedClaim, kind: str) -> bool:
    """Armed men counted by those who killed them: "its fighters overran an outpost, killing
    20 soldiers", or fighters killed by the count of the state's forces."""
    if kind in _ARMED and claim.rule in _ACTIVE:
        before = claim.text[: claim.figure_start or 0]
        return _OWN_LOSS.search(before) is None  # "the group said it lost two fighters"
    return kind == "fighters" and _state_claimant(claim)


#: Claimants of a non-state side, whose words may hold a word of ``_FORCES`` ("a Taliban
#: spokesman", "the Martyrs Brigade", "the Liberation Army"); general English of conflict news.
_NON_STATE = re.compile(
    r"\b(?:rebels?|taliban|militias?|militants?|insurgen\w*|guerrillas?|front|movement|martyrs"
    r"|liberation|jihad\w*|mujahideen|separatists?|fighters)\b",
    re.IGNORECASE,
)
#: Claimants who saw the fight and fought on no side: their count of bandits is a toll.
_WITNESSES = re.compile(
    r"\b(?:residents?|villagers?|witness(?:es)?|relatives?|survivors?|locals?|famil(?:y|ies))\b",
    re.IGNORECASE,
)


#: Capitalised words of a state's unit before its forces' word: "the Ninth Division", "the
#: 4th Infantry Brigade", "the Joint Command" (general English of military units).
_UNIT_WORD = re.compile(
    r"(?:The|A|An|\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth|Eleventh|Twelfth|Joint|Infantry|Armou?red|Mechani[sz]ed|Airborne|Marine|Special"
    r"|National|Federal|Royal|Naval|Air|Armed|Defen[cs]e|Interior|Police|Army|Military)",
)


def _state_claimant(claim: StatedClaim) -> bool:
    """A claimant of the state's forces: "the army", "the defence ministry", "a police
    spokesman", "the Ninth Division"; not "a Taliban spokesman", nor a force named by a name
    ("the Arakan Army", "a Houthi military spokesman", "an al-Shabaab spokesman": a name
    before the forces' word may be a non-state side's, so only a unit's words count)."""
    claimant = claim.claimant or ""
    forces = _FORCES.search(claimant)
    if forces is None or _NON_STATE.search(claimant) is not None:
        return False
    named = [w for w in claimant[: forces.start()].split() if any(c.isupper() for c in w)]
    return all(_UNIT_WORD.fullmatch(w) for w in named[-2:])


#: The enemy as a state's communiques name it ("14 terrorists", "five subversives"): only
#: the side that fought them counts them so (general usage of conflict communiques).
_BRANDED = frozenset(("terrorist", "subversive", "narcoterrorist", "narco-terrorist"))


def _branded(claim: StatedClaim) -> bool:
    """A count of the enemy under the state's label, unless a non-state side or a witness
    gives it ("bandits" are left out: witnesses and hospitals name them so too)."""
    if group_of(claim.group).head not in _BRANDED:
        return False
    claimant = claim.claimant or ""
    return _NON_STATE.search(claimant) is None and _WITNESSES.search(claimant) is None


def own_losses(parts: list[StatedClaim]) -> list[StatedClaim]:
    """One sentence's counts less the enemy losses its claimant reports beside another side's
    dead: "Six soldiers and 14 terrorists were killed in clashes" is six of the toll; the 14
    are the command's claim of the other side's dead, as a count of fighters by the state's
    forces is (``with_other_sides`` leaves such claims out when told in sentences of their
    own). A count of the enemy alone stays the toll ("Twelve terrorists were killed")."""
    sided = [(c, _side(c)) for c in parts if not c.single]
    enemy_ids = {
        id(c) for c, side in sided if (side is not None and _enemy_claim(c, side[0])) or _branded(c)
    }
    if not enemy_ids or not any(side is not None and id(c) not in enemy_ids for c, side in sided):
        return parts
    return [c for c in parts if id(c) not in enemy_ids]


def _kin(claim: StatedClaim, beside: Sequence[StatedClaim]) -> StatedClaim:
    """The count whose side a count of no noun or of "others" shares: the one count of another
    category in its sentence that names a side ("Three civilians died ..., and seven others
    were wounded": civilians; "four of its troops had been killed and nine wounded": its
    troops); else ``claim`` itself."""
    if claim.group is not None and claim.group.lower() != "others":
        return claim
    kin = [
        c
        for c in beside
        if c.start == claim.start and c.category != claim.category and not (c.single or c.part)
        if _side(c) is not None and not enemy_count(c)  # not "had killed 20 Lomedan troops"
    ]
    kin = own_losses(kin)
    if len({_side(c) for c in kin}) != 1:
        return claim
    side = _side(kin[0])
    # a wounded count of no noun shares the side of an armed side's dead only ("four of its
    # troops had been killed and nine wounded"), not civilians' ("15 civilians were killed and
    # 38 wounded" may hold anyone)
    armed_dead = side is not None and side[0] in _ARMED and kin[0].category == "killed"
    return (
        kin[0] if claim.group is not None or (armed_dead and claim.category == "wounded") else claim
    )


def _sided(claim: StatedClaim, beside: Sequence[StatedClaim]) -> tuple[str, str | None] | None:
    """The side of a count, or of its kin (``_kin``)."""
    return _side(_kin(claim, beside))


def _armies(own: list[StatedClaim]) -> dict[str, list[str | None]]:
    """The named sides of the chosen sentence's armed counts, by kind; a kind whose count is
    the enemy's men by its claimant's word has none (``crosswire.divergence.armies``)."""
    sides: dict[str, list[str | None]] = {}
    for claim in own:
        side = _side(claim)
        if side is None or side[0] not in _ARMED or claim.single or claim.part:
            continue
        sides.setdefault(side[0], []).append(None if enemy_count(claim) else named_side(claim))
    return sides


def with_other_sides(
    chosen: StatedClaim,
    claims: list[StatedClaim],
    pick: Callable[[Iterable[StatedClaim]], StatedClaim],
    beside: Sequence[StatedClaim] = (),
) -> StatedClaim:
    """``chosen`` (a sentence total) plus the count of each side its sentence does not count,
    told in another sentence; ``claims`` are the article's current claims of the category,
    ``pick`` chooses among one side's counts (the key-figure order) and ``beside`` are all
    the article's claims (which tell the side of "others")."""
    if chosen.stated is None:
        return chosen
    own = [_kin(c, beside) for c in own_losses([c for c in claims if c.start == chosen.start])]
    sides = [_side(c) for c in own if not (c.single or c.part)]  # "four of them seriously"
    kinds = {side[0] for side in sides if side is not None}
    if not kinds or None in sides:
        return chosen  # single people only, or a count of people at large or of no side
    armies = _armies(own)
    others: dict[tuple[str, str | None], list[StatedClaim]] = {}
    for claim in claims:
        kin = _kin(claim, beside)  # "and five were wounded": the side of "three of its soldiers"
        side = _side(kin)
        if side is None or claim.start == chosen.start:
            continue
        if side[0] in kinds:
            if not another_army(kin, armies.get(side[0], [])):
                continue
            side = (side[0], named_side(kin))  # "two of its soldiers", Koreshia's army said
        if claim.single or claim.part or claim.in_title or claim.stated is None:
            continue
        if VAGUE.search(claim.figure_text) or _enemy_claim(claim, side[0]):
            continue
        if _ELSEWHEN.search(claim.text):
            continue
        if any(
            _sided(c, beside) is None
            for c in claims
            if c.start == claim.start and not c.single and not c.part
        ):
            continue  # "14 people were killed, among them four police officers"
        others.setdefault(side, []).append(claim)
    added = sum(pick(counts).stated or 0 for counts in others.values())
    return replace(chosen, stated=chosen.stated + added) if added else chosen
