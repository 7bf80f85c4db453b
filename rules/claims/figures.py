"""Which figures of a sentence can be claims: singular people, subsets, partitives, questions."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet

import re2

from rules.claims.fractions import share_of_whole
from rules.claims.lexicon import (
    NOT_ONE,
    PASSIVE_AUX,
    PLACES,
    RELATIVE,
    SINGULAR_PATTERNS,
    VAGUE_WORDS,
)
from rules.claims.name_cues import aside_end
from rules.claims.one_placed import harm_told
from rules.claims.ordinals import ORDINAL_DEATH
from rules.claims.part_fates import fate_of_its_own
from rules.claims.parts import CueHit, Cues, SentenceParse
from rules.claims.patterns import (
    AND_PERSON,
    DASH,
    DATELINE,
    DEFINITE_PAIR,
    NEXT_NOUN,
    NEXT_NOUN2,
    OBJECT_VERBS,
    OF_NEXT,
    PARENTHESES,
    PARTITIVE,
    PARTITIVE_DETERMINER,
    QUESTION_BEFORE,
    SINGULAR,
    SINGULAR_ADJECTIVE,
    SINGULAR_OBJECT,
    SINGULAR_PAIR,
    SUBSET_AFTER,
    SUBSET_BEFORE,
    SUBSET_LIST_END,
    SUBSET_LISTED_BEFORE,
    WORD,
)
from rules.model import Figure
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.numbers import ASCII_SPACE, FigureSpan, ascii_lacks, re2_starts, remembered_spans


def could_be_one(word: str) -> bool:
    """Can ``word`` before "and N others" be a person ("Pinckney", "he"), not "hospital"?"""
    lowered = word.lower()
    if lowered in NOT_ONE or lowered in PLACES:
        return False
    if lowered in PERSON_NOUNS or lowered in ("he", "she"):
        return True
    return word[:1].isupper()


def partitive_figures(
    text: str, figures: list[FigureSpan], cues: Cues
) -> tuple[list[FigureSpan], dict[int, FigureSpan]]:
    """Drop the whole of "two of the four victims died"; map the part's start to the whole.

    Not when the cue belongs to the whole: "one of the three drivers who were injured said",
    "four of the six people injured were soldiers" (a relative or reduced relative clause).
    """
    kept: list[FigureSpan] = []
    wholes: dict[int, FigureSpan] = {}
    for figure in figures:
        part = kept[-1] if kept else None
        if (
            part is not None
            and _partitive_gap(text, part, figure.start)
            and _part_governs(text, figure, cues)
        ):
            wholes[part.start] = figure
            continue
        share = share_of_whole(text, figure) if " of " in text or "half" in text else None
        if share is not None and _part_governs(text, figure, cues):
            figure = share  # "half of the 40 passengers were hurt": 20, not 40
        kept.append(figure)
    return kept, wholes


def whole_noun_end(sent: SentenceParse, whole: FigureSpan) -> int:
    """Where the whole of a part ends: past a cue right after it that is its noun when a cue
    of another category follows ("two of the 12 injured died": the injured are the whole,
    "died" the part's verb), else at the whole's figure."""
    index = sent.cues.first_from(whole.end)
    if index is None or not _other_category_after(sent.cues, index):
        return whole.end
    cue = sent.cues.hits[index]
    noun = sent.text[whole.end : cue.start].strip()
    if not cue.cue.before or (noun and not is_human_plural(noun.lower())):
        return whole.end  # "two of the 12 people injured died": the participle after people
    return cue.end


def _bare_noun(hit: CueHit) -> bool:
    """A cue that is a noun binding no figure ("rescuers"), never the part's verb."""
    return not hit.cue.before and hit.cue.after is None


def _partitive_gap(text: str, part: FigureSpan, whole_start: int) -> bool:
    """ "two of the four", or "dozens of the 300" whose vague part took the "of" with it."""
    if PARTITIVE.fullmatch(text, part.end, whole_start):
        return True
    return part.figure.text[-3:].lower() == " of" and bool(
        PARTITIVE_DETERMINER.fullmatch(text, part.end, whole_start)
    )


def _part_governs(text: str, whole: FigureSpan, cues: Cues) -> bool:
    index = cues.first_from(whole.end)
    while index is not None and index < len(cues.hits) and _bare_noun(cues.hits[index]):
        index += 1  # "two of the 12 miners and 3 rescuers were killed": a noun, no verb
    if index is None or index >= len(cues.hits):
        return True  # the verb came before: "executed 4 of the 11 prisoners"
    cue = cues.hits[index]
    words = {w.lower() for w in WORD.findall(text, whole.end, cue.start)}
    if words & RELATIVE:
        return False
    if not words and _modifies(text, cue.end) and not _other_category_after(cues, index):
        # "three of the eight hospitalized riders are stable": the cue is the whole's adjective
        # and no later cue of another category is the part's verb ("two of the four shooting
        # victims died").
        return False
    if not words & PASSIVE_AUX and cue.cue.before and _died_next(text, cues, index):
        # "two of the 12 wounded later died", "one of the 30 people injured died", "two of the
        # 12 people shot were killed": the whole's noun or participle, then the part's verb
        return True
    if words and not words & PASSIVE_AUX and _after_modifier(text, cue.end):
        return False  # "two of the 12 people injured remain in hospital": the whole's participle
    return not cue.cue.transitive or bool(words & PASSIVE_AUX)


#: Words after which a cue just after the whole is the whole's modifier, not the part's verb:
#: auxiliaries ("two of the 12 injured were", "remain") besides plural people.
_AFTER_MODIFIER = PASSIVE_AUX | frozenset("remain remained remains had have has".split())


def _died_next(text: str, cues: Cues, index: int) -> bool:
    """Is the cue after the one at ``index`` a death ("the 12 hurt later died") or the taken
    freed ("abducted ... were freed"), not a relative clause ("hurt in the crash that killed 2")?"""
    after = cues.next_predicate(text, cues.hits[index].end)  # past "in the shooting"
    pair = (cues.hits[index].cue.category, None if after is None else cues.hits[after].cue.category)
    if after is None or (pair[1] != "killed" and pair != ("kidnapped", "rescued")):
        return False
    between = WORD.findall(text, cues.hits[index].end, cues.hits[after].start)
    return not RELATIVE.intersection(w.lower() for w in between)


def _other_category_after(cues: Cues, index: int) -> bool:
    category = cues.hits[index].cue.category
    return any(hit.cue.category != category for hit in cues.hits[index + 1 :])


def _after_modifier(text: str, end: int) -> bool:
    """Is the word just after a cue ending at ``end`` an auxiliary ("injured were")?"""
    match = WORD.search(text, end, end + 40)
    if match is None or text[end : match.start()].strip():
        return False
    return match.group().lower() in _AFTER_MODIFIER


def _modifies(text: str, end: int) -> bool:
    """Is the word after a cue ending at ``end`` an auxiliary or plural people, so the cue
    modifies the whole ("the eight hospitalized riders are"), not a verb ("the four died")?"""
    match = WORD.search(text, end, end + 40)
    if match is None or text[end : match.start()].strip():
        return False
    word = match.group().lower()
    return word in _AFTER_MODIFIER or is_human_plural(word)


#: Where a match of the two article-led singular patterns may start: their article and the
#: whitespace after it (``rules.numbers.ASCII_SPACE``, Python's ``\s`` on ASCII text). Keyed
#: by ``id``: the hash of a compiled ``re`` pattern reads its whole program every time.
_ARTICLE_STARTS = {
    id(SINGULAR): re2.compile(
        rf"(?i)\b(?:an?|one|his|her|their|whose){ASCII_SPACE}".encode("ascii")
    ),
    id(SINGULAR_ADJECTIVE): re2.compile(
        rf"(?i)\b(?:an?|one|\d{{1,3}}-(?:year|month)-old){ASCII_SPACE}".encode("ascii")
    ),
}


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where RE2 finds the pattern's opening (Python's
    re would try the whole alternation at every position): a verb of the object pattern, or
    on ASCII text the article of the other two. No match starts inside another's opening,
    so skipping the openings that end before a match's end finds every match."""
    if pattern is SINGULAR_OBJECT:  # its verbs as ``_without_asides`` found them
        starts: Iterable[int] = [start for start, _ in remembered_spans(OBJECT_VERBS, text)]
    elif id(pattern) in _ARTICLE_STARTS and text.isascii():
        starts = re2_starts(_ARTICLE_STARTS[id(pattern)], text.encode("ascii"))
    else:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def has_any(low: str, words: tuple[str, ...]) -> bool:
    """Does ``low`` hold one of ``words``? (A loop: ``any`` over a generator costs twice as
    much for the few words of a gate.)"""
    for word in words:  # noqa: SIM110
        if word in low:
            return True
    return False


