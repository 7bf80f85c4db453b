"""Casualty claims: category, figure, qualifier, group, claimant and via.

One RE2 scan of category words (``rules.categories.scan_cues``) runs once over the whole
text; only the sentences it hits get figure finding and binding. A figure binds to a cue
when they stand in one clause with only a group and auxiliaries between them
("12 soldiers were killed"), when it is the cue's object ("killing 12 people"), or when it
is the value of a count noun ("the death toll rose to 40"). Coordinated figures share a
cue ("12 soldiers and 3 civilians were killed"); parts of a stated total ("including three
children", "(five civilians)", ", five of them ...") are not claims of their own. "A police
officer was killed" counts one person, unless the sentence also states a toll. Single
people joined to a figure or to each other count one each ("her father and daughter",
"two officers and the gunman", "killed his wife before killing himself"); a part of a stated
whole is the claim when the verb is the part's ("two of the four victims died"), the whole
when the verb sits in its relative clause ("one of the three nurses who were injured").
Named people with ages count by name ("Ann Roe, 34, and Ed Roe, 2, were killed" is 2).

A killed/wounded cue with no figure whose subject or object is a plural of people makes an
``unspecified`` claim (min and max None) with that plural as its group: "the villagers were
killed", "killing soldiers and policemen" (one claim per coordinated plural), "the murder of
the aid workers". Not for generic or hypothetical statements: a bare reduced relative
("soldiers killed in the line of duty are honoured"), a present passive ("are killed every
year"), a modal, "tried to", a negation, a condition ("if"), a denial ("denied that").

Claimant and via come from the sentence's own statement attribution; a sentence with none
takes the attribution that closes the quotation it opens, or of the sentence before it when
that one ends with a colon. Non-responses never make a claimant.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

import re2

from rules.base import Rule
from rules.categories import (
    COUNTED_KILLINGS,
    MILITARY,
    OBJECT_NOUNS,
    PEOPLE_ONLY,
    PERSON_NOUNS,
    PERSONNEL,
    TROOP_MOVEMENT,
    Cue,
    is_human_plural,
    scan_cues,
)
from rules.model import Attribution, Claim, Figure, Span
from rules.numbers import FigureSpan, find_figures, re2_starts
from rules.text import Document, Sentence

# Words allowed after the group, between a figure and a cue that follows it.
_AUX = frozenset(
    """were was are is be been being have has had get got also reportedly allegedly all both
    later subsequently since now still so far confirmed feared believed thought presumed reported
    known said understood to remain remained remains left lay lie lying lies may might must
    apparently officially initially originally altogether either then already each just would
    will shall listed as found who
    critically seriously severely gravely fatally slightly badly mortally lightly
    """.split()
)
_PASSIVE_AUX = frozenset("were was are is be been being get got".split())
_NEGATION = frozenset("not n't never".split())
# Words that end a group: a clause or another phrase has begun.
_GROUP_STOP = frozenset(
    """who whom whose which that when while after before as because since if than but said says
    say told added according where during until amid near at on in by from for with without
    into onto across through over under against following despite via per those ahead outside
    inside near behind beyond along toward towards amid upon""".split()
)
# Words that end a group that follows its figure ("10 people suspected of ...").
_GROUP_END = frozenset(
    """and or but suspected accused believed thought alleged allegedly including among mostly
    most many some all both each whom dead killed wounded injured missing yesterday today
    tonight overnight earlier later this last monday tuesday wednesday thursday friday saturday
    sunday""".split()
)
# Clause boundaries a group before its cue may not cross (prepositions may be crossed).
_CLAUSE_STOP = frozenset(
    """when while after before because if than but said says say told added according where
    until though although whereas""".split()
)
_ADJECTIVE_GAP = re.compile(
    r"(?:\s+[A-Za-z][\w'-]*){1,3}(?:\s+(?:were|was|have|had|has|later|also|subsequently))?\s+",
    re.IGNORECASE,
)
_NUMBER_OF_GROUP = re.compile(
    r"(?:the\s+)?number\s+of\s+(?:the\s+)?(?:([A-Za-z]+)\s+(?:killed|dead)"
    r"|((?:[A-Z][\w-]*\s+)?(?:troops|soldiers|forces|servicemen)))",
    re.IGNORECASE,
)
_MORE_THAN_VERBS = frozenset("exceeded exceeds exceeding surpassed topped passed".split())
_QUESTION_BEFORE = re.compile(r"\b(?:how|so|too|as)\s+$", re.IGNORECASE)
_GAP_BREAK = re.compile(r"[;:\d\"!?]|\s-\s|[.,]\s")
_NEXT_TOKEN = re.compile(r"\s*([A-Za-z]+|[^\sA-Za-z]|$)")
_NEXT_WORDS = re.compile(r"(?:\s+[A-Za-z][\w'-]*){1,6}")
_AMONG_THE = re.compile(r"\s+(?:were|was|are|is)\s+among\s+(?:the|those)\s*$", re.IGNORECASE)
_RELATIVE = frozenset("who which that whom".split())
# "12 people, including 3 children, were killed": the subset is skipped inside the gap.
_SUBSET_IN_GAP = re.compile(
    r"(?:(?:,\s*|\s--?\s*|\()(?:among\s+whom|of\s+whom|of\s+which|of\s+them|most\s+of\s+them)"
    r"|(?:,\s*|\s--?\s*|\(|\s)(?:including|among\s+them|mostly))"
    r"\b[^;:.]{0,80}?(?:,|(?=\s+(?:were|was|are|is|have|has|had)\b))",
    re.IGNORECASE,
)
_SUBSET_BEFORE = re.compile(
    r"(?:\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which|of\s+them)"
    r"|\()\s*$",
    re.IGNORECASE,
)
# An article and a singular person before a passive or intransitive verb.
_SINGULAR = re.compile(
    r"\b(?P<article>an?|one)\s+(?:(?:[A-Za-z'-]+|\d{1,3}-[A-Za-z-]+)\s+){0,3}?(?P<noun>[A-Za-z]+)"
    r"(?=\s+(?:was|has\s+been|had\s+been|is|died|remains|remained)\b)"
    r"(?!\s+(?:was|is)\s+(?:among|one\s+of)\b)",  # "a boy was among three people wounded"
    re.IGNORECASE,
)
# Two single people before a plural verb: "A man and his son were killed".
_SINGULAR_PAIR = re.compile(
    r"\b(?P<article>an?|one)\s+(?:[\w'-]+\s+){0,2}?(?P<noun>[A-Za-z]+)\s+and\s+"
    r"(?:(?P<article2>an?|his|her|their)\s+(?:[\w'-]+\s+){0,2}?)?(?P<noun2>[A-Za-z]+)"
    r"(?=\s+(?:were|are|have\s+been|had\s+been|died|remain|dead|killed)\b)",
    re.IGNORECASE,
)
# "A woman and her two children were found dead": the one before the figure counts too.
_ONE_AND_BEFORE = re.compile(
    r"\b(?P<one>an?|one)\s+(?:[\w'-]+\s+){0,2}?(?P<noun>[A-Za-z]+)\s+and\s+"
    r"(?:(?:his|her|their)\s+)?$",
    re.IGNORECASE,
)
# "Lee and her three children were shot dead": the named one counts too.
_NAME_AND_HIS = re.compile(r"(?<![\w.])(?P<one>[A-Z][a-z'’-]+)\s+and\s+(?:his|her)\s+$")
# "Two bailiffs and the gunman are dead": the one after the group counts too.
_AND_ONE_AFTER = re.compile(
    r"\s+(?:[A-Za-z'-]+\s+){1,3}?and\s+(?P<one>the|an?|his|her|their)\s+"
    r"(?:[\w'-]+\s+)??(?P<noun>[A-Za-z]+)\s+(?:(?:were|are|was|is|have|has|had|also|all|both)\s+)*$",
    re.IGNORECASE,
)
# A figure that is the subject of its own clause: "... and a man was later charged".
_NEW_CLAUSE = re.compile(r"\s+(?:[A-Za-z'-]+\s+){0,3}?(?:was|is|has|had)\b", re.IGNORECASE)
# "killing four women and a man": a single person after an object figure's group.
_AND_ONE_OBJECT = re.compile(
    r"\s+(?:[A-Za-z'-]+\s+){0,3}?and\s+(?P<one>an?|one|another)\s+(?:[\w'-]+\s+)??"
    r"(?P<noun>[A-Za-z]+)\b(?!\s+(?:was|were|is|are|has|had|have|later|also|then|who)\b)",
    re.IGNORECASE,
)
# An object of a casualty verb: "shot and killed his wife", "wounding a police officer".
_SINGULAR_OBJECT = re.compile(
    r"\b(?:killed|killing|murdered|murdering|shot|shooting|wounded|wounding|injured|injuring"
    r"|stabbed|stabbing|kidnapped|abducted|captured|arrested|rescued)\s+"
    r"(?P<article>his|her|their|an?|one)\s+(?:[\w'-]+\s+){0,2}?(?P<noun>[A-Za-z'-]+)\b",
    re.IGNORECASE,
)
_OBJECT_VERBS = re2.compile(
    rb"(?i)\b(?:killed|killing|murdered|murdering|shot|shooting|wounded|wounding|injured"
    rb"|injuring|stabbed|stabbing|kidnapped|abducted|captured|arrested|rescued)\b"
)
# A single person right before an adjectival cue: "left a 19-year-old man dead".
_SINGULAR_ADJECTIVE = re.compile(
    r"\b(?P<article>an?|one|\d{1,3}-(?:year|month)-old)\s+(?:[A-Za-z'-]+\s+){0,2}?"
    r"(?P<noun>[A-Za-z]+)(?=\s+(?:dead|injured|wounded|hurt|killed|missing)\b)",
    re.IGNORECASE,
)
# "Pinckney and eight others were killed": the named person is one more.
_ONE_MORE_BEFORE = re.compile(r"(?P<one>\b[A-Za-z][\w'.-]*)\s+and\s+$")
_NOT_ONE = frozenset(
    """killed killing wounded wounding injured injuring dead died shot captured arrested
    missing hurt people""".split()
)
_PLACES = frozenset(
    """hospital center centre clinic school college university church mosque temple station
    street avenue road lane drive boulevard park house home apartment apartments building
    county city town village department office hall club bar restaurant store mall market
    death injuries wounds custody""".split()
)


def _could_be_one(word: str) -> bool:
    """Can ``word`` before "and N others" be a person ("Pinckney", "he"), not "hospital"?"""
    lowered = word.lower()
    if lowered in _NOT_ONE or lowered in _PLACES:
        return False
    if lowered in PERSON_NOUNS or lowered in ("he", "she"):
        return True
    return word[:1].isupper()


_LISTED_BEFORE = re.compile(r"(?P<one>\b[A-Za-z]+)\s*,\s*$")
# Single people listed right before a cue: "Mother, father, toddler dead".
_PERSON_LIST = re.compile(
    r"(?:^|[^\w\s,'&-]\s*|\b(?:after|as|when|while|and|but)\s+)"
    r"(?P<items>(?:[A-Za-z'-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)){0,4}[A-Za-z'-]+)"
    r"\s+(?P<aux>(?:(?:was|were|is|are|been|found|later|also)\s+){0,3})$",
    re.IGNORECASE,
)
# One word of a listed item, tokenised exactly as ``_PERSON_LIST`` reads it.
_LIST_WORD = re.compile(r"[A-Za-z'-]+", re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|&)\s*", re.IGNORECASE)
_OTHERS = frozenset({"others", "other people", "other victims", "more", "other"})
_MULTIPLE = re.compile(
    r"\b(double|triple|quadruple|quintuple)[\s-]+(murder|homicide|killing|slaying|shooting)s?\b"
    r"(?P<suicide>[\s/-]+suicides?\b)?",
    re.IGNORECASE,
)
_MULTIPLE_COUNT = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
_KILLED_CUE = Cue("killed", "(multiple)", before=True)
_SHOT_CUE = Cue("killed_or_wounded", "(multiple)", before=True)
_PARTITIVE = re.compile(r"\s+of\s+(?:the|those|these|their|its|his|her|our)\s+", re.IGNORECASE)
_FATAL_CUE = Cue("killed", "fatally", before=True)
_LIVES_CUE = Cue("killed", "lives", before=True)
_LIVES_AFTER = re.compile(
    r"\s+(?:(?:more|other|innocent|young|civilian)\s+)?(?P<cue>lives)\b", re.I
)
_LIVES_BEFORE = re.compile(
    r"\b(?:claimed|claiming|claims|claim|took|taking|takes|take|cost|costing|costs)\s+"
    r"(?:(?:the|a\s+total\s+of|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)
_FATALLY = re.compile(
    r"(?:\s+of\s+them)?\s+(?P<cue>fatally|mortally)\b(?!\s+(?:shot|stabbed|wounded|injured"
    r"|struck|hit|beaten|shooting|stabbing|wounding))",
    re.IGNORECASE,
)
_ALONG_WITH = re.compile(
    r"(?:,\s*|\s)(?:along\s+with|as\s+well\s+as|together\s+with)\s+(?:(?:another|a\s+further)\s+)?$",
    re.IGNORECASE,
)
_GAP_BREAK_ALONG = re.compile(r"[;:!?\"]|\.\s")
_SURVIVED_CUE = Cue("wounded", "shot", before=True)
_SURVIVED = re.compile(
    r"[^.;:!?]{0,50}?\b(?:but|and)\s+(?:all\s+|both\s+|each\s+)?(?:(?:have|has|had)\s+)?"
    r"(?:survived|(?:are|were|is|was)\s+expected\s+to\s+(?:survive|recover|be\s+ok))\b",
    re.IGNORECASE,
)
_SUICIDE = re.compile(
    r"\b(?P<cue>killing|killed|kills|fatally\s+shooting|fatally\s+shot|shot\s+and\s+killed"
    r"|shooting\s+and\s+killing|turned\s+the\s+gun\s+on|turning\s+the\s+gun\s+on)"
    r"\s+(?P<one>himself|herself)\b"
    r"|\b(?P<took>took|taking|takes)\s+(?P<own>his|her)\s+own\s+life\b"
    # "killed his two children and then himself": the last of the objects.
    r"|\b(?P<verb>killed|killing|murdered|murdering|fatally\s+shot|fatally\s+shooting)\s"
    r"[^.;:!?]{1,80}?,?\s+and\s+(?:then\s+)?(?P<last>himself|herself)\b",
    re.IGNORECASE,
)
_AND_PERSON = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?P<det>his|her|their|a|an)\s+)?"
    r"(?P<words>[\w'-]+(?:\s+[A-Za-z'-]+)?)\b",
    re.IGNORECASE,
)
_LEADING_AGE = re.compile(r"\s+\d{1,3}-(?:year|month|week|day)s?-old\b", re.IGNORECASE)
_AGE_ADJECTIVE = re.compile(r"\b\d{1,3}-(?:year|month|week|day)s?-old\b", re.IGNORECASE)
# How far a figure and its cue may stand apart, in characters; also the group window.
_WINDOW = 160
_PARENTHESES = re.compile(r"\([^()]{0,200}\)")
_DASH = re.compile(r"\s--?\s")
_DATELINE = re.compile(r"[^.;:!?\"]{0,80}\([A-Za-z][\w .&-]{0,30}\)\s*")
_SUBSET_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.IGNORECASE)
# Cue words that are also adjectives before their group: "30 dead civilians".
_ADJECTIVE_CUES = frozenset({"dead", "wounded", "injured", "missing", "displaced"})
_GROUP_LEADING = frozenset("of its their his her our the more further additional extra".split())
# After a transitive participle, these show it was passive ("3 killed in the blast").
_PASSIVE_NEXT = frozenset(
    """in on at by during after when while and or near since as overnight yesterday today tonight
    last this earlier following including amid across inside outside within throughout before
    from over under among with without between around close into outside there here so
    was were is are has have had
    """.split()
)
_TOLL_WORDS = frozenset(
    """has had have now officially further was is were are stood stands standing rose risen rising
    climbed climbing jumped increased reached reaching hit topped passed exceeded surpassed grew
    put at to of numbered number numbering totalled totaled total totalling totaling estimated
    included include includes including been be put placed given reported confirmed more than
    then by as already still currently mounted mounting soared swelled roughly exceeding stand
    remain remains remained exceeds
    """.split()
)
_TOLL_PREPOSITIONS = frozenset(
    "from in of after since among at on following during across over".split()
)
_TOLL_VERBS = frozenset(
    """has had have was is were are stood stands rose risen climbed jumped increased reached hit
    topped passed exceeded surpassed grew numbered totalled totaled mounted soared swelled now
    included put stand remain remains remained""".split()
)
# A single object before a coordinated figure: "killed her and", "shot his wife and".
_OBJECT_LEAD = re.compile(
    r"\s+(?:him|her|(?:his|her|their)\s+(?:[\w-]+\s+)?[a-z]+)\s*,?\s+and\s+(?:then\s+)?",
    re.IGNORECASE,
)
# "killed her and ...", "shooting him before ...": a pronoun object is one person.
_PRONOUN_OBJECT = re.compile(
    r"\b(?P<verb>killed|killing|murdered|murdering|fatally\s+shot|fatally\s+shooting"
    r"|fatally\s+stabbed|fatally\s+stabbing|shot\s+and\s+killed|stabbed\s+and\s+killed)"
    r"\s+(?P<one>him|her)\b(?=\s*(?:,|\.|;|$|and\b|before\b|after\b|then\b|in\b|at\b|on\b))",
    re.IGNORECASE,
)
_OBJECT_GAP_WORDS = frozenset(
    "also reportedly allegedly another a further an additional all the his her their".split()
)
_HEDGE_BEFORE = re.compile(
    r"\b(?:could|would|should|might|will|threaten(?:ed|s)?\s+to)\s+(?:have\s+)?$",
    re.IGNORECASE,
)
_PARENTHETICAL = re.compile(
    r",[^,;:\d\"()]{1,80},|\([^()\d]{0,80}\)|\[[^\[\]\d]{0,80}\]|\s--?\s[^-\d]{1,60}\s--?\s"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_COORDINATION = re.compile(
    r"\s*(?:[A-Za-z][\w'-]*(?:\s+|(?=,))){0,5}?(?:,\s*(?:and\s+)?|and\s+|,?\s*or\s+)"
    r"(?:(?:their|the|his|her|its|another)\s+)?$",
    re.IGNORECASE,
)
_AS_OF = re.compile(
    r"\b(?:as\s+of|as\s+at)\s+(?P<a>[^,.;:]{2,40}?)(?=[,.;:]|\s+(?:the|a|at\s+least|\d)|$)"
    r"|\bby\s+(?P<b>(?:early|late|mid-?)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|noon|midday|midnight|nightfall|dawn|dusk|this\s+morning|tonight|last\s+night"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc))"
    r"(?:\s+(?:morning|afternoon|evening|night))?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _CueHit:
    start: int
    end: int
    cue: Cue


@dataclass(frozen=True, slots=True)
class _Context:
    """What every claim of one sentence shares."""

    sentence: Sentence
    claimant: str | None
    via: str | None
    as_of: str | None


@dataclass(frozen=True, slots=True)
class _Binding:
    figure: FigureSpan
    cue: _CueHit
    group: str | None
    distance: int


def find_claims(doc: Document, attributions: Sequence[Attribution]) -> list[Claim]:
    """Every casualty claim in ``doc``, in text order, with claimant and via from ``attributions``.

    >>> doc = Document("Shelling killed 12 people.")
    >>> [(c.category, c.min, c.group) for c in find_claims(doc, [])]
    [('killed', 12, 'people')]
    """
    sentences = doc.sentences
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    hits: dict[int, list[_CueHit]] = {}
    for start, end, cue in scan_cues(doc.text):
        index = bisect.bisect_right(starts, start) - 1
        if index < 0 or end > sentences[index].end:
            continue
        base = sentences[index].start
        hits.setdefault(index, []).append(_CueHit(start - base, end - base, cue))
    claims: list[Claim] = []
    statements: dict[int, Attribution] | None = None
    for index, cues in hits.items():
        sentence = sentences[index]
        bindings = _bind_cached(sentence.text, tuple(cues))
        if not bindings:
            continue
        if statements is None:
            statements = _statements_by_sentence(sentences, attributions)
        # Worked out once per sentence: a sentence may hold thousands of figures.
        claimant, via = _claimant(sentences, index, statements)
        # "as of"/"as at"/"by": casefold keeps the long s that IGNORECASE reads as "s".
        folded = sentence.text.casefold()
        as_of = _AS_OF.search(sentence.text) if "as" in folded or "by" in folded else None
        context = _Context(
            sentence=sentence,
            claimant=claimant,
            via=via,
            as_of=(as_of.group("a") or as_of.group("b")).strip() if as_of else None,
        )
        claims.extend(_claim(doc, context, binding) for binding in bindings)
    claims.sort(key=lambda c: (c.start, c.figure_span.start if c.figure_span else 0))
    return claims


@functools.lru_cache(maxsize=4096)
def _bind_cached(text: str, hits: tuple[_CueHit, ...]) -> tuple[_Binding, ...]:
    """``_bind``, remembered: syndicated wire copy repeats whole sentences across outlets."""
    return tuple(_bind(text, list(hits)))


def _bind(text: str, hits: list[_CueHit]) -> list[_Binding]:
    """Pair figures and cues of one sentence; each figure binds to at most one cue."""
    cues = _Cues(hits)
    # Cheap substring tests on the lower-cased sentence stand before every optional regex
    # scan: each scan below needs one of these words, and most sentences have none.
    low = text.lower()
    asides = _asides(text) if "(" in text or "-" in text else []
    fatal: dict[int, _Binding] = {}
    figures = []
    stated = find_figures(text)
    for span in stated:
        # "six people were shot, two (of them) fatally": a part, and a claim of its own.
        binding = _fatally(text, span) or _lives(text, span)
        if binding is not None:
            fatal[span.start] = binding
            figures.append(span)
        elif not _is_subset(text, span, asides):
            figures.append(span)
    figures, partitives = _partitives(text, figures, cues)
    singulars = _singulars(text, low, figures)
    figures = sorted([*figures, *singulars], key=lambda f: f.start)
    multiples = _multiples(text) if _has_any(low, _MULTIPLE_WORDS) else []
    suicides = _suicides(text) if _has_any(low, _SUICIDE_WORDS) else []
    if not figures:
        found = [*multiples, *_listed(text, cues, {}), *suicides]
        if "," in text and _AGE_AFTER_COMMA.search(text):
            found.extend(_named_lists(text, cues, found))
        return [*found, *_plurals(text, cues, found, [(f.start, f.end) for f in stated])]
    bound: dict[int, _Binding] = {}
    for i, figure in enumerate(figures):
        if figure.start in fatal and fatal[figure.start].figure is figure:
            bound[i] = fatal[figure.start]
            continue
        if cues.overlaps(figure.start, figure.end):
            continue
        if _is_question(text, figure):
            continue
        whole = partitives.get(figure.start)
        if whole is not None:
            # "two of the four victims died": read "two of the four" as one figure, bind, and
            # keep the part's own span.
            figures[i] = FigureSpan(figure.start, whole.end, figure.figure)
        candidates = [
            b
            for b in (_before(text, figures, i, cues), _after(text, figures, i, cues))
            if b is not None and _acceptable(b)
        ]
        figures[i] = figure
        if whole is not None and len(candidates) == 2:
            candidates = candidates[1:]  # "killed 3 of the 10 hostages": the verb governs
        if whole is not None:
            candidates = [
                _Binding(
                    FigureSpan(figure.start, figure.end, b.figure.figure),
                    b.cue,
                    b.group,
                    b.distance,
                )
                for b in candidates
            ]
        if candidates:
            bound[i] = min(candidates, key=lambda b: b.distance)
    _coordinate(text, figures, cues, bound)
    _along_with(text, figures, cues, bound)
    extra = [
        *multiples,
        *_one_more(text, figures, bound),
        *_listed(text, cues, bound),
        *suicides,
    ]
    if "," in text and _AGE_AFTER_COMMA.search(text):
        extra.extend(_named_lists(text, cues, [*bound.values(), *extra]))
    if multiples and any(b.cue.cue.category == "killed" for b in bound.values()):
        # "a man and two children are dead in a double murder-suicide": one toll, said twice.
        extra = [
            b for b in extra if not any(b is m for m in multiples) or b.cue.cue.category != "killed"
        ]
    singulars.extend(b.figure for b in extra if b.figure.figure.text[:1].isalpha())
    found = sorted([*bound.values(), *extra], key=lambda b: b.figure.start)
    # "three were shot but survived": the shot who lived were wounded.
    found = [_survived(text, b) for b in found]
    # A person counted by their noun ("her father and daughter") is their own group.
    found = [
        _Binding(b.figure, b.cue, b.figure.figure.text, b.distance)
        if b.figure.figure.text.lower() in PERSON_NOUNS
        else b
        for b in found
    ]
    # "rose to seven after a woman died": the singular is a detail of a stated toll.
    single = {id(f) for f in singulars}
    counted = {
        b.cue.cue.category
        for b in found
        if id(b.figure) not in single and b.cue.cue.after == "toll" and b.cue.end <= b.figure.start
    }
    found = [b for b in found if id(b.figure) not in single or b.cue.cue.category not in counted]
    # Two routes may count one person twice ("five adults and an unborn child were killed").
    seen: set[tuple[int, str]] = set()
    unique = []
    for b in found:
        key = (b.figure.start, b.cue.cue.category)
        if key not in seen:
            seen.add(key)
            unique.append(b)
    found = unique
    plurals = _plurals(text, cues, found, [(f.start, f.end) for f in (*stated, *figures)])
    return sorted([*found, *plurals], key=lambda b: b.figure.start) if plurals else found


# Unspecified plurals ("the villagers were killed", "killing soldiers and policemen").
_PLURAL_CATEGORIES = frozenset({"killed", "wounded", "killed_or_wounded"})
_PLURAL_DETERMINERS = frozenset(
    "the their his her its our these those other fellow innocent unarmed".split()
)
_MODALS = frozenset("would will may might must shall could should to".split())
_PLURAL_PAST = frozenset({"were", "have", "had"})
_NOT_CLAIMED = frozenset("if unless whether lest no any none few not never".split())
_DENIED = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|rejected|no\s+(?:evidence|reports?|sign|indication)|unclear"
    r"|not\s+(?:clear|known|confirmed))\b[^.;:!?]*$",
    re.IGNORECASE,
)
_NP_SKIP = frozenset({"and", "or"})
_PLURAL_WINDOW = 90
_NOT_DONE = frozenset(
    """to not never would could continue continued keep kept stop stopped start started avoid
    prevent preventing begin began planned plans threatened""".split()
)
_PARTS = frozenset("one none any each neither either few some many most all both".split())


def _plurals(
    text: str,
    cues: _Cues,
    found: list[_Binding],
    figures: Sequence[tuple[int, int]] = (),
) -> list[_Binding]:
    """Unspecified claims: a casualty cue whose subject or object is a plural of people with
    no figure ("the Jesuits and their maids had been murdered", "killing soldiers").

    Not when the cue already has a figure, is negated, hedged by a modal, present-tense
    passive (habitual: "soldiers are killed every year"), or stands in a condition or denial.
    """
    used = {b.cue.start for b in found}
    claims: list[_Binding] = []
    for cue in cues.hits:
        if cue.start in used or cue.cue.category not in _PLURAL_CATEGORIES:
            continue
        here = _plural_subjects(text, cue) if cue.cue.before else []
        if not here and cue.cue.after == "object":
            here = _plural_objects(text, cue)
        if not here and cue.cue.before:
            here = _plural_after_adjective(text, cue)
        # A figure inside the phrase or between it and the cue is a count the binder refused.
        for binding in here:
            low = min(binding.figure.start, cue.start) - 15
            high = max(binding.figure.end, cue.end)
            if not any(low < end and start < high for start, end in figures):
                claims.append(binding)
    for binding in found:
        # "several soldiers and civilians were wounded": the second plural is a claim too.
        if (
            binding.figure.figure.qualifier == "unspecified"
            and binding.cue.start > binding.figure.end
        ):
            claims.extend(
                b
                for b in _plural_subjects(text, binding.cue)
                if b.figure.start > binding.figure.end + len(binding.group or "")
            )
    return claims


_ADJECTIVE_NP = re.compile(
    r"\s+(?P<np>(?:[A-Za-z][\w'-]*\s+){0,2}?[A-Za-z][\w'-]*)\s+(?:were|are|have|had|remain"
    r"|remained|who|was\s+taken|lay|lie)\b",
    re.IGNORECASE,
)


def _plural_after_adjective(text: str, cue: _CueHit) -> list[_Binding]:
    """ "The seriously injured seamen were out of danger": a participle before its group."""
    if text[cue.start : cue.end].lower() not in _ADJECTIVE_CUES:
        return []
    before = _words_back(text, cue.start)
    k = 1 if before and before[0].group().lower().endswith("ly") else 0
    if len(before) <= k or before[k].group().lower() not in ("the", "their", "its", "his", "her"):
        return []
    match = _ADJECTIVE_NP.match(text, cue.end, cue.end + _PLURAL_WINDOW)
    if match is None or not is_human_plural(match.group("np").split()[-1]):
        return []
    if any(w.lower() in _GROUP_STOP or w.lower() in _NP_SKIP for w in match.group("np").split()):
        return []
    binding = _plural_binding(text, match.start("np"), match.end("np"), cue)
    return [binding] if binding is not None else []


def _words_back(text: str, end: int) -> list[re.Match[str]]:
    """The words before ``end`` (nearest first) up to a punctuation break, at most 12."""
    start = max(0, end - _PLURAL_WINDOW)
    words = list(_WORD.finditer(text, start, end))
    kept: list[re.Match[str]] = []
    edge = end
    for word in reversed(words):
        between = text[word.end() : edge]
        if between.strip() and between.strip() != ",":
            break
        kept.append(word)
        edge = word.start()
        if len(kept) == 12:
            break
    return kept


def _plural_subjects(text: str, cue: _CueHit) -> list[_Binding]:
    """ "Civilians were killed", "the priests who were murdered", "villagers died"."""
    words = _words_back(text, cue.start)
    aux: list[str] = []
    k = 0
    while k < len(words) and words[k].group().lower() in _AUX:
        aux.append(words[k].group().lower())
        k += 1
    if not aux and text[words[0].end() if words else cue.start : cue.start].strip():
        return []
    if {"was", "is", "has"} & set(aux) or _MODALS.intersection(aux):
        return []
    if cue.cue.transitive or aux:
        if not (_PLURAL_PAST & set(aux) or (not cue.cue.transitive and "are" in aux)):
            return []
        if cue.cue.transitive and not _PASSIVE_AUX.intersection(aux):
            return []
    if k < len(words) and words[k].group().lower() in ("who", "that"):
        k += 1
    heads = _noun_phrases_back(text, words, k)
    if not heads:
        return []
    leftmost = heads[-1][0]
    before = _words_back(text, leftmost)
    if before and before[0].group().lower() in _NOT_CLAIMED | {"where", "how", "why"}:
        return []
    if (
        len(before) > 1
        and before[0].group().lower() == "of"
        and before[1].group().lower() in (_PARTS)
    ):
        return []  # "none of the guards were hurt", "one of his bodyguards was killed"
    if _DENIED.search(text, max(0, leftmost - 80), leftmost):
        return []
    found = (_plural_binding(text, start, end, cue) for start, end in reversed(heads))
    return [b for b in found if b is not None]


def _noun_phrases_back(text: str, words: list[re.Match[str]], k: int) -> list[tuple[int, int]]:
    """Coordinated plural noun phrases ending at ``words[k]``, nearest first, as spans."""
    phrases: list[tuple[int, int]] = []
    while k < len(words) and is_human_plural(words[k].group()):
        end = words[k].end()
        start = words[k].start()
        k += 1
        modifiers = 0
        while k < len(words) and modifiers < 2:
            word = words[k].group().lower()
            if word in _PLURAL_DETERMINERS:
                start = words[k].start()
                k += 1
                break
            if word in _GROUP_STOP or word in _NP_SKIP or word in _AUX or word in _NOT_CLAIMED:
                break
            if text[words[k].end() : start].strip():
                break  # a comma: the list goes on before this word
            start = words[k].start()
            k += 1
            modifiers += 1
        phrases.append((start, end))
        joined = k < len(words) and (
            words[k].group().lower() in _NP_SKIP or text[words[k].end() : start].strip() == ","
        )
        if not joined:
            break
        if words[k].group().lower() in _NP_SKIP:
            k += 1
        if k < len(words) and words[k].group().lower() in _PLURAL_DETERMINERS:
            k += 1  # "the Jesuits and their maids": the determiner stays outside the group
    return phrases


_OBJECT_NP = re.compile(
    r"\s*(?:(?:the|their|his|her|its|our|these|those|other|fellow)\s+)?"
    r"(?P<np>(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)"
    r"(?=\s*(?:[,.;:!?)\"]|--|$)|\s+(?:and|or|who|in|on|at|near|during|as|after|before|while"
    r"|when|inside|outside|from|with|without|since|across|throughout|last|this|yesterday|today"
    r"|overnight|earlier|including|among|by|for|under|over)\b)",
    re.IGNORECASE,
)
_OBJECT_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)", re.IGNORECASE)


_SUBJECT_WORDS = frozenset(
    """he she they it who which that had have has reportedly allegedly also then later
    army forces police militia group gang regime troops""".split()
)


def _active_subject(text: str, before: list[re.Match[str]], cue: _CueHit) -> bool:
    """Is the participle at ``cue`` an active verb ("gunmen killed", "tortured and murdered")
    rather than an adjective ("treats wounded veterans", "the wounded personnel")?"""
    if not before or text[before[0].end() : cue.start].strip():
        return False
    word = before[0].group()
    lowered = word.lower()
    if lowered in _NP_SKIP and len(before) > 1:
        return before[1].group().lower().endswith("ed")  # "captured, tortured and murdered"
    return (
        lowered in _SUBJECT_WORDS
        or (lowered.endswith("ly") and len(lowered) > 4)
        or is_human_plural(word)
        or lowered in PERSON_NOUNS
    )


def _plural_objects(text: str, cue: _CueHit) -> list[_Binding]:
    """ "Gunmen killed villagers", "the murder of the Jesuit priests and their cook"."""
    word = text[cue.start : cue.end].lower()
    if word == "kills" or word.startswith(("lives", "lost")):
        return []  # "the disease kills children" is habitual; "the lives of" and "lost" hedge
    if _HEDGE_BEFORE.search(text, max(0, cue.start - 30), cue.start):
        return []
    before = _words_back(text, cue.start)
    previous = before[0].group().lower() if before else ""
    if previous in _NOT_DONE:
        return []  # "tried to kill", "will continue killing", "to prevent killing"
    if word.endswith("ing") and previous in ("the", "a", "this", "that", "another", "its"):
        return []  # "the shooting to contact police": a noun takes its object with "of"
    if cue.cue.transitive and not _active_subject(text, before, cue):
        return []  # "the wounded personnel", "were killed": no active verb with an object
    if _DENIED.search(text, max(0, cue.start - 80), cue.start):
        return []
    claims: list[_Binding] = []
    if not text[cue.end : cue.end + 1].isspace():
        return []
    offset = cue.end
    limit = min(len(text), cue.end + _PLURAL_WINDOW)
    for _ in range(4):
        match = _OBJECT_NP.match(text, offset, limit)
        if match is None:
            break
        np_words = match.group("np").split()
        if not is_human_plural(np_words[-1]) or any(
            w.lower() in _GROUP_STOP or w.lower() in _NOT_CLAIMED or w.lower() == "to"
            for w in np_words
        ):
            break
        binding = _plural_binding(text, match.start("np"), match.end("np"), cue)
        if binding is None:
            break
        claims.append(binding)
        join = _OBJECT_JOIN.match(text, match.end(), limit)
        if join is None:
            break
        offset = join.end()
    return claims


_OF_NEXT = re.compile(r"\s+of\b", re.IGNORECASE)
_NEXT_NOUN = re.compile(r"\s+(?P<noun>[A-Za-z'-]+)\b")
_NEXT_NOUN2 = re.compile(r"\s+[A-Za-z'-]+\s+(?P<noun>[A-Za-z'-]+)\b")
_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)
_NUMBER_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)",
    re.IGNORECASE,
)


def _plural_binding(text: str, start: int, end: int, cue: _CueHit) -> _Binding | None:
    phrase = text[start:end]
    if any(_NUMBER_WORD.match(w) or w.lower() in _DAY_WORDS for w in phrase.split()):
        return None  # "thirtythree seamen", "Monday eight individuals": a figure unread
    if phrase.lower() == "parents" and text[max(0, start - 4) : start].lower() in ("his ", "her "):
        figure = FigureSpan(start, end, Figure(2, 2, "exact", phrase))  # "his parents": two
        return _Binding(figure, cue, phrase, 0)
    figure = FigureSpan(start, end, Figure(None, None, "unspecified", phrase))
    return _Binding(figure, cue, _clean_group(phrase.split()), 0)


# Named people with their ages: "Marcus Reed, 34, and Tia Lane, 2, were killed".
_NAME_AGE = (
    r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.)){1,3},\s+(?:age\s+)?\d{1,3}"
    r"(?:[,;]|(?=\s*(?:[.;]|$)))"
)
_NAME_AGE_RE = re.compile(_NAME_AGE)
# Between two named people: "and", "; their cousin,", "; and friend".
_NAME_JOIN = (
    r"\s*(?:and\s+)?(?:(?:their|his|her|a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:[a-z][\w-]*,?\s+)?"
)
_NAMED_LIST = re.compile(rf"{_NAME_AGE}(?:{_NAME_JOIN}{_NAME_AGE})+")
_AGE_AFTER_COMMA = re.compile(r"[A-Za-z],\s+(?:age\s+)?\d{1,3}(?:,|\s*(?:[.;]|$))")
_LIST_TO_CUE = re.compile(
    r"\s*(?:(?:were|have\s+been|had\s+been|are|both|all|also|later|each|reportedly)\s+)*"
)
_ALONG_WITH_TAIL = re.compile(r",?\s+(?:along\s+with|as\s+well\s+as|together\s+with)\s")
_NAMED_CATEGORIES = frozenset({"killed", "wounded", "killed_or_wounded"})


def _named_lists(text: str, cues: _Cues, found: list[_Binding]) -> list[_Binding]:
    """Lists of named people with ages bound to a cue, counted by their names: "Marcus Reed,
    34, and Tia Lane, 2, were killed" (2), "the deaths of Ann Roe, 9, and Ed Roe, 52" (2),
    and "..., along with her niece, Tina Roe, 37" after the cue (one more each)."""
    used = {b.cue.start for b in found}
    claims = []
    for match in _NAMED_LIST.finditer(text):
        cue = _cue_after_list(text, cues, match.end()) or _cue_before_list(
            text, cues, match.start()
        )
        if cue is None or cue.start in used or cue.cue.category not in _NAMED_CATEGORIES:
            continue
        count = len(_NAME_AGE_RE.findall(match.group()))
        if cue.start > match.end():
            tail = _ALONG_WITH_TAIL.match(text, cue.end)
            if tail is not None:
                rest = re.split(r"[.;:!?]", text[tail.end() : tail.end() + 200])[0]
                count += len(_NAME_AGE_RE.findall(rest))
        figure = FigureSpan(
            match.start(), match.end(), Figure(count, count, "exact", match.group())
        )
        claims.append(_Binding(figure, cue, None, 0))
        used.add(cue.start)
    return claims


def _cue_after_list(text: str, cues: _Cues, end: int) -> _CueHit | None:
    aux = _LIST_TO_CUE.match(text, end)
    index = cues.first_from(aux.end() if aux else end)
    if index is None or cues.hits[index].start != (aux.end() if aux else end):
        return None
    cue = cues.hits[index]
    passive = _PASSIVE_AUX.intersection(w.lower() for w in _WORD.findall(text, end, cue.start))
    if not cue.cue.before or (cue.cue.transitive and not passive):
        return None  # "Ann Roe, 34, and Ed Roe, 2, killed a man" is active
    return cue


def _cue_before_list(text: str, cues: _Cues, start: int) -> _CueHit | None:
    index = cues.last_before(start)
    if index is None:
        return None
    cue = cues.hits[index]
    between = text[cue.end : start].strip().lower()
    if cue.cue.after != "object" or between not in ("", "of", ":"):
        return None
    return cue


def _listed(text: str, cues: _Cues, bound: dict[int, _Binding]) -> list[_Binding]:
    """Headline lists of single people: "Man, toddler found dead", "officer killed"."""
    used = {b.cue.start for b in bound.values()}
    found = []
    for cue in cues.hits:
        if cue.start in used or not cue.cue.before:
            continue
        window = text[max(0, cue.start - 60) : cue.start]
        # The last listed noun is one of the window's last four words (up to three "were",
        # "found"... follow it), and must be a person: cheaper to check than the list regex.
        if not any(w.lower() in PERSON_NOUNS for w in _LIST_WORD.findall(window)[-4:]):
            continue
        match = _PERSON_LIST.search(window)
        if match is None:
            continue
        nouns = [w for w in _LIST_SPLIT.split(match.group("items").strip()) if w]
        heads = [n.split()[-1].lower() for n in nouns]
        if not heads or any(h not in PERSON_NOUNS for h in heads):
            continue
        aux = match.group("aux").split()
        passive = _PASSIVE_AUX.intersection(w.lower() for w in aux)
        if cue.cue.transitive and not passive and not _looks_passive(text[cue.end : cue.end + 40]):
            continue
        offset = max(0, cue.start - 60) + match.start("items")
        for noun in nouns:
            start = text.find(noun, offset)
            one = FigureSpan(start, start + len(noun), Figure(1, 1, "exact", noun))
            found.append(_Binding(one, cue, noun.split()[-1], 0))
            offset = start + len(noun)
    return found


def _one_more(text: str, figures: list[FigureSpan], bound: dict[int, _Binding]) -> list[_Binding]:
    """ "He and eight others were killed": the one named before "and" counts too."""
    found = []
    for i, binding in bound.items():
        listed = _LISTED_BEFORE.search(
            text, max(0, binding.figure.start - 30), binding.figure.start
        )
        if listed and listed["one"].lower() in PERSON_NOUNS and binding.cue.start > listed.end():
            # "Police identify infant, 2 women killed": the listed person is one more.
            one = FigureSpan(
                listed.start("one"), listed.end("one"), Figure(1, 1, "exact", listed["one"])
            )
            found.append(_Binding(one, binding.cue, listed["one"], binding.distance))
        if binding.cue.start > binding.figure.end and binding.figure.figure.min != 1:
            found.extend(_ones_beside(text, binding, figures[i - 1].end if i > 0 else 0))
        elif binding.cue.end <= binding.figure.start and binding.figure.figure.min != 1:
            following = figures[i + 1].start if i + 1 < len(figures) else len(text)
            found.extend(_one_after_object(text, binding, following))
        if (binding.group or "").lower() not in _OTHERS:
            continue
        start = binding.figure.start
        match = _ONE_MORE_BEFORE.search(text, max(0, start - 40), start)
        previous = figures[i - 1].end if i > 0 else 0
        if match is None or match.start() < previous or not _could_be_one(match.group("one")):
            continue
        one = FigureSpan(match.start("one"), match.end("one"), Figure(1, 1, "exact", match["one"]))
        found.append(_Binding(one, binding.cue, match.group("one"), binding.distance))
    return found


def _partitives(
    text: str, figures: list[FigureSpan], cues: _Cues
) -> tuple[list[FigureSpan], dict[int, FigureSpan]]:
    """Drop the whole of "two of the four victims died"; map the part's start to the whole.

    Not when the cue belongs to the whole: "one of the two women who were injured said",
    "four of the six people injured were soldiers" (a relative or reduced relative clause).
    """
    kept: list[FigureSpan] = []
    wholes: dict[int, FigureSpan] = {}
    for figure in figures:
        part = kept[-1] if kept else None
        if (
            part is not None
            and _PARTITIVE.fullmatch(text, part.end, figure.start)
            and _part_governs(text, figure, cues)
        ):
            wholes[part.start] = figure
            continue
        kept.append(figure)
    return kept, wholes


def _part_governs(text: str, whole: FigureSpan, cues: _Cues) -> bool:
    index = cues.first_from(whole.end)
    if index is None:
        return True  # the verb came before: "executed 4 of the 11 prisoners"
    cue = cues.hits[index]
    words = {w.lower() for w in _WORD.findall(text, whole.end, cue.start)}
    if words & _RELATIVE:
        return False
    return not cue.cue.transitive or bool(words & _PASSIVE_AUX)


def _lives(text: str, figure: FigureSpan) -> _Binding | None:
    """ "The crash claimed four lives", "took 12 lives": the lives lost were people killed."""
    match = _LIVES_AFTER.match(text, figure.end)
    if match is None or not _LIVES_BEFORE.search(text, max(0, figure.start - 30), figure.start):
        return None
    cue = _CueHit(match.start("cue"), match.end("cue"), _LIVES_CUE)
    return _Binding(figure, cue, None, 0)


def _fatally(text: str, figure: FigureSpan) -> _Binding | None:
    """ "Six people were shot, two fatally": the figure before a lone "fatally" was killed."""
    if text[max(0, figure.start - 3) : figure.start].strip()[-1:] not in (",", "(", "-"):
        return None
    match = _FATALLY.match(text, figure.end)
    if match is None:
        return None
    cue = _CueHit(match.start("cue"), match.end("cue"), _FATAL_CUE)
    return _Binding(figure, cue, None, 0)


def _survived(text: str, binding: _Binding) -> _Binding:
    """A "shot" binding becomes wounded when the clause says they survived."""
    if binding.cue.cue.category != "killed_or_wounded" or binding.cue.end <= binding.figure.end:
        return binding
    match = _SURVIVED.match(text, binding.cue.end, binding.cue.end + 80)
    if match is None:
        return binding
    cue = _CueHit(binding.cue.start, binding.cue.end, _SURVIVED_CUE)
    return _Binding(binding.figure, cue, binding.group, binding.distance)


def _suicides(text: str) -> list[_Binding]:
    """ "shot his wife before killing himself": the one who took their own life died too;
    "killed her and three other people": a pronoun object is one killed."""
    found = []
    if " him" in text or " her" in text or " HIM" in text or " HER" in text:
        for match in _PRONOUN_OBJECT.finditer(text):
            one = FigureSpan(
                match.start("one"), match.end("one"), Figure(1, 1, "exact", match["one"])
            )
            cue = _CueHit(match.start("verb"), match.end("verb"), _KILLED_CUE)
            found.append(_Binding(one, cue, None, 0))
    for match in _SUICIDE.finditer(text):
        who, verb = next(
            (w, v) for w, v in (("one", "cue"), ("own", "took"), ("last", "verb")) if match[w]
        )
        one = FigureSpan(match.start(who), match.end(who), Figure(1, 1, "exact", match[who]))
        cue = _CueHit(match.start(verb), match.end(verb), _KILLED_CUE)
        group = match[who] if who != "own" else f"{match[who]}self".replace("hisself", "himself")
        found.append(_Binding(one, cue, group, 0))
    return found


def _ones_beside(text: str, binding: _Binding, previous: int) -> list[_Binding]:
    """Single people coordinated with a figure before its cue: "a woman and her two sons"."""
    found = []
    start, end = binding.figure.start, binding.figure.end
    before = _ONE_AND_BEFORE.search(text, max(previous, start - 50), start)
    named = _NAME_AND_HIS.search(text, max(previous, start - 40), start)
    if named is not None and before is None:
        one = FigureSpan(named.start("one"), named.end("one"), Figure(1, 1, "exact", named["one"]))
        found.append(_Binding(one, binding.cue, named["one"], binding.distance))
    if before and before["noun"].lower() == "couple":
        two = FigureSpan(before.start("one"), before.end("noun"), Figure(2, 2, "exact", "couple"))
        found.append(_Binding(two, binding.cue, "couple", binding.distance))  # "a couple and"
    if before and before["noun"].lower() in PERSON_NOUNS:
        one = FigureSpan(
            before.start("one"), before.end("one"), Figure(1, 1, "exact", before["one"])
        )
        found.append(_Binding(one, binding.cue, before["noun"], binding.distance))
    after = _AND_ONE_AFTER.match(text[: binding.cue.start], end)
    if after and after["noun"].lower() in PERSON_NOUNS:
        one = FigureSpan(after.start("one"), after.end("one"), Figure(1, 1, "exact", after["one"]))
        found.append(_Binding(one, binding.cue, after["noun"], binding.distance))
    return found


def _one_after_object(text: str, binding: _Binding, following: int) -> list[_Binding]:
    """ "killing four women and a man": the single person joined to the object counts too."""
    match = _AND_ONE_OBJECT.match(text, binding.figure.end, following)
    if match is None or match["noun"].lower() not in PERSON_NOUNS:
        return []
    one = FigureSpan(match.start("one"), match.end("one"), Figure(1, 1, "exact", match["one"]))
    return [_Binding(one, binding.cue, match["noun"], binding.distance)]


def _multiples(text: str) -> list[_Binding]:
    """ "A double murder" is two killed, "a triple shooting" three shot."""
    found = []
    for match in _MULTIPLE.finditer(text):
        count = _MULTIPLE_COUNT[match.group(1).lower()]
        if match["suicide"] and match.group(2).lower() != "shooting":
            count += 1  # "a double murder-suicide": the killer died too
        figure = FigureSpan(
            match.start(1), match.end(1), Figure(count, count, "exact", match.group(1))
        )
        cue = _KILLED_CUE if match.group(2).lower() != "shooting" else _SHOT_CUE
        found.append(_Binding(figure, _CueHit(match.start(2), match.end(2), cue), None, 0))
    return found


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``; for the verb-led object pattern, tried only where RE2 finds
    one of its verbs (Python's re would try the whole alternation at every position)."""
    if pattern is not _SINGULAR_OBJECT:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in re2_starts(_OBJECT_VERBS, text.encode("ascii", "replace")):
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def _has_any(low: str, words: tuple[str, ...]) -> bool:
    return any(word in low for word in words)


