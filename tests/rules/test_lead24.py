"""Readings the twenty-fourth session's lead added. Every sentence is invented.

Care needed or received ("needed hospital treatment", "were receiving treatment") counts as
hurt when an incident is named: in its sentence, a wider set of disasters and accidents
than before, or in the story's headline and lead when the sentence is a later paragraph.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "Eighteen people needed hospital treatment after the stampede.",
        "Nine pilgrims were receiving treatment after the crush at the gate.",
        "Thirty villagers needed medical attention after the landslide.",
        "Six guests required hospital treatment after eating the tainted stew.",
    ],
)
def test_care_sought_after_a_disaster_named_in_the_sentence_is_hurt(text: str) -> None:
    assert [c for c, _ in _claims(text)] == ["wounded"]


def test_care_sought_in_a_later_paragraph_follows_the_incident_of_the_lead() -> None:
    text = (
        "Chlorine leak at water works\n\n"
        "A chlorine leak at the Dunmore water works forced the evacuation of a school on Monday."
        "\n\nThe utility said 14 people had needed hospital treatment."
    )
    assert ("wounded", 14) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        # no incident anywhere: a health story's care
        "Winter pressures\n\nWard closures grew in March.\n\n"
        "About 300 people needed hospital treatment last winter.",
        # the illness is named: not hurt, whatever the lead says
        "Flood warning lifted\n\nThe river fell overnight.\n\n"
        "Two residents are receiving treatment for cancer at the clinic.",
    ],
)
def test_care_sought_with_no_incident_or_for_an_illness_is_not_hurt(text: str) -> None:
    assert not [c for c in _claims(text) if c[0] == "wounded"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After the quake, 41 patients were admitted overnight.", [("wounded", 41)]),
        ("Twelve patients admitted since the explosion remain in hospital.", [("wounded", 12)]),
        ("After the crash, two victims were admitted to Mercy Hospital.", [("wounded", 2)]),
        # no hurt named before it, or no incident anywhere: no one hurt
        ("Two students were admitted to the university.", []),
        ("Health officials said 41 patients were admitted overnight.", []),
        ("The district hospital said 40 patients were admitted with influenza.", []),
    ],
)
def test_a_bare_admission_of_the_hurt_after_an_incident_is_wounded(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


def test_patients_admitted_are_an_intake_not_a_confession() -> None:
    speakers = [
        a.source
        for a in analyze("Twelve patients admitted since the blast recovered.").attributions
    ]
    assert speakers == []
    said = analyze("The victims admitted that they had ignored the warning.").attributions
    assert [(a.source, a.cue) for a in said] == [("The victims", "admitted")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Hospital records seen by this newspaper show 41 patients were admitted.",
            "Hospital records seen by this newspaper",
        ),
        ("Figures given to parliament show 300 people died.", "Figures given to parliament"),
        (
            "Port logs kept by the harbour master, however, show the ferry left late.",
            "Port logs kept by the harbour master",
        ),
    ],
)
def test_a_document_shows_after_an_irregular_participle_or_an_aside(text: str, source: str) -> None:
    assert [(a.source, a.cue[:4]) for a in analyze(text).attributions] == [(source, "show")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry reported one death and 14 injuries.", [("killed", 1), ("wounded", 14)]),
        ("There has been one death, officials said.", [("killed", 1)]),
        ("Officials confirmed a third death on Friday.", [("killed", 3)]),
        ("The outbreak has caused one more death since Monday.", [("killed", 1)]),
        # a threat, a cell block, a bound and a rate are no toll of one
        ("The editor received one death threat a week.", []),
        ("Only one death row inmate was released.", []),
        ("More than one death was reported.", []),
        ("The fever causes one death in every 40 cases.", []),
    ],
)
def test_a_toll_of_one_told_by_its_noun(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Searchers found two more survivors under the rubble on Friday.", [("rescued", 2)]),
        ("Soldiers reached 40 survivors inside the flooded mine.", [("rescued", 40)]),
        # survivors of an event, or met rather than found, were not rescued then
        ("Police found two survivors of the attack hiding in a shed.", []),
        ("Investigators interviewed 23 survivors in the town hall.", []),
    ],
)
def test_survivors_found_where_they_were_trapped_are_rescued(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another 30 are believed to be buried under the debris.", [("missing", 30)]),
        ("At least 12 people remain buried under the rubble.", [("missing", 12)]),
        ("Four hikers were buried by a mudslide near the pass.", [("missing", 4)]),
        # a funeral buries the dead: killed, never missing (the forty-first session reads the
        # count, as blind halves ZH and ZZM annotate it)
        ("The 12 victims were buried on Sunday in the village cemetery.", [("killed", 12)]),
        ("Four people were killed when they were buried under the rubble.", [("killed", 4)]),
    ],
)
def test_the_buried_under_a_collapse_are_missing_not_the_buried_at_a_funeral(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A POLICE AGENT WAS KILLED AND ANOTHER WAS WOUNDED IN THE ATTACK.",
            [("killed", 1), ("wounded", 1)],
        ),
        ("THE GUNMEN KILLED TWO GUARDS AND WOUNDED ANOTHER.", [("killed", 2), ("wounded", 1)]),
        # things and animals stay no one in capitals too
        ("ONE DOG WAS KILLED AND ANOTHER WAS INJURED IN THE ATTACK.", []),
    ],
)
def test_another_person_in_all_capital_copy(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Health officials said 64 people had been treated for food poisoning.", [("wounded", 64)]),
        ("Nine workers were treated for carbon monoxide poisoning.", [("wounded", 9)]),
        ("More than 200 volunteers have joined the search for the girl.", [("deployed", 200)]),
        ("Two players joined the search committee.", []),
    ],
)
def test_poisoning_treated_and_volunteers_who_joined_the_search(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


def test_an_article_before_a_possessive_counts_the_person_once() -> None:
    text = "A sheriff's deputy was wounded and a suspect was killed in an exchange of gunfire."
    assert _claims(text) == [("wounded", 1), ("killed", 1)]
    assert _claims("The senator's driver was killed when the convoy hit a mine.") == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine patients were shifted to the district hospital.", [("wounded", 9)]),
        (
            "Of the 112 taken to hospital, of whom 34 remain admitted, most were children.",
            [
                ("wounded", 112),
                ("wounded", 34),
            ],
        ),
        ("Rescuers have brought out eight survivors, the park said.", [("rescued", 8)]),
        # places, not people, and a shift of work, not of the hurt
        ("Residents of two neighbouring hamlets have fled to the town.", []),
        ("The company shifted 40 workers to the night shift.", []),
    ],
)
def test_shifted_to_hospital_remain_admitted_and_survivors_brought_out(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By the final curtain, nine bodies are strewn across the stage.", []),
        ("The plot leaves six corpses before the interval.", []),
        # real dead at a theatre, or at a scene
        (
            "Rescuers recovered eight bodies from the theatre after the roof collapsed.",
            [("killed", 8)],
        ),
        ("Eight bodies were found at the scene.", [("killed", 8)]),
    ],
)
def test_the_dead_of_a_play_are_no_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected
