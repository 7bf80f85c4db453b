"""Figures as Spanish-language news states them: "más de 2.000", "1,5 millones", "unos cien".

Read only in sentences the language guess (``rules.language``) takes for Spanish, so
English parsing never changes ("2.5 million" stays 2.5 million there). Contract, the same
bounds as ``rules.numbers``:

* separators: a dot, comma or space followed by exactly three digits groups thousands
  ("2.000", "1.500.000", "3 000", and the Mexican "2,000"); otherwise a comma or dot is a
  decimal, which counts people only before a scale word ("1,5 millones", "2.5 millones");
* scale words: "2 mil" is 2000, "1,5 millones" 1500000, "un millón" 1000000;
* number words: "uno/una/un" to "novecientos", joined with "y" ("treinta y cinco"), and
  "mil"/"millones" after them ("dos mil"); "un centenar" about 100, "una docena" 12;
* vague plurals give at least two units, as in English: "decenas de" 20, "cientos de" and
  "centenares de" 200, "miles de" 2000, "decenas de miles de" 20000;
* qualifiers: "más de" more_than, "al menos"/"por lo menos"/"como mínimo" at_least,
  "unos"/"unas"/"alrededor de"/"aproximadamente"/"en torno a" approximately, "cerca de" and
  "casi" almost, "hasta" and "no más de" at_most, "menos de" fewer_than, "no menos de"
  at_least; "entre 10 y 20" and "de 10 a 20" are ranges;
* not counts: numbers inside dates ("30.08.2013"), after a currency sign ("$2.500"), scores
  ("3-1"), and a bare year after a preposition ("en 2013", "hasta 2025", "desde 2019"; but
  "hasta 1950 personas" counts).

Origin: Spanish number words, separators (RAE and Latin-American usage) and qualifiers from
general knowledge of the language; no word was taken from an evaluation document.
"""

from __future__ import annotations

import functools
import re

from rules.language import accent_tolerant
from rules.model import Figure, Qualifier
from rules.numbers import FigureSpan, bounded_figure

_ONES = {
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "veintiún": 21, "veintiuno": 21, "veintiuna": 21,
    "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25,
    "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
    "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400,
    "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
    "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800,
    "ochocientas": 800, "novecientos": 900, "novecientas": 900,
}  # fmt: skip

_SCALES = {"mil": 1_000, "millón": 1_000_000, "millones": 1_000_000}

#: "una docena de", "un centenar de": a unit named by a collective noun.
_UNITS = {"docena": 12, "centenar": 100, "millar": 1_000}

#: Vague plurals, at least two of the unit: "decenas de heridos" is at least 20.
_VAGUE = {"decenas": 10, "docenas": 12, "cientos": 100, "centenares": 100, "miles": 1_000}

_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    ("poco más de", "more_than"),
    # Negated comparatives bound the other side: "no menos de 30" is at least 30.
    ("no menos de", "at_least"),
    ("no más de", "at_most"),
    ("más de", "more_than"),
    ("al menos", "at_least"),
    ("por lo menos", "at_least"),
    ("como mínimo", "at_least"),
    ("alrededor de", "approximately"),
    ("aproximadamente", "approximately"),
    ("en torno a", "approximately"),
    ("unos", "approximately"),
    ("unas", "approximately"),
    ("cerca de", "almost"),
    ("casi", "almost"),
    ("hasta", "at_most"),
    ("menos de", "fewer_than"),
    ("un total de", "exact"),
)


def _alternatives(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)  # longest first: "veintiuno" before "veinte"
    return "|".join(accent_tolerant(re.escape(w)) for w in ordered)


_WORD = rf"(?:{_alternatives([*_ONES, *_SCALES])})"
_DIGITS = (
    r"(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0]\d{3})+"
    r"|\d+[.,]\d+(?=\s+(?:mil|mill))|\d+)"
)
_NUMBER = (
    rf"(?:{_DIGITS}(?:\s+(?:{_alternatives(list(_SCALES))}))?"
    rf"|(?:un|una)\s+(?:{_alternatives(list(_UNITS))})"
    rf"|{_WORD}(?:\s+(?:y\s+)?{_WORD})*"
    rf"|(?:{_alternatives(list(_VAGUE))})(?:\s+de\s+(?:miles|millones))?)"
)
_QUALIFIER = rf"(?:{_alternatives([q for q, _ in _QUALIFIERS])})"

FIGURE_ES = re.compile(
    rf"(?<![\w$€£.,/:#\ufffd-])(?:(?P<q>{_QUALIFIER})\s+)?"
    rf"(?:(?P<between>entre)\s+(?P<low>{_NUMBER})\s+y\s+|(?P<from>de)\s+(?P<from_low>{_NUMBER})"
    rf"\s+a\s+)?(?P<n>{_NUMBER})(?![\w\ufffd]|[.,/:-]\d|\s*%)",
    re.IGNORECASE,
)

_YEAR_BEFORE = re.compile(r"\b(?:en|de|del|desde|año|hasta|para|el)\s*$", re.IGNORECASE)
_FOLD = str.maketrans("áéíóúüñ", "aeiouun")
#: A plural word after a four-digit figure makes it a count, not a year: "hasta 1950 personas".
_PLURAL_AFTER = re.compile(r"\s+(?:de\s+)?[a-z\u00e1-\u00fa\ufffd]{3,}s(?![\w\ufffd])")