def _singulars(text: str, low: str, figures: list[FigureSpan]) -> list[FigureSpan]:
    """ "A police officer was killed": one person, counted by the article (figure "A")."""
    found = []
    starts = [f.start for f in figures]
    if " and " in low:
        for match in _SINGULAR_PAIR.finditer(text):
            if match["noun"].lower() in PERSON_NOUNS and match["noun2"].lower() in PERSON_NOUNS:
                for group in ("article", "article2" if match["article2"] else "noun2"):
                    start, end = match.span(group)
                    found.append(FigureSpan(start, end, Figure(1, 1, "exact", match[group])))
    for pattern, words in _SINGULAR_PATTERNS:
        if not _has_any(low, words):
            continue
        for match in _matches(pattern, text):
            noun = match.group("noun").lower()
            noun_end = match.end("noun")
            if pattern is _SINGULAR_OBJECT and noun not in PERSON_NOUNS:
                # the lazy match stops at the first word: "killed a young couple"
                for later in (_NEXT_NOUN.match(text, noun_end), _NEXT_NOUN2.match(text, noun_end)):
                    if later is not None and later["noun"].lower() in (*PERSON_NOUNS, "couple"):
                        noun, noun_end = later["noun"].lower(), later.end("noun")
                        break
            start, end = match.span("article")
            index = bisect.bisect_right(starts, start) - 1
            inside = index >= 0 and figures[index].end > start
            if noun in PERSON_NOUNS and not inside:
                found.append(FigureSpan(start, end, Figure(1, 1, "exact", match.group("article"))))
                if pattern is _SINGULAR_OBJECT:
                    found.extend(_coordinated_people(text, match.end()))
            elif noun == "couple" and not inside and not _OF_NEXT.match(text, noun_end):
                # "killed a young couple": two people ("a couple of hours" is no one)
                found.append(FigureSpan(start, end, Figure(2, 2, "exact", match.group("article"))))
    return sorted(set(found), key=lambda f: f.start)


