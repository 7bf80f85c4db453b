"""People counted one by one: lists, named victims with ages, 'one more', suicides, fatal parts."""

from __future__ import annotations

import re
from dataclasses import replace

from rules.categories import CASUALTY_CATEGORIES
from rules.claims.fates import (
    DEATH_BEFORE_WOUNDS,
    DIED_SINCE,
    DIED_THERE,
    PART_OF_BEFORE,
    SHOT_DEAD_AFTER,
    SURVIVED,
    WOUNDS_LEFT,
    natural_death,
)
from rules.claims.figures import could_be_one, has_any
from rules.claims.groups import looks_passive
from rules.claims.lexicon import (
    DIED_THERE_CUE,
    FATAL_CUE,
    KILLED_CUE,
    LIVES_CUE,
    MULTIPLE_COUNT,
    OTHERS,
    PASSIVE_AUX,
    SHOT_CUE,
    SURVIVED_CUE,
)
from rules.claims.limb_wound import in_a_limb, object_in_a_limb
from rules.claims.lists import listed_on
from rules.claims.parts import Binding, CueHit, Cues
from rules.claims.patterns import (
    ALONG_WITH_TAIL,
    AND_ONE_AFTER,
    AND_ONE_OBJECT,
    FATALLY,
    LIST_SPLIT,
    LIST_TO_CUE,
    LIST_WORD,
    LISTED_BEFORE,
    LIVES_AFTER,
    LIVES_BEFORE,
    MULTIPLE,
    NAME_AGE_RE,
    NAME_AND_HIS,
    NAMED_LIST,
    ONE_AND_BEFORE,
    ONE_MORE_BEFORE,
    PERSON_LIST,
    WORD,
)
from rules.model import Figure
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan


def named_lists(text: str, cues: Cues, found: list[Binding]) -> list[Binding]:
    """Lists of named people with ages bound to a cue, counted by their names: "Marcus Reed,
    34, and Tia Lane, 2, were killed" (2), "the deaths of Ann Roe, 9, and Ed Roe, 52" (2),
    and "..., along with his cousin, Ivo Lark, 41" after the cue (one more each)."""
    if not cues.casualty:
        return []
    used = {b.cue.start for b in found}
    claims = []
    for match in NAMED_LIST.finditer(text):
        cue = _cue_after_list(text, cues, match.end()) or _cue_before_list(
            text, cues, match.start()
        )
        if cue is None or cue.start in used or cue.cue.category not in CASUALTY_CATEGORIES:
            continue
        count = len(NAME_AGE_RE.findall(match.group()))
        # a list closed by "and" ("Ann Roe, 9, and Ed Roe, 52; a guard was hurt") goes no further
        if cue.start < match.start() and not re.search(r"\band\b", match.group(), re.I):
            more = listed_on(text, match.end())
            if more is None:
                continue
            count += more
        if cue.start > match.end():
            tail = ALONG_WITH_TAIL.match(text, cue.end)
            if tail is not None:
                rest = re.split(r"[.;:!?]", text[tail.end() : tail.end() + 200])[0]
                count += len(NAME_AGE_RE.findall(rest))
        figure = FigureSpan(
            match.start(), match.end(), Figure(count, count, "exact", match.group())
        )
        claims.append(Binding(figure, cue, None, 0))
        used.add(cue.start)
    return claims


def _cue_after_list(text: str, cues: Cues, end: int) -> CueHit | None:
    aux = LIST_TO_CUE.match(text, end)
    index = cues.first_from(aux.end() if aux else end)
    if index is None or cues.hits[index].start != (aux.end() if aux else end):
        return None
    cue = cues.hits[index]
    passive = PASSIVE_AUX.intersection(w.lower() for w in WORD.findall(text, end, cue.start))
    if not cue.cue.before or (cue.cue.transitive and not passive):
        return None  # "Ann Roe, 34, and Ed Roe, 2, killed a man" is active
    return cue


def _cue_before_list(text: str, cues: Cues, start: int) -> CueHit | None:
    index = cues.last_before(start)
    if index is None:
        return None
    cue = cues.hits[index]
    between = text[cue.end : start].strip().lower()
    if cue.cue.after != "object" or between not in ("", "of", ":"):
        return None
    return cue


#: A headline's second verb of harm with an object after a bare person's verb: the person
#: did it ("Man accidentally shot, killed best friend"; not "Man shot, killed in Orme").
_SECOND_VERB_OBJECT = re.compile(
    r"\s*,\s*(?:and\s+)?(?:killed|kills|wounded|wounds|injured|injures)\s+"
    r"(?!(?:in|at|on|by|near|outside|inside|after|during|while|when)\b)[a-z]"
)


def listed_people(text: str, cues: Cues, bound: dict[int, Binding]) -> list[Binding]:
    """Headline lists of single people: "Man, toddler found dead", "officer killed"."""
    used = {b.cue.start for b in bound.values()}
    found = []
    for cue in cues.hits:
        if cue.start in used or not cue.cue.before:
            continue
        window = text[max(0, cue.start - 60) : cue.start]
        # The last listed noun is one of the window's last four words (up to three "were",
        # "found"... follow it), and must be a person: cheaper to check than the list regex.
        if not any(w.lower() in PERSON_NOUNS for w in LIST_WORD.findall(window)[-4:]):
            continue
        match = PERSON_LIST.search(window)
        if match is None:
            continue
        # Ages are no people of their own ("Mother, son, 7, found dead").
        nouns = [w for w in LIST_SPLIT.split(match.group("items").strip()) if w and not w.isdigit()]
        heads = [n.split()[-1].lower() for n in nouns]
        if not heads or any(h not in PERSON_NOUNS for h in heads):
            continue
        aux = match.group("aux").split()
        passive = PASSIVE_AUX.intersection(w.lower() for w in aux)
        if cue.cue.transitive and not passive and not looks_passive(text[cue.end : cue.end + 40]):
            continue
        if not passive and _SECOND_VERB_OBJECT.match(text, cue.end):
            continue  # "Man accidentally shot, killed best friend": the man shot someone
        offset = max(0, cue.start - 60) + match.start("items")
        for noun in nouns:
            start = text.find(noun, offset)
            one = FigureSpan(start, start + len(noun), Figure(1, 1, "exact", noun))
            found.append(Binding(one, cue, noun.split()[-1], 0))
            offset = start + len(noun)
    return found


#: A headline lists its victims with bare nouns ("Deputies name toddler, 2 adults hurt in
#: crash"); a sentence joins its last item with "and" ("A lieutenant, two corporals and six
#: privates were wounded"). A noun with an article before its comma and no "and" after it
#: ("cited a local official, 15 people were killed") is no item of a list.
_AND = re.compile(r"\band\b", re.IGNORECASE)
#: An article within the two words before the listed noun: "cited a ward nurse, 6 died".
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _a_list(text: str, binding: Binding, listed: re.Match[str]) -> bool:
    """Does the figure stand in a list of victims with the noun before its comma?"""
    if _AND.search(text, binding.figure.end, binding.cue.start):
        return True
    return not _ARTICLE_BEFORE.search(text, max(0, listed.start("one") - 24), listed.start("one"))


def one_more(text: str, figures: list[FigureSpan], bound: dict[int, Binding]) -> list[Binding]:
    """ "She and six others were killed": the one named before "and" counts too."""
    found = []
    for i, binding in bound.items():
        lo, start = max(0, binding.figure.start - 30), binding.figure.start
        # every match ends with a comma and spaces: the cheap test first
        ends_listed = text[lo:start].rstrip().endswith(",")
        listed = LISTED_BEFORE.search(text, lo, start) if ends_listed else None
        if (
            listed
            and listed["one"].lower() in PERSON_NOUNS
            and binding.cue.start > listed.end()
            and _a_list(text, binding, listed)
        ):
            # "Deputies name toddler, 2 adults hurt": the listed person is one more.
            one = FigureSpan(
                listed.start("one"), listed.end("one"), Figure(1, 1, "exact", listed["one"])
            )
            found.append(Binding(one, binding.cue, listed["one"], binding.distance))
        if binding.cue.start > binding.figure.end and binding.figure.figure.min != 1:
            found.extend(_ones_beside(text, binding, figures[i - 1].end if i > 0 else 0))
        elif binding.cue.end <= binding.figure.start and binding.figure.figure.min != 1:
            following = figures[i + 1].start if i + 1 < len(figures) else len(text)
            found.extend(_one_after_object(text, binding, following))
        if (binding.group or "").lower() not in OTHERS:
            continue
        start = binding.figure.start
        match = ONE_MORE_BEFORE.search(text, max(0, start - 40), start)
        previous = figures[i - 1].end if i > 0 else 0
        if match is None or match.start() < previous or not could_be_one(match.group("one")):
            continue
        one = FigureSpan(match.start("one"), match.end("one"), Figure(1, 1, "exact", match["one"]))
        found.append(Binding(one, binding.cue, match.group("one"), binding.distance))
    return found


