"""Readings the twenty-first session's lead added. Every sentence is invented.

Care that was needed or sought ("needed hospital treatment", "sought medical attention"),
breathing support and intensive-care wards, a beating that left people hurt, a non-restrictive
relative clause that tells its people's fate ("the two others, who were injured,"), a figure
quoted on its own ('"at least five" injured'), people pulled from the water, residents ordered
out of their homes, and a count of deaths that no other category's cue may take.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [(c.category, c.min, c.max, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said nine workers had needed medical treatment after the explosion.",
            [("wounded", 9, 9, "workers")],
        ),
        (
            "About 40 people sought medical care for breathing problems after the leak.",
            [("wounded", 40, 40, "people")],
        ),
        (
            "The county said 14 residents required medical attention after the fire.",
            [("wounded", 14, 14, "residents")],
        ),
        ("Two miners remain on ventilators, the hospital said.", [("wounded", 2, 2, "miners")]),
        ("Four people were admitted to the intensive care unit.", [("wounded", 4, 4, "people")]),
        ("Three children were taken to the burns ward.", [("wounded", 3, 3, "children")]),
        (
            "The minister said 45 patients were admitted in hospitals.",
            [("wounded", 45, 45, "patients")],
        ),
        # near misses: care with no harm named, and a ward that is no place of care
        ("Nine patients needed hospital care for flu.", []),
        ("The board said 2,000 patients needed hospital treatment last winter.", []),
        ("Two people were in intensive care after the crash.", [("wounded", 2, 2, "people")]),
    ],
)
def test_care_needed_or_sought_after_harm_is_a_wounded_count(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were badly beaten by the mob.", [("wounded", 2, 2, "men")]),
        (
            "Two other suspects were beaten into unconsciousness.",
            [("wounded", 2, 2, "other suspects")],
        ),
        ("Three guards were beaten unconscious.", [("wounded", 3, 3, "guards")]),
        # a beaten side in a match, and a beating with no one's count
        ("The 11 players were beaten 3-0 in the final.", []),
        ("The team was badly beaten in the final.", []),
    ],
)
def test_a_beating_that_left_people_hurt_is_wounded(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two others, who were injured, were arrested.", [("wounded", 2, 2, "others")]),
        ("Two men, who sustained gunshot wounds, were arrested.", [("wounded", 2, 2, "men")]),
        ("Three soldiers, who were on patrol, were killed.", [("killed", 3, 3, "soldiers")]),
        # a state that ended ("had been missing"), a clause far from its figure, and a shot
        # whose fate the main verb tells
        # (the main verb's fate read past the commas since the 45th session)
        (
            "Four hikers, who had been missing since Friday, were found alive.",
            [("rescued", 4, 4, "hikers")],
        ),
        (
            "Nine wardens and two rangers then traded shots with the gunman, who was killed.",
            [("killed", 1, 1, "gunman")],
        ),
        ("Relatives said a fisherman, who was shot near the pier, later died.", []),
    ],
)
def test_a_relative_clause_between_commas_tells_its_people_fate(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The army reported two soldiers dead and "at least five" injured.',
            [("killed", 2, 2, "soldiers"), ("wounded", 5, None, None)],
        ),
        (
            'A spokeswoman put it at "fewer than a dozen" workers who sought medical attention '
            "after the spill.",
            [("wounded", None, 12, "workers")],
        ),
        # a quotation that is more than a figure stays a quotation
        ('A doctor said "we lost five" of them to the fire.', []),
    ],
)
def test_a_figure_quoted_on_its_own_binds_as_if_unquoted(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Witnesses said between eight and 10 of the passengers were pulled out of the "
            "water by fishermen.",
            [("rescued", 8, 10, "passengers")],
        ),
        ("Three bodies were pulled from the river on Monday.", [("killed", 3, 3, None)]),
        (
            "About 1,200 residents were told to leave their homes on Tuesday.",
            [("evacuated", 1200, 1200, "residents")],
        ),
        # the one death is CB125's toll of one (24th session)
        (
            "Police reported one death and four injuries.",
            [("killed", 1, 1, None), ("wounded", 4, 4, None)],
        ),
        ("By luck there were no deaths or injuries.", [("killed_or_wounded", 0, 0, None)]),
    ],
)
def test_water_rescues_evacuation_orders_and_death_counts(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three of them were airlifted to Kessel General Hospital with burns.",
            [("wounded", 3, 3, None)],
        ),
        ("Two were referred to the district hospital.", [("wounded", 2, 2, None)]),
        (
            "Medics said 38 people were being treated in four hospitals after the blast.",
            [("wounded", 38, 38, "people")],
        ),
        ("Nine others were treated at the scene and allowed home.", [("wounded", 9, 9, "others")]),
        ("Fewer than 10 had needed to go to hospital.", [("wounded", None, 10, None)]),
        ("Dozens of people were trampled as the crowd surged.", [("wounded", 24, None, "people")]),
        ("Four people were trampled to death.", [("killed", 4, 4, "people")]),
        ("Rescuers brought 12 hikers down alive on Sunday.", [("rescued", 12, 12, "hikers")]),
        ("Three soldiers were among the martyred.", [("killed", 3, 3, "soldiers")]),
        ("Four victims were brought in dead.", [("killed", 4, 4, "victims")]),
        # near misses: a patient moved between wards for no harm, and no one brought out
        ("The ward was referred to the health board in 2019.", []),
    ],
)
def test_care_crushes_and_rescues_of_scene_reports(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He said 15 victims were being treated, four of them in intensive care.",
            [("wounded", 15, 15, "victims"), ("wounded", 4, 4, None)],
        ),
        (
            "Officials said 40 people were being treated in three hospitals, 11 of them in the "
            "burns unit.",
            [("wounded", 40, 40, "people"), ("wounded", 11, 11, None)],
        ),
        ("Six of the miners were being treated at a clinic in Orme.", None),
        # regarded, not cared for; and an illness
        ("Two men were being treated as witnesses.", []),
        ("Twelve patients are being treated for flu.", []),
    ],
)
def test_being_treated_is_care_after_harm(
    text: str, expected: list[tuple[str, float, float, str | None]] | None
) -> None:
    claims = _claims(text)
    if expected is None:
        assert [c[:3] for c in claims] == [("wounded", 6, 6)]
    else:
        assert claims == expected


def _statements(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions if a.kind == "statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jury heard that two men died in the fall.", [("The jury", "heard")]),
        ("The scaffold was unsafe, Orme Crown Court heard.", [("Orme Crown Court", "heard")]),
        ("An inquest in Velk heard that she died of smoke.", [("An inquest in Velk", "heard")]),
        # anyone else who heard something, and a court hearing a case
        ("Residents heard gunshots shortly after midnight.", []),
        ("The judge has heard the case twice before.", []),
    ],
)
def test_what_a_court_heard_is_a_statement_of_the_court(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen stormed a boarding school overnight. Police said 87 students and four "
            "teachers were taken, and two guards were shot dead.",
            [
                ("kidnapped", 87, 87, "students"),
                ("kidnapped", 4, 4, "teachers"),
                ("killed", 2, 2, "guards"),
            ],
        ),
        (
            "Bandits raided the school. Police said 30 pupils were taken from their dormitory.",
            [("kidnapped", 30, 30, "pupils")],
        ),
        # no abduction told, or another "taken"
        ("Police said 30 pupils were taken from their dormitory.", []),
        (
            "Bandits attacked the village. Eleven women were taken to a clinic with burns.",
            [("wounded", 11, 11, "women")],
        ),
        (
            "Kidnappers freed two men. Five suspects were taken into custody.",
            [("rescued", 2, 2, "men"), ("arrested", 5, 5, "suspects")],
        ),
    ],
)
def test_a_bare_were_taken_is_an_abduction_only_in_abduction_copy(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote left three casualties among the ministers, who all lost their seats.", []),
        (
            "Among the casualties of the poll were two council leaders ousted after 20 years.",
            [],
        ),
        # a vote day with violence, and casualties of a battle
        (
            "Poll-day violence left 12 casualties at two polling stations.",
            [("killed_or_wounded", 12, 12, None)],
        ),
        ("Among the casualties were three soldiers.", [("killed_or_wounded", 3, 3, "soldiers")]),
    ],
)
def test_an_election_casualty_is_a_lost_seat(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Velk Courier, a privately owned newspaper, reported that six people died.",
            [("The Velk Courier, a privately owned newspaper", "reported")],
        ),
        (
            "The Orme Post, an independently run daily, said six people died.",
            [("The Orme Post, an independently run daily", "said")],
        ),
        # an adverb of the verb, not of a participle before a noun
        ("Police quickly arrested the man, the spokesman said.", [("the spokesman", "said")]),
    ],
)
def test_an_adverb_of_a_participle_stays_inside_the_source(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven people sheltering in a school were killed when the roof fell.",
            [("killed", 11, 11, "people")],
        ),
        (
            "Four men attending a wedding were injured when the marquee collapsed.",
            [("wounded", 4, 4, "men")],
        ),
        ("Two policemen guarding the gate were shot dead.", [("killed", 2, 2, "policemen")]),
        # a participle before its noun stays in the group; and the displaced who shelter
        ("Two fleeing gunmen were shot dead.", [("killed", 2, 2, "fleeing gunmen")]),
        ("About 4,000 people are sheltering in schools.", [("displaced", 4000, 4000, "people")]),
    ],
)
def test_a_reduced_relative_clause_is_no_part_of_the_group_or_its_fate(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers have treated 40 calls since dawn.", []),
        ("First responders treated 300 patients last month.", []),
        ("Paramedics treated 18 runners at the finish line.", [("wounded", 18, 18, "runners")]),
        # a state the main verb ends, after a relative clause between commas
        (
            "Two brothers, who have been missing since June, were found alive.",
            [("rescued", 2, 2, "brothers")],
        ),
    ],
)
def test_review37_leftovers(
    text: str, expected: list[tuple[str, float, float, str | None]]
) -> None:
    assert _claims(text) == expected