# Each singular pattern with the words (lower case) without which it cannot match.
_SINGULAR_PATTERNS = (
    (_SINGULAR, ("was", "has", "had", "is", "died", "remain")),
    (
        _SINGULAR_OBJECT,
        (
            *("kill", "murder", "sho", "wound", "injur", "stab", "kidnap", "abduct"),
            *("captur", "arrest", "rescu"),
        ),
    ),
    (_SINGULAR_ADJECTIVE, ("dead", "injur", "wound", "hurt", "kill", "missing")),
)
_MULTIPLE_WORDS = ("double", "triple", "uple")
_SUICIDE_WORDS = ("self", "own", " him", " her", " HIM", " HER")


def _coordinated_people(text: str, offset: int) -> list[FigureSpan]:
    """ "killed her father and daughter": each person joined to a singular object is one more."""
    found = []
    for _ in range(3):
        match = _AND_PERSON.match(text, offset)
        if match is None:
            break
        # The person noun is the first or second word: "daughter", "6-year-old daughter".
        words = _WORD.finditer(text, match.start("words"), match.end())
        word = next((w for w in words if w.group().lower() in PERSON_NOUNS), None)
        if word is None:
            break
        start, end = match.span("det") if match["det"] else word.span()
        found.append(FigureSpan(start, end, Figure(1, 1, "exact", text[start:end])))
        offset = word.end()
    return found


