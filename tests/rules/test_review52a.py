"""review52a's sentences: gaps the lead left open in earlier sessions, closed on invented text.
Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Landslides have killed 31 people in the district this year, and 47 the year before.",
            [("killed", 31, "people"), ("killed", 47, "people")],
        ),
        (
            "Typhoid killed 64 children in Orsa last year and 58 the year before that.",
            [("killed", 64, "children"), ("killed", 58, "children")],
        ),
        (
            "Road crashes have injured 300 riders in Tamo this season and 280 the previous season.",
            [("wounded", 300, "riders"), ("wounded", 280, "riders")],
        ),
        (
            "Bears have killed four hikers in the park this summer, and six the summer before.",
            [("killed", 4, "hikers"), ("killed", 6, "hikers")],
        ),
        # counter-examples: no count of people after "and", and two places' counts (CB04's)
        (
            "Landslides have killed 31 people in the district this year and cost 47 million vorns.",
            [("killed", 31, "people")],
        ),
        (
            "Landslides have killed 31 people in the district this year, and 47 percent of the"
            " crops.",
            [("killed", 31, "people")],
        ),
        (
            "Gunmen killed 12 villagers in Orra on Monday and 19 in Tessa on Tuesday.",
            [("killed", 12, "villagers"), ("killed", 19, None)],
        ),
    ],
    ids=["year-before", "year-before-that", "previous-season", "summer", "cost", "percent", "days"],
)
def test_an_earlier_period_count_after_a_toll(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert _claims(text) == expected


#: The lead of a story whose care places the sentences after it tell.
_OUTBREAK = "Cholera has swept the camps of Dossa. "
_CRASH = "A bus overturned near Kell on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _OUTBREAK + "Three field clinics run by the aid group Lifeline had 140 patients on"
            " Tuesday night, well over their 60 beds, the group said.",
            [("wounded", 140, "patients", "the group")],
        ),
        (
            _OUTBREAK + "Two treatment centres run by the charity Mercy Aid had 210 patients on"
            " Sunday night, the charity said.",
            [("wounded", 210, "patients", "the charity")],
        ),
        (
            _CRASH + "The district hospital had 31 patients from the crash by nightfall, a nurse"
            " said.",
            [("wounded", 31, "patients", "a nurse")],
        ),
        # counter-examples: beds, staff and pupils are no load of the hurt, and a load with no
        # incident or outbreak told is the place's routine
        (_OUTBREAK + "The clinic had 20 beds.", []),
        (_CRASH + "The hospital had 300 staff.", []),
        (_CRASH + "The school had 400 pupils.", []),
        ("The hospital had 300 patients before the strike began.", []),
    ],
    ids=[
        "field-clinics",
        "treatment-centres",
        "district-hospital",
        "beds",
        "staff",
        "pupils",
        "routine",
    ],
)
def test_a_place_of_care_had_its_load(
    text: str, expected: list[tuple[str, int, str | None, str | None]]
) -> None:
    found = [(c.category, c.min, c.group, c.claimant) for c in analyze(text).claims]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _OUTBREAK + "Dr Ana Pirell said 38 of the patients were children under five.",
            [("wounded", 38, "children", "Dr Ana Pirell")],
        ),
        (
            _CRASH + "At least 12 of the patients were schoolboys, a nurse said.",
            [("wounded", 12, "schoolboys", "a nurse")],
        ),
        (
            _OUTBREAK + "Nine of the cholera patients were nurses, the group said.",
            [("wounded", 9, "nurses", "the group")],
        ),
        # counter-examples: no patients, no "who", one person picked out, no incident told
        (_CRASH + "Dr Ana Pirell said 38 of the voters were women.", []),
        (_CRASH + "Dr Ana Pirell said half of the patients were discharged on Monday.", []),
        (_CRASH + "Dr Ana Pirell said 38 of the patients were discharged on Monday.", []),
        (_CRASH + "One of the patients was a girl of six.", []),
        ("The ward manager said 38 of the patients were women.", []),
    ],
    ids=[
        "children",
        "at-least",
        "cholera-patients",
        "voters",
        "half-discharged",
        "discharged",
        "one",
        "no-incident",
    ],
)
def test_a_part_of_the_patients_by_who_they_are(
    text: str, expected: list[tuple[str, int, str | None, str | None]]
) -> None:
    found = [(c.category, c.min, c.group, c.claimant) for c in analyze(text).claims]
    assert found == expected


#: A hospital told before, with no incident named.
_WARD = "Surgeons at Vell General worked through the night. "
_BLAST = "A gas blast tore through a market in Vell on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _WARD + '"Nine remain in surgery or in intensive care," the surgeon said.',
            [("wounded", 9, None, "the surgeon")],
        ),
        (
            _BLAST + '"Seven are still in surgery or intensive care," the surgeon said.',
            [("wounded", 7, None, "the surgeon")],
        ),
        (_BLAST + "Nine are still in surgery or on ventilators.", [("wounded", 9, None, None)]),
        (_WARD + "Four remain in intensive care.", [("wounded", 4, None, None)]),
        # counter-examples: school and relatives' care are no state of the hurt
        (_BLAST + '"Nine are still in school," the surgeon said.', []),
        (_BLAST + "Four remain in the care of relatives.", []),
        (_WARD + '"Nine are still in school or in the care of relatives," the surgeon said.', []),
    ],
    ids=[
        "surgery-or-icu",
        "after-a-blast",
        "ventilators",
        "remain-icu",
        "school",
        "relatives",
        "school-or-relatives",
    ],
)
def test_a_care_state_told_in_a_quote(
    text: str, expected: list[tuple[str, int, str | None, str | None]]
) -> None:
    found = [(c.category, c.min, c.group, c.claimant) for c in analyze(text).claims]
    assert found == expected
