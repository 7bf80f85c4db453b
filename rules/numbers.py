"""Numbers as news states them: figures, qualifiers and ranges, turned into ``Figure`` bounds.

Contract (issue 3): "at least 30" -> 30/None at_least; "around 30" -> 30/30 approximately;
"10–12,000" -> 10000/12000 range; "almost half a million" -> None/500000 almost;
"no one" -> 0/0 exact; a vague quantifier ("several", "a number of") -> None/None unspecified.

Vague plurals of a magnitude word ("dozens", "scores", "hundreds", "thousands",
"tens of thousands", "millions") say "more than one of that unit", so they give
``at_least`` with the minimum of two units: dozens -> 24, scores -> 40, hundreds -> 200,
thousands -> 2000, tens of thousands -> 20000, hundreds of thousands -> 200000.
A stated qualifier that narrows them ("up to thousands") is ignored: the plural already
fixes the lower bound, so such phrases stay ``at_least``.

Vague quantifiers without a magnitude ("several", "some", "many", "a few", "a handful of",
"a number of", "an unknown number of", "numerous") give ``unspecified`` with no bounds.
"no one", "nobody", "none" and "no" before a noun give 0/0 ``exact``. Separators: "1,200",
"1 200" and the European "12.000" (three digits after the dot, no scale word) are 1200 and
12000; "1.2 million" and "3.5m" are scaled. Ranges share the second number's magnitude when
the first is within an order of magnitude of its leading part ("10–12,000").

Clock times are no counts: a four-digit number with a leading zero ("at 0815") or before a
time zone ("1415 GMT").

Every pattern here is free of nested unbounded quantifiers, so matching stays linear; RE2
finds the candidates in one pass and Python's re checks only those.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import re2

from rules.figure_patterns import (
    AGE_APPOSITIVE,
    AGE_LIST,
    AGES_OF_AFTER,
    AGES_OF_BEFORE,
    CLOCK,
    DIGIT_BEFORE,
    FIGURE,
    FIGURE_FULL,
    FRACTIONAL,
    HEADLINE_WORDS,
    LABELS_BEFORE,
    MAY_MONTH,
    MONEY_IN,
    NEXT_TOKEN,
    NONE_WITH,
    OF_NEXT,
    OF_NOT_A_COUNT,
    OF_THE_HARMS,
    ONE_HOME_AFTER,
    ONE_HOME_BEFORE,
    PARTITIVE_NOT_COUNT,
    PEOPLE_SHOT,
    PREFIXES,
    SCALE_FIRST,
    SCALE_WORD_END,
    SCALED,
    SCALES,
    SENTENCE_START_WORDS,
    SHORT_SCALES,
    STREET_AFTER,
    STREET_BEFORE,
    STREET_NUMBER,
    SUFFIXES,
    TRIGGER,
    TWO_DIGITS,
    UNITS_AFTER,
    VAGUE_MINIMUM,
    WORD_NEXT,
    YEAR,
    ZEROS_END,
)
from rules.model import Figure, Qualifier
from rules.nouns import PERSON_NOUNS, is_human_plural
from rules.number_values import integral, number_value

FIGURE_RE = re.compile(rf"(?<![\w$£€.,/:#-]){FIGURE}(?![\w-]*\d)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FigureSpan:
    """A figure found in a text, with its character offsets in that text."""

    start: int
    end: int
    figure: Figure


def parse_figure(text: str) -> Figure | None:
    """Parse a figure phrase ("at least 30", "10–12,000", "dozens", "no one") into bounds.

    >>> parse_figure("at least 30")
    Figure(min=30, max=None, qualifier='at_least', text='at least 30')
    >>> parse_figure("10-12,000")
    Figure(min=10000, max=12000, qualifier='range', text='10-12,000')
    >>> parse_figure("almost half a million")
    Figure(min=None, max=500000, qualifier='almost', text='almost half a million')
    >>> parse_figure("the ministry") is None
    True
    """
    match = FIGURE_FULL.fullmatch(text.replace("\u2013", "-").replace("\u2014", "-"))
    if match is None:
        return None
    return _figure_from_match(match, text.strip(), match.groupdict())


def re2_starts(pattern: re2._Regexp, data: bytes) -> Iterator[int]:
    """Start offsets of ``pattern.finditer(data)`` for an RE2 pattern over bytes."""
    return (start for start, _ in re2_spans(pattern, data))


def re2_spans(pattern: re2._Regexp, data: bytes) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each match of ``pattern.finditer(data)``, an RE2 pattern over bytes.

    The same scan as ``finditer``, without the wrapper's match object per hit, which costs
    more than RE2's own pass over a sentence.

    >>> list(re2_spans(re2.compile(rb"\\d+"), b"1 and 23"))
    [(0, 1), (6, 8)]
    """
    regexp = getattr(pattern, "_regexp", None)
    unanchored = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
    if regexp is None or unanchored is None:
        # google-re2's internals moved: the public API gives the same offsets, only slower.
        yield from (match.span() for match in pattern.finditer(data))
        return
    position, length = 0, len(data)
    while True:
        start, end = regexp.Match(unanchored, data, position, length)[0]
        if start == -1:
            return
        yield start, end
        if position == length:
            return
        position = position + 1 if position == end else end