def _is_subset(text: str, figure: FigureSpan, asides: list[tuple[int, int]]) -> bool:
    """A part of a total given alongside it: "(three soldiers)", "including 3", ", five of them"."""
    if _SUBSET_BEFORE.search(text[max(0, figure.start - 30) : figure.start]):
        return True
    before = text[max(0, figure.start - 5) : figure.start].rstrip()
    if _SUBSET_AFTER.match(text, figure.end) and before.endswith(","):
        return True
    index = bisect.bisect_right(asides, (figure.start, len(text))) - 1
    return index >= 0 and asides[index][0] < figure.start < asides[index][1]


def _asides(text: str) -> list[tuple[int, int]]:
    """Spans in parentheses or between a pair of dashes: "six priests -- five Spaniards ... --"."""
    spans = [m.span() for m in _PARENTHESES.finditer(text)]
    dashes = [m.start() for m in _DASH.finditer(text)]
    if dashes and _DATELINE.fullmatch(text, 0, dashes[0]):
        dashes = dashes[1:]  # "KYIV (AP) -- ...": the dateline's dash opens no aside
    spans.extend(zip(dashes[0::2], dashes[1::2], strict=False))
    return sorted(spans)


_VAGUE_WORDS = frozenset("many much few".split())


def _is_question(text: str, figure: FigureSpan) -> bool:
    """ "how many were killed" and "so many" ask or exclaim; they claim no figure.
    "as well as two injured students" is no question: only a vague figure follows "so/as"."""
    match = _QUESTION_BEFORE.search(text[max(0, figure.start - 5) : figure.start])
    if match is None:
        return False
    return match.group().strip().lower() == "how" or (
        figure.figure.text[:1].isalpha()
        and (figure.figure.qualifier == "unspecified" or figure.figure.text.lower() in _VAGUE_WORDS)
    )