#: ``SINGULAR_PAIR`` or ``DEFINITE_PAIR`` for RE2 over an ASCII sentence, in one pass: their
#: groups unnamed, their look-aheads read as part of the match and ``\s`` as Python reads it
#: (no ``\s`` stands in a bracket), a superset of both; a sentence without a match skips
#: Python's two scans, which try their openings at every word.
_PAIRS = "|".join(
    "(?:" + re.sub(r"\(\?P<\w+>", "(?:", pair.pattern).replace("(?=", "(?:") + ")"
    for pair in (SINGULAR_PAIR, DEFINITE_PAIR)
)
_PAIRS_ASCII = re2.compile(("(?i)" + _PAIRS.replace(r"\s", ASCII_SPACE)).encode("ascii"))


def singular_figures(
    text: str, low: str, figures: list[FigureSpan], held: AbstractSet[str]
) -> list[FigureSpan]:
    """ "A police officer was killed": one person, counted by the article (figure "A").
    ``held``: the words of ``SINGULAR_PATTERNS`` that ``low`` holds."""
    found = []
    starts = [f.start for f in figures]
    if " and " in low and not ascii_lacks(_PAIRS_ASCII, text):
        for match in SINGULAR_PAIR.finditer(text):
            if match["noun"].lower() in PERSON_NOUNS and match["noun2"].lower() in PERSON_NOUNS:
                for group in ("article", "article2" if match["article2"] else "noun2"):
                    start, end = match.span(group)
                    found.append(FigureSpan(start, end, Figure(1, 1, "exact", match[group])))
        for match in DEFINITE_PAIR.finditer(text):
            if match["noun"].lower() in PERSON_NOUNS and match["noun2"].lower() in PERSON_NOUNS:
                start, end = match.span("article2")
                found.append(FigureSpan(start, end, Figure(1, 1, "exact", match["article2"])))
    for pattern, words in SINGULAR_PATTERNS:
        if held.isdisjoint(words):
            continue
        read = _without_asides(text) if pattern is SINGULAR_OBJECT and "," in text else text
        for match in _matches(pattern, read):
            noun = match.group("noun").lower()
            noun_end = match.end("noun")
            if pattern is SINGULAR_OBJECT and noun not in PERSON_NOUNS:
                # the lazy match stops at the first word: "killed a young couple"
                for later in (NEXT_NOUN.match(text, noun_end), NEXT_NOUN2.match(text, noun_end)):
                    if later is not None and later["noun"].lower() in (*PERSON_NOUNS, "couple"):
                        noun, noun_end = later["noun"].lower(), later.end("noun")
                        break
            start, end = match.span("article")
            if pattern is SINGULAR and harm_told(match.group("relative")):
                continue  # "a suspect who fled after the shooting was arrested"
            if ORDINAL_DEATH.match(text, start):
                continue  # "a third victim died" is a toll of three (CB21), not one
            index = bisect.bisect_right(starts, start) - 1
            inside = index >= 0 and figures[index].end > start
            if (noun in PERSON_NOUNS or _one_of_a_people(text, noun, noun_end)) and not inside:
                found.append(FigureSpan(start, end, Figure(1, 1, "exact", match.group("article"))))
                if pattern is SINGULAR_OBJECT:
                    found.extend(coordinated_people(text, match.end()))
            elif noun == "couple" and not inside and not OF_NEXT.match(text, noun_end):
                # "killed a young couple": two people ("a couple of hours" is no one)
                found.append(FigureSpan(start, end, Figure(2, 2, "exact", match.group("article"))))
    return sorted(set(found), key=lambda f: f.start)