def find_figures(text: str) -> list[FigureSpan]:
    """Every headcount-like figure in ``text``; dates, years, ages, money, units are left out.

    >>> [f.figure.min for f in find_figures("In 2022, a 34-year-old said 30 people and $5 died.")]
    [30]
    """
    found: list[FigureSpan] = []
    all_caps = text.isupper()
    covered = 0
    # RE2 finds where a figure may start in one linear pass; Python's re, with the
    # lookarounds RE2 lacks, then matches only there.
    for position in re2_starts(TRIGGER, text.encode("ascii", "replace")):
        if position < covered:
            continue
        match = FIGURE_RE.match(text, position)
        if match is None:
            continue
        phrase = match.group()
        if phrase.strip() == "":
            continue
        covered = match.end()  # a rejected "$3 million" must not leave "million" behind
        groups = match.groupdict()
        if _is_not_a_count(text, match, groups, all_caps):
            continue
        figure = _figure_from_match(match, phrase, groups)
        if figure is not None:
            found.append(FigureSpan(match.start(), covered, figure))
    return found


def _is_not_a_count(
    text: str, match: re.Match[str], groups: dict[str, str | None], all_caps: bool
) -> bool:
    start, end = match.span()
    phrase = match.group()
    bare = phrase.strip()
    lowered = bare.lower()
    after = text[end : end + 40]
    if after[:4].lower() == " in " and MONEY_IN.match(after):
        return True  # "millions in losses"
    plural = lowered not in ("one", "1", "a", "an")
    if _unit_follows(after) and not (plural and PEOPLE_SHOT.match(after)):
        return True
    if groups["zero"] and not WORD_NEXT.match(after):
        return True  # "no," or "no." is an interjection, not "no one"
    if lowered == "none" and NONE_WITH.match(after) and text[:start].rstrip().endswith(","):
        return True  # "three riders were hurt, none with serious injuries": a condition
    if lowered == "one" and OF_NEXT.match(after):
        return True  # "one of the deadliest", "one of them"
    with_harms = after[:4].lower() == " wit" and lowered in ("none", "no one")
    if (after[:4].lower() == " of " or with_harms) and OF_THE_HARMS.match(after):
        return True  # "none of the injuries were life-threatening" counts no one
    home = lowered == "one" and ONE_HOME_AFTER.match(after)
    if home and ONE_HOME_BEFORE.search(text[max(0, start - 6) : start]):
        return True  # "five members of one family": the family counts no one
    scale_first = SCALE_FIRST.match(phrase)
    if scale_first and DIGIT_BEFORE.search(text[max(0, start - 3) : start]):
        return True  # the tail of "$3 million", whose head was rejected
    numeric = groups["a2"] or groups["a1"]
    if numeric is None:
        return False
    second = groups["b1"] or groups["b2"]  # "2.5 to 3 million": the range's scale counts
    if (
        "." in numeric
        and FRACTIONAL.fullmatch(numeric)
        and (second is None or FRACTIONAL.fullmatch(second))
    ):
        return True  # "a magnitude 5.9 quake": a measure, not a headcount
    before = text[max(0, start - 30) : start]
    qualified = _is_qualified(groups) or groups["between"] is not None
    if not qualified and _labelled(before):
        return True
    if not qualified and _street_number(before, bare, after):
        return True  # "On 11700 Robertson, one person has been killed"
    if not qualified and _age_or_family_size(before, after):
        return True  # "under the age of 10", "Father of 5 killed"
    if _in_age_list(text, start, end, before):
        return True  # "two men, 25 and 31,", "aged 19 and 22,": ages, not counts
    if "ages of" in before and _between_ages(before, bare, after):
        return True  # "between the ages of 18 and 25"
    if YEAR.fullmatch(bare) or CLOCK.fullmatch(bare):
        return True
    words_before = before.split()
    last = words_before[-1] if words_before else ""
    capitalised = last.isalpha() and last[:1].isupper() and last[1:].islower()
    capitalised = capitalised and before.endswith(last + " ")
    capitalised = capitalised and last.lower() not in _NOT_LABELS
    if not all_caps and capitalised and bare[:1].isdigit():
        return True  # "Brigade 47", "Flight 370"
    # "Jane Doe, 34, was killed", "two soldiers, both 19, were": an age between commas.
    if not TWO_DIGITS.fullmatch(bare):
        return False
    return bool(AGE_APPOSITIVE.search(before[-16:]) and text[end : end + 1] == ",")


