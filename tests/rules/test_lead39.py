"""Readings the thirty-ninth session's lead added. Every sentence is invented.

Attributions: a participle phrase before an appositive speaker ("..., killing 23 villagers,
the council chairman, Ida Renk, said") is no part of the speaker. Claims: people "with gunshot
and machete wounds" who "had been treated", or whom a group "counted", lived (wounded), and a
part of them ("nine of them children") shares that reading; the hurt "taken into hospital" or
"moved to intensive care" were cared for.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _sources(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions]


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Raiders on horseback swept through the hamlet of Orse before dawn, killing at least "
            "nine herders, burning granaries and seizing cattle, the district head, Ida Renk, "
            "said on Monday.",
            "the district head, Ida Renk",
        ),
        (
            "Fighters overran the post at night, wounding 14 guards, the garrison's commander, "
            "Colonel Ana Varo, told reporters.",
            "the garrison's commander, Colonel Ana Varo",
        ),
        # an adjective in "-ing" is part of the speaker
        (
            "The acting governor, Tomas Hale, said the roads were closed.",
            "The acting governor, Tomas Hale",
        ),
    ],
    ids=["killing-burning", "wounding", "acting"],
)
def test_a_participle_phrase_is_no_part_of_the_appositive_speaker(text: str, source: str) -> None:
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A nurse in Velk said 27 villagers with gunshot and knife wounds had been treated "
            "by medics since Sunday, six of them children.",
            [("wounded", 27, "villagers"), ("wounded", 6, "children")],
        ),
        (
            "The monitors counted at least 80 marchers with gunshot or rubber-bullet wounds.",
            [("wounded", 80, "marchers")],
        ),
        # found with the wounds, the fate untold: either
        (
            "Deputies found three people with gunshot wounds in the car park.",
            [("killed_or_wounded", 3, "people")],
        ),
    ],
    ids=["treated", "counted", "found"],
)
def test_people_with_wounds_who_were_treated_or_counted_lived(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British "taken into hospital"; "moved to intensive care" (a part of the hurt)
        (
            "Health officials said 840 people had been taken into hospital with heat exhaustion "
            "since June, and that 61 of them were moved to intensive care.",
            [("wounded", 840, "people"), ("wounded", 61, None)],
        ),
        # review39a: a transfer between hospitals, custody, a family's move: no hurt
        ("All 85 patients were moved to other hospitals as smoke filled the wards.", []),
        (
            "Two suspects were taken into custody at the hospital where the wounded lay.",
            [("arrested", 2, "suspects")],
        ),
        ("The family moved to Orme in 2009 with their four children.", []),
    ],
    ids=["into-hospital", "transfer", "custody", "moved-house"],
)
def test_taken_into_or_moved_to_care(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead of a gapped clause in hospital, after dead with a place of their own
        (
            "The mayor said 21 people had died on the bridge and six more in hospital overnight.",
            [("killed", 21, "people"), ("killed", 6, None)],
        ),
        # a hospital still treating its patients
        (
            "The clinic said it was still treating 44 burns patients, nine of them children.",
            [("wounded", 44, "burns patients"), ("wounded", 9, "children")],
        ),
    ],
    ids=["died-in-hospital", "still-treating"],
)
def test_the_dead_in_hospital_and_the_patients_still_treated(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


def _attributions(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.source) for a in analyze(text).attributions]


def test_a_contrast_inside_the_relative_clause_keeps_the_speaker() -> None:
    text = (
        "A warden at the prison, who would talk only if his rank, not his name, was given, "
        "because staff there are forbidden to brief reporters, said two cells had burned."
    )
    assert _attributions(text) == [("statement", "A warden at the prison")]


def test_a_verb_after_an_aside_that_is_no_contrast_is_not_read_so() -> None:
    # "whose farm, Orme Hill, is ...": no contrast; the verb's segment is not passed over
    text = "Ana Roe, whose farm, Orme Hill, is flooded, argues that the dam failed."
    assert ("statement", "Orme Hill") not in _attributions(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The port authority had put out nothing about the fire by Monday night.",
            "The port authority",
        ),
        (
            "The water board has left a week of emailed questions about the pumps unanswered.",
            "The water board",
        ),
        (
            "Councillor Ida Renk let three days of phone messages from the Gazette go unanswered.",
            "Councillor Ida Renk",
        ),
    ],
    ids=["put-out-nothing", "week-of-questions", "days-of-messages"],
)
def test_silences_in_more_words(text: str, source: str) -> None:
    assert _attributions(text) == [("non_response", source)]


def test_a_pronoun_may_stand_for_the_one_who_cited_others() -> None:
    text = (
        "The district health officer, Mira Talas, citing nurses at the clinic in Velk, said "
        "19 people had been treated for burns. Six of the burned were later flown to Orme, "
        "she said."
    )
    sources = [a.source for a in analyze(text).attributions]
    assert sources == ["nurses at the clinic in Velk", "Mira Talas"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review39a: the people in hospital are alive when their state is told
        (
            "Two riders died on the track and 11 more in hospital, three of them in critical "
            "condition.",
            [("killed", 2, "riders"), ("wounded", 11, None), ("wounded", 3, None)],
        ),
        (
            "Four people were killed on the pier and nine more in hospital.",
            [("killed", 4, "people"), ("wounded", 9, None)],
        ),
        # review39a: a tally of the wounded who died is of the dead
        (
            "The monitor recorded 15 people with gunshot wounds who died in the first week.",
            [("killed_or_wounded", 15, "people")],
        ),
    ],
    ids=["critical", "were-killed", "who-died"],
)
def test_review39a_claims(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review39b: an aside that describes the speaker keeps the role in the span
        (
            "The union's leader, representing 5,000 dock workers, Tomas Brel, said the strike "
            "would go ahead.",
            [("statement", "The union's leader, representing 5,000 dock workers, Tomas Brel")],
        ),
        # review39b: the subjunctive after a contrast
        (
            "An aide, who asked that his title, not his name, be used, said the minister would "
            "resign.",
            [("statement", "An aide")],
        ),
        # review39b: messages left by someone, or not a newsroom's; releases of no refusal
        ("The victim's mother left several messages on his phone, which went unanswered.", []),
        (
            "The nurse let several messages from the family go unanswered while she treated "
            "the wounded.",
            [],
        ),
        (
            "The singer, who has released nothing on streaming platforms since 2019, will tour "
            "next year.",
            [],
        ),
    ],
    ids=["role-aside", "subjunctive", "mother", "nurse", "singer"],
)
def test_review39b_attributions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long relative clause between the count and its state
        (
            "At least 30 herders who drove their cattle across the river before the bridge "
            "was closed are still missing, the governor said.",
            [("missing", 30, "herders")],
        ),
    ],
    ids=["missing-herders"],
)
def test_a_long_relative_clause_before_the_state(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The colonel said 80 troops would remain in the valley until the harvest.",
            [("deployed", 80, "troops")],
        ),
        (
            "Some 300 extra officers will patrol the stadium on Saturday.",
            [("deployed", 300, "officers")],
        ),
        # not services
        ("Five patients would remain in hospital overnight, doctors said.", []),
    ],
    ids=["remain", "patrol", "patients"],
)
def test_services_that_will_patrol_guard_or_remain(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _claims(text) == expected