class _Cues:
    """The cues of one sentence in text order, searchable by offset in O(log n)."""

    def __init__(self, hits: list[_CueHit]) -> None:
        self.hits = sorted(hits, key=lambda c: c.start)
        self.starts = [c.start for c in self.hits]
        self.ends = [c.end for c in self.hits]

    def first_from(self, offset: int) -> int | None:
        """Index of the first cue starting at or after ``offset``."""
        index = bisect.bisect_left(self.starts, offset)
        return index if index < len(self.hits) else None

    def last_before(self, offset: int) -> int | None:
        """Index of the last cue ending at or before ``offset``."""
        index = bisect.bisect_right(self.ends, offset) - 1
        return index if index >= 0 else None

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start

    def any_between(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, start)
        return index < len(self.hits) and self.starts[index] < end


def _before(text: str, figures: list[FigureSpan], i: int, cues: _Cues) -> _Binding | None:
    """The figure precedes its cue: "12 soldiers were killed", "40 dead"."""
    figure = figures[i]
    index = cues.first_from(figure.end)
    if index is None:
        return None
    cue = cues.hits[index]
    if index + 1 < len(cues.hits) and not text[figure.end : cue.start].strip():
        # "two injured workers died": the adjective is part of the group, the verb governs.
        governing = cues.hits[index + 1]
        between = text[cue.end : governing.start]
        crossed = i + 1 < len(figures) and figures[i + 1].start < governing.start
        # "two dead and four others injured": a coordinated figure is no adjective gap.
        if governing.cue.before and _ADJECTIVE_GAP.fullmatch(between) and not crossed:
            cue = governing
    if not cue.cue.before or cue.start - figure.end > _WINDOW:
        return None
    if i + 1 < len(figures) and figures[i + 1].start < cue.start:
        return None
    gap = text[figure.end : cue.start]
    if "-" in gap:
        gap = _AGE_ADJECTIVE.sub(" ", gap)  # "2 16-year-old boys"
    # Each rewrite below needs a character or word it looks for; most gaps have none.
    if "," in gap or "(" in gap or "[" in gap or "-" in gap:
        gap = _PARENTHETICAL.sub(" ", gap)
    lowered = gap.lower()
    if "includ" in lowered or "of" in lowered or "among" in lowered or "most" in lowered:
        gap = _SUBSET_IN_GAP.sub(" ", gap)
    if "among" in lowered:
        gap = _AMONG_THE.sub(" were ", gap)  # "two firefighters were among the injured"
    if _GAP_BREAK.search(gap):
        return None
    words = [w.lower() for w in _WORD.findall(gap)]
    if len(words) > 12 or len(_WORD.sub("", gap).strip(" ,")) > 0:
        return None
    words = _skip_relative_clause(words)
    group_words: list[str] = []
    aux_words: list[str] = []
    group_open = True
    for word in words:
        adverb = word.endswith("ly") and len(word) > 4 and bool(group_words)
        if aux_words or word in _AUX or adverb:
            if word not in _AUX and not word.endswith("ly"):
                return None
            aux_words.append(word)
        elif word in _RELATIVE:
            group_open = False  # "6 priests who were murdered": only aux may follow
        elif not group_open or word in _NEGATION or word in _CLAUSE_STOP:
            return None
        else:
            group_words.append(word)
    if any(w in _NEGATION for w in aux_words):
        return None
    if not group_open and not aux_words:
        return None
    # "3 gunmen killed a guard" is active; a bare "Two captured pilots" or "12 killed" is not.
    active = cue.cue.transitive and words and not _PASSIVE_AUX.intersection(aux_words)
    if active and not _looks_passive(text[cue.end : cue.end + 40]):
        return None
    if figure.figure.qualifier == "unspecified" and not group_words and not aux_words:
        following = _following_group(text[cue.end : cue.end + _WINDOW])
        adjective = text[cue.start : cue.end].lower() in _ADJECTIVE_CUES
        if not (adjective and following and is_human_plural(following.split()[-1])):
            return None  # "several injured" alone; but "a number of wounded people"
    if words and cue.cue.pattern == COUNTED_KILLINGS:
        return None  # "30 cases of murders" counts cases
    group = _group_text(gap, group_words)
    adjective = text[cue.start : cue.end].lower() in _ADJECTIVE_CUES or cue.cue.transitive
    if group is None and not words and adjective:
        group = _following_group(text[cue.end : cue.end + _WINDOW])  # "30 dead civilians"
    return _Binding(figure, cue, group, len(words))


