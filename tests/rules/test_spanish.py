"""Spanish-language claims (issue 9): the rules CB60-CB69 through the claim engine.

Every sentence is our own fictional writing (invented places and people).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules.casualties import find_claims
from rules.text import Document

CLAIMS = [
    (
        "En la provincia de Orvalle se cuentan más de 4.700 evacuados y 12 desaparecidos.",
        [("evacuated", 4700, None, "more_than"), ("missing", 12, 12, "exact")],
    ),
    (
        "Unas 450 familias quedaron sin hogar tras el paso del huracán por la costa.",
        [("displaced", 450, 450, "approximately")],
    ),
    (
        "En el valle murieron cuatro personas y más de 2.000 campesinos huyeron a la capital.",
        [("killed", 4, 4, "exact"), ("displaced", 2000, None, "more_than")],
    ),
    (
        "Resultaron heridas 18 personas y murieron otras tres en el choque del tren.",
        [("wounded", 18, 18, "exact"), ("killed", 3, 3, "exact")],
    ),
    (
        "Según el ministerio, el número de desplazados asciende a 1,5 millones en el país.",
        [("displaced", 1500000, 1500000, "exact")],
    ),
    (
        "Ayer fueron evacuados m\ufffds de doce hogares de la ladera norte del cerro Alcor.",
        [("evacuated", 12, None, "more_than")],
    ),
    ("Los damnificados por la sequía ya son 40.000 en la región del sur.", []),
    ("El gobierno pagó $2.500 por familia desplazada en la región.", []),
    ("El 30.08.2013 la comisión publicó el informe de los heridos de la marcha.", []),
    # Denials: "ninguno de los N" counts 0 as the English "none of the N"; a denied toll none.
    (
        "Ninguno de los 150 turistas resultó herido en la caída del puente, dijo la guía.",
        [("wounded", 0, 0, "exact")],
    ),
    (
        "Ninguna de las 12 mujeres murió en el incendio del taller de Tarvela.",
        [("killed", 0, 0, "exact")],
    ),
    ("No es cierto que murieron 60 presos en la cárcel de Valdeoro, dijo la ministra.", []),
    ("La gobernadora negó que hubiera 25 heridos en la marcha del domingo.", []),
    ("Según los bomberos, 14 vecinos no resultaron heridos en la explosión.", []),
    # A figure with a clause of its own does not share the toll before it (CB62).
    (
        "En la riada murieron 4 pescadores y 300 vecinos marcharon hoy hasta el puerto.",
        [("killed", 4, 4, "exact")],
    ),
    (
        "Murieron tres policías y 800 personas se concentraron ante el juzgado.",
        [("killed", 3, 3, "exact")],
    ),
    (
        "La escuela de Brenes tiene 400 alumnos y 30 maestros que fueron evacuados ayer.",
        [("evacuated", 30, 30, "exact")],
    ),
    # A year after "hasta"/"desde" is a date, not a bound; a count of people stays one.
    ("Las familias seguirán evacuadas hasta 2027, según el ayuntamiento de Brenes.", []),
    (
        "Desde 2021 los 300 desplazados de la sierra viven en el polideportivo.",
        [("displaced", 300, 300, "exact")],
    ),
    (
        "Hasta 1800 personas fueron evacuadas del barrio de Tiela.",
        [("evacuated", None, 1800, "at_most")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS, ids=[t[:30] for t, _ in CLAIMS])
def test_spanish_claims(text: str, expected: list[tuple[str, float, float | None, str]]) -> None:
    claims = find_claims(Document(text), [])
    assert [(c.category, c.min, c.max, c.qualifier) for c in claims] == expected
    assert all(c.rule.startswith("CB6") for c in claims)


ENGLISH_UNCHANGED = [
    ("More than 2.5 million people were displaced, the agency said.", 2500000),
    ("The flood displaced 12.000 people in the valley, officials said.", 12000),
    ("Officials in La Paz said 40 people died in the landslide.", 40),
]

#: English sentences naming Spanish places: the particles of the names ("de la", "de los")
#: must not route them to the Spanish rules.
ENGLISH_WITH_SPANISH_NAMES = [
    (
        "Flash flood kills 7 in Puerto de la Luna; scores missing",
        [("killed", 7), ("missing", 40)],
    ),
    (
        "Police: 3 dead, 11 wounded at a baptism party in Las Lomas de los Cedros",
        [("killed", 3), ("wounded", 11)],
    ),
    (
        "Three people died in a blaze on Calle de las Rosas in San Pedro de los Pinos.",
        [("killed", 3)],
    ),
    ("Brush fire forces 1,500 to evacuate near Santa Clara de la Montaña.", [("evacuated", 1500)]),
    (
        "Two park rangers were injured near Villa de la Cruz de los Vientos, officials said.",
        [("wounded", 2)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ENGLISH_WITH_SPANISH_NAMES,
    ids=[t[:30] for t, _ in ENGLISH_WITH_SPANISH_NAMES],
)
def test_english_with_spanish_names_keeps_its_claims(
    text: str, expected: list[tuple[str, float]]
) -> None:
    claims = find_claims(Document(text), [])
    assert [(c.category, c.min) for c in claims] == expected
    assert all(not c.rule.startswith("CB6") for c in claims)


@pytest.mark.parametrize(
    ("text", "low"), ENGLISH_UNCHANGED, ids=[t[:30] for t, _ in ENGLISH_UNCHANGED]
)
def test_english_parsing_is_unchanged(text: str, low: float) -> None:
    claims = find_claims(Document(text), [])
    assert [c.min for c in claims] == [low]
    assert all(not c.rule.startswith("CB6") for c in claims)


@given(
    st.integers(min_value=1, max_value=999_999_999),
    st.sampled_from([".", " ", ","]),
    st.sampled_from(["más de", "al menos", "unas", "casi", ""]),
)
def test_any_spanish_count_of_evacuees_is_read_whole(value: int, sep: str, words: str) -> None:
    number = f"{value:,}".replace(",", sep)
    text = f"En la comarca de Tiela {words} {number} personas fueron evacuadas por el fuego."
    claims = find_claims(Document(" ".join(text.split())), [])
    assert [(c.category, c.group) for c in claims] == [("evacuated", "personas")]
    assert value in (claims[0].min, claims[0].max)
