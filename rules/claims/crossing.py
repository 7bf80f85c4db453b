"""Figures between a figure and its cue: which ones break the binding and which do not.

"about 90 staff at three factories were evacuated": the nearer figure counts places;
"90 firefighters, including 12 divers, were sent": the nearer figure is a part set off after
the whole. Neither takes the cue from the whole's figure. Helpers of ``rules.claims.binding``
(issue 9; the part set off, round 7). General English grammar of news reports.
"""

from __future__ import annotations

import re

from rules.claims.decades import AGE_RANGE
from rules.claims.groups import following_group
from rules.claims.joined_groups import BEFORE_ADJECTIVE
from rules.claims.lexicon import AUX, FORMATIONS
from rules.claims.name_cues import aside_end
from rules.claims.part_aside import in_part_aside
from rules.claims.partitive_gap import verb_after_partitive
from rules.claims.parts import CueHit, Cues
from rules.claims.patterns import ADJECTIVE_GAP, SUBSET_IN_GAP
from rules.claims.relative_main import main_predicate, predicate_after_noun
from rules.nouns import OBJECT_NOUNS, is_human_plural
from rules.numbers import FigureSpan

#: A preposition of place right before a figure: "staff at three factories".
#: ... or after a people's noun and "of": "900 residents of two villages" (51st session; not
#: a bare "30 of 40 buses", a part of a whole).
_PLACE_BEFORE = re.compile(r"\b(?:at|in|from|near|across)\s+$|[a-z]{3}\s+of\s+$", re.IGNORECASE)


def _places_between(text: str, figures: list[FigureSpan], i: int, end: int) -> bool:
    """Every figure after ``i`` and before ``end`` counts places (``_in_a_place``)."""
    for later in figures[i + 1 :]:
        if later.start >= end:
            return True
        if not _in_a_place(text, later):
            return False
    return True


def places_gap(text: str, figures: list[FigureSpan], i: int, end: int) -> str:
    """The text from figure ``i`` to ``end`` with the counts of places in it written as a word:
    "1,500 peacekeepers from 12 countries were deployed" reads as "from several countries", so
    the digits of a place are no break between the people's figure and its verb."""
    start = figures[i].end
    pieces: list[str] = []
    for later in figures[i + 1 :]:
        if later.start >= end or not _in_a_place(text, later):
            break
        pieces += [text[start : later.start], "several"]
        start = later.end
    return "".join(pieces) + text[start:end]


#: A cue that opens with its own finite verb ("are still in surgery", "remain in intensive
#: care") is the predicate, never an adjective of the group before a verb after it.
_FINITE_OPENING = re.compile(r"(?:is|are|was|were|remains?|remained)\s", re.IGNORECASE)
#: The noun of the dead as a cue: what is done with a body after it tells no other fate.
_BODIES = re.compile(r"(?:dead\s+)?(?:bodies|corpses)", re.IGNORECASE)