def _skip_relative_clause(words: list[str]) -> list[str]:
    """Drop "who worked for them" in "two women who worked for them were murdered"."""
    start = next((k for k, w in enumerate(words) if w in _RELATIVE), None)
    if start is None:
        return words
    end = len(words)
    while end > start + 1 and (words[end - 1] in _AUX or words[end - 1].endswith("ly")):
        end -= 1
    tail = words[end:]
    if end - start > 8 or not _PASSIVE_AUX.intersection(tail) or end == start + 1:
        return words
    return words[:start] + tail


def _looks_passive(rest: str) -> bool:
    match = _NEXT_TOKEN.match(rest)
    if match is None:
        return True
    token = match.group(1).lower()
    if token == "":
        return True
    if token[0].isdigit():
        return False
    return not token[0].isalpha() or token in _PASSIVE_NEXT


def _after(text: str, figures: list[FigureSpan], i: int, cues: _Cues) -> _Binding | None:
    """The figure follows its cue: "killing 12 people", "the death toll rose to 40"."""
    figure = figures[i]
    last = cues.last_before(figure.start)
    cue = cues.hits[last] if last is not None else None
    if cue is not None and figure.start - cue.end > _WINDOW:
        return None
    if cue is None or cue.cue.after is None or figure.figure.min == 0 == figure.figure.max:
        return None
    if i > 0 and figures[i - 1].end > cue.end:
        return None
    gap = text[cue.end : figure.start]
    words = [w.lower() for w in _WORD.findall(gap)]
    if len(_WORD.sub("", gap).strip()) > 0:
        return None
    if cue.cue.after == "object":
        lead = _OBJECT_LEAD.fullmatch(gap)
        if lead is not None:
            words = []  # "killed her and three others": the one before is counted apart
        if len(words) > 3 or any(w not in _OBJECT_GAP_WORDS for w in words):
            return None
        if _HEDGE_BEFORE.search(text[max(0, cue.start - 30) : cue.start]):
            return None
    else:
        words = _drop_leading_phrase(words)
        if len(words) > 8 or any(w not in _TOLL_WORDS for w in words):
            return None
        if not words and cue.cue.category != "killed_or_wounded":
            return None
    group = _following_group(text[figure.end : figure.end + _WINDOW])
    counted = _NUMBER_OF_GROUP.match(text, cue.start, cue.end)
    if counted and group is None:
        # "the number of people killed rose to 97", "the number of Dravian troops ... at 10,000"
        group = counted.group(1) or counted.group(2)
    stated = figure.figure
    if stated.qualifier == "exact" and _MORE_THAN_VERBS.intersection(words):
        # "casualties exceeded 1,500" says more than 1,500
        moved = Figure(stated.min, None, "more_than", stated.text)
        figure = FigureSpan(figure.start, figure.end, moved)
    return _Binding(figure, cue, group, len(words))


