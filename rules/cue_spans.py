"""Which cue a hit of ``rules.cue_scan``'s RE2 scan is: the first cue of
``rules.categories.CUES`` that spans it exactly, found by one RE2 set and remembered by the
hit's text (news repeats its cue words: "killed", "injured", "were wounded")."""

from __future__ import annotations

import functools
import re

import re2

from rules.categories import CUES, Cue


def _cue_set() -> re2.Set:
    """Each cue as a whole-span pattern of one RE2 set (see ``cue_at``)."""
    cues = re2.Set.FullMatchSet(re2.Options())
    for cue in CUES:
        cues.Add(f"(?i)(?:{cue.pattern})".encode("ascii"))
    cues.Compile()
    return cues


_CUE_SET = _cue_set()
#: Each cue alone, as ``CUE_RE`` tries it in its turn.
_SINGLE = tuple(re.compile(rf"\b(?:{cue.pattern})\b", re.IGNORECASE) for cue in CUES)


@functools.lru_cache(maxsize=4096)
def _first_cue(span: bytes) -> int | None:
    """The index of the first cue that spans all of ``span`` (one pass of ``_CUE_SET``, a
    function of the span's bytes alone), or None."""
    indexes: list[int] | None = _CUE_SET.Match(span)
    return min(indexes) if indexes else None


def cue_at(text: str, data: bytes, start: int, end: int) -> tuple[re.Match[str], Cue] | None:
    """``CUE_RE``'s match at ``start`` and its cue, without Python trying the cues in turn.

    On plain ASCII text RE2's leftmost-first scan ends where ``CUE_RE``'s match does, and
    ``CUE_RE`` takes the first cue that matches at all: the first cue that spans exactly
    ``start:end`` (one pass of ``_CUE_SET``). Edges that are word characters read alike in
    the span and in the text. None (``CUE_RE`` decides) when an edge is no word character or
    Python's match of that cue is not the span.
    """
    if not (data[start : start + 1].isalnum() and data[end - 1 : end].isalnum()):
        return None
    index = _first_cue(data[start:end])
    if index is None:
        return None
    match = _SINGLE[index].match(text, start)
    if match is None or match.end() != end:
        return None
    return match, CUES[index]