def find_figures_es(text: str) -> list[FigureSpan]:
    """The figures of a Spanish sentence, in text order.

    >>> [(f.figure.min, f.figure.max, f.figure.qualifier) for f in find_figures_es(
    ...     "Más de 2.000 personas y unas trescientas familias; 1,5 millones en total.")]
    [(2000.0, None, 'more_than'), (300.0, 300.0, 'approximately'), (1500000.0, 1500000.0, 'exact')]
    >>> find_figures_es("El 30.08.2013 cobró $2.500 y ganó 3-1 en 2013.")
    []
    >>> find_figures_es("Seguirán cerrados hasta 2031.")
    []
    >>> [f.figure.max for f in find_figures_es("Caben hasta 1950 personas.")]
    [1950.0]
    """
    spans = []
    for match in FIGURE_ES.finditer(text):
        figure = _figure(match)
        if figure is None or _is_year(text, match, figure):
            continue
        spans.append(FigureSpan(match.start(), match.end(), figure))
    return spans


def _is_year(text: str, match: re.Match[str], figure: Figure) -> bool:
    """A year of 1900-2099 after a word that introduces dates ("en 2013", "hasta 2025")."""
    number = match.group("n")
    if not (number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2099):
        return False
    qualifier = match.group("q")
    if qualifier is not None:  # "hasta 2025" is read as "at most": a date, not a bound
        dated = _fold(" ".join(qualifier.split())) in ("hasta", "desde")
        return dated and _PLURAL_AFTER.match(text, match.end()) is None
    return _YEAR_BEFORE.search(text, 0, match.start()) is not None


def _figure(match: re.Match[str]) -> Figure | None:
    text = match.group(0)
    value = spanish_number(match.group("n"))
    if value is None:
        return None
    low_text = match.group("low") or match.group("from_low")
    if low_text is not None:
        low = spanish_number(low_text)
        if low is None or low >= value:
            return None
        return Figure(low, value, "range", text)
    vague = _vague(match.group("n"))
    if vague is not None:
        return Figure(vague, None, "at_least", text)
    qualifier = _qualifier(match.group("q"))
    if _fold(match.group("n")).startswith(("un centenar", "una centenar")) and qualifier == "exact":
        qualifier = "approximately"  # "un centenar": a round hundred
    return bounded_figure(value, qualifier, text)


def _qualifier(words: str | None) -> Qualifier:
    if words is None:
        return "exact"
    folded = _fold(" ".join(words.split()))
    for phrase, qualifier in _QUALIFIERS:
        if _matches(_fold(phrase), folded):
            return qualifier
    return "exact"


def _vague(text: str) -> float | None:
    words = _fold(text).split()
    if not words or words[0] not in {_fold(w) for w in _VAGUE}:
        return None
    unit = next(v for w, v in _VAGUE.items() if _fold(w) == words[0])
    if len(words) > 1 and words[-1] in ("miles", "millones"):
        unit *= 1_000 if words[-1] == "miles" else 1_000_000
    return float(2 * unit)


@functools.lru_cache(maxsize=1024)
def spanish_number(text: str) -> float | None:
    """The value of one Spanish number, in digits or words, with its scale.

    >>> [spanish_number(t) for t in ("2.000", "3 000", "2,5 millones", "treinta y cinco",
    ...                              "dos mil", "un centenar", "1.5", "miles")]
    [2000.0, 3000.0, 2500000.0, 35.0, 2000.0, 100.0, None, 1000.0]
    """
    words = _fold(text).split()
    if not words:
        return None
    if words[0][:1].isdigit():
        return _digits_value(words)
    if len(words) == 2 and words[1] in {_fold(u) for u in _UNITS}:
        return float(next(v for u, v in _UNITS.items() if _fold(u) == words[1]))
    if words[0] in {_fold(w) for w in _VAGUE}:
        return float(next(v for w, v in _VAGUE.items() if _fold(w) == words[0]))
    return _words_value([w for w in words if w != "y"])


def _digits_value(words: list[str]) -> float | None:
    number = "".join(w for w in words if w[:1].isdigit())  # "3 000" is one number
    scale = words[-1] if words[-1][:1].isalpha() else None
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", number):
        value = float(re.sub(r"[.,]", "", number))
    elif re.fullmatch(r"\d+[.,]\d+", number):
        if scale is None:
            return None  # "1.5" alone is a decimal, not a headcount
        value = float(number.replace(",", "."))
    else:
        value = float(number)
    return value * _scale(scale) if scale else value


def _words_value(words: list[str]) -> float | None:
    total, current = 0.0, 0.0
    for word in words:
        scale = _scale(word)
        if scale:
            total += (current or 1) * scale
            current = 0.0
            continue
        value = _lookup(word)
        if value is None:
            return None
        current += value
    return total + current


def _scale(word: str) -> int:
    return next((v for w, v in _SCALES.items() if _matches(_fold(w), word)), 0)


def _lookup(word: str) -> int | None:
    return next((v for w, v in _ONES.items() if _matches(_fold(w), word)), None)


def _matches(plain: str, folded: str) -> bool:
    """Whether a folded word equals a table word, a U+FFFD standing for any one letter."""
    if "\ufffd" not in folded:
        return plain == folded
    return len(plain) == len(folded) and all(
        b in (a, "\ufffd") for a, b in zip(plain, folded, strict=True)
    )


def _fold(text: str) -> str:
    return text.lower().translate(_FOLD)