def _drop_leading_phrase(words: list[str]) -> list[str]:
    """Skip "from Saturday's landslide" in "the death toll from Saturday's landslide rose to 40"."""
    if not words or words[0] not in _TOLL_PREPOSITIONS:
        return words
    for k, word in enumerate(words[:10]):
        if word in _TOLL_VERBS:
            return words[k:]
    return words


def _coordinate(
    text: str, figures: list[FigureSpan], cues: _Cues, bound: dict[int, _Binding]
) -> None:
    """Let "12 soldiers and 3 civilians were killed" give both figures the cue."""
    vague = [f.figure.qualifier == "unspecified" or f.figure.max == 0 for f in figures]
    for i in range(len(figures) - 2, -1, -1):
        right = bound.get(i + 1)
        if i in bound or right is None or right.cue.start < figures[i + 1].start or vague[i]:
            continue
        between = text[figures[i].end : figures[i + 1].start]
        if _COORDINATION.fullmatch(_without_asides(between)) and not _has_cue(
            figures[i].end, figures[i + 1].start, cues
        ):
            candidate = _Binding(figures[i], right.cue, _following_group(between), right.distance)
            if _acceptable(candidate):
                bound[i] = candidate
    for i in range(1, len(figures)):
        left = bound.get(i - 1)
        if i in bound or left is None or left.cue.start > figures[i - 1].start or vague[i]:
            continue
        between = text[figures[i - 1].end : figures[i].start]
        single = figures[i].figure.min == 1 and figures[i].figure.text[:1].isalpha()
        if single and _NEW_CLAUSE.match(text, figures[i].end):
            continue  # "detained 7 protesters and a man was later charged"
        if _COORDINATION.fullmatch(_without_asides(between)) and not _has_cue(
            figures[i - 1].end, figures[i].start, cues
        ):
            candidate = _Binding(
                figures[i],
                left.cue,
                _following_group(text[figures[i].end : figures[i].end + _WINDOW]),
                0,
            )
            if _acceptable(candidate):
                bound[i] = candidate


