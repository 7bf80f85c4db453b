"""Readings the thirty-fourth session's lead added. Every sentence is invented.

Claims: officers "sent home" are not deployed; a named body "has been sheltering" people
who are displaced; people "moved from" low-lying islands or villages are evacuated.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sent away, not sent in
        ("Four deputies were sent home after the shift ended, the sheriff said.", []),
        ("The ministry sent 300 troops home on Friday.", []),
        ("About 40 deputies were sent to the fairground.", [("deployed", 40, "deputies")]),
        # a body that shelters people
        (
            "The mosque has been sheltering 250 people since the river rose, its imam said.",
            [("displaced", 250, "people")],
        ),
        ("The stadium was sheltering 5,000 fans from the storm.", []),
        ("The mosque had been sheltering three suspects sought by police.", []),
        (
            "Some 3,100 people were sheltering in 27 schools on Friday.",
            [("displaced", 3100, "people")],
        ),
        # moved from a place in danger
        (
            "Navy boats had moved about 9,000 people from low-lying islands to the coast.",
            [("evacuated", 9000, "people")],
        ),
        (
            "Soldiers moved 400 villagers from the riverbanks overnight.",
            [("evacuated", 400, "villagers")],
        ),
        ("The district moved 120 teachers from schools in the north.", []),
    ],
)
def test_claims(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a service at work on a scene
        ("Some 250 volunteers took part in the search.", [("deployed", 250, "volunteers")]),
        ("Between 20 and 30 rebels took part in the raid.", []),
        ("Five doctors took part in the operation.", []),
        ("About 35 officers had sealed off the streets.", [("deployed", 35, "officers")]),
        ("About 200 troops were still posted around the mine.", [("deployed", 200, "troops")]),
        ("Some 900 firefighters were on the fire lines.", [("deployed", 900, "firefighters")]),
        ("About 500 officers are on the front lines of the drug war.", []),
        # the hurt flown somewhere stay hurt
        ("Some 40 injured miners were flown to the capital.", [("wounded", 40, "miners")]),
        # two manners of one death
        ("All five had been stabbed or beaten to death.", [("killed", 5, None)]),
        ("The six men were beaten, stabbed or shot to death.", [("killed", 6, "men")]),
        # a list is no one
        ("Families had been given no list of the dead.", []),
        ("Officials have compiled 300 names of missing people.", [("missing", 300, "names")]),
        # brought out by crews, with any qualifier
        (
            "Rescue teams pulled nearly 300 people alive from the mud.",
            [("rescued", None, "people")],
        ),
        ("Crews had pulled 17 people from the canal.", [("rescued", 17, "people")]),
        ("Police crews pulled three suspects from the canal.", []),
        ("TV crews pulled 20 fans out of the crowd.", []),
        ("Volunteers carried 200 pilgrims from the station.", []),
        ("Firefighters pulled two burglars from the burning house.", [("rescued", 2, "burglars")]),
    ],
)
def test_work_and_rescue(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert _claims(text) == expected


def _attributions(text: str) -> list[tuple[str, str, str, bool]]:
    return [(a.kind, a.source, a.cue, a.anonymous) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refusals in other words
        (
            "The quarry owner would not be drawn on the figures.",
            [("non_response", "The quarry owner", "would not be drawn", False)],
        ),
        (
            "The council would not commit to a timetable.",
            [("non_response", "The council", "would not commit to a timetable", False)],
        ),
        (
            "The ferry company would not go into the crew's training record.",
            [
                (
                    "non_response",
                    "The ferry company",
                    "would not go into the crew's training record",
                    False,
                )
            ],
        ),
        (
            "The haulier did not pick up calls on Monday.",
            [("non_response", "The haulier", "did not pick up calls", False)],
        ),
        (
            "The agency left questions about the alarm unanswered.",
            [("non_response", "The agency", "left questions about the alarm unanswered", False)],
        ),
        (
            "Police has yet to name the victims.",
            [("non_response", "Police", "has yet to name the victims", False)],
        ),
        ("The ceasefire will not go into effect until midnight.", []),
        ("Firefighters would not go into the building.", []),
        ("The winning numbers will not be drawn until Saturday.", []),
        ("Police have yet to identify the suspects.", []),
        ("She did not pick up her phone.", []),
        ("The autopsy left questions about the cause unanswered.", []),
        (
            "The minister wouldn't be drawn on the toll.",
            [("non_response", "The minister", "wouldn't be drawn", False)],
        ),
        (
            "Police were holding back his name until his family had been told.",
            [("non_response", "Police", "were holding back his name", False)],
        ),
        # anonymity in other words
        (
            "A cook at the camp, who would not give his name, said 14 men had died.",
            [("statement", "A cook at the camp", "said", True)],
        ),
        # a participle as an adjective is no statement
        (
            "Among those held was the cartel's alleged accountant, police said.",
            [("statement", "police", "said", False)],
        ),
        (
            "Three of the admitted miners had burns, the doctor said.",
            [("statement", "the doctor", "said", True)],
        ),
        ("The board admitted the error.", [("statement", "The board", "admitted", False)]),
        (
            "A nurse who treated her confirmed several patients had died.",
            [("statement", "A nurse", "confirmed", True)],
        ),
        (
            "Chief Tom Hale, who would not give their names, said two officers were hurt.",
            [("statement", "Chief Tom Hale", "said", False)],
        ),
        (
            "A spokesman for St. Clare's says all four are stable.",
            [("statement", "A spokesman for St. Clare's", "says", True)],
        ),
    ],
)
def test_attributions(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a charge laid by the same speaker after a statement is that statement
        (
            "The union said at least nine men had died and accused managers of lying.",
            [("statement", "The union", "said", False)],
        ),
        (
            "The council said 30 homes had burned and blamed the utility.",
            [("statement", "The council", "said", False)],
        ),
        # another speaker's charge is a statement of its own
        (
            "The union said nine men had died, and the council accused managers of lying.",
            [
                ("statement", "The union", "said", False),
                ("statement", "the council", "accused", False),
            ],
        ),
    ],
)
def test_one_statement_per_speaker(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a squad's absent and injured players, a show's absent dancers
        ("The hosts, with four regulars missing through suspension, lost 2-0.", []),
        ("The coach said his squad was thin with six senior players injured.", []),
        ("Two of the five singers were missing from the finale.", []),
        ("Nine players were injured when the team bus crashed.", [("wounded", 9, "players")]),
        ("Four hikers were missing from the camp.", [("missing", 4, "hikers")]),
        # where some of the dead died
        (
            "Six more deaths were reported, two of them in a landslide.",
            [("killed", 6, None), ("killed", 2, None)],
        ),
        # a hospital's own care, public shelters, a night on cots
        ("Seven patients remained in its care.", [("wounded", 7, "patients")]),
        ("About 2,300 people were still in 41 public shelters.", [("displaced", 2300, "people")]),
        ("Some 120 residents spent the night on cots.", [("displaced", 120, "residents")]),
    ],
)
def test_absent_parts_and_shelter(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


def test_a_time_after_by_is_no_agent() -> None:
    text = "Four more deaths were reported by nightfall, the governor said."
    assert _attributions(text) == [("statement", "the governor", "said", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four welders have not been accounted for.", [("missing", 4, "welders")]),
        ("All 30 welders have been accounted for.", []),
        ("Dozens of families left their homes after the flood.", [("displaced", 24, "families")]),
        ("The couple left their homes in the city for a farm.", []),
    ],
)
def test_missing_and_left(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army declined interview requests.",
            [("non_response", "The army", "declined interview requests", False)],
        ),
        (
            "The operator ignored requests for comment.",
            [("non_response", "The operator", "ignored requests for comment", False)],
        ),
        (
            "The mayor refused to be interviewed.",
            [("non_response", "The mayor", "refused to be interviewed", False)],
        ),
        (
            "The governor offered no comment.",
            [("non_response", "The governor", "offered no comment", False)],
        ),
        (
            "The militia withheld its casualty figures.",
            [("non_response", "The militia", "withheld its casualty figures", False)],
        ),
        ("The embassy kept silent.", [("non_response", "The embassy", "kept silent", False)]),
        ("The council declined requests to widen the road.", []),
        ("The judge remained silent.", []),
    ],
)
def test_more_refusals(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _attributions(text) == expected


def test_he_after_an_unnamed_surgeon_is_that_surgeon() -> None:
    text = (
        "A surgeon at the clinic, who would not give his name, said the ward "
        'had collapsed. "We carried out six nurses," he told the agency.'
    )
    assert _attributions(text) == [
        ("statement", "A surgeon at the clinic", "said", True),
        ("statement", "A surgeon at the clinic", "told", True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two deputies were treated and sent home.", [("wounded", 2, "deputies")]),
        (
            "Boatmen and the crews of two barges pulled 14 people from the river.",
            [("rescued", 14, "people")],
        ),
        ("Police pulled a car from the river.", []),
    ],
)
def test_sent_home_and_pulled_from_the_river(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor declared a disaster in six counties.", []),
        (
            "The fire service says it cannot confirm that number.",
            [("statement", "The fire service", "says", False)],
        ),
        (
            "The ministry has recorded 80 cholera deaths since May, when the cases were found.",
            [("statement", "The ministry", "recorded", False)],
        ),
        (
            "The spokesman brushed aside questions about the toll.",
            [("non_response", "The spokesman", "brushed aside questions", False)],
        ),
        (
            "The ministry ignored a question about the cuts.",
            [("non_response", "The ministry", "ignored a question", False)],
        ),
        (
            "He would not break down the toll by district.",
            [("non_response", "He", "would not break down the toll", False)],
        ),
        (
            "The ministry had left written questions unanswered.",
            [("non_response", "The ministry", "left written questions unanswered", False)],
        ),
    ],
)
def test_acts_counts_and_refusals(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 250 volunteers were digging through the mud.", [("deployed", 250, "volunteers")]),
        ("Crews had brought 27 people out of the tower.", [("rescued", 27, "people")]),
        ("Crews brought 20 boxes of files out of the building.", []),
        ("Two suspects were still being sought by police.", []),
        ("Two reporters were at the scene.", []),
    ],
)
def test_digging_and_brought_out(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Villagers in Orta gave a different account.",
            [("statement", "Villagers in Orta", "gave", True)],
        ),
        (
            "The rebels offered their own version of events.",
            [("statement", "The rebels", "offered", False)],
        ),
        ("The mayor gave a speech at the memorial.", []),
        ("Hundreds of residents gave blood on Sunday.", []),
        ("The bank gave an account number to the family.", []),
    ],
)
def test_an_account_given(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _attributions(text) == expected
