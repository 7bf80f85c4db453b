"""Readings review51b added. Every sentence is invented.

Care: the hurt treated for riot control or smoke breathed in or felt ("treated for tear gas
inhalation", "for the effects of tear gas", "for exposure to pepper spray"); not a field
treated for pests nor gear "treated for tear gas".

Silences: an "it" that gave no answer stands for the one body the sentence before names by a
common noun ("sued the mining firm"), not for two bodies, a person or "the news".

Displaced: a settlement's people who "had left the village", "have abandoned the hamlet" or
"had left by Sunday" after an attack or a disaster; not "left the stadium after the match",
"had left comments", "had left for work", nor staff who left a town. People sheltered who
"cannot return to their homes" or "cannot go home"; not pupils given lunch, library books
not returned, or students who cannot go home where no shelter is told.

Rescued: the teller's own hands with no place named, "I pulled out four children myself"
where a danger is told; not chairs, "pulled out of the race", nor toddlers carried on a walk.

Wounded: a bare "admitted" told by a place of care ("Twelve people had been admitted, the
hospital said") after a collapse in the lead; not after talks that collapsed, nor a
university's admissions, nor admitted "to the programme".
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _figures(text: str, category: str) -> list[tuple[float | None, str | None]]:
    return [(c.min, c.group) for c in analyze(text).claims if c.category == category]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers in Dunmere said 55 demonstrators were treated for tear gas inhalation.",
            (55, "demonstrators"),
        ),
        (
            "Volunteer medics said 18 marchers were treated for the effects of tear gas.",
            (18, "marchers"),
        ),
        ("Nine students were treated for exposure to pepper spray.", (9, "students")),
        ("Seven tenants were treated for the effects of smoke.", (7, "tenants")),
    ],
    ids=["tear-gas-inhalation", "effects-of-tear-gas", "exposure-to-spray", "effects-of-smoke"],
)
def test_treated_for_riot_control_or_smoke_is_hurt(text: str, expected: tuple[float, str]) -> None:
    assert expected in _figures(text, "wounded")


@pytest.mark.parametrize(
    "text",
    [
        "Some 30 orchards near Lisk were treated for pests this spring.",
        "The 40 riot shields were treated for tear gas.",
        "Twenty fields were treated for the effects of frost.",
    ],
    ids=["orchards-pests", "shields-bare-tear-gas", "fields-frost"],
)
def test_treated_for_other_things_is_no_hurt(text: str) -> None:
    assert _figures(text, "wounded") == []


def _silent(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "The villagers sued the mining firm on Friday. It gave no answer to questions on"
            " Saturday.",
            "the mining firm",
        ),
        (
            "Relatives took the ferry operator to court last week. It did not respond to"
            " requests for comment.",
            "the ferry operator",
        ),
        (
            "Tenants complained to the housing agency in March. It made no reply when asked"
            " about their letters.",
            "the housing agency",
        ),
    ],
    ids=["sued-firm", "took-operator-to-court", "complained-to-agency"],
)
def test_silent_it_is_the_body_named_before_by_a_noun(text: str, party: str) -> None:
    assert _silent(text) == [party]


@pytest.mark.parametrize(
    "text",
    [
        "The families sued the bus company and the insurer on Monday. It gave no answer.",
        "The families sued the driver on Monday. It gave no answer to questions.",
        "Reporters watched the news on Monday. It did not respond to requests for comment.",
    ],
    ids=["two-bodies", "a-person", "the-news"],
)
def test_silent_it_stays_without_one_body_before(text: str) -> None:
    assert _silent(text) == ["It"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the raid, some 120 families had left the village for the district town.",
            (120, "families"),
        ),
        ("At least 35 families have abandoned the hamlet since the attack.", (35, "families")),
        (
            "The river flooded on Friday. About 3,000 of the valley's 9,000 residents had left"
            " by Sunday.",
            (3000, "valley's residents"),
        ),
        (
            "Since the shelling began, 80 villagers have deserted their village near Korva.",
            (80, "villagers"),
        ),
    ],
    ids=["left-the-village", "abandoned-the-hamlet", "left-by-sunday", "deserted-their-village"],
)
def test_a_settlement_left_after_harm_is_displaced(text: str, expected: tuple[float, str]) -> None:
    assert expected in _figures(text, "displaced")


@pytest.mark.parametrize(
    "text",
    [
        "After the match, 120 families left the stadium.",
        "After the flood, 2,000 residents had left comments on the council's site.",
        "Gunmen attacked the depot. By dawn 300 residents had left for work.",
        "Militants attacked the depot on Monday. By noon, 60 staff had left the town.",
        "After his heart attack, 12 families had left the village to visit him.",
    ],
    ids=["stadium", "comments", "for-work", "staff", "heart-attack"],
)
def test_other_leaving_is_no_displacement(text: str) -> None:
    assert _figures(text, "displaced") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council is housing 310 people who cannot return to their homes.", (310, "people")),
        ("The parish is providing shelter for 240 people who cannot go home.", (240, "people")),
        (
            "Aid workers put up tents for about 500 villagers who still cannot return home.",
            (500, "villagers"),
        ),
    ],
    ids=["housing", "providing-shelter", "tents"],
)
def test_sheltered_who_cannot_return_are_displaced(text: str, expected: tuple[float, str]) -> None:
    assert expected in _figures(text, "displaced")


@pytest.mark.parametrize(
    "text",
    [
        "The canteen in Orlo is providing lunch for 240 pupils.",
        "The library said 240 people who cannot return their library books will be fined.",
        "About 240 students who cannot go home will stay on campus over the break.",
    ],
    ids=["lunch", "library-books", "students-no-shelter"],
)
def test_no_shelter_or_no_home_is_no_displacement(text: str) -> None:
    assert _figures(text, "displaced") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"I pulled out four children myself," a trawlerman said after the boat sank.',
            (4, "children"),
        ),
        (
            "\u201cWe hauled out six miners with our bare hands,\u201d a neighbour said after"
            " the shaft collapsed.",
            (6, "miners"),
        ),
    ],
    ids=["myself-boat-sank", "bare-hands-collapse"],
)
def test_own_rescue_with_a_danger_told(text: str, expected: tuple[float, str]) -> None:
    assert expected in _figures(text, "rescued")


@pytest.mark.parametrize(
    "text",
    [
        '"I pulled out four chairs myself," the caretaker said after the fire.',
        '"I pulled out of the race myself," the runner from Tesk said.',
        '"I carried two toddlers myself," the mother said of the long walk.',
    ],
    ids=["chairs", "out-of-the-race", "no-danger"],
)
def test_own_hands_without_people_or_danger_is_no_rescue(text: str) -> None:
    assert _figures(text, "rescued") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A warehouse collapsed in the port of Selm on Monday. Twelve people had been"
            " admitted, the hospital said.",
            (12, "people"),
        ),
        (
            "A church roof collapsed in Velm on Sunday. Nine worshippers had been admitted, the"
            " district hospital said.",
            (9, "worshippers"),
        ),
        (
            "A footbridge collapsed over the canal. Seven people had been admitted, a clinic"
            " spokeswoman said.",
            (7, "people"),
        ),
    ],
    ids=["hospital-said", "district-hospital", "clinic-spokeswoman"],
)
def test_admitted_told_by_a_hospital_after_a_collapse(
    text: str, expected: tuple[float, str]
) -> None:
    assert expected in _figures(text, "wounded")


@pytest.mark.parametrize(
    "text",
    [
        "Talks collapsed on Monday. Twelve people had been admitted to the programme.",
        "Talks collapsed on Monday. Twelve people had been admitted, the hospital said.",
        "A warehouse collapsed in the port on Monday. Twelve students had been admitted, the"
        " university said.",
    ],
    ids=["programme", "talks-collapsed", "university"],
)
def test_admitted_without_a_collapse_or_care_is_no_hurt(text: str) -> None:
    assert _figures(text, "wounded") == []