#: Capitalised words that never label a number: headline verbs and sentence-initial determiners.
_NOT_LABELS = HEADLINE_WORDS | SENTENCE_START_WORDS


def _in_age_list(text: str, start: int, end: int, before: str) -> bool:
    """Is the number one of a list of ages ("two men, 25 and 31, were", "aged 19 and 22")?"""
    if "," not in before and "age" not in before.lower():
        return False
    window = max(0, start - 40)
    return any(
        m.start() <= start and end <= m.end() for m in AGE_LIST.finditer(text, window, end + 40)
    )


def _between_ages(before: str, bare: str, after: str) -> bool:
    """Is the number an end of "the ages of 18 and 25" (the first only with the second)?"""
    found = AGES_OF_BEFORE.search(before)
    if found is None:
        return False
    if not found.group().rstrip().lower().endswith("of"):
        return True  # the second end: "ages of 18 and 25"
    return AGES_OF_AFTER.match(after) is not None or AGES_OF_AFTER.search(bare) is not None


def _unit_follows(after: str) -> bool:
    """Is the number followed by a unit, a time, a date or a partitive idiom?"""
    token = NEXT_TOKEN.match(after)
    if token is None:
        return False
    word = token.group(2).lower().rstrip(".")
    if word in ("%", "°"):
        return True
    if word in (":", "/"):
        return after[token.end() : token.end() + 1].isdigit()
    if word == "may":
        return MAY_MONTH.match(after) is not None
    if word == "of":
        return PARTITIVE_NOT_COUNT.match(after) is not None
    return word in UNITS_AFTER or word.split("/")[0] in ("km",)


def _age_or_family_size(before: str, after: str) -> bool:
    """Is "of N" after "age" or a parent noun an age or a family's size ("a child under the
    age of 10", "Father of 5 killed"), not a count of the people after it ("the father of
    three children killed", "the ages of 40 people")?"""
    words = before.split()
    if len(words) < 2 or words[-1].lower() != "of" or words[-2].lower() not in OF_NOT_A_COUNT:
        return False
    following = _NEXT_WORD.match(after)
    word = following.group("word") if following else ""
    if not (is_human_plural(word) or word.lower() in PERSON_NOUNS):
        return True
    # "a father of two children was shot": the singular verb is the parent's
    return following is not None and _SINGULAR_VERB.match(after, following.end()) is not None


#: The word after a number ("of three children"), any case.
_NEXT_WORD = re.compile(r"\s+(?P<word>[A-Za-z][\w-]*)")
#: A singular auxiliary right after the people of "father of two children".
_SINGULAR_VERB = re.compile(r"\s+(?:was|is|has)\b", re.IGNORECASE)


