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

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress

import re2

from rules.changed_values import is_old_value, new_value, revised_up_to
from rules.figure_patterns import (
    FIGURE,
    FIGURE_FULL,
    PREFIXES,
    SCALE_WORD_END,
    SCALED,
    SCALES,
    SHORT_SCALES,
    SUFFIXES,
    TRIGGER,
    VAGUE_MINIMUM,
    ZEROS_END,
)
from rules.frozen_init import frozen_init
from rules.model import Figure, Qualifier
from rules.not_counts import is_not_a_count
from rules.nouns import is_human_plural
from rules.number_values import integral, number_value
from rules.sums_and_hours import AFTER_HINT

FIGURE_RE = re.compile(rf"(?<![\w$£€.,/:#-]){FIGURE}(?![\w-]*\d)", re.IGNORECASE)


@frozen_init
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


#: RE2's flag for a search anywhere in the text, looked up once (``None`` if it moved).
_UNANCHORED = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)


def re2_spans(pattern: re2._Regexp, data: bytes) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each match of ``pattern.finditer(data)``, an RE2 pattern over bytes.

    The same scan as ``finditer``, without the wrapper's match object per hit, which costs
    more than RE2's own pass over a sentence.

    >>> list(re2_spans(re2.compile(rb"\\d+"), b"1 and 23"))
    [(0, 1), (6, 8)]
    """
    regexp = getattr(pattern, "_regexp", None)
    unanchored = _UNANCHORED
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


@functools.lru_cache(maxsize=256)
def remembered_spans(pattern: re2._Regexp, text: str) -> tuple[tuple[int, int], ...]:
    """``re2_spans`` of ``pattern`` over ``text`` as ASCII (other characters as "?", one byte
    each), remembered for a sentence that two rules read for the same pattern."""
    return tuple(re2_spans(pattern, text.encode("ascii", "replace")))


#: Python's ``\s`` on ASCII text, for an RE2 pattern (RE2's ``\s`` lacks ``\v`` and
#: ``\x1c``-``\x1f``).
ASCII_SPACE = r"[\t-\r\x1c-\x1f ]"


def ascii_lacks(pattern: re2._Regexp, text: str) -> bool:
    """Is ``text`` ASCII and without a match of ``pattern``, an RE2 pattern over bytes? One
    linear pass, a cheap first test before a Python regex whose every match ``pattern``
    finds; on other text there is no answer (False), and the regex runs.

    >>> died = re2.compile(rb"\\bdied\\b")
    >>> ascii_lacks(died, "Two were hurt."), ascii_lacks(died, "Two died."), ascii_lacks(died, "é")
    (True, False, False)
    """
    if not text.isascii():
        return False
    data = text.encode("ascii")
    regexp = getattr(pattern, "_regexp", None)
    if regexp is None or _UNANCHORED is None:
        return next(re2_spans(pattern, data), None) is None
    # ``re2_spans``' first search, without a generator for the one answer asked
    return bool(regexp.Match(_UNANCHORED, data, 0, len(data))[0][0] == -1)


#: A number that starts after a comma or a space inside one trigger span: the trigger's
#: digits run over ", " and " " (for "10,000" and "10 000"), so "In 2019, 31 miners" or
#: "On May 3, 2020, 14 people" is one span whose later numbers must be tried on their own.
_INNER_NUMBER = re.compile(r"(?<=[, ])\d")


def _trigger_starts(text: str) -> Iterator[int]:
    """Where a figure may start: each trigger span's start, then each number inside it that
    follows a comma or a space (tried only when the figure before it ends first)."""
    for start, stop in re2_spans(TRIGGER, text.encode("ascii", "replace")):
        yield start
        if stop - start > 3 and (" " in (span := text[start:stop]) or "," in span):
            for inner in _INNER_NUMBER.finditer(text, start + 1, stop):
                yield inner.start()


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
    for position in _trigger_starts(text):
        if position < covered:
            continue
        match = FIGURE_RE.match(text, position)
        if match is not None and match.group("p_at_most"):
            new_start = revised_up_to(text, match)  # "revised up to 62": no cap
            match = match if new_start is None else FIGURE_RE.match(text, new_start)
        if match is None:
            continue
        phrase = match.group()
        if phrase.strip() == "":
            continue
        covered = match.end()  # a rejected "$3 million" must not leave "million" behind
        groups = match.groupdict()
        # nothing after it that a sum paid or a clock hour needs: those tests are left out
        after_hint = not ascii_lacks(AFTER_HINT, text[covered : covered + 80])
        if is_not_a_count(text, match, groups, all_caps, _is_qualified(groups), after_hint):
            continue
        if is_old_value(text, match):
            continue
        changed = _changed(text, match, groups)
        if changed is not None:
            found.append(changed)
            continue
        figure = _figure_from_match(match, phrase, groups)
        if figure is not None:
            found.append(FigureSpan(match.start(), covered, figure))
    return found


def _changed(text: str, match: re.Match[str], groups: dict[str, str | None]) -> FigureSpan | None:
    """The new value of "rose by 12 to 52" or "revised from 42 to 38" (``changed_values``)."""
    span = new_value(text, match)
    if span is None:
        return None
    value = number_value(text[span[0] : span[1]])
    if value is None:
        return None
    suffix: Qualifier | None = next((q for q, key in _SUFFIX_KEYS if groups[key]), None)
    end = match.end() if suffix else span[1]
    return FigureSpan(span[0], end, bounded_figure(value, suffix or "exact", text[span[0] : end]))


# The group names of the qualifier alternatives, built once rather than per figure.
_PREFIX_KEYS: tuple[tuple[Qualifier, str], ...] = tuple((q, f"p_{q}") for q, _ in PREFIXES)


_SUFFIX_KEYS: tuple[tuple[Qualifier, str], ...] = tuple((q, f"s_{q}") for q, _ in SUFFIXES)
#: The qualifiers of the prefixes, then of the suffixes, and their groups' names, in step.
_QUALIFIERS: tuple[Qualifier, ...] = tuple(q for q, _ in (*_PREFIX_KEYS, *_SUFFIX_KEYS))
_QUALIFIER_GROUPS = tuple(key for _, key in (*_PREFIX_KEYS, *_SUFFIX_KEYS))
_PREFIX_GROUPS = _QUALIFIER_GROUPS[: len(_PREFIX_KEYS)]


def _is_qualified(groups: dict[str, str | None]) -> bool:
    return any(map(groups.__getitem__, _PREFIX_GROUPS))


def _figure_from_match(
    match: re.Match[str], text: str, groups: dict[str, str | None]
) -> Figure | None:
    # the last qualifier whose group matched, a suffix's over a prefix's (in C: no loop of
    # Python steps over some twenty groups per figure)
    named = [*compress(_QUALIFIERS, map(groups.__getitem__, _QUALIFIER_GROUPS))]
    qualifier: Qualifier = named[-1] if named else "exact"
    if groups["zero"]:
        return Figure(0, 0, "exact", text)
    if groups["couple"]:
        return _couple(groups["couple"].lower(), match, text)
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


def qualified_before(text: str, start: int, end: int) -> FigureSpan | None:
    """The figure ending at ``end`` with the qualifier written before ``start``: "at least 12"
    of "at least 12 of the kidnapped", read again from up to 24 characters back; or None."""
    offset = max(0, start - 24)
    for found in find_figures(text[offset:end]):
        if found.end + offset == end and found.start + offset < start:
            return FigureSpan(found.start + offset, end, found.figure)
    return None


def count_at(text: str, start: int, end: int) -> FigureSpan | None:
    """The count written at ``text[start:end]`` that the figure finder leaves out (a part:
    "21 of the rescued", "five of the hostages"), with a qualifier before it ("at least 21");
    None when the words are no number."""
    value = number_value(text[start:end])
    if not value:
        return None
    exact = FigureSpan(start, end, Figure(value, value, "exact", text[start:end]))
    return qualified_before(text, start, end) or exact


#: The words after "a pair of" or "a trio of": the group or an adjective and the group.
_NEXT_WORDS = re.compile(r"\s+([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?")


def _couple(words: str, match: re.Match[str], text: str) -> Figure | None:
    """ "a couple of": about two; "a pair of", "a trio of": two and three, of people only
    ("a pair of teenagers"; "a pair of murders" counts events, which a round-up tells apart)."""
    if "couple" in words:
        return Figure(2, 2, "approximately", text)
    following = _NEXT_WORDS.match(match.string, match.end())  # "a pair of young men"
    if following is None or not any(is_human_plural(w) for w in following.groups() if w):
        return None
    return Figure(3, 3, "exact", text) if "trio" in words else Figure(2, 2, "exact", text)
