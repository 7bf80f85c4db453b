"""Readings the thirty-eighth session's lead added. Every sentence is invented.

Attributions: a speaker described by two relative clauses ("A ranger who searched the gorge,
and who asked not to be named, said") is the head noun alone, and so is a body named before an
appositive with a relative clause ("The Orme Jail Watch, a rights group that monitors the
jails, said"), whose second verb ("and accused") stays one statement; a place after a
preposition, with a "where" clause after it, is no subject when a name follows "said"
("12 to the clinic in Velk, where eight were critical, said Dr Ana Roe"); refusals in more words
("offered no reason for", "had put out no statement", "had not said by Thursday whether"); and
what a non-response left unsaid holds no statement ("did not say whether its engineers had
warned the diggers").
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _attributions(text: str) -> list[tuple[str, str, str]]:
    return [(a.kind, a.source, a.cue) for a in analyze(text).attributions]


def _said(source: str) -> list[tuple[str, str, str]]:
    return [("statement", source, "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A ranger who searched the gorge at night, and who wanted his name kept from print "
            "since only the chief may brief, said two tents were found.",
            _said("A ranger"),
        ),
        (
            "A farmer who helped dig through the mud, and who would give only his first name, "
            "Tomas, because men from the valley have been questioned before, said the water "
            "came at night.",
            _said("A farmer"),
        ),
        (
            "A woman who lives by the quay, and who asked not to be named, said she heard shots.",
            _said("A woman"),
        ),
        # one relative clause and no comma: the head alone, as before
        ("A nurse who asked not to be named said the ward was full.", _said("A nurse")),
        # a second relative clause without "and" is not read this way (a name between commas
        # stays the source): "Ida Lenz" is named after a clause of her own
        (
            "A trustee who lives nearby, Ida Lenz, said the bridge shook.",
            _said("Ida Lenz"),
        ),
    ],
)
def test_a_speaker_before_two_relative_clauses_is_the_head(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Orme Jail Watch, a rights group that monitors the jails, said 16 inmates were "
            "dead and blamed the ministry for the slow count.",
            _said("The Orme Jail Watch, a rights group"),
        ),
        (
            "The Seven Hills Front, an armed group that has fought the army since 2019, said in "
            "a statement that it had killed 30 soldiers.",
            _said("The Seven Hills Front, an armed group"),
        ),
        # "whom" was cut before; "that" now is too
        (
            "Tomas Brel, a councillor whom the mayor fired, said the count was wrong.",
            _said("Tomas Brel, a councillor"),
        ),
    ],
)
def test_an_appositive_loses_its_relative_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _attributions(text) == expected


def test_the_second_verb_of_a_cut_subject_is_the_same_statement() -> None:
    text = (
        "The Orme Jail Watch, a rights group that monitors the jails, said 16 inmates were dead "
        "and accused the warden of hiding the count."
    )
    claims = analyze(text).claims
    assert [(c.min, c.claimant) for c in claims] == [(16, "The Orme Jail Watch, a rights group")]
    assert len(analyze(text).attributions) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the casualties, 19 were taken to the hospital in Orme and 12 to the clinic in "
            "Velk, where six were in a serious condition, said Dr Ana Roe, the chief medical "
            "officer.",
            _said("Dr Ana Roe, the chief medical officer"),
        ),
        (
            "Twelve were taken to the clinic in Velk, where eight remain in critical condition, "
            "said Ana Roe.",
            _said("Ana Roe"),
        ),
        # a body that is the sentence's subject keeps its "where" clause's verb
        (
            "The bar, where the men had been drinking, declined to comment.",
            [("non_response", "The bar", "declined to comment")],
        ),
        (
            "The clinic in Velk, where six were in a serious condition, said Dr Ana Roe would "
            "speak later.",
            _said("The clinic in Velk"),
        ),
    ],
)
def test_a_place_after_a_preposition_is_no_subject(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _attributions(text) == expected


def test_the_claims_of_the_sentence_are_the_named_speakers() -> None:
    text = (
        "Of the casualties, 19 were taken to the hospital in Orme and 12 to the clinic in "
        "Velk, where six were in a serious condition, said Dr Ana Roe, the chief medical "
        "officer."
    )
    claimants = {c.claimant for c in analyze(text).claims}
    assert claimants == {"Dr Ana Roe, the chief medical officer"}


def _nr(source: str, cue: str) -> list[tuple[str, str, str]]:
    return [("non_response", source, cue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour authority offered no reason for the delay.",
            _nr("The harbour authority", "offered no reason for"),
        ),
        (
            "The ferry operator gave no explanation for the late boats.",
            _nr("The ferry operator", "gave no explanation"),
        ),
        (
            "The bus company had put out no statement by Monday evening.",
            _nr("The bus company", "had put out no statement"),
        ),
        (
            "The mill's owners have issued no formal statement.",
            _nr("The mill's owners", "have issued no formal statement"),
        ),
        (
            "The standards office had not said by Thursday evening whether its inspectors had "
            "visited the still.",
            _nr("The standards office", "had not said by Thursday evening"),
        ),
        # bodies that answer or not: an authority, a utility, a militia
        (
            "The water utility did not say when the pipe was last inspected.",
            _nr("The water utility", "did not say"),
        ),
        ("The militia made no comment on its losses.", _nr("The militia", "made no comment")),
        # not a refusal: a statement put out, a reason given
        ("The bus company put out a statement on Tuesday.", []),
        ("The harbour authority offered two reasons for the delay.", []),
    ],
)
def test_more_refusals(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company did not say whether its engineers had ever warned the diggers.",
            _nr("The company", "did not say"),
        ),
        (
            "The firm would not say if the inspector had reported the crack.",
            _nr("The firm", "would not say"),
        ),
        # a clause of its own after the silence still speaks
        (
            "The company did not say whether it would pay, but the union said it had warned "
            "the managers.",
            [*_nr("The company", "did not say"), *_said("the union")],
        ),
        (
            "Police would not say if they believe the fire was set but one neighbour says she "
            "saw two men running.",
            [*_nr("Police", "would not say"), ("statement", "one neighbour", "says")],
        ),
        (
            "The ministry declined to say how many had died; the army said 12 soldiers were "
            "killed.",
            [*_nr("The ministry", "declined to say"), *_said("the army")],
        ),
    ],
)
def test_what_was_not_said_holds_no_statement(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _attributions(text) == expected


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rescued: "hauled up alive", "lifted off ledges" (not the ones who climbed out alone)
        (
            "Eighteen miners were hauled up alive on Monday, six of them with broken legs.",
            [("rescued", 18, "miners"), ("wounded", 6, None)],
        ),
        (
            "Of the survivors, 12 climbed out on their own and 8 were lifted off ledges by "
            "helicopter crews.",
            [("rescued", 8, None)],
        ),
        # care at a medical college, in a gapped second part
        (
            "Of the hurt, 14 were taken to the district hospital in Orme and 9 to the Civil "
            "Medical College in Velk.",
            [("wounded", 14, None), ("wounded", 9, None)],
        ),
        # lasting wounds, burns by a weapon, dialysis after a fire
        (
            "The ward had received 20 of the wounded, and six had lost a leg or an arm.",
            [("wounded", 20, None), ("wounded", 6, None)],
        ),
        (
            "In the riot, one policeman had lost an eye to a brick and three others had been "
            "burned by petrol bombs.",
            [("wounded", 1, "policeman"), ("wounded", 3, "others")],
        ),
        # lasting wounds in the simple past, where an incident or the hurt is told
        (
            "Nine protesters lost an eye to rubber bullets during the clashes.",
            [("wounded", 9, "protesters")],
        ),
        ("Twelve climbers were lifted off a ledge by helicopter.", [("rescued", 12, "climbers")]),
        # the dead their own people buried (CB140); not a landslide's trapped, nor waste
        (
            '"We buried 31 people on Sunday, and 12 of the graves were small," the uncle said.',
            [("killed", 31, "people")],
        ),
        ("We buried three of our sons at dawn.", [("killed", 3, "sons")]),
        ("The landslide buried 30 people in their homes.", []),
        ("We buried 40 tonnes of waste at the site.", []),
        # rescued by boats: a group of two nouns before "from the sea"
        (
            "Navy ships plucked 90 passengers and crew from the sea.",
            [("rescued", 90, "passengers")],
        ),
        # parts: "N of them <people> with <a hurt>", "N of them for hypothermia", "N of the
        # dead came from"
        (
            "The ward took in 17 injured guests during the night, three of them children with "
            "deep burns, he said.",
            [("wounded", 17, "guests"), ("wounded", 3, "children")],
        ),
        (
            "Nine people were treated at Saint Anne Hospital, two of them for hypothermia.",
            [("wounded", 9, "people"), ("wounded", 2, None)],
        ),
        ("The chief said at least seven of the dead came from his village.", [("killed", 7, None)]),
        # not hurt (review38a): the sick on dialysis, homes lost, old wounds, a race's leg,
        # a medical college of exams; a participle is no verb of motion
        ("Four patients with kidney disease are on dialysis at the clinic.", []),
        ("Hurricane Ysa cut power; 250 patients on dialysis missed treatment after the storm.", []),
        ("The families have lost their homes.", []),
        ("Two residents who had lost a leg years ago were among the guests.", []),
        ("The charity has fitted 200 people who had lost a leg with new prostheses.", []),
        ("Both candidates had lost a leg of the race after the crash.", []),
        ("Fourteen people were taken to the medical college for exams on Monday.", []),
    ],
)
def test_rescue_care_and_lasting_wounds(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a monitoring mission is a source one cites
        (
            "The Orme Press Agency, citing the UN monitoring mission in Velk, reported that "
            "18 civilians had died.",
            [("statement", "the UN monitoring mission in Velk", "reported")],
        ),
        # "so far" between a subject and its verb
        (
            "The observatory has so far documented 18 civilian deaths.",
            [("statement", "The observatory", "documented")],
        ),
        # a town's distance is no appositive of the speaker
        (
            "At the district hospital in Velk, 30 kilometres from Orme, a doctor who would be "
            "named only as Dr Amal, because the governor's office has told staff to keep quiet, "
            "said 14 guests had been admitted.",
            _said("a doctor"),
        ),
        (
            "In Velk, 30 kilometres from Orme, the mayor said 14 people had died.",
            _said("the mayor"),
        ),
        # not a source: a mission one leaves on
        ("The team left on a mission, citing the weather.", []),
    ],
)
def test_missions_distances_and_so_far(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _attributions(text) == expected


def test_the_cited_mission_is_the_claimant_and_the_agency_the_via() -> None:
    text = (
        "The Orme Press Agency, citing the UN monitoring mission in Velk, reported that 18 "
        "civilians had died."
    )
    assert [(c.claimant, c.via) for c in analyze(text).claims] == [
        ("the UN monitoring mission in Velk", "The Orme Press Agency")
    ]


def _anonymous(text: str) -> list[tuple[str, bool]]:
    return [(a.source, a.anonymous) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body a "which" clause describes is what a later "It" stands for, though its name
        # has two capitals like a person's
        (
            "Radio Velk reported, citing nurses at the health centre, that seven miners were "
            "still in care. Orme Resources, which holds a licence covering the hill, said the pit "
            "lay outside its land. It did not say whether its surveyors had warned the diggers.",
            [
                ("statement", "nurses at the health centre", "reported"),
                ("statement", "Orme Resources", "said"),
                ("non_response", "Orme Resources", "did not say"),
            ],
        ),
        # the writer's hearsay names no one
        ("The bridge, I am told, will reopen in May.", []),
        ("I am told the bridge will reopen in May.", []),
    ],
)
def test_it_after_a_body_and_the_writers_hearsay(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An eyewitness said the lorry did not slow down.", [("An eyewitness", True)]),
        ("The homeowner told police she heard glass break.", [("The homeowner", True)]),
        (
            "A surgeon at the county hospital said two were critical.",
            [("A surgeon at the county hospital", True)],
        ),
        (
            "Its depot manager in Velk said every bus was full.",
            [("Its depot manager in Velk", True)],
        ),
        # named, or an office that names one known person
        (
            "The depot manager, Ivo Brandt, said every bus was full.",
            [("The depot manager, Ivo Brandt", False)],
        ),
        ("The mayor said every bus was full.", [("The mayor", False)]),
    ],
)
def test_people_by_a_role_of_no_office_are_unnamed(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _anonymous(text) == expected


def test_a_participle_after_a_figure_is_no_verb_of_motion() -> None:
    text = "Coast guards said 12 stranded out at sea and 8 on the cliffs were rescued."
    assert [(c.category, c.min) for c in analyze(text).claims] == [("rescued", 12), ("rescued", 8)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review38b: a name ending in "Miles" is no distance
        (
            "Sarah Miles, a spokeswoman for the army, said 12 soldiers had been killed.",
            _said("Sarah Miles, a spokeswoman for the army"),
        ),
        # what follows a silence is said when it is no question left open
        (
            "Police did not respond when residents said the shelling had killed 12 people.",
            [*_nr("Police", "did not respond"), ("statement", "residents", "said")],
        ),
        (
            "The army would not say why the governor had announced a curfew.",
            [*_nr("The army", "would not say"), ("statement", "the governor", "announced")],
        ),
        (
            "The ministry did not say whether talks would resume and the mediator said they would.",
            [*_nr("The ministry", "did not say"), *_said("the mediator")],
        ),
        (
            "The firm did not comment on whether its engineers had warned the diggers.",
            _nr("The firm", "did not comment"),
        ),
        # a reason cited is no source
        ("The army said it would withdraw, citing mission creep.", _said("The army")),
        # a name after the relative clause is the subject's own; "that night" is no clause
        (
            "The agency that runs the port, the Velk Harbour Board, said the ship had sunk.",
            _said("The agency that runs the port, the Velk Harbour Board"),
        ),
        (
            "The Orme Watch, a rights group that tracks arrests, deaths and disappearances, "
            "said 16 inmates were dead.",
            _said("The Orme Watch, a rights group"),
        ),
        (
            "Piet Hart, the officer that night, said the crowd surged.",
            _said("Piet Hart, the officer that night"),
        ),
        # no silence: hope withheld, a court's paper
        ("The minister offered no reason for optimism as the rain went on.", []),
        ("The firm has issued no statement of claim in the case.", []),
        # all-capitals copy: the place after "TO" is no subject either
        (
            "19 WERE TAKEN TO ORME AND 12 TO THE CLINIC IN VELK, WHERE EIGHT WERE CRITICAL, "
            "SAID DR ANA ROE.",
            [("statement", "DR ANA ROE", "SAID")],
        ),
    ],
)
def test_review38b(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _attributions(text) == expected


def test_services_brought_into_a_town_by_its_name() -> None:
    text = "About 900 riot police were brought into Dorva from other provinces, the ministry said."
    assert [(c.category, c.min, c.group) for c in analyze(text).claims] == [
        ("deployed", 900, "riot police")
    ]
    # not men brought in for questioning, nor patients brought to a named hospital
    assert analyze("Six men were brought into Dorva for questioning.").claims == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appositive with a "where" clause: the place is the speakers' own
        (
            "Residents of Velk, the village where the fire started, said a hawker had sold the "
            "spirit.",
            [("statement", "Residents of Velk, the village", "said")],
        ),
        (
            "Ana Ruiz, the owner of the flat where the body was found, said she heard nothing.",
            _said("Ana Ruiz, the owner of the flat"),
        ),
    ],
)
def test_an_appositive_with_a_where_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _attributions(text) == expected
