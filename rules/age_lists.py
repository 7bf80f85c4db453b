"""Ages listed after people or after "aged": "two men, 25 and 31, were killed", "aged 19 and
22,", "ages 18, 19 and 22." Every number of such a list is an age, no headcount; read by
``rules.not_counts``.
"""

from __future__ import annotations

import re

import re2

#: What opens a list that ends the clause: a word and its comma, perhaps "both" and "aged"
#: ("two men, 25 and 31,"), or "age", "ages" or "aged" ("aged 19 and 22,").
_CLAUSE_LIST_OPENER = (
    r"(?:[A-Za-z]\s*,\s*(?:(?:both|all|each)\s+)?(?:aged\s+|ages\s+)?|\bage[sd]?\s+)"
)
#: What opens a list before the verb: "two teens ages 16 and 17 were wounded", "three sisters
#: who were 5, 7 and 9 died".
_VERB_LIST_OPENER = r"(?:\bage[sd]|\bwho\s+(?:are|were))\s+"
#: The numbers of a list: two or more, joined by commas, "and" or "&".
_NUMBERS = r"\d{1,3}(?:\s*(?:,|,?\s*and|&)\s*\d{1,3})+"

#: A list of ages. The list must end there: "a man aged 40 and 12 children" counts the
#: children.
AGE_LIST = re.compile(
    rf"{_CLAUSE_LIST_OPENER}{_NUMBERS}\s*(?=[,.;)]|$)"
    rf"|{_VERB_LIST_OPENER}{_NUMBERS}"
    r"(?=\s+(?:were|are|was|is|had|have|has|died|remain|remained|who|[a-z]+ed|shot|hurt)\b)",
    re.IGNORECASE,
)

#: ``AGE_LIST`` for RE2 over ASCII text, its look-aheads (and the spaces before the first)
#: left out, and ``\s`` read as Python reads it on ASCII text (``numbers.ASCII_SPACE``, not
#: imported: ``rules.numbers`` imports this module's reader). Every match of ``AGE_LIST`` in a
#: window is one of this pattern over the window's text, so a window without one holds no
#: list: one linear pass instead of Python's re trying both branches at every position.
_AGE_LIST_ASCII = re2.compile(
    rf"(?i)(?:{_CLAUSE_LIST_OPENER}|{_VERB_LIST_OPENER}){_NUMBERS}".replace(
        r"\s", r"[\t-\r\x1c-\x1f ]"
    ).encode("ascii")
)


def in_age_list(text: str, start: int, end: int, before: str) -> bool:
    """Is the number at ``start:end`` one of a list of ages ("two men, 25 and 31, were",
    "aged 19 and 22", "two boys who were 7 and 9 were")? ``before`` is the text before it.

    >>> text = "Two men, 25 and 31, were hurt."
    >>> in_age_list(text, 9, 11, text[:9]), in_age_list(text, 0, 3, "")
    (True, False)
    """
    if "," not in before and "age" not in before.lower() and "who" not in before.lower():
        return False
    window = max(0, start - 40)
    region = text[window : end + 40]
    if region.isascii() and _AGE_LIST_ASCII.search(region.encode("ascii")) is None:
        return False
    return any(
        m.start() <= start and end <= m.end() for m in AGE_LIST.finditer(text, window, end + 40)
    )