#: What may follow a people's singular standing for a person: "killed a Peruvian, and",
#: "a Chilean was hurt" (not a noun: "a Peruvian plane").
_AFTER_ONE_OF_A_PEOPLE = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:and|or|who|was|had|has|in|at|on|near|during|while|as|after"
    r"|before|with|from|by)\b",
    re.IGNORECASE,
)


def _one_of_a_people(text: str, noun: str, end: int) -> bool:
    """ "a Peruvian", "an Ecuadorean": one of a people named by its plural (``nouns``),
    capitalised ("their striker" is a player), in all-capital copy a word in "-an"."""
    word = text[end - len(noun) : end]
    return (
        word[:1].isupper()
        and (noun.endswith("an") or not text.isupper())
        and is_human_plural(f"{noun}s")
        and _AFTER_ONE_OF_A_PEOPLE.match(text, end) is not None
    )


def _without_asides(text: str) -> str:
    """``text`` with each adverbial set off by commas after an active casualty verb blanked
    (same length): "murdered, at dawn, a guard" reads as "murdered a guard" (``aside_end``)."""
    for start, verb_end in remembered_spans(OBJECT_VERBS, text):
        end = aside_end(text, verb_end, text, start)
        if end is not None:
            text = text[:verb_end] + " " * (end - verb_end) + text[end:]
    return text


