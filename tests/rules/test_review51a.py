"""review51a's sentences: gaps the lead left open in the fifty-first session, closed on invented
text. Every sentence is the reviewer's own."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.category, c.min, c.rule) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Seven people died when the ferry capsized, the coastguard said on Tuesday, raising "
            "its count of deaths from five.",
            ("killed", 5),
        ),
        (
            "Eleven miners died in the blast, the company said, raising the number of dead "
            "from eight.",
            ("killed", 8),
        ),
        (
            "Twenty pilgrims were hurt in the crush, the shrine's guards said, raising their "
            "tally of injuries from 14.",
            ("wounded", 14),
        ),
        (
            "Two porters died and 19 climbers were hurt in the avalanche, the park said on "
            "Sunday, raising its count of deaths from one.",
            ("killed", 1),
        ),
    ],
    ids=["count-of-deaths", "number-of-dead", "tally-of-injuries", "the-named-kind"],
)
def test_a_count_of_the_dead_or_hurt_raised_from_past_its_claimant(
    text: str, earlier: tuple[str, float]
) -> None:
    assert (*earlier, "CB124") in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The choir said on Friday it was raising money from donors in Velmar.",
        "Officials in Tarn said the toll had climbed overnight.",
        "The old ferryman rose from his chair when 12 riders came in.",
        "A loaf in Osk cost 62 cents, the bakers said, up from 47 cents a year earlier.",
        "Police arrested 14 people, the ministry said, raising its count of deaths from four.",
    ],
    ids=["money-from-donors", "no-from", "from-his-chair", "cents", "no-count-of-the-dead"],
)
def test_no_earlier_toll_in_other_changes(text: str) -> None:
    assert not any(rule == "CB124" for _, _, rule in _claims(text))


def _wounded(text: str) -> list[float | None]:
    return [c.min for c in analyze(text).claims if c.category == "wounded"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A lorry overturned on the Kessel pass on Friday. The clinic in Vosk treated 24 "
            "workers; nine were flown by helicopter to Arden.",
            9,
        ),
        (
            "A coach plunged off a bridge near Telm on Saturday. Seven passengers were flown by "
            "army helicopter to the capital.",
            7,
        ),
        (
            "A ferry caught fire off Dunmore. Six crew members were airlifted by a coastguard "
            "helicopter to Port Vell.",
            6,
        ),
        (
            "A minibus fell into a ravine near Sallow. The health post sent 15 of the most "
            "serious cases to the city by helicopter.",
            15,
        ),
        ("After the blast, rescuers flew nine welders to Orme by air ambulance.", 9),
    ],
    ids=["passive-bare", "passive-army", "airlifted-coastguard", "sent-cases", "flew-workers"],
)
def test_the_hurt_carried_off_by_air_after_an_incident(text: str, count: int) -> None:
    assert count in _wounded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The stranded hikers in Orle were unharmed; 11 were flown home on Monday.",
        "Eleven delegates were flown by helicopter to the capital for the talks in Brisk.",
        "After the ambush near Harl, 300 soldiers were flown by helicopter to Bakra.",
        "After the ambush near Harl, the army flew 200 troops to Bakra by helicopter.",
        "As the river rose, helicopters flew 40 residents of Pell to safety.",
        "After the flood, crews flew 40 residents to safety by helicopter.",
        "A coach plunged off a bridge near Telm. Seven passengers were flown by helicopter to "
        "safety.",
    ],
    ids=[
        "flown-home",
        "no-incident",
        "troops-passive",
        "troops-active",
        "to-safety",
        "safety-by",
        "passive-safety",
    ],
)
def test_no_hurt_flown_where_none_is_told(text: str) -> None:
    assert _wounded(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("By Friday the isolation ward in Brell held 41 cholera patients.", 41),
        ("The field clinic at Orle was holding 17 patients from the landslide.", 17),
        ("The burns unit now holds 12 victims of the refinery fire.", 12),
        ("The district hospital in Vosk was still holding 9 patients, a nurse said.", 9),
    ],
    ids=["ward-held", "clinic-was-holding", "unit-now-holds", "hospital-still-holding"],
)
def test_a_place_of_care_holding_patients_holds_the_hurt(text: str, count: int) -> None:
    assert count in _wounded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The children's ward in Brell held 58 beds.",
        "The market hall in Orle held 400 people.",
        "The new wing of the Vosk hospital can hold 60 patients.",
        "The ward in Tarn holds 30 patients.",
        "The unit held 30 patients a day before the cuts.",
    ],
    ids=["beds", "hall-people", "can-hold", "bare-holds", "a-day"],
)
def test_a_capacity_or_no_patients_is_no_hurt(text: str) -> None:
    assert _wounded(text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Police in Harl found six men, two of whom had gunshot wounds.", ("wounded", 2)),
        (
            "Rangers found nine hikers in the Orle gully, three of whom had stab wounds.",
            ("wounded", 3),
        ),
        ("Soldiers found eight villagers near Brisk, four of whom had burns.", ("wounded", 4)),
        ("The ferry from Dunmore carried 40 people, 12 of them injured.", ("wounded", 12)),
        ("The raft carried 58 migrants, 11 of whom drowned.", ("killed", 11)),
        (
            "Among the 26 patients at the Brisk clinic, eight of them blinded by the spirit, "
            "most were farm hands.",
            ("wounded", 8),
        ),
        (
            "Nurses in Tarn cared for 19 people poisoned by the moonshine, five of them blinded.",
            ("wounded", 5),
        ),
    ],
    ids=[
        "gunshot-wounds",
        "stab-wounds",
        "burns",
        "of-them-injured",
        "of-whom-drowned",
        "patients-blinded",
        "poisoned-blinded",
    ],
)
def test_a_part_hurt_by_its_own_cue_after_a_count_of_no_harm(
    text: str, claim: tuple[str, int]
) -> None:
    assert (*claim, "CB160") in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Harl found six men, two of whom had criminal records.",
        "The Velmar choir has 30 members, 12 of them blinded in childhood.",
        "The Velmar choir has 30 members, 12 of whom were blinded in childhood.",
        "The 30 pilgrims from Orle, 12 of whom were hospitalized, had come by bus.",
        "Six men were hurt in Harl, two of whom had gunshot wounds.",
        "Gunmen killed six men in Harl, two of whom were police officers.",
    ],
    ids=[
        "criminal-records",
        "choir-blinded",
        "choir-were-blinded",
        "hospitalized",
        "part-of-the-hurt",
        "part-of-the-dead",
    ],
)
def test_no_own_hurt_of_a_part(text: str) -> None:
    assert not any(rule == "CB160" for _, _, rule in _claims(text))
