"""A number of a web page's furniture before a source: "Image 7 of 33 Authorities said".

Pages copied from the web carry photo counters ("Image 1 of 2"), video durations ("01:14")
and timestamps run into the copy, so the subject found before a verb may open with their
last number: "33 Authorities", "14 Investigators". A bare number after a colon, a slash or
"of", followed by a capitalised word, is no part of the source (a count of people speaking
is written "Two officials", and an age "25-year-old").
"""

from __future__ import annotations

import re

_NUMBER_FIRST = re.compile(r"\d{1,4}\s+(?=[A-Z][a-z])")
_FURNITURE_BEFORE = re.compile(r"(?:[:/]|\bof)\s*$")


def source_start(text: str, start: int, end: int) -> int:
    """Where the source in ``text[start:end]`` starts once a page number before it is cut.

    >>> text = "Image 7 of 33 Authorities have identified the man."
    >>> text[source_start(text, 11, 25):25]
    'Authorities'
    >>> text = "Two officials said."
    >>> source_start(text, 0, 13)
    0
    """
    if start >= end or not text[start].isdigit():
        return start  # every match opens with a digit
    match = _NUMBER_FIRST.match(text, start, end)
    if match is None or not _FURNITURE_BEFORE.search(text, max(0, start - 4), start):
        return start
    return match.end()