def coordinated_people(text: str, offset: int) -> list[FigureSpan]:
    """ "killed his uncle and cousin": each person joined to a singular object is one more."""
    found = []
    for _ in range(3):
        match = AND_PERSON.match(text, offset)
        if match is None:
            break
        # The person noun is the first or second word: "daughter", "6-year-old daughter".
        words = WORD.finditer(text, match.start("words"), match.end())
        word = next((w for w in words if w.group().lower() in PERSON_NOUNS), None)
        if word is None:
            break
        if "and" not in match.group().lower().split() and _VERB_NEXT.match(text, word.end()):
            break  # after a bare comma, the subject of a new clause: "a woman, the governor said"
        start, end = match.span("det") if match["det"] else word.span()
        found.append(FigureSpan(start, end, Figure(1, 1, "exact", text[start:end])))
        offset = word.end()
    return found


#: A word after a person joined by a bare comma that is no "and"/"or": the person opens a new
#: clause ("killed a woman, the governor said") rather than going on with a list ("killed his
#: uncle, cousin and nephew", "his son, his daughter, and then himself").
_VERB_NEXT = re.compile(r"\s+(?!(?:and|or)\b)[a-z]", re.IGNORECASE)


def _may_open_subset(window: str) -> bool:
    """Does ``window`` hold what every match of ``SUBSET_BEFORE`` holds: a bracket, "of",
    "among" or "nclud", in any case? (Letters with no other case in Unicode folding than
    their ASCII pair, unlike "i" and "s", so the lower case is a fair test.)"""
    if "(" in window:
        return True
    low = window.lower()
    return "of" in low or "among" in low or "nclud" in low


def is_subset(text: str, figure: FigureSpan, asides: list[tuple[int, int]], cues: Cues) -> bool:
    """A part of a total given alongside it: "(three soldiers)", "including 3", ", five of them",
    "including three nurses and two drivers"."""
    window = text[max(0, figure.start - 30) : figure.start]
    if _may_open_subset(window) and SUBSET_BEFORE.search(window):
        return not fate_of_its_own(text, figure, cues)  # not "of whom 19 were recaptured"
    before_long = text[max(0, figure.start - 160) : figure.start]
    if "includ" in before_long.lower() or "among" in before_long.lower():
        listed = SUBSET_LISTED_BEFORE.search(before_long)
        if listed and not SUBSET_LIST_END.search(listed.group()):
            return True  # "including three nurses and two drivers": the second part
    before = text[max(0, figure.start - 5) : figure.start].rstrip()
    if SUBSET_AFTER.match(text, figure.end) and before.endswith(","):
        return True
    index = bisect.bisect_right(asides, (figure.start, len(text))) - 1
    if index < 0 or not asides[index][0] < figure.start < asides[index][1]:
        return False
    # "the town -- in which 15 herders were also wounded -- lies ...": a clause of its own
    return _ASIDE_CLAUSE.match(text, figure.end, asides[index][1]) is None


#: After a figure in an aside, the aside's own casualty verb makes it a clause, not a part
#: of a count beside it (general English: a part is a noun phrase, "six monks -- four Danes
#: and two Swedes --"). Not "of whom" or "of them", a part told by a clause.
_ASIDE_CLAUSE = re.compile(
    r"(?!\s+(?:of|among)\s)[^()]*?\b(?:(?:was|were|been)\s+(?:[a-z]+ly\s+|also\s+)*"
    r"(?:killed|murdered|assassinated|shot|stabbed|wounded|injured|hurt)|died)\b",
    re.IGNORECASE,
)


def aside_spans(text: str) -> list[tuple[int, int]]:
    """Spans in parentheses or between a pair of dashes: "six priests -- five Spaniards ... --"."""
    spans = [m.span() for m in PARENTHESES.finditer(text)]
    dashes = [m.start() for m in DASH.finditer(text)]
    if dashes and DATELINE.fullmatch(text, 0, dashes[0]):
        dashes = dashes[1:]  # "KYIV (AP) -- ...": the dateline's dash opens no aside
    spans.extend(zip(dashes[0::2], dashes[1::2], strict=False))
    return sorted(spans)


def is_question(text: str, figure: FigureSpan) -> bool:
    """ "how many were killed" and "so many" ask or exclaim; they claim no figure.
    "as well as three injured porters" is no question: only a vague figure follows "so/as"."""
    match = QUESTION_BEFORE.search(text[max(0, figure.start - 5) : figure.start])
    if match is None:
        return False
    return match.group().strip().lower() == "how" or (
        figure.figure.text[:1].isalpha()
        and (figure.figure.qualifier == "unspecified" or figure.figure.text.lower() in VAGUE_WORDS)
    )