def lives(text: str, figure: FigureSpan) -> Binding | None:
    """ "The crash claimed four lives", "took 12 lives": the lives lost were people killed."""
    match = LIVES_AFTER.match(text, figure.end)
    if match is None or not LIVES_BEFORE.search(text, max(0, figure.start - 30), figure.start):
        return None
    cue = CueHit(match.start("cue"), match.end("cue"), LIVES_CUE)
    return Binding(figure, cue, None, 0)


def fatally(text: str, figure: FigureSpan) -> Binding | None:
    """ "Five people were shot, three fatally": the figure before a lone "fatally" was killed."""
    if text[max(0, figure.start - 3) : figure.start].strip()[-1:] not in (",", "(", "-"):
        return None
    match = FATALLY.match(text, figure.end)
    if match is None:
        return None
    cue = CueHit(match.start("cue"), match.end("cue"), FATAL_CUE)
    return Binding(figure, cue, None, 0)


#: The comma that closes an apposition before the verb ("Maris Olden, was shot").
_CLOSING_COMMA = re.compile(
    r"(?:,\s*\d{1,3})?,\s+(?:was|were|had\s+been|has\s+been|is)\s+", re.IGNORECASE
)


def survived(text: str, binding: Binding) -> Binding:
    """A "shot" binding becomes wounded when the clause says they survived, or that the act
    left its object with wounds ("stabbed a ferryman, inflicting head wounds")."""
    if binding.cue.cue.category != "killed_or_wounded":
        return binding
    if binding.cue.end <= binding.figure.start:
        if object_in_a_limb(text, binding.cue, binding.figure.end):  # "shot a man in the leg"
            return replace(binding, cue=CueHit(binding.cue.start, binding.cue.end, SURVIVED_CUE))
        left = WOUNDS_LEFT.match(text, binding.figure.end, binding.figure.end + 120)
        if not left or DEATH_BEFORE_WOUNDS.search(text, left.start(), left.end()):
            return binding  # not "stabbed two men to death, inflicting stab wounds"
        return replace(binding, cue=CueHit(binding.cue.start, binding.cue.end, SURVIVED_CUE))
    if binding.cue.end <= binding.figure.end:
        return binding
    match = SURVIVED.match(text, binding.cue.end, binding.cue.end + 80)
    # The limb is the figure's own only when nothing but its words and auxiliaries stand
    # between ("Besides those two guards, a clerk was shot in the hand": the clerk's).
    between = text[binding.figure.end : binding.cue.start]
    own = "," not in between or _CLOSING_COMMA.fullmatch(between) is not None  # "A, 34, was"
    limb = own and in_a_limb(text, binding.cue)
    if match is None and not limb:
        return binding
    return replace(binding, cue=CueHit(binding.cue.start, binding.cue.end, SURVIVED_CUE))


#: One of these stands in every clause ``DIED_THERE`` reads (a cheap test before the scan).
_DIED_WORDS = (
    "where",
    "later",
    "eventually",
    "soon",
    "subsequently",
    "pronounced",
    "declared",
    "died",
    "succumbed",
    "dies",
    "succumbs",
    "dead",
    "fatal",
)


