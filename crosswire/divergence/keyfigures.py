"""An article's key figure per (category, group): the count it gives as *the* toll of its event.

Articles mention many figures: the toll of the event they report, an earlier war's dead, last
year's total, another incident. Comparison, digests and the evaluation use only the key figure:

1. Background figures are left out: a sentence that places its figure in the past ("since",
   "in 2008", "In 1944", "in a 2015 raid" when the article is from another year, "last
   year", "years ago", "anniversary", "a previous shooting", "so far this year", a tally
   such as "nine riders have been hurt on the line this year") or in another incident
   ("in a separate", "in another shooting", "unrelated", "in that attack" after a sentence
   about a trial or a past year; ``crosswire.divergence.background``). The claims stay true
   statements of the sentence; only the key figure leaves them out, so a past year's death
   is never an article's toll.
2. A toll stated as changed ("rose to 57", "has climbed to", "now stands at") is the latest
   count and wins; within that sentence, the figure after "to" is the new one.
3. Otherwise the headline's figure, then the first figure in the text (the lead); a vague
   quantity ("dozens") gives way to a stated number, and a zero to a figure above it ("No
   officers were hurt" beside "he had wounded a neighbour": the zero is the none of a part).

``category_total`` gives one per-category count with no group, as the GVA evaluation needs:
it adds up each sentence's claims first (``crosswire.divergence.totals``: "six children and two
adults were killed" is 8, "a man and a woman were found dead" is 2, "killed three people and
himself" is 4), picks among those sentence totals in the order above, lets a tally over several
incidents ("six killed in four separate shootings", ``AGGREGATE``) give way to one incident's
figure, and adds a gunman whose death another sentence reports to a toll of a group he is not
part of ("two clerks were killed ... the gunman was shot dead by police" is 3). Each side's
own dead and wounded told apart add up (``crosswire.divergence.other_sides``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crosswire.divergence.background import adds_none, background_for_key, claim_is_background
from crosswire.divergence.died_since import DEATH, hurt_one_died, less_one_died_since
from crosswire.divergence.followed_event import followed_event_figures
from crosswire.divergence.headline_toll import restates, without_restated_headlines
from crosswire.divergence.hurt_died_later import with_hurt_who_died
from crosswire.divergence.in_care import counted_in_sentence, harm_over_care
from crosswire.divergence.intervals import VAGUE
from crosswire.divergence.latest_toll import (
    early_report,
    latest,
    new_toll,
    standing_updates,
    superseded_values,
    with_later_dead,
)
from crosswire.divergence.less_dead import less_the_dead
from crosswire.divergence.live_blog import latest_entry, newest_first
from crosswire.divergence.model import ArticleFindings, StatedClaim
from crosswire.divergence.more_hurt import with_more_hurt
from crosswire.divergence.one_more import with_one_more
from crosswire.divergence.other_sides import with_other_sides
from crosswire.divergence.police_killed import killed_by_police
from crosswire.divergence.refined import refined, with_its_killed
from crosswire.divergence.relayed import relayed
from crosswire.divergence.restated import fuller_restatement
from crosswire.divergence.restated_dead import without_restated_dead
from crosswire.divergence.roundups import AGGREGATE
from crosswire.divergence.self_shot import without_self_shot_if_dead
from crosswire.divergence.shot_lived import one_beside
from crosswire.divergence.totals import ADDED, sentence_total, shot_before_suicide, with_perpetrator
from rules.claims.cb20 import PerpetratorKilled
from rules.claims.cb33 import IncludedPart
from rules.claims.cb45 import BadlyHurtPart
from rules.claims.cb81 import PartOfThem

#: The rule that reads the gunman killed in turn ("before he was shot dead by police").
PERPETRATOR_KILLED = PerpetratorKilled.code
#: A single person and a count joined by "and": "A sergeant and four ...", "four women and a".
_JOINED = re.compile(r"[\w'-]+(?:\s+[\w'-]+){0,3}\s*,?\s+and\s+", re.IGNORECASE)


KeyFigures = dict[tuple[str, str], StatedClaim]
#: The categories whose toll a follow-up may state only by its followed event.
_FOLLOWED_CATEGORIES = frozenset({"killed", "wounded", "killed_or_wounded"})


def key_figures(findings: ArticleFindings) -> KeyFigures:
    """The key figure for each (category, group key) the article gives a number for."""
    candidates: dict[tuple[str, str], list[StatedClaim]] = {}
    # A part beside its whole ("23 killed, including 7 children") is no key figure: the
    # whole is, and outlets name the part's group in different words ("kids", "juveniles").
    wholes = {(c.category, c.start) for c in findings.claims if not c.part}
    for claim in findings.claims:
        if claim.part and (claim.category, claim.start) in wholes:
            continue
        if claim.interval is None or background_for_key(findings, claim):
            continue
        if adds_none(claim):
            continue
        candidates.setdefault((claim.category, claim.group_key), []).append(claim)
    # A follow-up's only toll of a category is the followed event's (``followed_event``).
    stated = {category for category, _ in candidates}
    for category in _FOLLOWED_CATEGORIES - stated:
        for claim in followed_event_figures(findings.claims, category):
            if not (claim.part and (claim.category, claim.start) in wholes):
                candidates.setdefault((claim.category, claim.group_key), []).append(claim)
    # "Shelling kills 12" over "Twelve soldiers were killed, the ministry said": one toll
    return without_restated_headlines({key: _pick(c) for key, c in candidates.items()})


def category_total(findings: ArticleFindings, category: str) -> StatedClaim | None:
    """One figure for a category regardless of group: the key figure among sentence totals.

    Each sentence's claims of the category are added up first (``sentence_total``), so
    "a man and a woman were found dead" is a count of two, not two single people, and
    "killed three people and himself" is four. The choice among sentences then follows
    the key-figure order (updates, headline, lead). Returns the chosen sentence's first
    claim with ``stated`` replaced by the sentence total, or ``None``.
    """
    chosen = _sentence_pick(findings, category)
    if chosen is not None and category == "wounded":
        return with_other_sides(chosen, _current(findings, category), _pick, findings.claims)
    if chosen is None or category != "killed":
        return chosen
    current = _current(findings, category)
    # "A man was found dead. A woman was also found dead.": one more single death; "killing
    # one man and wounding four. One of the injured later died": one of the hurt died
    chosen = with_hurt_who_died(with_one_more(chosen, current), findings.claims)
    chosen = with_other_sides(chosen, current, _pick, findings.claims)
    return with_perpetrator(chosen, current, findings.text)


def _current(findings: ArticleFindings, category: str) -> list[StatedClaim]:
    """The claims of a category with a figure that are not background."""
    claims = list(findings.claims)
    if category in ("killed", "wounded"):
        claims.extend(c for c in shot_before_suicide(claims) if c.category == category)
    current = [
        c
        for c in claims
        if c.category == category
        and c.interval is not None
        and c.stated is not None
        and not background_for_key(findings, c)
        and not adds_none(c)
    ]
    current = [c for c in current if not AGGREGATE.search(c.text)] or current
    # A follow-up's only toll is the followed event's ("arrested in the shooting that killed
    # two men last month"): with no current figure of the category, that toll is the key.
    return current or followed_event_figures(claims, category)


def _sentence_pick(findings: ArticleFindings, category: str) -> StatedClaim | None:
    sentences: dict[tuple[int, int], list[StatedClaim]] = {}
    for claim in _current(findings, category):
        sentences.setdefault(_sentence_key(claim), []).append(claim)
    for key in [k for k in sentences if k[1] and all(c.single for c in sentences[k])]:
        # "5 killed in Orme; suspect dead": a single person is no headline of its own
        sentences.setdefault((key[0], 0), []).extend(sentences.pop(key))
    if not sentences:
        return None
    sentences = _wholes_first(sentences)
    totals = {
        start: new_toll(parts) or sentence_total(counted_in_sentence(parts), findings.text)
        for start, parts in sentences.items()
    }
    # a figure told as an earlier toll gives way wherever it is restated (not in a headline)
    old = superseded_values([c for parts in sentences.values() for c in parts])
    current = {k: t for k, t in totals.items() if t.in_title or t.stated not in old}
    totals = current or totals
    # "four soldiers were wounded" ... "27 were treated, among them the four soldiers": the
    # earlier count is told again as a part of a later one, which is the key
    parts = {(c.stated, c.group_key) for group in sentences.values() for c in group if c.part}
    totals = {
        k: t for k, t in totals.items() if t.part or (t.stated, t.group_key) not in parts
    } or totals
    sentences = {k: sentences[k] for k in totals}
    body = sorted((t for t in totals.values() if not t.in_title), key=_sentence_key)
    order = newest_first(findings.text) if body else None
    if order is not None:  # a live page: the toll of its latest entry, unless it is less
        return latest_entry(body if order else body[::-1])  # than one before and no update
    chosen = with_later_dead(_pick, totals.values())
    if chosen.in_title:
        return _fuller_lead(chosen, sentences, totals) or chosen
    # "wanted in the killing of three teenagers ... the three teenagers and a woman were shot"
    fuller = fuller_restatement(chosen, sentences, totals)
    # "The two people who died ..." after "killing two people before police shot him dead"
    return fuller or _fuller_lead(chosen, sentences, totals, joined=False) or chosen


def _wholes_first(
    sentences: dict[tuple[int, int], list[StatedClaim]],
) -> dict[tuple[int, int], list[StatedClaim]]:
    """A sentence of parts only ("Those killed included two police officers") gives way to a
    toll told elsewhere in the article ("The bombing killed 14 people in all"): review 17.
    Kept, a subset of another part is no addend of its sentence ("Nine of the survivors,
    including three children, were treated" is 9). A part larger than every whole is kept:
    it is a part of no count told (of the rescued, of the survivors)."""
    wholes = {k: v for k, v in sentences.items() if not all(c.part for c in v)}
    if not wholes:
        return {k: _without_subsets(v) for k, v in sentences.items()}
    # a part larger than every whole (summed by sentence) is part of none of them ("Nine of
    # the rescued were taken to hospital ... a nurse said two boys were in intensive care")
    largest = max(sum(c.stated or 0 for c in v if not c.part) for v in wholes.values())
    return {
        k: v if k in wholes else _without_subsets(v)
        for k, v in sentences.items()
        if k in wholes or max(c.stated or 0 for c in v) > largest
    }


#: The rules whose parts are subsets of a count told beside them ("including three children",
#: "eight of them pupils", "four of them with serious injuries").
_SUBSET_RULES = frozenset((IncludedPart.code, PartOfThem.code, BadlyHurtPart.code))


def _without_subsets(parts: list[StatedClaim]) -> list[StatedClaim]:
    return [c for c in parts if c.rule not in _SUBSET_RULES] or parts


def _sentence_key(claim: StatedClaim) -> tuple[int, int]:
    """The sentence a claim is summed in; a headline's counts joined by a semicolon are two
    headlines ("Four civilians killed as shelling breaks truce; war toll passes 3,800"; a
    single person after it is joined back by the caller)."""
    if not claim.in_title or claim.figure_start is None:
        return (claim.start, 0)
    return (claim.start, claim.text.count(";", 0, claim.figure_start))


def _fuller_lead(
    title: StatedClaim,
    sentences: dict[tuple[int, int], list[StatedClaim]],
    totals: dict[tuple[int, int], StatedClaim],
    *,
    joined: bool = True,
) -> StatedClaim | None:
    """The body's first sentence that states the headline's count beside single people.

    A headline shortens its lead: "Sergeant and four villagers killed" over "A sergeant and
    four villagers were killed", "Gunman kills three" over "A gunman killed three people ...
    before he was shot dead". The lead's sentence holds the headline's figure (not "four
    others", counted besides someone) and, besides it, only single people joined to it by
    "and" (unless not ``joined``, for a body's count) or the gunman killed in turn (CB20,
    "before police shot him dead"); its total is the toll.
    """
    if title.stated is None:
        return None
    body = sorted(k for k, t in totals.items() if not t.in_title)
    for start in sorted(totals) if joined else body[:1]:  # a body's count: the lead alone
        total = totals[start]
        parts = [c for c in sentences[start] if not c.part]
        counts = [
            c
            for c in parts
            if not c.single
            and (c.stated, c.qualifier) == (title.stated, title.qualifier)
            and not ADDED.match(c.group or "")
        ]
        singles = [c for c in parts if c.single]
        if (
            total.in_title
            or not counts
            or not singles
            or total.stated != title.stated + len(singles)
        ):
            continue
        if all(
            c.rule == PERPETRATOR_KILLED
            or killed_by_police(c)
            or (joined and _joined(c, counts[0]))
            for c in singles
        ):
            return total
    return None


def _joined(one: StatedClaim, count: StatedClaim) -> bool:
    """ "A sergeant and four villagers", "four women and a man": the single person and the
    count are joined by "and", with nothing but their own words between."""
    if one.figure_start is None or count.figure_start is None:
        return False
    low, high = sorted((one.figure_start, count.figure_start))
    return _JOINED.fullmatch(one.text, low, high) is not None


def _pick(claims: Iterable[StatedClaim]) -> StatedClaim:
    ordered = sorted(claims, key=lambda c: (c.start, c.figure_start or 0))
    definite = [c for c in ordered if not VAGUE.search(c.figure_text)]
    ordered = definite or ordered
    # A zero beside someone hurt is the none of a part ("No officers were hurt", "no one
    # inside the house was hurt", after "he had wounded his neighbour"): the hurt one wins.
    ordered = [c for c in ordered if c.stated != 0] or ordered
    counts = [c for c in ordered if not c.single]  # "a man was killed" is one of a toll
    ordered = counts or ordered
    # "according to the Orvik Herald": another outlet's figure, not the article's own account
    ordered = [c for c in ordered if not relayed(c)] or ordered
    updates = standing_updates(ordered)
    if updates:
        return latest(updates)
    titled = [c for c in ordered if c.in_title]
    if not titled:
        return refined(ordered)
    # The body usually restates the headline's figure with its source: prefer that claim.
    head = titled[0]
    same = [c for c in ordered if not c.in_title and restates(head, c)]
    if not same and head.qualifier == "exact":
        # headlines drop "at least" and "about" ("Flood kills 14" over "At least 14 people
        # died, the ministry said"): the body's qualified restatement of the same number
        same = [c for c in ordered if not c.in_title and c.stated == head.stated]
    return (same or titled)[0]


def wounded_total(findings: ArticleFindings) -> float | None:
    """The wounded count, or, when the article gives at most one, its casualties less its dead.

    "Four people were shot, one fatally" states no wounded figure; 4 - 1 = 3 wounded. The
    shot counted besides the dead ("two other men were shot") are all wounded, and beat a
    smaller wounded count, a part of them ("a man died and nine others were shot ... six were
    treated and released" is 9 wounded, not 6). When nobody died, all the shot are wounded:
    "Five people were shot ... three were taken to a hospital" is 5 wounded, the three a part
    of them (``_all_shot_lived``). The dead told again by their wounds are no count of it.
    """
    findings = without_restated_dead(without_self_shot_if_dead(findings), category_total)
    current = _current(findings, "wounded")
    chosen = with_more_hurt(category_total(findings, "wounded"), current, findings.claims)
    chosen = harm_over_care(chosen, findings, category_total)  # not "3 still in hospital"
    killed = _sentence_pick(findings, "killed")
    chosen = with_its_killed(chosen, killed, current, findings.claims)  # not a rival's
    # the key's killed claim, or, when its sentence tells no one hurt, a later pronoun's
    # death ("... fatally shot a girl. The girl suffered a wound ... she was pronounced dead")
    deaths = [killed] if killed is not None else []
    if killed is not None and chosen is not None and _sentence_key(chosen) != _sentence_key(killed):
        deaths += _current(findings, "killed")
    if killed is not None and killed.stated == 1 and any(hurt_one_died(chosen, c) for c in deaths):
        chosen = None  # "A welder was shot and wounded ... he died": no one else was hurt
    wounded = less_one_died_since(killed, chosen, less_the_dead(findings, chosen, killed))
    shot = category_total(findings, "killed_or_wounded")
    if wounded is not None and shot is not None and early_report(shot):
        shot = None  # "First reports said seven were hit ... Police said six were wounded"
    casualties = _stated(shot)
    besides = _shot_besides(findings, shot)
    if wounded is not None and wounded > 1:
        if (
            besides
            and casualties is not None
            and casualties > wounded
            and _beside_dead(findings, shot)
        ):
            return casualties  # "nine others were shot": all of them lived
        return _all_shot_lived(findings, chosen, shot) or wounded
    # The dead among the shot: the one who opened fire is seldom counted among them.
    dead = 0 if besides else _stated(_sentence_pick(findings, "killed")) or 0
    if casualties is not None and casualties - dead > (wounded or 0):
        return casualties - dead
    return wounded


def _shot_besides(findings: ArticleFindings, shot: StatedClaim | None) -> bool:
    """Whether the shot are counted besides the dead ("one dead and 11 others shot"): all of
    them lived, so a smaller wounded count is a part of them told by its care or condition.
    "He and three others were shot" counts him too; only "others" alone are besides."""
    if shot is None or ADDED.match(shot.group or "") is None:
        return False
    # a background figure beside them ("raised to 31 the number ... this year") is apart
    same = [
        c
        for c in findings.claims
        if c.category == shot.category
        and c.start == shot.start
        and not claim_is_background(findings, c)
    ]
    return len(same) == 1


def _beside_dead(findings: ArticleFindings, shot: StatedClaim | None) -> bool:
    """Whether the sentence of the shot ``others`` also counts the dead they are beside."""
    return shot is not None and any(
        c.category == "killed" and c.start == shot.start for c in findings.claims
    )


def _all_shot_lived(
    findings: ArticleFindings, wounded: StatedClaim | None, shot: StatedClaim | None
) -> float | None:
    """The count of the shot when the article tells of no death and it exceeds the wounded.

    Being shot is being wounded or killed, so with nobody killed every one of the shot was
    wounded, and a smaller wounded count is a part of them told apart by its care or
    condition ("two more reached a clinic on their own"). Not when the wounded count's
    sentence tells of a death ("Ida Marr died at the scene and three others were hurt": the
    rules may have missed her), nor when the article states any killed figure.
    """
    casualties = _stated(shot)
    if wounded is None or wounded.stated is None or casualties is None:
        return None
    if one_beside(shot, wounded) and _sentence_pick(findings, "killed") is None:
        return casualties + wounded.stated  # "a girl was struck ... and two adults were grazed"
    if casualties <= wounded.stated or DEATH.search(wounded.text):
        return None
    return None if _sentence_pick(findings, "killed") is not None else casualties


def _stated(claim: StatedClaim | None) -> float | None:
    return None if claim is None else claim.stated
