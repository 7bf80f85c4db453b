"""Spanish-language numbers and the language guess (issue 9).

Every phrase is our own writing.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules.language import function_word_counts, looks_spanish
from rules.numbers_es import find_figures_es, spanish_number

FIGURES = [
    ("más de 2.000", 2000, None, "more_than"),
    ("al menos 1.500.000", 1500000, None, "at_least"),
    ("por lo menos 40", 40, None, "at_least"),
    ("como mínimo 12", 12, None, "at_least"),
    ("unos 300", 300, 300, "approximately"),
    ("unas trescientas", 300, 300, "approximately"),
    ("alrededor de 2 mil", 2000, 2000, "approximately"),
    ("aproximadamente 80", 80, 80, "approximately"),
    ("cerca de 1,5 millones", None, 1500000, "almost"),
    ("casi cien", None, 100, "almost"),
    ("hasta 60", None, 60, "at_most"),
    ("menos de 20", None, 20, "fewer_than"),
    ("no menos de 30", 30, None, "at_least"),
    ("No más de 15", None, 15, "at_most"),
    ("entre 100 y 150", 100, 150, "range"),
    ("de 20 a 30", 20, 30, "range"),
    ("3 000", 3000, 3000, "exact"),
    ("2,000", 2000, 2000, "exact"),
    ("2.5 millones", 2500000, 2500000, "exact"),
    ("un millón", 1000000, 1000000, "exact"),
    ("treinta y cinco", 35, 35, "exact"),
    ("doscientos cincuenta", 250, 250, "exact"),
    ("dos mil quinientos", 2500, 2500, "exact"),
    ("veintidós", 22, 22, "exact"),
    ("veintid\ufffds", 22, 22, "exact"),
    ("m\ufffds de 40", 40, None, "more_than"),
    ("una docena", 12, 12, "exact"),
    ("un centenar", 100, 100, "approximately"),
    ("decenas", 20, None, "at_least"),
    ("cientos", 200, None, "at_least"),
    ("miles", 2000, None, "at_least"),
    ("decenas de miles", 20000, None, "at_least"),
]


@pytest.mark.parametrize(("text", "low", "high", "qualifier"), FIGURES, ids=[f[0] for f in FIGURES])
def test_spanish_figure(text: str, low: float | None, high: float | None, qualifier: str) -> None:
    found = find_figures_es(text)
    assert len(found) == 1 and found[0].start == 0 and found[0].end == len(text)
    figure = found[0].figure
    assert (figure.min, figure.max, figure.qualifier) == (low, high, qualifier)


NOT_FIGURES = [
    "el 30.08.2013",
    "cuesta $2.500",
    "cuesta €1.200",
    "ganó 3-1",
    "en 2013",
    "desde 1998",
    "subió un 12 %",
    "un 1,5",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_a_spanish_count(text: str) -> None:
    assert [f for f in find_figures_es(text) if f.figure.min not in (None, 1)] == []


@given(st.integers(min_value=1000, max_value=999_999_999))
def test_dotted_thousands_read_back(value: int) -> None:
    dotted = f"{value:,}".replace(",", ".")
    assert spanish_number(dotted) == value
    assert spanish_number(f"{value:,}".replace(",", " ")) == value


LANGUAGE = [
    ("Más de 200 familias fueron evacuadas por la crecida del río.", True),
    ("Las autoridades de la región informaron que se desplazaron 40 personas.", True),
    ("The rebels took Las Cruces and El Alto in one day.", False),
    ("More than 2.5 million people were displaced in the region, the agency said.", False),
    ("Juan de la Cruz said 30 people died in the flood.", False),
]


@pytest.mark.parametrize(("text", "spanish"), LANGUAGE, ids=[t[:30] for t, _ in LANGUAGE])
def test_language_guess(text: str, spanish: bool) -> None:
    assert looks_spanish(text) is spanish


#: Words and glue for texts where the quick RE2 test and the full count could disagree:
#: function words of both languages in any case, inside names, joined by punctuation.
_WORDS = st.sampled_from(
    "de DE De del la LA Las el los y Y en que se por con para una al sus hay fueron the of"
    " and was were Juan Cruz San Paz x_de de1 la's tarde otra".split()
)
_GLUE = st.sampled_from([" ", "  ", ", ", ". ", "-", "'", "_", "(", ")", "\n", "/"])


@given(st.lists(st.tuples(_WORDS, _GLUE), max_size=12))
def test_quick_language_test_agrees_with_the_count(parts: list[tuple[str, str]]) -> None:
    """``looks_spanish`` first asks RE2 whether two Spanish words are there at all; that
    shortcut must never change its answer."""
    text = "".join(word + glue for word, glue in parts)
    spanish, english = function_word_counts(text)
    assert looks_spanish(text) is (spanish >= 2 and spanish > english)
