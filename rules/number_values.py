"""The value of one number as written: digits ("1,200", "3.5m", "12.000"), words
("twenty-three", "a dozen") or both ("1.2 million", "half a million").

Pure functions over one number's text; ``rules.numbers`` finds the numbers in a sentence.
"""

from __future__ import annotations

import functools
import re

from rules.figure_patterns import (
    DECIMAL,
    DIGIT_VALUE,
    DOTTED,
    GROUPED,
    SCALES,
    SHORT_SCALES,
    UNITS,
    WORD_SPLIT,
)


@functools.lru_cache(maxsize=4096)
def number_value(text: str) -> float | None:
    """The value of one number written in digits, words or both ("1.2 million", "a dozen").

    >>> number_value("twenty-three"), number_value("1,200"), number_value("3.5m")
    (23, 1200, 3500000)
    >>> number_value("half a dozen")
    6
    """
    lowered = " ".join(text.lower().split())
    if not lowered:
        return None
    fraction = re.fullmatch(
        r"(half a|a quarter of a|three quarters of a) (million|billion)", lowered
    )
    if lowered == "half a dozen":
        return 6
    if fraction:
        share = {"half a": 0.5, "a quarter of a": 0.25, "three quarters of a": 0.75}
        return integral(share[fraction.group(1)] * SCALES[fraction.group(2)])
    if lowered[0].isdigit():
        return _digit_value(lowered)
    return _word_value(lowered)


def _digit_value(text: str) -> float | None:
    match = DIGIT_VALUE.fullmatch(text)
    if match is None:
        return None
    digits, scale_word = match.group(1).strip(), match.group(2)
    if len(digits) > 20:
        return None  # no headcount has that many digits; float() would overflow
    scale = 1.0
    if scale_word:
        scale = SCALES.get(scale_word) or SHORT_SCALES[scale_word]
    if GROUPED.fullmatch(digits):
        value = float(digits.replace(",", "").replace(" ", ""))
    elif DOTTED.fullmatch(digits) and not scale_word:
        value = float(digits.replace(".", ""))  # "12.000" written European style
    elif DECIMAL.fullmatch(digits):
        value = float(digits)
    else:
        return None
    return integral(value * scale)


def _word_value(text: str) -> float | None:
    tokens = [t for t in WORD_SPLIT.split(text) if t and t != "and"]
    if tokens and tokens[0] in ("a", "an"):
        tokens[0] = "one"
    total = 0
    current = 0
    seen = False
    for token in tokens:
        if token in UNITS:
            current += UNITS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
        else:
            return None
        seen = True
    return integral(total + current) if seen else None


def integral(value: float) -> float:
    """Whole numbers come back as ``int`` so that JSON shows 30, not 30.0."""
    rounded = round(value)
    return rounded if abs(value - rounded) < 1e-9 else value