def _street_number(before: str, bare: str, after: str) -> bool:
    """Is the number a street number ("on 11700 Robertson", "at 4439 Pease Street")?"""
    if not STREET_NUMBER.fullmatch(bare) or not STREET_BEFORE.search(before):
        return False
    word = STREET_AFTER.match(after)
    return word is not None and not (
        is_human_plural(word["word"]) or word["word"].lower() in PERSON_NOUNS
    )


def _labelled(before: str) -> bool:
    """Is the number a label, date or age by the word before it ("Route 9", "aged 12")?"""
    stripped = before.rstrip()
    if not stripped:
        return False
    if stripped[-1] in "$£€¥":
        return True
    words = stripped.split()
    last = words[-1].lower().rstrip(".")
    if last == "of" and len(words) > 1 and words[-2][-1:].isdigit():
        return True  # "Image 3 of 40"
    return last in LABELS_BEFORE


# The group names of the qualifier alternatives, built once rather than per figure.
_PREFIX_KEYS: tuple[tuple[Qualifier, str], ...] = tuple((q, f"p_{q}") for q, _ in PREFIXES)


_SUFFIX_KEYS: tuple[tuple[Qualifier, str], ...] = tuple((q, f"s_{q}") for q, _ in SUFFIXES)


def _is_qualified(groups: dict[str, str | None]) -> bool:
    return any(groups[key] for _, key in _PREFIX_KEYS)


def _figure_from_match(
    match: re.Match[str], text: str, groups: dict[str, str | None]
) -> Figure | None:
    qualifier: Qualifier = "exact"
    for name, key in _PREFIX_KEYS:
        if groups[key]:
            qualifier = name
    for name, key in _SUFFIX_KEYS:
        if groups[key]:
            qualifier = name
    if groups["zero"]:
        return Figure(0, 0, "exact", text)
    if groups["unspecified"]:
        return Figure(None, None, "unspecified", text)
    vague = groups["vague"]
    if vague:
        key = " ".join(vague.lower().split())
        return Figure(VAGUE_MINIMUM[key], None, "at_least", text)
    first_text = groups["a1"] or groups["a2"]
    second_text = groups["b1"] or groups["b2"]
    if not first_text:
        return None
    first = number_value(first_text)
    if first is None:
        return None
    if second_text:
        second = number_value(second_text)
        if second is None:
            return None
        first = _share_magnitude(first, first_text, second, second_text)
        if first > second:
            return None  # "lost 3-1" is a score, not a range
        if first == second:
            return bounded_figure(first, qualifier, text)
        return Figure(first, second, "range", text)
    return bounded_figure(first, qualifier, text)


def bounded_figure(value: float, qualifier: Qualifier, text: str) -> Figure:
    """The bounds one stated value gives under its qualifier: "at least 30" is 30 and up."""
    if qualifier in ("at_least", "more_than"):
        return Figure(value, None, qualifier, text)
    if qualifier in ("at_most", "fewer_than", "almost"):
        return Figure(None, value, qualifier, text)
    return Figure(value, value, qualifier, text)


def _share_magnitude(first: float, first_text: str, second: float, second_text: str) -> float:
    """Give "10" in "10–12,000" or "10-12 thousand" the magnitude of the second figure.

    Only when the first number is within one order of magnitude below the second's leading
    part (10 vs 12), so "between 1 and 409,000" stays literal.
    """
    if _has_scale(first_text):
        return first
    scale = _trailing_scale(second_text)
    leading = second / scale
    if scale > 1 and leading / 10 <= first < leading:
        return integral(first * scale)
    return first


def _has_scale(text: str) -> bool:
    lowered = text.lower()
    return SCALED.search(lowered) is not None


def _trailing_scale(text: str) -> float:
    lowered = text.lower().strip()
    word = SCALE_WORD_END.search(lowered)
    if word:
        name = word.group(1)
        return SCALES.get(name) or SHORT_SCALES[name]
    zeros = ZEROS_END.search(lowered)
    if zeros:
        return 1000.0 ** (len(zeros.group(1)) // 4)
    return 1.0