def governing(text: str, figures: list[FigureSpan], i: int, cues: Cues, index: int) -> CueHit:
    """The cue right after figure ``i``, or the verb after it when that cue is an adjective
    of the group: "two injured workers died" (the verb governs), also across a part set off
    after the whole ("90 firefighters, including 12 divers, were sent")."""
    while index + 1 < len(cues.hits) and (
        _marker_in_group(text, figures[i].end, cues.hits[index])
        or in_part_aside(text, figures[i], cues, index)  # "70 divers, including three injured,"
    ):
        index += 1  # "2,400 rescue workers were sent": the noun CB54 reads is in the group
    cue = cues.hits[index]
    if index + 1 >= len(cues.hits):
        return cue
    if _BODIES.fullmatch(text, cue.start, cue.end):
        return cue  # "three bodies were pulled from the rubble": the dead, whatever the verb
    part_verb = verb_after_partitive(text, figures[i].end, cues, index)
    if part_verb is not None and not crossed(text, figures, i, part_verb.start, places=False):
        return part_verb  # "five of the hostages were killed": the verb tells the part's fate
    gap = text[figures[i].end : cue.start].strip()
    death_next = _hurt_then_died(text, cue, cues.hits[index + 1])
    if gap and not (
        gap.lower() in BEFORE_ADJECTIVE and (_people_next(text, cue.end) or death_next)
    ):
        # but "two other injured workers died", "two other wounded died" (not "three more
        # dead were pulled out")
        # "two medics who crossed the river were hurt": the clause's cue gives way
        main = main_predicate(text, figures[i].end, cues, index)
        if main is None or crossed(text, figures, i, main.start, places=False):
            return cue
        return main
    main = predicate_after_noun(text, cue.end, cues, index)  # "hostages kept by a gang were freed"
    if main is not None and not crossed(text, figures, i, main.start, places=False):
        return main
    if _FINITE_OPENING.match(text, cue.start):
        return cue  # "Nine remain in surgery or in intensive care": a predicate of its own
    governing = cues.hits[index + 1]
    # "the three other injured women, ages 31 to 58, were driven": ages are no break
    between = AGE_RANGE.sub(" ", SUBSET_IN_GAP.sub(" ", text[cue.end : governing.start]))
    if _hurt_then_died(text, cue, governing):
        return governing  # "two wounded died in hospital": the hurt who died
    if governing.cue.category == "deployed" and cue.cue.category in ("wounded", "killed"):
        return cue  # "two wounded soldiers were flown to Bakra": carried for care, not sent
    # "three dead and five others injured": a coordinated figure is no adjective gap.
    if not governing.cue.before or not ADJECTIVE_GAP.fullmatch(between):
        return cue
    if between.lower().endswith(" and the "):
        return cue  # "17 injured miners and the bodies of four others": a new noun phrase
    if governing.cue.transitive and any(
        f.start >= governing.end and not text[governing.end : f.start].strip() for f in figures
    ):
        return cue  # "left 12 dead and wounded 30": a verb with an object of its own
    return cue if crossed(text, figures, i, governing.start, places=False) else governing


def _hurt_then_died(text: str, cue: CueHit, after: CueHit) -> bool:
    """Is ``cue`` a harm adjective used as a noun and ``after`` the death right after it ("two
    (other) wounded died in hospital"; not "5 shooting deaths", a count of deaths)?"""
    return (
        cue.cue.category == "wounded"
        and after.cue.category == "killed"
        and after.cue.before
        and not text[cue.end : after.start].strip()
    )


def _people_next(text: str, at: int) -> bool:
    """Is the word right after ``at`` a plural of people ("injured [workers]")?"""
    match = _NEXT_WORD.match(text, at)
    return match is not None and is_human_plural(match.group(1).lower())


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")

#: Words of a noun group before a marker cue: "2,400 [foreign] rescue workers".
_GROUP_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*){0,2}\s+", re.IGNORECASE)


def _marker_in_group(text: str, start: int, cue: CueHit) -> bool:
    """A cue that binds nothing itself (a noun CB54 reads, "rescuers", "rescue workers") at the
    end of the figure's noun group: the verb after it tells the group's fate."""
    if cue.cue.before or cue.cue.after is not None:
        return False
    return _GROUP_WORDS.fullmatch(text, start, cue.start) is not None and not any(
        w.lower() in AUX for w in text[start : cue.start].split()
    )


def crossed(text: str, figures: list[FigureSpan], i: int, end: int, *, places: bool = True) -> bool:
    """A figure stands between figure ``i`` and ``end`` that is neither a part set off after
    the whole nor (with ``places``) a count of places."""
    if not (i + 1 < len(figures) and figures[i + 1].start < end):
        return False
    if places and _places_between(text, figures, i, end):
        return False
    return not _subsets_between(text, figures, i, end)


