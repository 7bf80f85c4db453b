"""Readings the forty-sixth session's lead added. Every sentence is invented.

Claims: a number after a month's name that no day can be ("By March 40 people had died",
"Between January and March 400 were killed") is a count, not a date; people sent after the
kit sent with them ("sent four warships and about 300 sailors") are deployed.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By March 40 people had died in the outbreak, the ministry said.", [("killed", 40)]),
        (
            "Between January and March 400 people were killed in the valley, the monitor said.",
            [("killed", 400)],
        ),
        # a day still makes a date, and a year a label
        ("By May 12 the toll had risen to 40, officials said.", [("killed", 40)]),
        ("In March 2019 two guards were shot dead at the gate.", [("killed", 2)]),
    ],
)
def test_a_number_no_day_can_be_after_a_month(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def test_a_day_after_a_month_is_the_hour_of_the_toll() -> None:
    claim = analyze("By May 12 the toll had risen to 40, officials said.").claims[0]
    assert claim.as_of == "May 12"
    claim = analyze("By March 40 people had died in the outbreak, the ministry said.").claims[0]
    assert claim.as_of is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The navy sent four warships and about 300 sailors to the strait.", [("deployed", 300)]),
        (
            "The army deployed 12 helicopters, 40 trucks and 600 soldiers along the border.",
            [("deployed", 600)],
        ),
        ("Police sent two helicopters and 40 officers to search the hills.", [("deployed", 40)]),
        # the people's count heads a clause of its own, or the second count is of things
        ("The navy sent four warships and about 300 sailors were on leave.", []),
        ("The navy sent four warships and 300 tonnes of aid to the strait.", []),
    ],
)
def test_people_sent_after_the_kit_sent_with_them(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.source) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a past tense that takes no object opens a clause, not a reduced relative
        ("Residents, many of them elderly, said the gunmen arrived at dawn.", "Residents"),
        # a subject with a participle aside says what follows its verb
        (
            "Residents, speaking by telephone from a camp across the river, said the gunmen"
            " fired at dawn.",
            "Residents",
        ),
        ("On Monday, residents, speaking by phone, said the soldiers fired at dawn.", "residents"),
        # an object before the aside, or a clause, leaves the speaker after the verb
        (
            "Gunmen stormed the school, killing 12 pupils, said the governor of the province.",
            "the governor of the province",
        ),
        (
            "Police opened fire, killing two protesters, said the mayor of the town, Ana Bell.",
            "the mayor of the town, Ana Bell",
        ),
        (
            '"It was chaos," said a doctor stationed at the clinic.',
            "a doctor stationed at the clinic",
        ),
    ],
)
def test_the_speaker_before_an_aside_and_a_clause_after(text: str, source: str) -> None:
    assert _sources(text) == [("statement", source)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The council's press officer, Ada Brel, declined on Sunday to say whether any"
            " officers had been hurt.",
            "declined on Sunday to say",
        ),
        (
            "The district attorney said the suspect lived alone but would not yet discuss what"
            " led to the fire.",
            "would not yet discuss",
        ),
        (
            "An aide to the minister could not go into the deployment plans, she said.",
            "could not go into the deployment",
        ),
    ],
)
def test_silences_in_more_wordings(text: str, cue: str) -> None:
    assert cue in [a.cue for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers could not go into the mine because of the gas.",
        "The minister declined on Monday an invitation to the summit.",
    ],
)
def test_no_silence_in_like_wordings(text: str) -> None:
    assert not [a for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norvalia recalled its ambassador from Castrel on Friday.", []),
        ("The carmaker recalled 40,000 cars over faulty brakes.", []),
        ('"We ran for the hills," she recalled.', [("statement", "she")]),
    ],
)
def test_a_recall_of_envoys_or_goods_is_no_speech(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted crew searching for the missing is deployed
        ("Some 40 rescuers were searching for the lost hikers.", [("deployed", 40)]),
        ("Divers were searching for 60 missing sailors.", [("missing", 60)]),
        # any crew at the site of a disaster
        (
            "Some 25 soldiers and about 90 volunteers were working at the scene overnight.",
            [("deployed", 25), ("deployed", 90)],
        ),
        ("About 500 volunteers are working at the games.", []),
        # saved alive, at sea or from the mud
        ("Nine quarry workers were pulled from the slurry alive on Monday.", [("rescued", 9)]),
        ("All six fishermen were later picked up by a navy patrol boat.", [("rescued", 6)]),
        ("The suspect was picked up by the police on Monday.", []),
        # a village's place of care
        ("Nine people were taken to the health post with cuts.", [("wounded", 9)]),
        # held or taken by captors, not by the police
        ("The union said four were being held by the gunmen.", [("kidnapped", 4)]),
        ("Three nurses from the clinic were carried off by the raiders.", [("kidnapped", 3)]),
        ("Two suspects were being held by police.", []),
        ("Three cars were carried off by the flood.", []),
    ],
)
def test_crews_the_saved_and_the_held(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted subject of two predicates, the second its harm
        (
            "The two guards of the goods train climbed out before the crash and were treated for"
            " bruises, the operator said.",
            [("wounded", 2)],
        ),
        ("Twelve students marched to the square and were detained.", [("arrested", 12)]),
        # the count is the object of the first verb, or a clause of its own follows
        ("The gunmen shot the four men and were later arrested.", [("killed_or_wounded", 4)]),
        ("Two guards climbed out, and the driver was treated for bruises.", []),
        # hurt, if lightly, in getting away
        ('"My two sons crawled out with cuts on their arms," he said.', [("wounded", 2)]),
        ("The two robbers escaped with cash from the till.", []),
    ],
)
def test_a_count_of_two_predicates_and_the_lightly_hurt(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


def test_it_stands_for_a_text_told_as_a_speaker() -> None:
    text = (
        "The army said 12 soldiers were killed. A statement from the ministry said eight"
        " soldiers had been wounded. It said three drivers were missing."
    )
    assert [a.source for a in analyze(text).attributions][-1] == "A statement from the ministry"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norvalia recalled its own ambassador from Castrel on Friday.", []),
        ("The winger Ivo Lind added a fourth with a volley in the 88th minute.", []),
        ("The minister added a second reason: the budget.", [("statement", "The minister")]),
        (
            "The company, which owns the mine, had not picked up its telephones by Wednesday.",
            [("non_response", "The company")],
        ),
    ],
)
def test_goals_recalls_and_unanswered_phones(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fourteen people had to be cut free from the wreckage.", [("rescued", 14)]),
        (
            "The army sent a rapid reaction force of some 200 troops to the town.",
            [("deployed", 200)],
        ),
        ("A force of 40 gunmen attacked the village.", []),
    ],
)
def test_cut_free_and_a_force_sent(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recall told as a clause is speech; troops recalled are not
        (
            "The general recalled the troops had been ordered to fire on the crowd.",
            [("statement", "The general")],
        ),
        ("The army recalled 2,000 reservists after the attack.", []),
        # a participle of a verb that takes an object opens a reduced relative
        (
            '"He was a good man," said the brother of a fisherman drowned in the storm.',
            [("statement", "the brother of a fisherman drowned")],
        ),
        # a silence with a bare weekday (agency style); a share price declines in no voice
        (
            "The ministry declined Tuesday to comment on the report.",
            [("non_response", "The ministry")],
        ),
        ("Shares declined Tuesday to their lowest level in a year.", []),
        ("Troops could not go into the investigation zone without permission.", []),
    ],
)
def test_review46a_speech(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


def test_a_count_after_a_month_is_no_day_of_the_toll() -> None:
    claim = analyze("By June 2,000 people had fled the fighting, the UN said.").claims[0]
    assert (claim.category, claim.min, claim.as_of) == ("displaced", 2000, None)


def test_a_ride_in_a_boat_is_no_rescue() -> None:
    text = "The 40 tourists were picked up by a boat at the pier and taken to the island."
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The school board declined an interview request.", "declined an interview request"),
        (
            "A spokesman for the airline said he had nothing to add to the company's statement.",
            "had nothing to add",
        ),
        ("Phone calls to the company's headquarters rang unanswered.", "rang unanswered"),
        (
            "The embassy said it was not in a position to comment.",
            "was not in a position to comment",
        ),
        (
            "The hospital would not release details of the patients' conditions.",
            "would not release details",
        ),
        ("The operator has so far kept quiet about the cause.", "kept quiet"),
    ],
)
def test_more_silences(text: str, cue: str) -> None:
    assert cue in [a.cue for a in analyze(text).attributions if a.kind == "non_response"]


@pytest.mark.parametrize(
    "text",
    ["The town remained quiet on Sunday.", "The club did not release the new kit until Friday."],
)
def test_quiet_towns_and_kits_are_no_silence(text: str) -> None:
    assert not [a for a in analyze(text).attributions if a.kind == "non_response"]


def test_a_list_of_those_killed() -> None:
    claims = analyze("Among those killed was Ilse Varga, the town's mayor.").claims
    assert [(c.category, c.min, c.figure_text) for c in claims] == [("killed", 1, "Ilse Varga")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value another count rose to shares no cue with the dead told after it
        ("The number of confirmed cases rose to 300, and 12 patients have died.", [("killed", 12)]),
        ("The number of dead rose to 40 and 120 were injured.", [("killed", 40), ("wounded", 120)]),
    ],
)
def test_a_value_risen_to_is_no_coordinated_count(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry declined a request for an interview.",
            [("non_response", "The ministry")],
        ),
        ("The embassy declined a BBC interview request.", [("non_response", "The embassy")]),
        ("The minister declined a request to extend the deadline.", []),
    ],
)
def test_interview_requests_declined(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty migrants were picked up by a cargo ship on Sunday.", [("rescued", 40)]),
        ("The parcels were picked up by a cargo ship.", []),
    ],
)
def test_picked_up_at_sea_by_a_merchant_ship(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected
