"""A figure bound to a cue before or after it, and figures that share a cue by coordination."""

from __future__ import annotations

import functools
import re

from rules.changed_values import without_old_value
from rules.claims.ages import age_of_a_part
from rules.claims.brought_to import brought_to_gap
from rules.claims.crossing import crossed, governing, places_gap, things_beside, without_aside
from rules.claims.day_gap import DAY_AFTER_AUX
from rules.claims.decades import without_decades
from rules.claims.gap_marks import SCARE_QUOTED, relative_opened
from rules.claims.gap_words import announced, group_and_aux, other_than_words, without_possessor
from rules.claims.groups import (
    acceptable,
    following_group,
    group_text,
    has_cue,
    looks_passive,
    set_at_gap,
    skip_relative_clause,
    toll_gap,
    toll_gap_words,
    without_asides,
)
from rules.claims.initialisms import undotted
from rules.claims.let_go import not_its_verb, past_released
from rules.claims.lexicon import (
    ADJECTIVE_CUES,
    MORE_THAN_VERBS,
    NEGATION,
    OBJECT_GAP_WORDS,
    PASSIVE_AUX,
    RELATIVE,
    TOLL_PREPOSITIONS,
    TOLL_WORDS,
    WINDOW,
)
from rules.claims.listed_singles import bare_lead, counts_people, toll_is, without_listed_singles
from rules.claims.name_cues import NAMED_LEAD
from rules.claims.own_verb import own_clause_and, own_clause_before, own_verb_after
from rules.claims.partitive_gap import past_value_or_whole
from rules.claims.parts import Binding, CueHit, Cues
from rules.claims.patterns import (
    AGE_ADJECTIVE,
    ALONG_WITH,
    AMONG_THE,
    COORDINATION,
    FAMILY_OF,
    GAP_BREAK,
    GAP_BREAK_ALONG,
    HEDGE_BEFORE,
    NEW_CLAUSE,
    OBJECT_LEAD,
    OWN_VERB_AFTER,
    PARENTHETICAL,
    SUBSET_IN_GAP,
    WORD,
)
from rules.claims.people_series import without_people_series
from rules.claims.set_tolls import bare_toll
from rules.claims.survival_gap import survival_between, survivors_shared_fate, without_survival_but
from rules.claims.toll_aside import toll_aside_end, verb_on_gap, without_toll_aside
from rules.claims.toll_people import counted_group, toll_people
from rules.cue_fragments import COUNTED_KILLINGS, NEUTRALISED
from rules.model import Figure
from rules.nouns import OBJECT_NOUNS, is_human_plural
from rules.numbers import FigureSpan
from rules.part_of_whole import WHOLE_AFTER_PART


def bind_before(text: str, figures: list[FigureSpan], i: int, cues: Cues) -> Binding | None:
    """The figure precedes its cue: "12 soldiers were killed", "40 dead"."""
    figure = figures[i]
    index = cues.next_predicate(text, figure.end)  # not "in the shooting"
    index = past_released(text, figure, cues, index)  # "9 other people [names not released]"
    if index is None:
        return None
    cue = governing(text, figures, i, cues, index)
    if cue is not cues.hits[index] and not_its_verb(text, figure, cues, cue):
        cue = cues.hits[index]  # "a video of the two hostages was released": not theirs
    if not cue.cue.before or cue.start - figure.end > WINDOW:
        return None
    raw_gap = places_gap(text, figures, i, cue.start)
    if crossed(text, figures, i, cue.start):
        beside = things_beside(text, figures, i, cue.start)
        if beside is None:
            return None  # a figure between, unless it counts places: "staff at three factories"
        raw_gap = text[figure.end : beside[0]] + text[beside[1] : cue.start]
    if survival_between(raw_gap) or own_clause_and(raw_gap):
        return None  # "212 survived and the rest are feared dead", "2 creeks burst ... and"
    if raw_gap[-1:] in ('"', "\u201c", "'", "\u2018") and cue.cue.pattern == NEUTRALISED:
        raw_gap = raw_gap[:-1]  # the euphemism in scare quotes: 'had been "neutralised"'
    raw_gap = relative_opened(raw_gap, cue.cue.category)  # "the two others, who were hurt,"
    gap = _clean_gap(without_survival_but(raw_gap))  # "3 survived but were hit": theirs
    if gap is None:
        return None
    written = WORD.findall(gap)
    words = [w.lower() for w in written]
    if len(words) > 20 or other_than_words(gap, written, gap.count(" ") + gap.count(",")):
        return None
    if words[:1] == ["as"] or (words[-1:] == ["the"] and len(words) > 4):
        return None  # "rose to 31 as burned workers died"; "...photographs of the missing"
    if len(words := skip_relative_clause(words, figure.figure.text)) > 12:
        return None
    names = {w.lower() for w in written if w.istitle()}  # "the Kelly family"
    if (split := group_and_aux(words, names)) is None:
        return None
    group_words, aux_words, group_open = split
    if any(w in NEGATION for w in aux_words):
        return None
    if cue.cue.transitive and not aux_words and group_words[-1:] in (["and"], ["or"]):
        return None  # "affected 2.3 million people and displaced 400,000": a second verb
    if not group_open and not aux_words:
        return None
    # "3 gunmen killed a guard" is active; a bare "Two captured pilots" or "12 killed" is not.
    active = cue.cue.transitive and words and not PASSIVE_AUX.intersection(aux_words)
    if active and not looks_passive(text[cue.end : cue.end + 40]):
        return None
    if figure.figure.qualifier == "unspecified" and not group_words and not aux_words:
        following = following_group(text[cue.end : cue.end + WINDOW])
        adjective = text[cue.start : cue.end].lower() in ADJECTIVE_CUES
        if not (adjective and following and is_human_plural(following.split()[-1])):
            return None  # "several injured" alone; but "a number of wounded people"
    if words and cue.cue.pattern == COUNTED_KILLINGS:
        return None  # "30 cases of murders" counts cases
    group = group_text(written, group_words)
    adjective = text[cue.start : cue.end].lower() in ADJECTIVE_CUES or cue.cue.transitive
    if group is None and not words and adjective:
        group = following_group(text[cue.end : cue.end + WINDOW])  # "30 dead civilians"
    return Binding(figure, cue, group, len(words))


@functools.lru_cache(maxsize=4096)
def _clean_gap(gap: str) -> str | None:
    """The words between a figure and its cue with ages, asides and subsets taken out; None
    when a clause or sentence break stands between them. Remembered: news repeats its gaps."""
    gap = undotted(gap)  # "two U.S. soldiers": the dots are no break
    if " on " in gap.lower() or " last " in gap.lower():
        gap = DAY_AFTER_AUX.sub(r"\g<aux>", gap)  # "was on Sunday lynched"
    if '"' in gap or "\u201c" in gap:
        gap = SCARE_QUOTED.sub(r" \g<words> ", gap)  # 'more than 40 "apostate policemen" were'
    if "-" in gap:
        gap = AGE_ADJECTIVE.sub(" ", gap)  # "2 16-year-old boys"
    if "0" in gap or "age" in gap or " who " in gap or " of " in gap:
        gap = without_decades(gap)  # "two men in their 20s", "men aged 20 to 30 were killed"
    if _DIGIT.search(gap):  # every match holds one; most gaps have none
        gap = WHOLE_AFTER_PART.sub(r"\1", _NUMBERED_NAME.sub(r"\1", gap))  # "Pier 9", "of its 43"
    # Each rewrite below needs a character or word it looks for; most gaps have none.
    if "," in gap or "(" in gap or "[" in gap or "-" in gap:  # "600 soldiers, police and ..."
        gap = PARENTHETICAL.sub(" ", without_people_series(gap))
    lowered = gap.lower()
    if "includ" in lowered or "of" in lowered or "among" in lowered or "most" in lowered:
        if _PART_RELATIVE.search(gap):
            return None  # "8 survivors, including a nurse who had been missing": the part's verb
        gap = SUBSET_IN_GAP.sub(" ", gap)
    if "among" in lowered:
        gap = AMONG_THE.sub(" were ", gap)  # "two firefighters were among the injured"
    return None if GAP_BREAK.search(gap) else gap


def bind_after(text: str, figures: list[FigureSpan], i: int, cues: Cues) -> Binding | None:
    """The figure follows its cue: "killing 12 people", "the death toll rose to 40"."""
    figure = figures[i]
    last = cues.last_before(figure.start)
    cue = cues.hits[last] if last is not None else None
    if cue is not None and cue.cue.after != "toll" and last is not None:
        cue = _toll_around(text, cues, last, figure.start) or cue
    if cue is not None and figure.start - cue.end > WINDOW:
        return None
    if cue is None or cue.cue.after is None or figure.figure.min == 0 == figure.figure.max:
        return None
    if i > 0 and figures[i - 1].end > cue.end and not _in_toll_phrase(text, cue, figures[i - 1]):
        return None
    gap = _cue_gap(text, cue, figure)
    bare = owned = False
    if cue.cue.after == "object":
        gap = without_listed_singles(without_aside(text, cue.start, gap))  # "killed A, his aide,"
        gap, owned = without_possessor(gap)  # "killed the couple's two sons"
        if bare := cue.cue.category in ("killed", "wounded") and bare_lead(gap) is not None:
            gap = " "  # a headline's "kills wife, 2 children": the wife is counted apart
    written = WORD.findall(gap)
    words = [w.lower() for w in written]
    if other_than_words(gap, written, len(gap) - len("".join(gap.split()))):
        return None
    family = None
    if cue.cue.after == "object":
        lead = OBJECT_LEAD.fullmatch(gap) or NAMED_LEAD.fullmatch(gap)
        family = FAMILY_OF.fullmatch(gap) if "famil" in gap else None
        if lead is not None and OWN_VERB_AFTER.match(text, figure.end):
            return None  # "killed the guard and the other two officers fled"
        if lead is not None or family is not None:
            # "killed her and three others": the one before is counted apart; "killed a
            # family of five": the five are the object
            words = []
        if len(words) > 3 or any(w not in OBJECT_GAP_WORDS for w in words):
            return None
        hedge = HEDGE_BEFORE.search(text[max(0, cue.start - 30) : cue.start])
        if hedge is not None and not announced(cue.cue.category, hedge.group()):
            return None
    else:
        # None: "pronounced dead ... was 19", "taken hostage by one man", "dead were over 80"
        no_toll = _by_agent(text, cue, words) or age_of_a_part(text, cue.start, cue.end)
        toll = None if no_toll else toll_gap_words(text, cue.start, words)
        if toll is None or len(toll) > 8 or any(w not in TOLL_WORDS for w in toll):
            return None
        if not (words := toll) and not bare_toll(text, cue, figure):
            return None
    group = following_group(text[figure.end + _closing_quote(text, figure) : figure.end + WINDOW])
    if (bare or owned or toll_is(cue.cue.after, words, group)) and not counts_people(group):
        return None  # "shoots girl, 15": an age; "the valley's 9,000 antelope", "were 2 cars"
    if group is None and family is not None:
        group = "family"
    if group is None:
        group = counted_group(text, cue.start, cue.end)
    stated = figure.figure
    if stated.qualifier == "exact" and MORE_THAN_VERBS.intersection(words):
        # "casualties exceeded 1,500" says more than 1,500
        moved = Figure(stated.min, None, "more_than", stated.text)
        figure = FigureSpan(figure.start, figure.end, moved)
    return Binding(figure, cue, group, len(words))


def _cue_gap(text: str, cue: CueHit, figure: FigureSpan) -> str:
    """The words between a cue and the figure after it, as the binding reads them."""
    gap = text[cue.end : figure.start]
    if gap[-1:] in ('"', "\u201c", "\u2018") or gap.endswith(" '"):
        gap = gap[:-1]  # a quoted claim: 'said it had killed "more than 100 fighters"'
    if gap[:1] in "\"\u201d'\u2019" and text[cue.start - 1 : cue.start] in "\"\u201c'\u2018":
        gap = gap[1:]  # a verb in scare quotes: 'troops had "neutralised" 12 of the gunmen'
    if cue.cue.after == "toll":
        gap = without_toll_aside(gap)  # "The toll, which the ministry said was provisional,"
        if (people := toll_people(text, cue.start, cue.end)) and gap.startswith(people[0]):
            gap = gap[len(people[0]) :]  # "the number of dead inmates at 23"
        gap = without_old_value(gap, text[max(0, cue.start - 60) : cue.end])  # "rose by 12 to"
        before = text[max(0, cue.start - 40) : cue.start]
        if "be" in gap:
            # an estimate of the toll as it stands ('the toll "could be between 60 and 80"'),
            # not a projection ("could rise to 100", which stays unread)
            gap = _MAY_BE.sub(" is ", gap)
        the = text[cue.start : cue.start + 4].lower() == "the "
        return brought_to_gap(before, set_at_gap(before, verb_on_gap(gap)), the)
    if "total" in gap:
        return _A_TOTAL_OF.sub(" ", gap)  # "killed a total of 87 people": the count itself
    return gap


def _in_toll_phrase(text: str, cue: CueHit, between: FigureSpan) -> bool:
    """A figure inside the phrase that says whose toll it is ("the toll across the three
    villages could be ..."): it stands between a toll noun and its figure without ending it."""
    if cue.cue.after != "toll":
        return False
    first = text[cue.end : between.start].split()[:1]
    aside = toll_aside_end(text, cue.end)  # "The toll, which stood at 9, rose to 12"
    return (bool(first) and first[0].lower() in TOLL_PREPOSITIONS) or between.end < (aside or 0)


#: A modal "be" before a toll's figure, with a quotation mark that may open the words quoted.
_MAY_BE = re.compile(r"\s+[\"\u201c]?(?:could|may|might)\s+(?:well\s+)?be\s+", re.IGNORECASE)


def _closing_quote(text: str, figure: FigureSpan) -> int:
    """1 when the figure alone stands in quotation marks ('killed "between 150 and 200"
    detainees'): its group follows the closing mark."""
    opened = text[figure.start - 1 : figure.start] in ('"', "\u201c")
    return 1 if opened and text[figure.end : figure.end + 1] in ('"', "\u201d") else 0


def _toll_around(text: str, cues: Cues, last: int, at: int) -> CueHit | None:
    """A toll noun whose phrase holds the cue nearest the figure: "the death toll from
    Saturday's shooting rose to three" binds "three" to "toll", not to "shooting"."""
    for j in range(last - 1, max(-1, last - 4), -1):
        toll = cues.hits[j]
        if toll.cue.after != "toll" or at - toll.end > WINDOW:
            continue
        gap = text[toll.end : at]
        rest = set_at_gap(text[max(0, toll.start - 40) : toll.start], toll_gap(gap))
        if len(rest) < len(gap) and at - len(rest) >= cues.hits[last].end:
            return toll
    return None


def coordinate(text: str, figures: list[FigureSpan], cues: Cues, bound: dict[int, Binding]) -> None:
    """Let "12 soldiers and 3 civilians were killed" give both figures the cue."""
    vague = [f.figure.qualifier == "unspecified" or f.figure.max == 0 for f in figures]
    for i in range(len(figures) - 2, -1, -1):
        right = bound.get(i + 1)
        if i in bound or right is None or right.cue.start < figures[i + 1].start or vague[i]:
            continue
        between = text[figures[i].end : figures[i + 1].start]
        if _own_clause(without_asides(between)):
            continue  # "five guests, two of which were cousins, one gravely hurt"
        if _AMONG_BEFORE.search(text, max(0, figures[i].start - 60), figures[i].start):
            continue  # "Among the survivors were 11 children, and six were hurt": its own clause
        if _OF_THEM.match(text, figures[i + 1].end):
            continue  # "affected 90,000 people, and 8,000 of them were displaced": a part
        if survival_between(between) or own_clause_before(text, figures[i].start, between):
            continue  # "ten passengers survived and 30 others were killed", "Four men arrived and"
        if past_value_or_whole(text, figures[i].start, between):
            continue  # "up from 43 on Friday, and 9,000 fled"; "Of the 14 aboard, ten were hurt"
        if _counts_things(between):
            continue  # "In the three previous raids, one guard was hurt": events, not people
        listed = without_listed_singles(without_asides(between))  # "four farmers, a nurse and"
        if COORDINATION.fullmatch(listed) and not has_cue(
            figures[i].end, figures[i + 1].start, cues
        ):
            candidate = Binding(figures[i], right.cue, following_group(between), right.distance)
            if acceptable(candidate) and not survivors_shared_fate(candidate, between):
                bound[i] = candidate
    for i in range(1, len(figures)):
        left = bound.get(i - 1)
        if i in bound or left is None or left.cue.start > figures[i - 1].start or vague[i]:
            continue
        between = text[figures[i - 1].end : figures[i].start]
        single = figures[i].figure.min == 1 and figures[i].figure.text[:1].isalpha()
        if (single and NEW_CLAUSE.match(text, figures[i].end)) or own_verb_after(text, figures[i]):
            continue  # "detained 7 protesters and a man was later charged"; "and two men fled"
        if COORDINATION.fullmatch(without_asides(between)) and not has_cue(
            figures[i - 1].end, figures[i].start, cues
        ):
            candidate = Binding(
                figures[i],
                left.cue,
                following_group(text[figures[i].end : figures[i].end + WINDOW]),
                0,
            )
            if acceptable(candidate):
                bound[i] = candidate


#: A name's number ("Pier 9", "Route 66", "Terminal 2B"): no count, so no break (general English).
_NUMBERED_NAME = re.compile(r"(\b[A-Z][a-z]{2,})\s+\d{1,4}[A-Z]?\b")
_DIGIT = re.compile(r"\d")
#: A cue that ends on a passive participle ("taken hostage", "held captive"): "by" after it
#: names the agent, not a date ("the toll by Sunday").
_PARTICIPLE_END = re.compile(r"(?:\b(?:taken|held)\s+\w+|ed)$", re.IGNORECASE)


def _by_agent(text: str, cue: CueHit, words: list[str]) -> bool:
    """ "taken hostage by one man": "by" alone after a passive cue names the agent."""
    return words == ["by"] and _PARTICIPLE_END.search(text, cue.start, cue.end) is not None


#: An inverted "among" clause before a figure ("Among the survivors were 11 children"): the
#: figure's predicate is that clause, so it shares no cue after it (general English).
_AMONG_BEFORE = re.compile(r"\bamong\s+[\w\s'-]{1,40}?\s+(?:were|was|are|is)\s+$", re.I)
#: A figure that counts a part of the one before it ("8,000 of them"), so shares no cue with it.
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)
#: A part's own relative clause in the past perfect at the end of a gap tells the part's earlier
#: state, not the whole's fate ("8 survivors, including a nurse who had been missing"); in the
#: simple past it may tell both ("six hikers, including a guide who was struck in the arm").
_PART_RELATIVE = re.compile(
    r"\b(?:including|among\s+them)\b[^;:.]{0,80}?\b(?:who|which|that)\s+had\s+been\s+"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
#: "a total of" between a verb and its count ("killed a total of 87 people"; general English).
_A_TOTAL_OF = re.compile(r"\ba\s+total\s+of\s*$", re.IGNORECASE)


def _counts_things(between: str) -> bool:
    """The noun the left figure counts ends in a thing or an event ("three previous raids,")."""
    words = WORD.findall(between.split(",")[0])
    return bool(words) and words[-1].lower() in OBJECT_NOUNS


def _own_clause(between: str) -> bool:
    """Does the figure before ``between`` head a clause of its own (a relative pronoun or a
    finite auxiliary), so it shares no cue with the figure after? Not when ``between`` ends
    in a coordinator: "four miners who had been trapped and two rescuers died" coordinates
    the two figures, and the relative clause sits inside the first of them."""
    words = [word.lower() for word in WORD.findall(between)]
    if words and words[-1] in ("and", "or"):
        # ... but a finite verb of its own with no relative pronoun is a main clause: "51
        # were brought to the surface and nine remain trapped" (the 51 are not trapped).
        return bool(set(words) & PASSIVE_AUX) and not set(words) & RELATIVE
    return bool(set(words) & (RELATIVE | PASSIVE_AUX))


def along_with(text: str, figures: list[FigureSpan], cues: Cues, bound: dict[int, Binding]) -> None:
    """ "X was killed near his home, along with two bodyguards": the figure shares the cue."""
    for i, figure in enumerate(figures):
        if i in bound or figure.figure.qualifier == "unspecified":
            continue
        if not ALONG_WITH.search(text, max(0, figure.start - 25), figure.start):
            continue
        if (last := cues.last_before(figure.start)) is None:
            continue
        cue = cues.hits[last]
        previous = figures[i - 1].end if i > 0 else 0
        if figure.start - cue.end > WINDOW or previous > cue.start:
            continue
        if GAP_BREAK_ALONG.search(text, cue.end, figure.start):
            continue
        group = following_group(text[figure.end : figure.end + WINDOW])
        candidate = Binding(figure, cue, group, 0)
        if acceptable(candidate):
            bound[i] = candidate
