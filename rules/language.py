"""A cheap guess at a text's language: Spanish or not, from its commonest function words.

Only the Spanish claim rules (CB60-CB69) depend on it, so English parsing never changes. The
test counts whole words with ``str.count`` on the padded, lower-cased text: a few linear
passes in C. Before that, one RE2 pass over an ASCII text tells whether it has two Spanish
function words at all; most news has not, and then the count is never made.

Origin: the most frequent function words of each language (articles, prepositions,
conjunctions, pronouns), from general knowledge of Spanish and English grammar; none was
chosen from an evaluation document.
"""

from __future__ import annotations

import re

import re2

from rules.numbers import re2_spans

_SPANISH_WORDS = "de del la las el los y en que se por con para una al sus hay fueron".split()
_SPANISH = tuple(f" {w} " for w in _SPANISH_WORDS)
_ENGLISH = tuple(
    f" {w} " for w in "the of and to in is was that for on with were by are have".split()
)
_WORD_EDGES = re.compile(r"[^\w\ufffd]+")

#: A run of Title-Case words joined by the particles of Spanish names ("Villa de la Paz",
#: "Las Palmas de los Ríos", "Puerto de la Cruz de las Flores"): an English sentence
#: names Spanish places and people, so the particles inside such a name are not counted.
_UPPER = "A-ZÁÉÍÓÚÑÜ"
_PARTICLES = "de|del|la|las|el|los|y"
_NAME_RUN = re.compile(
    rf"(?<![\w\ufffd])[{_UPPER}][\w\ufffd]*"
    rf"(?:[ ]+(?:(?:{_PARTICLES})[ ]+)*[{_UPPER}][\w\ufffd]*)+"
)

#: Accented letters and their plain forms: a pattern written with accents also matches text
#: typed without them ("mas de") and text whose accented letters were lost to a wrong
#: charset (decoded as U+FFFD, the replacement character), both common in feeds.
_ACCENTS = {
    "á": "a",
    "é": "e",
    "í": "i",
    "ó": "o",
    "ú": "u",
    "ü": "u",
    "ñ": "n",
}


def function_word_counts(text: str) -> tuple[int, int]:
    """How many Spanish and English function words ``text`` has.

    Particles inside a Title-Case name ("San Juan de los Lagos") are not counted.

    >>> function_word_counts("Cinco personas murieron en la costa, según la alcaldía.")
    (3, 0)
    >>> function_word_counts("Two people died on Calle de la Paz in San Juan de los Lagos.")
    (0, 2)
    """
    unnamed = _NAME_RUN.sub(" ", text)
    padded = f" {_WORD_EDGES.sub(' ', unnamed.lower())} "
    spanish = sum(padded.count(word) for word in _SPANISH)
    english = sum(padded.count(word) for word in _ENGLISH)
    return spanish, english


#: Any Spanish function word standing as a whole word, in any case. Over ASCII text it finds
#: every word ``function_word_counts`` counts as Spanish (and maybe more: names not taken
#: out, repeats counted each time), so fewer than two hits mean fewer than two words.
_ANY_SPANISH_WORD = re2.compile(rf"(?i)\b(?:{'|'.join(_SPANISH_WORDS)})\b".encode("ascii"))


def _under_two_spanish_words(text: str) -> bool:
    """An ASCII text with fewer than two Spanish function words, told in one RE2 pass
    (the full count costs two regex rewrites of the whole text; most news is English)."""
    if not text.isascii():
        return False
    hits = re2_spans(_ANY_SPANISH_WORD, text.encode("ascii"))
    return next(hits, None) is None or next(hits, None) is None


def looks_spanish(text: str) -> bool:
    """True when ``text`` has at least two Spanish function words and more than English ones.

    >>> looks_spanish("Más de 200 familias fueron evacuadas por la crecida del río.")
    True
    >>> looks_spanish("The rebels took Las Cruces and El Alto in one day.")
    False
    >>> looks_spanish("Mas de 200 familias fueron evacuadas por la crecida del rio.")
    True
    """
    if _under_two_spanish_words(text):
        return False
    spanish, english = function_word_counts(text)
    return spanish >= 2 and spanish > english


def is_english(text: str) -> bool:
    """True when ``text`` has more English function words than Spanish ones.

    >>> is_english("Officials said 40 homes were lost in the fire.")
    True
    >>> is_english("Hay 400 evacuados.")
    False
    """
    spanish, english = function_word_counts(text)
    return english > spanish


def accent_tolerant(pattern: str) -> str:
    """``pattern`` with each accented letter also matching its plain form or U+FFFD.

    Only for letters outside character classes; the Spanish tables keep accents out of them.

    >>> import re
    >>> bool(re.fullmatch(accent_tolerant("más"), "m\\ufffds"))
    True
    """
    out = []
    for char in pattern:
        plain = _ACCENTS.get(char.lower())
        out.append(f"[{char}{plain}\ufffd]" if plain else char)
    return "".join(out)
