"""Readings the forty-first session's lead added. Every sentence is invented.

Attributions: a clause after "said" with a finite verb ("said the water rose fast") is what
was said, not an inverted speaker; an aside that is a part of the speakers ("Residents, many
of them elderly, said") or names some of them ("His lawyers, including Maren Olsk, said") is
stepped over, and a named one leaves them not anonymous; an unnamed person's people ("The
boy's parents") are anonymous as "His parents" are, and a named person's are not; one told by
where they sat beside another ("The woman sitting next to him") is the speaker, not "him".
Claims: troops flown into a place are deployed; the funerals or burials of a count of people
count the dead.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _sources(text: str) -> list[tuple[str, bool]]:
    return [(a.source, a.anonymous) for a in analyze(text).attributions]


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Residents, many of them elderly, said the water rose fast.",
            [("Residents", True)],
        ),
        (
            "Witnesses, many of them farmers, said the army has shelled the town.",
            [("Witnesses", True)],
        ),
        (
            "The survivors, two of them children, told reporters the boat tipped over.",
            [("The survivors", True)],
        ),
        (
            "His lawyers, including Maren Olsk, said the detention was unlawful.",
            [("His lawyers", False)],
        ),
        (
            "Her lawyers, among them Ivo Petrak, said the ruling would be appealed.",
            [("Her lawyers", False)],
        ),
        (
            "The officials, among them a deputy minister, said the ruling would be appealed.",
            [("The officials", True)],
        ),
        # an inverted speaker is still read where the clause before the comma was said
        ("Three men drowned, said the harbour master.", [("the harbour master", False)]),
    ],
    ids=[
        "many-of-them",
        "has-shelled",
        "two-of-them",
        "including",
        "among",
        "among-unnamed",
        "inverted",
    ],
)
def test_an_aside_of_the_speakers_and_a_clause_after_said(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boy's parents said he had been shot twice.", [("The boy's parents", True)]),
        ("The girl\u2019s parents said she was shot.", [("The girl\u2019s parents", True)]),
        ("Ana Ruiz's parents said she was shot.", [("Ana Ruiz's parents", False)]),
        (
            "A letter to parents of pupils at Grace Hall said the school was shut.",
            [("parents of pupils at Grace Hall", True)],
        ),
        (
            "The woman sitting next to him said the bus swerved before it rolled over.",
            [("The woman sitting next to him", True)],
        ),
        (
            "A man standing beside her told reporters he saw two bodies.",
            [("A man standing beside her", True)],
        ),
        # an office with a participle is the office-holder, not an unnamed person
        (
            "The minister visiting the site said the dam had held.",
            [("The minister visiting the site", False)],
        ),
    ],
    ids=[
        "boys-parents",
        "curly",
        "named-parents",
        "parents-of",
        "next-to-him",
        "beside-her",
        "minister",
    ],
)
def test_unnamed_people_by_whose_they_are_or_where_they_sat(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army has flown 2,400 troops into the valley since Tuesday, a spokesman said.",
            [("deployed", 2400, "troops")],
        ),
        ("The army flew 300 soldiers to the border town.", [("deployed", 300, "soldiers")]),
        # the wounded flown out are hurt, not sent
        (
            "A helicopter flew 12 wounded soldiers to the capital.",
            [("wounded", 12, "soldiers")],
        ),
        (
            "The council will cover the funerals of all 37 victims.",
            [("killed", 37, "victims")],
        ),
        (
            "The city will pay for the burials of the 18 passengers, the mayor said.",
            [("killed", 18, "passengers")],
        ),
        # no count of the dead: no claim
        ("Thousands attended the funerals of all the victims on Friday.", []),
        ("The burials of 3,000 head of cattle were ordered.", []),
    ],
    ids=["flown-into", "flew-to", "flew-wounded", "funerals", "burials", "no-count", "cattle"],
)
def test_troops_flown_in_and_the_dead_counted_by_their_funerals(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The spill sent more than 450 villagers to hospital, the district health office said.",
            [("wounded", 450, "villagers")],
        ),
        ("The crash put twenty-one people in hospital.", [("wounded", 21, "people")]),
        ("The explosion sent 30 to hospital.", [("wounded", 30, None)]),
        # carers sent to a hospital work there, deployed, not hurt
        ("The ministry sent 40 doctors to the district hospital.", [("deployed", 40, "doctors")]),
        (
            "The charity has sent 25 volunteers to two clinics in the valley.",
            [("deployed", 25, "volunteers")],
        ),
        (
            "Some 250 gendarmes have been posted outside embassies in the port.",
            [("deployed", 250, "gendarmes")],
        ),
    ],
    ids=["residents", "put-in", "bare", "doctors", "volunteers", "been-posted"],
)
def test_the_hurt_sent_to_hospital_and_officers_posted(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The guild's secretary, Petra Lind, switched off her phone after being asked about it.",
        "The mill's owner has left unanswered a list of questions emailed last week.",
        "The Tarn Environment Agency sent back only an automated reply.",
        "Leif Dahl sent no word to the reporters waiting outside.",
    ],
    ids=["phone-off", "list-of-questions", "automated", "no-word-to"],
)
def test_new_wordings_of_silence(text: str) -> None:
    assert [a.kind for a in analyze(text).attributions] == ["non_response"]


def test_switching_off_a_phone_to_sleep_is_no_silence() -> None:
    assert not analyze("She switched off her phone and went to sleep.").attributions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A doorman told investigators that about 700 guests had been let in.",
            [("A doorman", True)],
        ),
        ("Brokers said more than 41 million shares changed hands.", [("Brokers", True)]),
    ],
    ids=["doorman", "brokers"],
)
def test_staff_of_hotels_and_trading_floors_speak_unnamed(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the headmaster, seven of the dead in Orvalle were pupils.",
            [("killed", 7, "pupils")],
        ),
        (
            "Two of the injured in the blast were police officers.",
            [("wounded", 2, "police officers")],
        ),
        ("Four of the dead were women.", [("killed", 4, "women")]),
        # money in a currency of any name is no count of the dead
        (
            "The province promised 300,000 dorals in compensation to every bereaved household.",
            [],
        ),
    ],
    ids=["place-between", "two-word-group", "plain", "currency"],
)
def test_who_a_part_of_the_dead_were_and_sums_in_compensation(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A farmers' elder from the district, Tomas Okafor, put the death toll far higher, "
            "saying families had buried 40 neighbours.",
            [("A farmers' elder from the district, Tomas Okafor", False)],
        ),
        (
            "A night foreman at the refinery, who spoke by phone and kept his name back, saying "
            "bosses had banned staff from talking, said the valve had leaked for days.",
            [("A night foreman at the refinery", True)],
        ),
    ],
    ids=["place-then-name", "relative-then-saying"],
)
def test_a_speaker_past_a_place_a_name_or_a_relative_clause(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _sources(text) == expected


def test_a_body_with_an_appositive_that_is_no_name_still_accuses() -> None:
    text = (
        "The Cell Watch Trust, a charity that inspects prisons, put the toll at 11 and "
        "accused the governors of hiding deaths."
    )
    assert [a.source for a in analyze(text).attributions if a.cue == "accused"] == [
        "The Cell Watch Trust"
    ]


def test_he_after_an_unnamed_person_at_a_place_is_that_person() -> None:
    text = (
        "Rana Ilic said she heard a hiss before dawn and ran to the road.\n\n"
        "A night foreman at the refinery, who kept his name back, said the valve had leaked."
        '\n\n"We wrote to the bosses twice," he said.'
    )
    assert _sources(text)[-1] == ("A night foreman", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review41a: people sent to a hospital to do something there are not hurt
        ("The commander sent 30 men to the hospital to stand guard.", [("deployed", 30, "men")]),
        ("The rebels sent 100 men to guard the hospital.", [("deployed", 100, "men")]),
        ("The mayor sent 25 students to the hospital for a tour.", []),
        ("Organisers sent 50 students to hospitals in the city to help as volunteers.", []),
        ("The hospital sent 30 patients to another hospital.", []),
        ("The junta put 80 protesters in a military hospital used as a jail.", []),
        (
            "The explosion sent at least 20 workers to hospital with burns.",
            [("wounded", 20, "workers")],
        ),
        (
            "The crash killed two and sent five others to hospital.",
            [("killed", 2, None), ("wounded", 5, "others")],
        ),
        ("The fire sent twelve people to Mercy General Hospital.", [("wounded", 12, "people")]),
        # the count of a funeral home or a cemetery is no toll
        ("The undertaker handled the funerals of 300 people last year.", []),
        # people in compensation talks are people, not a currency
        (
            "Twelve workers in compensation talks were among those injured, the union said.",
            [("wounded", 12, "workers")],
        ),
        # how, not what kind: no group of "not soldiers" or "mostly women"
        ("Four of the dead were not soldiers, the army said.", [("killed", 4, None)]),
        ("Four of the dead were mostly women.", [("killed", 4, None)]),
        ("Three of the dead were men police had been seeking.", [("killed", 3, "men")]),
    ],
    ids=[
        "guard",
        "to-guard",
        "tour",
        "volunteers",
        "transfer",
        "jail",
        "workers",
        "others",
        "named-hospital",
        "undertaker",
        "compensation-talks",
        "not-soldiers",
        "mostly",
        "men-police",
    ],
)
def test_review41a_claims(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review41b: a noun that looks like a verb is part of the speaker
        (
            "Exports fell by half, said Peter Kamau, a veteran rose grower.",
            [("Peter Kamau, a veteran rose grower", False)],
        ),
        (
            '"The mill is closed," said a former saw mill worker.',
            [("a former saw mill worker", True)],
        ),
        ("Residents, many of them elderly, said the roof collapsed.", [("Residents", True)]),
        ("Protesters, including Maria Lopez, said police fired tear gas.", [("Protesters", False)]),
        ("Two were hurt, said a man injured in the blast.", [("a man injured", True)]),
        (
            "Several diplomats, including EU envoy Marta Kos, said the talks stalled.",
            [("Several diplomats", False)],
        ),
        # a named person among the objects does not name the speakers
        (
            "Police detained dozens of protesters, including Ana Ruiz, and protesters said they "
            "were beaten.",
            [("protesters", True)],
        ),
        ("The players' parents said the school was shut.", [("The players' parents", True)]),
        (
            "The passenger sitting next to me said the bus swerved.",
            [("The passenger sitting next to me", True)],
        ),
        (
            "The floods came before dawn, the mayor, Ana Ruiz, told reporters.",
            [("the mayor, Ana Ruiz", False)],
        ),
    ],
    ids=[
        "rose-grower",
        "saw-mill",
        "collapsed",
        "fired",
        "injured-in",
        "eu-envoy",
        "object-named",
        "players-parents",
        "passenger",
        "before-dawn",
    ],
)
def test_review41b_sources(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The pilot switched off his phone after landing.",
        "The gunman turned off his phone as he approached the school.",
        "The kidnappers have sent no word to the family since March.",
    ],
    ids=["landing", "approached", "to-family"],
)
def test_review41b_no_false_silences(text: str) -> None:
    assert not analyze(text).attributions


def test_he_after_a_clerk_at_a_store() -> None:
    text = 'A clerk at the store said the gunman fled. "He ran past me," she said.'
    assert _sources(text) == [("A clerk at the store", True), ("A clerk", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor is calming voters after a woman in Dunmore, Ostland, told him "
            "she was afraid.",
            [("a woman in Dunmore, Ostland", True)],
        ),
        (
            "Four nurses were released after talks with an imam, the hospital's director, "
            "Ana Velk, told reporters.",
            [("the hospital's director, Ana Velk", False)],
        ),
        (
            "Mr. Halvorsen, citing the energy of the rallies, said the candidate could be in a "
            "strong position.",
            [("Mr. Halvorsen", False)],
        ),
    ],
    ids=["after-a-woman", "after-talks", "could-be"],
)
def test_a_subject_after_a_conjunction_and_an_auxiliary_after_said(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _sources(text) == expected


def test_a_named_part_of_the_victims_who_died_is_a_part_died() -> None:
    text = "One of the victims, Dario Felt, 52, later died, police said."
    assert "CB22" in {c.rule for c in analyze(text).claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The remaining three are to be buried in their home villages on Friday, the colonel "
            "said.",
            [("killed", 3, None)],
        ),
        (
            "Two soldiers from the village had been buried in their home villages, relatives said.",
            [("killed", 2, "soldiers")],
        ),
        ("The 12 victims were buried on Sunday in the town cemetery.", [("killed", 12, "victims")]),
        # the trapped are not the buried dead
        ("Thirty miners were buried by the collapse.", []),
        ("Five people were buried alive in the landslide.", [("missing", 5, "people")]),
        (
            "Some 150 families spent the night at a Red Crescent shelter.",
            [("displaced", 150, "families")],
        ),
    ],
    ids=["villages", "there", "cemetery", "by-collapse", "alive", "red-cross-shelter"],
)
def test_the_dead_buried_by_their_own_and_a_night_in_a_shelter(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 45 state troopers responded to the call.",
            [("deployed", 45, "state troopers")],
        ),
        ("Forty firefighters responded to the blaze.", [("deployed", 40, "firefighters")]),
        # not a deployment: a count of a force's size, or of answers
        ("The village force has only nine constables and last responded to a murder in 2011.", []),
        ("Three people responded to the survey.", []),
    ],
    ids=["scene", "blaze", "homicide", "survey"],
)
def test_a_force_that_responded_to_the_scene(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review41c: the trapped, buried on a day by a collapse, are not buried dead
        ("Two hikers were buried today by an avalanche but survived.", []),
        ("Three miners were buried on Sunday by a collapse at the pit.", []),
        ("The 12 volunteers spent the night at a bus shelter.", []),
        ("The 12 volunteers responded to the fire alarm.", []),
    ],
    ids=["today-by", "sunday-by", "bus-shelter", "fire-alarm"],
)
def test_review41c_claims(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Early in the morning Ukrainian officials said 7 people were killed.",
            [("Ukrainian officials", True)],
        ),
        (
            "Roads were cleared after Christmas, the council leader, Jo Banks, said.",
            [("the council leader, Jo Banks", False)],
        ),
        (
            "Talks stalled after the rebels, the envoy, Ruth Ng, said.",
            [("the envoy, Ruth Ng", False)],
        ),
        (
            "The Commission on Human Rights, which meets in Geneva, said 12 were killed.",
            [("The Commission on Human Rights", False)],
        ),
    ],
    ids=["early-in-the-morning", "after-christmas", "after-the-rebels", "commission-on"],
)
def test_review41c_sources(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Puranik let two further calls go unanswered.", "non_response"),
        (
            "The ministry let calls from the paper ring through to a recorded message.",
            "non_response",
        ),
    ],
    ids=["two-further-calls", "ring-through"],
)
def test_calls_left_to_ring(text: str, kind: str) -> None:
    assert [a.kind for a in analyze(text).attributions] == [kind]


def test_a_capsizing_drowning_its_passengers_killed_them() -> None:
    assert _claims("The ferry capsized in 2018, drowning 64 people.") == [("killed", 64, "people")]
    assert _claims("The band kept drowning out the crowd.") == []
