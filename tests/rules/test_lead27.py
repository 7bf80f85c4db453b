"""Readings the twenty-seventh session's lead added. Every sentence is invented.

Claims: a toll updated with its day or an adverb set off by a comma ("rose on Thursday to
55", "climbed overnight, to 55", "has risen, to 55"), a revised toll named with its old
value ("revised its earlier toll of 19 to 23"), one hurt who drove to care ("A fourth victim
drove himself to the hospital with a gunshot wound"), a suspect "who was also shot".

Attributions: the outlet that relays a source ("according to X, cited by Y", "X, quoted by
Y, said", "according to X, as reported by Y"), and a hospital's intake that is no admission
("Hospitals admitted 2,300 people").
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.category, c.min, c.max) for c in analyze(text).claims]


def _sourced(text: str) -> list[tuple[str, str | None]]:
    return [(a.source, a.via) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll rose on Thursday to 55.", [("killed", 55, 55)]),
        ("The death toll rose late Friday to 40.", [("killed", 40, 40)]),
        ("The toll climbed overnight, to 55.", [("killed", 55, 55)]),
        ("The death toll has risen, to 55, officials said.", [("killed", 55, 55)]),
        (
            "The death toll from the floods rose again on Friday, to 61, the agency said.",
            [("killed", 61, 61)],
        ),
        (
            "The agency said it had revised its earlier toll of 19 to 23 after more bodies "
            "were found.",
            [("killed", 23, 23)],
        ),
        # near misses: a range of a toll with no verb of revising, a comma that is no update
        ("The ministry gave a toll of 19 to 23 dead.", [("killed", 19, 23)]),
        ("The toll rose, to the surprise of officials.", []),
        ("The toll road, to 55 miles away, opened.", []),
    ],
    ids=[
        "day",
        "late-day",
        "overnight-comma",
        "risen-comma",
        "whose-toll-again-day-comma",
        "revised-of",
        "range",
        "surprise",
        "toll-road",
    ],
)
def test_toll_updates(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A fourth victim drove himself to the hospital with a gunshot wound to the arm.",
            [("wounded", 1, 1)],
        ),
        ("The suspect, who was also shot, is in custody.", [("wounded", 1, 1)]),
        # near misses: a vehicle, a death after
        ("A fourth car drove to the hospital with a gunshot wound victim.", []),
        ("The suspect, who was also shot, died on the way to hospital.", []),
    ],
    ids=["fourth-victim", "suspect-custody", "car", "suspect-died"],
)
def test_single_hurt(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 19 civilians were killed in the strike, according to the Levant "
            "Monitor, cited by the Sahel Press agency.",
            ("the Levant Monitor", "the Sahel Press agency"),
        ),
        (
            "According to the monitor, as reported by the Desert Post, 40 people died.",
            ("the monitor", "the Desert Post"),
        ),
        (
            "The Observatory, quoted by Radio Varna, said 23 fighters were among the dead.",
            ("The Observatory", "Radio Varna"),
        ),
        (
            "The rebels, quoted by state radio, said the fighting lasted four hours.",
            ("The rebels", "state radio"),
        ),
    ],
    ids=["cited-by", "as-reported-by", "quoted-by-aside", "quoted-by-not-inverted"],
)
def test_relaying_outlet_is_the_via(text: str, expected: tuple[str, str]) -> None:
    assert _sourced(text)[0] == expected


def test_the_relayed_claim_carries_its_via() -> None:
    claims = analyze(
        "According to the health ministry, quoted by state television, 40 people were hurt."
    ).claims
    assert [(c.claimant, c.via) for c in claims] == [("the health ministry", "state television")]


def test_a_hospitals_intake_is_no_admission() -> None:
    text = "Hospitals admitted 2,300 people over the week, the health ministry said."
    assert _sourced(text) == [("the health ministry", None)]
    assert [c.claimant for c in analyze(text).claims] == ["the health ministry"]
    # a hospital's admission of fault still speaks
    assert _sourced("The hospital admitted that staff had erred.") == [("The hospital", None)]


def _groups(text: str) -> list[str | None]:
    return [c.group for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "them" is no group either: the divergence model keys the part apart by its words
        ("Nine of them were in a critical condition, the doctor said.", [None]),
        ("The health ministry reported 17 heat deaths across the country.", [None]),
        ("Researchers estimated some 1,400 excess deaths.", [None]),
        # a group word that names people stays
        ("The ministry reported 17 civilian deaths.", ["civilian"]),
    ],
    ids=["them", "heat", "excess", "civilian"],
)
def test_a_cause_is_no_group(text: str, expected: list[str | None]) -> None:
    assert _groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four of the injured needed surgery.", [("wounded", 4, 4)]),
        ("Two people underwent emergency surgery after the crash.", [("wounded", 2, 2)]),
        ("He needed heart surgery last year.", []),
        ("Two patients underwent surgery for cancer at the hospital.", []),
        ("Three players underwent surgery during the off-season.", []),
        ("The hospital had received six gunshot patients.", [("wounded", 6, 6)]),
        (
            "Orme General said it had admitted 312 people with heatstroke since the heatwave "
            "began.",
            [("wounded", 312, 312)],
        ),
        # heat illness with no incident told: a runner's, not a casualty
        ("Six runners were taken to Kell Memorial Hospital for heat exhaustion.", []),
        ("The shelter received 40 people with nowhere else to go.", []),
        ("The tent clinic received more than 30 patients overnight.", [("wounded", 30, None)]),
        (
            'Nurses at the tent clinic treated "more than 35 people, most of them with burns."',
            [("wounded", 35, None)],
        ),
        (
            "About 9,200 villagers had taken refuge in 40 school buildings.",
            [("displaced", 9200, 9200)],
        ),
        ("Officials estimated the force at about 40,000.", [("deployed", 40000, 40000)]),
        ("Analysts put the size of the Varnian force at 40,000.", [("deployed", 40000, 40000)]),
        ("The Metropolitan Police force has 33,000 officers.", []),
        ("They put the force at risk in 2019.", []),
        ("The ministry estimated the labour force at 3.2 million.", []),
    ],
    ids=[
        "needed-surgery",
        "underwent-surgery",
        "heart-surgery",
        "cancer-surgery",
        "off-season-surgery",
        "gunshot-patients",
        "heatstroke-in-heatwave",
        "heat-exhaustion-alone",
        "nowhere-to-go",
        "more-than-patients",
        "most-of-them-with-burns",
        "taken-refuge",
        "force-estimated",
        "force-size",
        "police-force-staff",
        "force-at-risk",
        "labour-force",
    ],
)
def test_care_shelter_and_force(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _claims(text) == expected


def _speakers(text: str) -> list[tuple[str, str, bool]]:
    return [(a.source, a.kind, a.anonymous) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The crusade's organisers, Living Waters Ministries, said 60,000 had registered.",
            [("The crusade's organisers, Living Waters Ministries", "statement", False)],
        ),
        (
            "Citizens for Justice, a Tarrow-based monitor, said three of the dead were unarmed.",
            [("Citizens for Justice, a Tarrow-based monitor", "statement", False)],
        ),
        (
            "One of the released hostages, a 16-year-old boy, told reporters they were fed once.",
            [("One of the released hostages, a 16-year-old boy", "statement", True)],
        ),
        (
            "The clash began near the post, according to Varnia's general staff.",
            [("Varnia's general staff", "statement", False)],
        ),
        (
            "The dockers' union, Portlink, called for an inquiry and said it had warned managers.",
            [("The dockers' union, Portlink", "statement", False)],
        ),
        (
            "Dozens of divers were sent, according to the regional search and rescue agency.",
            [("the regional search and rescue agency", "statement", False)],
        ),
        (
            "Officials in Ostra declined to give a number.",
            [("Officials in Ostra", "non_response", False)],
        ),
        ("The rebels declined to give up their weapons.", []),
        (
            "Local radio put the district's toll at six.",
            [("Local radio", "statement", False)],
        ),
        ("She put the dog's number at the top of the list.", []),
        # an aside after the clause is no subject of the verb coordinated after it: the
        # clause's own subject is (its past verb makes it no opening phrase)
        (
            "The port authority counted 40 ships in the bay on Sunday, a high for the season, "
            "and said more were due.",
            [("The port authority", "statement", False)],
        ),
        (
            "The transport workers' union called for a strike and said its members were angry.",
            [("The transport workers' union", "statement", False)],
        ),
    ],
    ids=[
        "capitalised-ing-name",
        "body-by-its-appositive",
        "unnamed-with-appositive",
        "general-staff",
        "plural-possessive-union",
        "search-and-rescue",
        "declined-to-give-a-number",
        "give-up",
        "district-toll",
        "dogs-number",
        "indefinite-aside",
        "plural-possessive-subject",
    ],
)
def test_speakers(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three workers had not yet been located.", [("missing", 3, 3)]),
        ("The keys had not been located.", []),
        ("Three of the remaining five were in critical condition.", [("wounded", 3, 3)]),
        ("Three of the five were in critical condition.", [("wounded", 3, 3)]),
    ],
    ids=["not-located", "keys", "of-the-remaining", "of-the"],
)
def test_missing_and_parts(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _claims(text) == expected


def test_a_toll_put_and_said_is_one_statement_past_a_relative_clause() -> None:
    text = "The council, which runs the area, put the toll at 26 and said it had asked for help."
    assert [(a.source, a.cue) for a in analyze(text).attributions] == [
        ("The council", "put the toll at")
    ]


def test_a_hospital_that_had_admitted_people_made_no_admission() -> None:
    text = "A union leaflet said Orme Hospital had admitted 213 people with burns."
    assert [a.cue for a in analyze(text).attributions] == ["said"]


def test_taken_and_a_clause_after_it_is_kidnapped_where_an_abduction_is_told() -> None:
    text = (
        "Gunmen abducted pupils from a school on Friday. Elders say at least 75 boys were "
        "taken and that 40 have not come home."
    )
    assert ("kidnapped", 75, None) in _claims(text)
    # no abduction told: samples taken are no captives
    assert _claims("Two samples were taken and tested at the lab.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials will release the death toll Friday at 10.", []),
        ("The death toll rose on Thursday morning to 55.", [("killed", 55, 55)]),
        ("The ministry revised its earlier toll of 19 to at least 23.", [("killed", 23, None)]),
        ("The ministry gave a toll of 19 to more than 23.", [("killed", 19, 19)]),
        ("The council received 40 residents with heating complaints.", []),
        ("The clinic treated 40 children with chest infections over the winter.", []),
        (
            "The suspect was shot by police, and his brother was taken into custody.",
            [("killed_or_wounded", 1, 1), ("arrested", 1, 1)],
        ),
    ],
    ids=[
        "day-without-verb",
        "day-and-morning",
        "revised-to-at-least",
        "range-no-revision",
        "heating-complaints",
        "chest-infections",
        "custody-of-another",
    ],
)
def test_review_counter_examples(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency, quoted by Radio Orsk on Tuesday, said 4 died.", ("The agency", "Radio Orsk")),
        (
            "The toll reached 30, according to the monitor, cited by critics as unreliable.",
            ("the monitor", None),
        ),
        ("The hospital admitted it had turned away 12 injured people.", ("The hospital", None)),
    ],
    ids=["via-before-a-day", "cited-by-critics", "hospital-admission"],
)
def test_review_speakers(text: str, expected: tuple[str, str | None]) -> None:
    assert _sourced(text)[0] == expected


def test_declining_to_give_a_name_is_no_non_response() -> None:
    text = "A resident, who declined to give a name, said 12 people died."
    assert [a.kind for a in analyze(text).attributions] == ["statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve people suffered second-degree burns.", [("wounded", 12, 12)]),
        (
            "The agency put the number of people in relief camps at 8,300, down from 9,000.",
            [("displaced", 8300, 8300), ("displaced", 9000, 9000)],
        ),
        ("Nine workers suffered chemical burns in the blast.", [("wounded", 9, 9)]),
        (
            "At least 38 deaths were confirmed, raising the count from 26.",
            [("killed", 38, None), ("killed", 26, 26)],
        ),
    ],
    ids=["second-degree", "displaced-in-camps", "chemical", "raising-its-count"],
)
def test_burn_kinds_and_earlier_counts(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _claims(text) == expected


def test_an_adverb_ends_a_group() -> None:
    assert _groups("The blast killed four workers instantly.") == ["workers"]
    assert _groups("The shelling killed six elderly residents.") == ["elderly residents"]


def test_a_clause_after_said_is_no_inverted_speaker() -> None:
    text = "The Orsk Monitor, a war monitor, said the dead included seven children."
    assert _sourced(text)[0] == ("The Orsk Monitor, a war monitor", None)
    text = "The Orsk Monitor, a war monitor, said the victims included children."
    assert _sourced(text)[0] == ("The Orsk Monitor, a war monitor", None)
    assert _sourced("The toll rose, said a spokesman based in Orsk.")[0][0] == (
        "a spokesman based in Orsk"
    )
    # an inverted speaker at the sentence's end still speaks
    assert _sourced("Three men drowned, said the harbour master.")[0] == (
        "the harbour master",
        None,
    )


def test_people_treated_with_gunshot_wounds_lived() -> None:
    text = "Orme General was treating four people with gunshot wounds, a spokeswoman said."
    assert _claims(text) == [("wounded", 4, 4)]
    # found, not treated: their fate is untold
    assert _claims("Police found two people with gunshot wounds in the car.") == [
        ("killed_or_wounded", 2, 2)
    ]