def died_after(text: str, binding: Binding) -> Binding:
    """A wounded or shot binding becomes killed when its clause says they died: "A man was
    taken to a hospital, where he died" is one killed, not one wounded; so is "shot a clerk
    dead" (the object between the verb and its state)."""
    category = binding.cue.cue.category
    if category not in ("wounded", "killed_or_wounded"):
        return binding
    if binding.cue.end <= binding.figure.end:
        died = category == "killed_or_wounded" and SHOT_DEAD_AFTER.match(
            text, binding.figure.end, binding.figure.end + 60
        )
    else:
        died = has_any(text, _DIED_WORDS) and DIED_THERE.match(
            text, binding.cue.end, binding.cue.end + 130
        )
        if not died and not PART_OF_BEFORE.search(text, 0, binding.figure.start):
            died = has_any(text, _DIED_WORDS) and DIED_SINCE.match(
                text, binding.cue.end, binding.cue.end + 130
            )
            if natural_death(text):
                died = None  # "the man hurt in the crash died this year of cancer"
    if not died or _ANOTHER_BETWEEN.search(text, binding.cue.end, died.end()):
        return binding  # "two were hurt and another was taken to a hospital, where he died"
    return replace(binding, cue=CueHit(binding.cue.start, binding.cue.end, DIED_THERE_CUE))


#: One more person told between the hurt and a death: the death is that person's ("two were
#: hurt and another was taken to a hospital, where he died", "and a third man later died").
_ANOTHER_BETWEEN = re.compile(
    r"\band\s+(?:another|one\s+other|a\s+(?:second|third|fourth|fifth))\b", re.IGNORECASE
)


def _ones_beside(text: str, binding: Binding, previous: int) -> list[Binding]:
    """Single people coordinated with a figure before its cue: "a woman and her two sons"."""
    found = []
    start, end = binding.figure.start, binding.figure.end
    # the patterns before the figure and the one after it each need "and": cheap tests first
    lo = max(previous, start - 50)
    joined = "and" in text[lo:start].lower()
    before = ONE_AND_BEFORE.search(text, lo, start) if joined else None
    named = NAME_AND_HIS.search(text, max(previous, start - 40), start) if joined else None
    if named is not None and before is None:
        one = FigureSpan(named.start("one"), named.end("one"), Figure(1, 1, "exact", named["one"]))
        found.append(Binding(one, binding.cue, named["one"], binding.distance))
    if before and before["noun"].lower() == "couple":
        two = FigureSpan(before.start("one"), before.end("noun"), Figure(2, 2, "exact", "couple"))
        found.append(Binding(two, binding.cue, "couple", binding.distance))  # "a couple and"
    if before and before["noun"].lower() in PERSON_NOUNS:
        one = FigureSpan(
            before.start("one"), before.end("one"), Figure(1, 1, "exact", before["one"])
        )
        found.append(Binding(one, binding.cue, before["noun"], binding.distance))
    cue_start = binding.cue.start
    joined = "and" in text[end:cue_start].lower()
    after = AND_ONE_AFTER.match(text[:cue_start], end) if joined else None
    if after and after["noun"].lower() in PERSON_NOUNS:
        one = FigureSpan(after.start("one"), after.end("one"), Figure(1, 1, "exact", after["one"]))
        found.append(Binding(one, binding.cue, after["noun"], binding.distance))
    return found


def _one_after_object(text: str, binding: Binding, following: int) -> list[Binding]:
    """ "killing three cyclists and a driver": the single person joined to the object counts too."""
    match = AND_ONE_OBJECT.match(text, binding.figure.end, following)
    if match is None or match["noun"].lower() not in PERSON_NOUNS:
        return []
    one = FigureSpan(match.start("one"), match.end("one"), Figure(1, 1, "exact", match["one"]))
    return [Binding(one, binding.cue, match["noun"], binding.distance)]


def multiple_killings(text: str) -> list[Binding]:
    """ "A double murder" is two killed, "a triple shooting" three shot."""
    found = []
    for match in MULTIPLE.finditer(text):
        count = MULTIPLE_COUNT[match.group(1).lower()]
        if match["suicide"] and match.group(2).lower() != "shooting":
            count += 1  # "a double murder-suicide": the killer died too
        figure = FigureSpan(
            match.start(1), match.end(1), Figure(count, count, "exact", match.group(1))
        )
        cue = KILLED_CUE if match.group(2).lower() != "shooting" else SHOT_CUE
        found.append(Binding(figure, CueHit(match.start(2), match.end(2), cue), None, 0))
    return found
