"""The wounded key figure: with nobody killed, every one of the shot was wounded."""

from __future__ import annotations

import pytest

import rules
from crosswire.divergence.keyfigures import category_total, wounded_total
from crosswire.divergence.load import article_findings
from crosswire.divergence.model import Source
from crosswire.divergence.settings import QualifierBands

from .factory import T0, analysed


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Six people were shot outside the Marlow Lanes bowling alley on Friday night. "
            "Four of them were taken to Saint Brede Hospital and two others reached an urgent "
            "care clinic on their own.",
            6,
        ),
        (
            "Police said five people were shot at a birthday party on Quarry Road. "
            "Two are in critical condition and the other three suffered minor injuries.",
            5,
        ),
        (
            "Four people were shot near the Orlin Street ferry landing. "
            "A cook and three customers were hospitalized, officers said.",
            4,
        ),
    ],
    ids=["taken-to-care", "condition-parts", "hospitalized-part"],
)
def test_with_no_death_all_the_shot_are_wounded(text: str, wounded: float) -> None:
    assert wounded_total(analysed("Ledger", text)) == wounded


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # The death is told in the wounded count's own sentence: the rest were hurt.
        (
            "Four people were shot at the Pellam Street diner. "
            "Nora Velt died at the scene and three others were hurt.",
            3,
        ),
        # A killed figure anywhere in the article: the dead are among the shot.
        (
            "Five people were shot at the Vance Court apartments on Sunday. "
            "One man was killed and three others were injured, police said.",
            3,
        ),
        # More stated wounded than shot: the wounded count stands.
        (
            "Two men were shot at the gas station. Seven people were injured in the crash "
            "that followed the chase.",
            7,
        ),
    ],
    ids=["death-in-sentence", "killed-figure", "wounded-larger"],
)
def test_a_wounded_count_beside_a_death_stays(text: str, wounded: float) -> None:
    assert wounded_total(analysed("Ledger", text)) == wounded


def test_a_tally_of_the_year_is_background() -> None:
    text = (
        "Two people were killed at the Harrow Street market on Sunday, police said. "
        "More than 300 people have been killed in the city this year."
    )
    total = category_total(analysed("Ledger", text), "killed")
    assert total is not None and total.stated == 2


def test_a_tally_of_the_year_alone_gives_no_key_figure() -> None:
    text = "Gunfire has wounded over 400 residents of Dunmore this year, police said."
    assert wounded_total(analysed("Ledger", text)) is None


def test_a_ranking_this_year_is_no_background() -> None:
    text = "In the deadliest attack this year, gunmen killed 14 villagers in Orsk on Monday."
    total = category_total(analysed("Ledger", text), "killed")
    assert total is not None and total.stated == 14


def test_a_clause_about_the_year_before_the_toll_is_no_background() -> None:
    text = "The storm, the strongest to hit the coast this year, killed 9 people, officials said."
    total = category_total(analysed("Ledger", text), "killed")
    assert total is not None and total.stated == 9


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "A second man has died after Friday's shooting outside the Tolley Road market. "
            "Three men were shot there, one fatally, police said at the time.",
            1,
        ),
        # The dead before the rise are told in a sentence of their own.
        (
            "The toll of Friday's shooting at the Pike Street social club rose to three on "
            "Monday after a 20-year-old man died at Saint Ursula Hospital. Two women were "
            "killed at the club. Seven other people were wounded, police said.",
            6,
        ),
        # "two more died in hospital": those two were among the wounded.
        (
            "Gunmen opened fire on a bus depot on Friday, killing six people and wounding 12, "
            "police said. The toll has risen to eight after two more passengers died in "
            "hospital on Sunday.",
            10,
        ),
        # A bound is no count of the living to take the dead off.
        (
            "Gunmen opened fire on a bus depot on Friday, killing six people and wounding at "
            "least 12. The toll has risen to eight after two more passengers died in hospital.",
            12,
        ),
        # A count of those still in care is told after the deaths.
        (
            "A second man has died after Friday's shooting outside the Tolley Road market, "
            "where a cashier was killed. Four other people who were shot remain in hospital.",
            4,
        ),
        # The rise told by its own figure, with no earlier dead to measure it against.
        (
            "Gunmen opened fire on a bus depot on Friday, wounding 12 people. The toll has "
            "risen to eight after two more passengers died in hospital on Sunday.",
            10,
        ),
        # The raised toll is the only death told: nothing to measure the rise against.
        (
            "A second man has died after Friday's shooting outside the Tolley Road market. "
            "Three other men were wounded, police said.",
            3,
        ),
    ],
    ids=[
        "rise-taken-off",
        "dead-told-apart",
        "two-more-died",
        "bound-kept",
        "still-in-care",
        "rise-by-its-figure",
        "no-dead-beside-the-count",
    ],
)
def test_a_death_since_leaves_fewer_wounded(text: str, wounded: float) -> None:
    assert wounded_total(analysed("Ledger", text)) == wounded


def test_a_headline_beside_the_raised_toll_tells_the_wounded_of_today() -> None:
    title = "Gunfire at a Lorne Avenue cookout kills 2, injures 5"
    body = (
        "A second man has died after the shooting at a Lorne Avenue cookout on Saturday. "
        "A 30-year-old man died at the scene. Five other people were wounded."
    )
    document = f"{title}\n\n{body}"
    found = rules.analyze(document).to_json()
    findings = article_findings(
        Source(0, "Ledger", "", 1, T0, None, 0, title),
        found["claims"],
        found["attributions"],
        QualifierBands(),
        text=document,
        title_length=len(title),
    )
    assert wounded_total(findings) == 5