def _along_with(
    text: str, figures: list[FigureSpan], cues: _Cues, bound: dict[int, _Binding]
) -> None:
    """ "X was killed near his home, along with two bodyguards": the figure shares the cue."""
    for i, figure in enumerate(figures):
        if i in bound or figure.figure.qualifier == "unspecified":
            continue
        if not _ALONG_WITH.search(text, max(0, figure.start - 25), figure.start):
            continue
        last = cues.last_before(figure.start)
        if last is None:
            continue
        cue = cues.hits[last]
        previous = figures[i - 1].end if i > 0 else 0
        if figure.start - cue.end > _WINDOW or previous > cue.start:
            continue
        if _GAP_BREAK_ALONG.search(text, cue.end, figure.start):
            continue
        group = _following_group(text[figure.end : figure.end + _WINDOW])
        candidate = _Binding(figure, cue, group, 0)
        if _acceptable(candidate):
            bound[i] = candidate


# Asides a coordination may step over: "six priests -- five of them Spaniards -- and two
# women", "the six Jesuits, five of whom were Spaniards, and two women".
_COORDINATION_ASIDE = re.compile(
    r"\s--?\s[^-]{1,80}?\s--?(?=\s)|\([^()]{1,80}\)"
    r"|,\s*[A-Za-z]+\s+of\s+(?:whom|them|which)\b[^,;:.]{1,60}(?=,)",
    re.IGNORECASE,
)


def _without_asides(between: str) -> str:
    between = _AGE_ADJECTIVE.sub("", between)
    if "-" in between or "(" in between or " of " in between.lower():
        between = _COORDINATION_ASIDE.sub("", between)
    return between


def _has_cue(start: int, end: int, cues: _Cues) -> bool:
    return cues.any_between(start, end)


def _group_text(gap: str, group_words: list[str]) -> str | None:
    """The group as written, cut before any preposition ("2 policemen guarding ... in ...")."""
    words: list[str] = []
    for word in _WORD.findall(gap)[: len(group_words)]:
        lowered = word.lower()
        if lowered in _GROUP_STOP or (words and lowered in _GROUP_END):
            break
        words.append(word)
    return _clean_group(words)


def _clean_group(words: list[str]) -> str | None:
    """Drop "of its", "more", "other" from the edges of a group: "41 of its soldiers"."""
    while words and words[0].lower() in _GROUP_LEADING:
        words = words[1:]
    return " ".join(words) or None


def _following_group(rest: str) -> str | None:
    """The noun phrase right after an object figure: "12 Ukrainian soldiers in Kharkiv"."""
    age = _LEADING_AGE.match(rest)  # "his 5-year-old daughter"
    match = _NEXT_WORDS.match(rest, age.end() if age else 0)
    if match is None:
        return None
    words: list[str] = []
    for word in match.group().split():
        lowered = word.lower()
        if lowered in _GROUP_STOP or lowered in _AUX or lowered in _GROUP_END:
            break
        if words and lowered.endswith("ing") and len(lowered) > 5:
            break  # "residents living within a kilometre", but "neighbouring villages"
        if words and lowered.endswith("ed") and len(lowered) > 4:
            break  # "three men shocked the town", but "armed men"
        words.append(word)
    return _clean_group(words)


def _claim(doc: Document, context: _Context, binding: _Binding) -> Claim:
    figure = binding.figure
    base = context.sentence.start
    fig_start, fig_end = base + figure.start, base + figure.end
    figure_text = doc.original[fig_start:fig_end]
    cue_start, cue_end = base + binding.cue.start, base + binding.cue.end
    start, end, text = doc.excerpt(
        context.sentence, min(fig_start, cue_start), max(fig_end, cue_end)
    )
    return Claim(
        category=binding.cue.cue.category,
        min=figure.figure.min,
        max=figure.figure.max,
        qualifier=figure.figure.qualifier,
        group=binding.group,
        claimant=context.claimant,
        via=context.via,
        text=text,
        start=start,
        end=end,
        figure_text=figure_text,
        figure_span=Span(fig_start, fig_end, figure_text),
        as_of=context.as_of,
    )


# Units that count formations, not people: "two companies of soldiers", "3 busloads of".
_FORMATIONS = frozenset(
    """companies company battalions battalion brigades brigade regiments regiment divisions
    division platoons platoon squads squad units unit teams team groups group busloads
    truckloads convoys columns""".split()
)


def _acceptable(binding: _Binding) -> bool:
    head = binding.group.split()[-1].lower() if binding.group else None
    if head in OBJECT_NOUNS:
        return False
    group = binding.group or ""
    if " of " in group.lower() and group.split()[0].lower() in _FORMATIONS:
        return False
    cue = binding.cue.cue
    if cue.pattern == TROOP_MOVEMENT:
        return head is not None and (head in MILITARY or head.rstrip("s") + "s" in MILITARY)
    if cue.category in PEOPLE_ONLY or cue.pattern in PEOPLE_ONLY:
        return head is not None and (head in PERSONNEL or head.rstrip("s") + "s" in PERSONNEL)
    return True


def _claimant(
    sentences: list[Sentence], index: int, statements: dict[int, Attribution]
) -> tuple[str | None, str | None]:
    """Who claims the sentence: its own statement, else the quote or colon it continues."""
    own = statements.get(index)
    if own is not None:
        return own.source, own.via
    text = sentences[index].text
    if text.count('"') % 2 == 1 and text.lstrip().startswith('"'):
        for later in range(index + 1, min(index + 4, len(sentences))):
            if sentences[later].text.count('"') % 2 == 1:
                found = statements.get(later)
                return (found.source, found.via) if found else (None, None)
    if index > 0 and sentences[index - 1].text.rstrip().endswith(":"):
        found = statements.get(index - 1)
        if found:
            return found.source, found.via
    return None, None


def _statements_by_sentence(
    sentences: list[Sentence], attributions: Sequence[Attribution]
) -> dict[int, Attribution]:
    """Sentence index -> the first statement (in ``attributions`` order) overlapping it."""
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    first: dict[int, Attribution] = {}
    in_order = ends == sorted(ends) and starts == sorted(starts)
    for attribution in attributions:
        if attribution.kind != "statement":
            continue
        if in_order:
            low = bisect.bisect_right(ends, attribution.start)
            high = bisect.bisect_left(starts, attribution.end)
            indexes: Iterator[int] | range = range(low, high)
        else:
            indexes = (
                i
                for i, s in enumerate(sentences)
                if attribution.start < s.end and s.start < attribution.end
            )
        for index in indexes:
            first.setdefault(index, attribution)
    return first


class CasualtyRule:
    """Headcounts of one family of categories, bound to their figure in a sentence.

    A mixin, not a ``Rule`` itself, so that only the concrete families below are rules.
    """

    categories: ClassVar[frozenset[str]] = frozenset()

    def find(self, text: str) -> list[Claim]:
        """The claims of this rule's categories in ``text`` (no attributions)."""
        return [c for c in find_claims(Document(text), ()) if c.category in self.categories]


class Killed(CasualtyRule, Rule):
    """People killed: killed, dead, died, deaths, death toll, lost their lives, fatalities."""

    code = "CAS01"
    categories = frozenset({"killed"})
    examples = (
        "Russian shelling killed 12 civilians in Kharkiv.",
        "At least 30 Ukrainian soldiers were killed, the ministry said.",
        "The death toll rose to 40 by Tuesday evening.",
        "No one was killed.",
    )
    counter_examples = (
        "In 2022, 30 lawmakers voted for the bill.",
        "A 34-year-old man was arrested near the scene.",
        "It was one of the deadliest attacks in years.",
    )


class Wounded(CasualtyRule, Rule):
    """People wounded: wounded, injured, hurt, hospitalised."""

    code = "CAS02"
    categories = frozenset({"wounded"})
    examples = (
        "The blast wounded at least 40 people.",
        "Twelve people were hospitalised with burns.",
        "Dozens of protesters were injured.",
    )
    counter_examples = (
        "The team lost 3-1 after its striker was injured.",
        "The storm damaged 30 square kilometres of farmland.",
    )


class KilledOrWounded(CasualtyRule, Rule):
    """People killed or wounded together: casualties, losses, "killed or wounded"."""

    code = "CAS03"
    categories = frozenset({"killed_or_wounded"})
    examples = (
        "More than 300,000 Russian troops have been killed or wounded.",
        "Casualties of about 300 were reported.",
        "There were no casualties.",
    )
    counter_examples = ("The company reported losses of $3 million.",)


class MissingOrCaptured(CasualtyRule, Rule):
    """People missing, captured, taken prisoner, kidnapped or taken hostage."""

    code = "CAS04"
    categories = frozenset({"missing", "captured", "kidnapped"})
    examples = (
        "Eight fishermen are still missing.",
        "Ukrainian forces captured 30 Russian soldiers.",
        "Gunmen abducted 12 students.",
    )
    counter_examples = ("The 72nd brigade captured 14 armoured vehicles.",)


class Deployed(CasualtyRule, Rule):
    """Troops deployed, sent, stationed or massed; needs a personnel noun."""

    code = "CAS05"
    categories = frozenset({"deployed"})
    examples = (
        "Russia has massed 100,000 troops near the border.",
        "The government deployed 3,000 soldiers to the region.",
    )
    counter_examples = (
        "Thirty new buses were deployed on the route.",
        "The ministry sent 14 armoured vehicles.",
    )


class Moved(CasualtyRule, Rule):
    """People displaced, evacuated, rescued, or arrested (detained counts as arrested)."""

    code = "CAS06"
    categories = frozenset({"displaced", "evacuated", "rescued", "arrested"})
    examples = (
        "Almost half a million people have been displaced.",
        "Police arrested 15 people and detained 3 others.",
        "Firefighters rescued 12 residents.",
    )
    counter_examples = ("The bridge, 5 km long, was evacuated within 30 minutes.",)