def _subsets_between(text: str, figures: list[FigureSpan], i: int, end: int) -> bool:
    """Every figure between ``i`` and ``end`` is inside a part set off after the whole: "90
    firefighters, including 12 divers, were sent" (the part does not break the whole's
    binding; it is read as a part of its own)."""
    spans = [m.span() for m in SUBSET_IN_GAP.finditer(text, figures[i].end, end)]
    # "six people, ranging in age from 18 to 29, were hit": the ages are no count
    spans += [m.span() for m in AGE_RANGE.finditer(text, figures[i].end, end)]
    for later in figures[i + 1 :]:
        if later.start >= end:
            return True
        if not any(s <= later.start < e for s, e in spans):
            return False
    return True


#: "and" (or a comma) right before a figure that counts the equipment sent with people.
#: Or an aside of equipment set off by commas: "900 firefighters, supported by 12 air tankers,
#: were battling the blaze", "300 soldiers, with 40 trucks, were sent".
_AND_BEFORE = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|(?P<aside>(?:,\s*|\s+)(?:supported|backed|aided|assisted"
    r"|accompanied|joined)\s+by\s+|,\s*(?:along\s+|together\s+)?with\s+))$",
    re.IGNORECASE,
)
_ASIDE_CLOSE = re.compile(r"(?:\s+and\s+(?P<more>[a-z]+))?\s*,", re.IGNORECASE)


def things_beside(text: str, figures: list[FigureSpan], i: int, end: int) -> tuple[int, int] | None:
    """ "2,000 sailors and three frigates were sent", "200 troops, 30 armoured
    vehicles and four helicopters were sent": every figure between figure ``i`` and ``end``
    counts things listed after the people (or people in an aside, "joined by 40 soldiers,"),
    so the verb reaches the people past them. The span
    to leave out of the gap (from the first joint to the last things' noun), or None.
    General English grammar of deployment reports (troops sent with their equipment).
    """
    cut: tuple[int, int] | None = None
    previous = figures[i].end
    in_aside = False  # "supported by 14 helicopters and 90 engines,": the aside goes on
    for later in figures[i + 1 :]:
        if later.start >= end:
            break
        joint = _AND_BEFORE.search(text, previous, later.start)
        if joint is None or (cut is None and not text[previous : joint.start()].strip()):
            return None  # "1,500 and two ships": no people named before the things
        rest = text[later.end : end]
        group = following_group(rest)
        head = group.split()[-1].lower() if group else ""
        # "200 police, joined by 40 soldiers, were deployed": people in the aside go too
        # (not after a bare "with": "rose to 63, with 240 people injured" is a clause of its own)
        aside = joint.group("aside") or ""
        in_aside = in_aside or bool(aside)
        people = aside.rstrip().endswith("by") and is_human_plural(head)
        if group is None or not (head in OBJECT_NOUNS or people):
            return None
        previous = later.end + rest.find(group) + len(group)
        close = _ASIDE_CLOSE.match(text, previous, end) if in_aside else None
        if close and (people or (close["more"] or "vehicles").lower() in OBJECT_NOUNS):
            previous = close.end()  # the aside's closing comma ("12 planes and helicopters,")
        cut = (joint.start() if cut is None else cut[0], previous)
    return cut


def _in_a_place(text: str, figure: FigureSpan) -> bool:
    """ "about 90 staff at three factories were evacuated": the nearer figure counts
    places (an object noun after a preposition), so the people's figure reaches past it."""
    if not _PLACE_BEFORE.search(text, max(0, figure.start - 8), figure.start):
        return False
    group = following_group(text[figure.end : figure.end + 60])
    if group is None:
        return False
    head = group.split()[-1].lower()
    # units count formations as places do: "60 marines from three companies were hurt"
    return head in OBJECT_NOUNS or (head in FORMATIONS and " of " not in group.lower())


def without_aside(text: str, cue_start: int, gap: str) -> str:
    """The ``gap`` between an object cue at ``cue_start`` and its figure, less an adverbial
    set off by commas right after an active verb (``name_cues.aside_end``): "killed, in
    cold blood, two farmers"."""
    end = aside_end(gap, 0, text, cue_start)
    return " " if end is not None and not gap[end:].strip() else gap
