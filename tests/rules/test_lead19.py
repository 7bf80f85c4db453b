"""Readings the nineteenth session's lead added. Every sentence is invented.

Survivors share no fate of the dead or missing with a figure coordinated after them; an
unnamed speaker after a verb of saying with no complement is its source even after an
appositive ("..., Teo Ovar, 34, said police."); a party silent on the toll ("made no mention
of casualties") is a non-response, not a toll of zero.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Divers found 14 survivors clinging to the hull, and 30 people are still missing.",
            [("missing", 30)],
        ),
        ("Nine survivors and 40 bodies were recovered from the gorge.", [("killed", 40)]),
        # near misses: survivors may be hurt, and may die later
        (
            "Three survivors and a nurse were injured when the lifeboat overturned.",
            [("wounded", 3), ("wounded", 1)],
        ),
        ("Two survivors later died in hospital.", [("killed", 2)]),
    ],
)
def test_survivors_share_no_fate_of_the_dead(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Among the dead were Lina Ovar, a midwife, and her brother, Teo Ovar, said police.",
            "police",
        ),
        (
            "The driver was identified as Ivo Kest, 34, said a police spokesman.",
            "a police spokesman",
        ),
        # near misses: the verb has a complement, or a preposition opens what was said
        (
            "The head of the clinic, Dr Ada Vell, said one of the hurt had died.",
            "The head of the clinic, Dr Ada Vell",
        ),
        ("Ada Vell, a party spokeswoman, said of the campaign.", "Ada Vell, a party spokeswoman"),
    ],
)
def test_an_unnamed_speaker_closing_the_sentence_said_it(text: str, source: str) -> None:
    said = [a for a in analyze(text).attributions if a.cue == "said"]
    assert [a.source for a in said] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "The army made no mention of civilian casualties in its evening briefing.",
        "The ministry made no reference to the dead in a long statement on Sunday.",
        "The governor did not mention the casualties when she spoke to reporters.",
    ],
)
def test_silence_on_the_toll_is_a_non_response_and_no_zero(text: str) -> None:
    found = analyze(text)
    assert found.claims == ()
    assert [a.kind for a in found.attributions] == ["non_response"]


@pytest.mark.parametrize(
    "text",
    [
        "The governor did not mention her husband in the speech.",
        "The rebels made no mention of the ceasefire.",
    ],
)
def test_silence_on_another_topic_is_no_non_response(text: str) -> None:
    assert [a.kind for a in analyze(text).attributions if a.kind == "non_response"] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The owner of the flat where the body was found said she had been away for a week.",
            "The owner of the flat",
        ),
        (
            "Staff at the depot where the buses were parked told reporters the gates were open.",
            "Staff at the depot",
        ),
        (
            "A cousin who lives near the farm where the fire started said the family had fled.",
            "A cousin",
        ),
        # near miss: "police said" inside, the clause after the verb lacks its subject
        ("The night when the shots were fired, police said, was cold.", "police"),
    ],
)
def test_a_where_clause_before_the_verb_is_not_its_speaker(text: str, source: str) -> None:
    assert [a.source for a in analyze(text).attributions][:1] == [source]


def test_a_body_found_counts_toward_the_key_figure() -> None:
    text = (
        "A body was found in the flooded underpass on Monday. Divers recovered a second"
        " body near the weir on Tuesday, the fire service said."
    )
    assert [(c.category, c.min, c.rule) for c in analyze(text).claims] == [
        ("killed", 1, "CB120"),
        ("killed", 2, "CB120"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # care given for the hurts of fire and collapse
        ("Clinics in Dorva treated 26 people for burns overnight.", [("wounded", 26)]),
        (
            "At least 90 people were being treated in field hospitals for injuries.",
            [("wounded", 90)],
        ),
        ("The council treated 40 streets for potholes.", []),
        # where the saved were taken from or to, and the hurt part of them
        (
            "Lifeboat crews brought 31 fishermen to safety, four of them with cuts or other"
            " injuries.",
            [("rescued", 31), ("wounded", 4)],
        ),
        ("Army helicopters plucked about 250 villagers from rooftops.", [("rescued", 250)]),
        ("About 2,000 residents fled to safety.", [("displaced", 2000)]),
        # to lose people is, in news English, for them to die
        (
            "The patrol killed four raiders, losing two of its own men.",
            [("killed", 4), ("killed", 2)],
        ),
        ("The garrison repelled the raid, losing two guards.", [("killed", 2)]),
        ("The club is losing two strikers to injury.", []),
        # a part of the victims of an act told before, and of the bodies
        (
            "One of the three stabbing victims, a 51-year-old cook, died on Friday.",
            [("killed", 1)],
        ),
        ("Five of the bodies were found beneath a collapsed footbridge.", [("killed", 5)]),
    ],
)
def test_claims_read_in_the_nineteenth_session(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


def test_a_rival_figure_compared_then_given() -> None:
    text = "The miners' union put the death toll higher, at 17, and said it feared for 20 more."
    found = analyze(text)
    assert [(c.category, c.min, c.claimant) for c in found.claims][:1] == [
        ("killed", 17, "The miners' union")
    ]
    assert {a.source for a in found.attributions} == {"The miners' union"}


@pytest.mark.parametrize(
    "text",
    [
        "The relief agency set the number of homeless at 9,000 and said camps were full.",
        "The Harbour Board put the cost at two million and said repairs would take a year.",
    ],
)
def test_a_past_spelt_as_its_base_ends_the_subject(text: str) -> None:
    said = [a.source for a in analyze(text).attributions if a.cue == "said"]
    assert said == [text.split(" set ")[0].split(" put ")[0]]


def test_a_coachs_count_of_injuries_over_a_season_is_no_casualty() -> None:
    text = '"We have had nine injuries this season and still won," coach Ida Marr said.'
    assert analyze(text).claims == ()
    near_miss = '"We have treated 40 injuries this season," the fire captain said.'
    assert [(c.category, c.min) for c in analyze(near_miss).claims] == [("wounded", 40)]


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        (
            "Radio Orme, citing district heads, reported at least 60 dead.",
            "district heads",
            "Radio Orme",
        ),
        (
            "The news agency Lusa, quoting the regional governor, Tiago Mour, reported 21 dead.",
            "the regional governor, Tiago Mour",
            "The news agency Lusa",
        ),
        # near miss: a list cited, not a name apposed
        ("The agency, citing police, Reuters and AFP, reported 21 dead.", "police", "The agency"),
    ],
)
def test_a_cited_source_and_the_outlet_that_cites_it(text: str, source: str, via: str) -> None:
    assert [(a.source, a.via) for a in analyze(text).attributions] == [(source, via)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Channel 7 reported that 14 people had drowned.", "Channel 7"),
        (
            "The local broadcaster Radio 2 said the bridge had collapsed.",
            "The local broadcaster Radio 2",
        ),
    ],
)
def test_a_broadcaster_named_by_a_number_is_a_source(text: str, source: str) -> None:
    assert [a.source for a in analyze(text).attributions] == [source]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        (
            "The premier declared Friday a day of mourning and said the mine would stay shut.",
            ["said"],
        ),
        ("The governor declared the delta a disaster zone.", []),
        # near misses: a declaration of what is so, and the act with a clause after it
        ("The governor declared the count a fraud.", ["declared"]),
        ("Police declared a state of alert as a result of the riots.", []),
    ],
)
def test_declaring_an_act_is_no_statement(text: str, cues: list[str]) -> None:
    assert [a.cue for a in analyze(text).attributions] == cues


def test_crews_flown_in_are_deployed() -> None:
    text = "The army said 120 paramedics had been flown in overnight."
    assert [(c.category, c.min) for c in analyze(text).claims] == [("deployed", 120)]


@pytest.mark.parametrize(
    "text",
    [
        "A cyclist remains in a critical but stable condition following the crash.",
        "A woman was in serious but stable condition on Sunday night.",
        "A nurse was rushed to Kessel Royal Infirmary with head injuries.",
        "A girl was treated by paramedics for a cut to her arm.",
        "A 70-year-old man was treated by ambulance crews for a broken wrist.",
    ],
)
def test_one_person_hurt_by_care_or_condition(text: str) -> None:
    assert _claims(text) == [("wounded", 1)]


def test_care_for_an_object_is_no_wound() -> None:
    assert _claims("The firm was treated by its lawyers for a fee.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A Red Cross report released on Friday said 212 people had been displaced.",
            "A Red Cross report released on Friday",
        ),
        (
            "A statement issued on Monday said four soldiers had died.",
            "A statement issued on Monday",
        ),
        # near miss: "by" names who put it out
        ("The report released on Monday by the ministry said four had died.", "the ministry"),
        ("Farmers have long complained that the levee was never raised.", "Farmers"),
    ],
)
def test_sources_read_in_the_nineteenth_session(text: str, source: str) -> None:
    assert [a.source for a in analyze(text).attributions] == [source]


def test_complained_of_is_no_statement() -> None:
    assert analyze("He complained of chest pains before the race.").attributions == ()


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        # a later clause opening on its own source says only what follows its verb
        (
            "Landslides killed 40 people in 2021, and villagers say the slope was never shored up.",
            [None],
        ),
        ("Landslides killed 40 people, and officials said 12 were missing.", [None, "officials"]),
        # near misses: the speaker at the end, or in the first clause, says the whole
        ("Landslides killed 40 people, and 12 are missing, officials said.", ["officials"] * 2),
        ("Officials said landslides killed 40 people, and 12 are missing.", ["Officials"] * 2),
    ],
)
def test_a_later_clause_with_its_own_speaker(text: str, claimants: list[str | None]) -> None:
    assert [c.claimant for c in analyze(text).claims] == claimants


def test_survivors_share_no_wounds_told_of_others_after_a_comma() -> None:
    text = "Rescue crews pulled 40 survivors from a lake, and 25 people were injured, police said."
    assert _claims(text) == [("rescued", 40), ("wounded", 25)]
