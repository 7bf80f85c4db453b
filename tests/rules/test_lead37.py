"""Readings the thirty-seventh session's lead added. Every sentence is invented.

Attributions: a patient who "had not responded to treatment" is no party's silence; refusals in
more words ("left unanswered the question", "put no number on them", "gave no date for", "chose
to say nothing", "stopped short of giving a figure", "made no comment on", "was unavailable for
comment", "could not be contacted for comment", "did not get back to reporters"); terms of
anonymity ("asked that her name be left out", "on the understanding that the paper would not
print her name"); the one "who gave only her first name, Lena," is the source, not the name,
and a later "she" is her. Claims: a caption's age before its parenthesis ("Ana, 9 (left)") is
no count; people a place "lost in" a disaster died; members a civil body "lost" left it; in a
story of an outbreak, patients in care are its hurt, and "N of them children under five" is a
part of them; people "cut free" or pulled out of a place alive were rescued; services "brought
into the capital" or "bused in" were deployed (not the hurt "brought in" to a hospital, not men
brought in for questioning); people "police had caught" were arrested; "we lost six people
before help came" died; the hurt "taken to the health centre", or who "had been treated since"
an incident, are wounded; one "exposed to" a gas who died was killed.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _attributions(text: str) -> list[tuple[str, str, str]]:
    return [(a.kind, a.source, a.cue) for a in analyze(text).attributions]


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The boy, who had not responded to treatment, died on Sunday, the clinic said.",
            [("statement", "the clinic", "said")],
        ),
        (
            "Two of the patients did not respond to antibiotics, a nurse at the ward said.",
            [("statement", "a nurse at the ward", "said")],
        ),
        (
            "The clinic did not respond to our questions on Friday.",
            [("non_response", "The clinic", "did not respond")],
        ),
    ],
)
def test_treatment_is_no_silence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mirela, 9 (left) and Oana Tudor were killed in the fire.", []),
        ("The village of Brest lost six people in the landslide.", [("killed", 6, "people")]),
        ("The club lost two fans in the crush at the north gate.", [("killed", 2, "fans")]),
        ("The union lost 50 members in the strike.", []),
        ("The party lost 12 members last year.", []),
        ("The church lost 300 members after the scandal.", []),
        ("The rebel group lost 30 members in the fighting.", [("killed", 30, "members")]),
        ("The firm lost 200 people in the restructuring.", []),
    ],
)
def test_lost_and_ages(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Typhoid has killed 31 people in Marska province since May. About 140 patients were"
            " being treated on Monday, 22 of them children under five, the bulletin said.",
            [("killed", 31, "people"), ("wounded", 140, "patients"), ("wounded", 22, "children")],
        ),
        (
            "A measles outbreak has killed nine children in Olt. The district hospital said 54"
            " patients were currently admitted.",
            [("killed", 9, "children"), ("wounded", 54, "patients")],
        ),
        # no outbreak: a ward's flu patients are its load, no event's hurt
        (
            "A fire killed two people in Olt. Some 75 patients were being treated for flu at the"
            " district hospital.",
            [("killed", 2, "people")],
        ),
        (
            "Hospitals in Olt are full this winter. About 140 patients were being treated.",
            [],
        ),
    ],
)
def test_outbreak_patients(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firefighters cut 14 people free.", [("rescued", 14, "people")]),
        (
            '"We pulled three people out of the rubble alive," the volunteer said.',
            [("rescued", 3, "people")],
        ),
        ("Crews carried four hikers out alive.", [("rescued", 4, "hikers")]),
        ("The council cut 300 residents free of the levy.", []),
        ("The firm cut 40 jobs and froze hiring.", []),
        (
            "About 900 gendarmes had been brought into the capital on Sunday.",
            [("deployed", 900, "gendarmes")],
        ),
        (
            "Forty firefighters were bused in from nearby towns.",
            [("deployed", 40, "firefighters")],
        ),
        ("Six men were brought in for questioning.", []),
        (
            "A nurse said 19 wounded men had been brought in, including at least four boys.",
            [("wounded", 19, "men"), ("wounded", 4, "boys")],
        ),
        ("Police had caught six of the escapees by Monday.", [("arrested", 6, "escapees")]),
        ("Officers rounded up 40 protesters near the square.", [("arrested", 40, "protesters")]),
        ("Police caught sight of two men near the bridge.", []),
        ('"We lost four people before the ambulances came."', [("killed", 4, "people")]),
        ("We lost six people before the merger.", []),
    ],
)
def test_rescued_deployed_caught(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine survivors were brought to a health centre near the port, a nurse said.",
            [("wounded", 9, "survivors")],
        ),
        (
            "A chlorine leak forced a school to close. The county said 48 people had been treated"
            " since the spill started.",
            [("wounded", 48, "people")],
        ),
        (
            "A chlorine leak forced a school to close. The other 30 were treated for eye and"
            " throat irritation.",
            [("wounded", 30, None)],
        ),
        ("The prisoners were treated well, the warden said.", []),
        ("The two were treated at Orme General Hospital and released.", [("wounded", 2, None)]),
        (
            "A welder exposed to chlorine in the leak at the Orme plant died overnight.",
            [("killed", 1, "welder")],
        ),
        ("A man trapped in the lift for an hour died of a heart attack.", []),
    ],
)
def test_care_and_exposure(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert _claims(text) == expected


def _nr(source: str, cue: str) -> list[tuple[str, str, str]]:
    return [("non_response", source, cue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gas board left unanswered the question of when the main was last checked.",
            _nr("The gas board", "left unanswered the question"),
        ),
        (
            "The interior ministry confirmed deaths but put no number on them.",
            [
                ("statement", "The interior ministry", "confirmed"),
                ("non_response", "The interior ministry", "put no number on them"),
            ],
        ),
        (
            "The ministry gave no date for the reopening of the border.",
            _nr("The ministry", "gave no date for"),
        ),
        (
            "The club chose to say nothing about the arrests.",
            _nr("The club", "chose to say nothing"),
        ),
        (
            "The army stopped short of giving a figure for its dead.",
            _nr("The army", "stopped short of giving a figure"),
        ),
        ("The jury kept its counsel for three days.", []),
        ("The army made no comment on the report.", _nr("The army", "made no comment")),
        (
            "A spokesman for the firm was unavailable for comment.",
            _nr("A spokesman for the firm", "unavailable for comment"),
        ),
        (
            "The owner could not be contacted for comment.",
            _nr("The owner", "could not be contacted for comment"),
        ),
        (
            "The embassy did not get back to reporters on Monday.",
            _nr("The embassy", "did not get back to reporters"),
        ),
        ("The bodies could not be found in the mud.", []),
        ("The mayor asked that his car be left out of the parade.", []),
    ],
)
def test_more_refusals(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _attributions(text) == expected


def _anonymous(text: str) -> list[tuple[str, bool]]:
    return [(a.source, a.anonymous) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A guard posted at the gate, who asked that her name be left out, said 300 people"
            " were inside.",
            [("A guard posted at the gate", True)],
        ),
        (
            "A supervisor, who talked on the understanding that the paper would not print her"
            " name, since the firm makes its press office answer all questions, said 80 workers"
            " were on shift.",
            [("A supervisor", True)],
        ),
        (
            "Chief Ana Ruiz said three pupils were hurt. A 15-year-old sophomore who would give"
            ' only her first name, Lena, said she heard shots. "We hid under the desks," she said.',
            [
                ("Chief Ana Ruiz", False),
                ("A 15-year-old sophomore", True),
                ("A 15-year-old sophomore", True),
            ],
        ),
        (
            "One survivor, a 30-year-old man from Velka who gave only his first name, Omar, said"
            ' the boat tipped. "I was holding a rope," he said.',
            [("One survivor, a 30-year-old man from Velka", True), ("One survivor", True)],
        ),
        (
            "A trustee who lives nearby, Ida Lenz, said the gate was shut.",
            [("Ida Lenz", False)],
        ),
    ],
)
def test_unnamed_speakers(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _anonymous(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We shall not cover up a single death," the minister said.', []),
        ("The ministry has not reported a single death since June.", []),
        ("The ministry reported one death on Friday.", [("killed", 1, None)]),
        (
            "The governor announced 90,000 vorns to the relatives of every person killed and"
            " 20,000 vorns to each of the injured.",
            [],
        ),
        (
            "Six members of the same family were killed.",
            [("killed", 6, "members of the same family")],
        ),
    ],
)
def test_pledges_and_payments(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


# The two reviews of this session's change (claims and attributions): their sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crews cut two dead men free from the wreckage.", [("killed", 2, "men free")]),
        ("The council cut 40 staff to free up money for road repairs.", []),
        ("Police cut two protesters free from the railings and arrested them.", []),
        ("Four soldiers were brought into the district hospital with gunshot wounds.", []),
        ("Nine officers were called in sick on the day of the march.", []),
        ("The firm lost 30 employees in the war for talent with its rivals.", []),
        ("The fund lost 40 employees in the crash of 2008.", []),
        ("The town lost 3,000 residents in the war as families fled abroad.", []),
        ("The airline lost two million passengers to the pandemic.", []),
        ("The party lost 40 members to the rival party in the fighting over the leadership.", []),
        ("The party lost 12 members in the bombing of its office.", [("killed", 12, "members")]),
        (
            "Orme's opioid epidemic deepens. About 400 patients were being treated for addiction"
            " at the clinic last month.",
            [],
        ),
        (
            "In the shelling of Dornby, 14 (including six children) were killed.",
            [("killed", 14, None), ("killed", 6, "children")],
        ),
        ("Police caught two children as they fell from the burning balcony.", []),
        ("Officers rounded up 40 volunteers to search the woods.", []),
        ("A worker exposed to asbestos at the Orme plant died in 2019, the inquest heard.", []),
        ('"We lost 15 children before the school could reopen," she said.', []),
        (
            "High pollen counts hit Orme. About 300 people were treated for eye irritation at"
            " city clinics.",
            [],
        ),
    ],
)
def test_review_claims(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fishermen did not get back to port until late on Sunday.",
        "She called her son twice after the blast, but he did not pick up.",
        "Phone lines were down and the mountain villages could not be contacted for two days.",
        "The gunman gave no indication of his motive before opening fire.",
        "The court stopped short of releasing the suspect.",
        "By Friday the girl had still not said a word since the crash.",
        "The report put no number on the cost of the repairs.",
        "The defendant had nothing to say to the victims' families as he was led away.",
        "The judge made no comment as she read the sentence.",
        "The boy did not respond well to the treatment.",
    ],
)
def test_review_no_refusal(text: str) -> None:
    assert [a for a in analyze(text).attributions if a.kind == "non_response"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ida Lenz, who spoke on condition that her employer not be named, said the plant had"
            " leaked.",
            [("Ida Lenz", False)],
        ),
        (
            "Ida Lenz, who asked that her name be kept off the donor list, said the plant had"
            " leaked.",
            [("Ida Lenz", False)],
        ),
        (
            "A soldier who gave his full name, Ivo Brandt, said the convoy was ambushed.",
            [("Ivo Brandt", False)],
        ),
        (
            "Captain Tomas Veld said the ferry listed badly. A passenger who asked that her name"
            " be withheld said she jumped into the water. He said the crew did everything"
            " possible.",
            [("Captain Tomas Veld", False), ("A passenger", True), ("Captain Tomas Veld", False)],
        ),
    ],
)
def test_review_speakers(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _anonymous(text) == expected


def test_review_questions_about_treatment_are_still_unanswered() -> None:
    text = "The health ministry did not respond to treatment questions sent on Monday."
    assert _attributions(text) == _nr("The health ministry", "did not respond")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four of the dead were from Velk and three from Orme, the spokeswoman said.",
            [("killed", 4, None), ("killed", 3, None)],
        ),
        (
            "Five of the wounded were Velkan and the other six Ormish, she said.",
            [("wounded", 5, None), ("wounded", 6, None)],
        ),
        (
            "Six of the dead were soldiers and two civilians.",
            [("killed", 6, "soldiers"), ("killed", 2, "civilians")],
        ),
        ("Two of the dead were from Velk and the rest from Orme.", [("killed", 2, None)]),
    ],
)
def test_a_second_part_with_its_verb_left_out(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coastguard said nine people had drowned, lowering its death toll from eleven.",
            [("killed", 9, "people"), ("killed", 11, None)],
        ),
        (
            "Three people were killed and nine injured when a boiler blew apart a school kitchen"
            " in the Orme district early on Monday, the county fire brigade said,"
            " lowering its casualty toll from four.",
            [("killed", 3, "people"), ("wounded", 9, None), ("killed", 4, None)],
        ),
    ],
)
def test_a_toll_lowered_from_its_earlier_value(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A farmer in Velka lost two of his daughters.", [("killed", 2, "daughters")]),
        ("The club lost two of its players to injury.", []),
        ("He lost two of his friends to the massacre.", [("killed", 2, "friends")]),
    ],
)
def test_kin_lost(text: str, expected: list[tuple[str, float | None, str | None]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 20 people are missing, eight of them children.",
            [("missing", 20, "people"), ("missing", 8, "children")],
        ),
        (
            "Gunmen seized 30 students, 12 of them girls.",
            [("kidnapped", 30, "students"), ("kidnapped", 12, "girls")],
        ),
        (
            "Up to 40 people were hurt, 12 of them children.",
            [("wounded", None, "people"), ("wounded", 12, "children")],
        ),
        ("Police arrested nine men, four of them teenagers.", [("arrested", 9, "men")]),
    ],
)
def test_parts_of_the_missing_and_the_taken(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The airline turned down requests for an interview.",
            _nr("The airline", "turned down requests for an interview"),
        ),
        (
            "The developer did not make anyone available for an interview.",
            _nr("The developer", "did not make anyone available"),
        ),
        ("The federation has kept mum on the arrests.", _nr("The federation", "kept mum")),
        (
            "The army passed up the chance to comment.",
            _nr("The army", "passed up the chance to comment"),
        ),
        ("The mayor would not weigh in on the figure.", _nr("The mayor", "would not weigh in")),
        (
            "No response had been received from the developer by Monday evening.",
            _nr("the developer", "No response had been received from"),
        ),
        ("The bank turned down requests for a loan.", []),
        ("The council rejected requests to reopen the road.", []),
    ],
)
def test_refusals_in_yet_more_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _attributions(text) == expected
