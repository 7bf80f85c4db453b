"""Readings the thirty-first session's lead added. Every sentence is invented.

Claims: a count, "other" and the harm before its noun ("the three other injured hikers
died"); an aside of ages or a relative clause of ages between a count and its verb ("who
range in age from 15 to 19"); a description of the people counted is no count of its own
("two victims, a 40-year-old man and a 23-year-old woman"); how often a kind of event has
happened ("the first time since 2019 that a deputy had been shot") counts no victim; people
who "shot back" acted; one person named or aged in an aside at the start ("The nurse, Ida
Pell, was in serious condition").

Attributions: an appeal to the public however long its relative clause ("asked anyone who
saw a silver van parked on the corner to call"); a refusal carried over "or" to a verb of
saying ("declined to name the driver or say whether"); "declined to speak to reporters",
"refused to answer questions", "declined to break the numbers down"; "declared him dead" and
"said a funeral mass" are no reports; a third lower-case word that names the subject ("A
county fire inspector put ... and said"); an ordinal event before a participle ("the fourth
burglary reported on the street") is no source.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.support.attributions import kinds_sources_cues, sources_cues
from tests.support.claims import claim_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The three other injured hikers died overnight.", [("killed", 3, 3)]),
        ("Two more wounded deputies were taken to a hospital in Orme.", [("wounded", 2, 2)]),
        (
            "The two other injured women, ages 31 and 58, were taken to a hospital.",
            [("wounded", 2, 2)],
        ),
        (
            "The four other victims, who range in age from 15 to 19, were taken to two hospitals.",
            [("wounded", 4, 4)],
        ),
        ("None of the boys, who are 6, 8 and 11, was hurt, the deputy said.", [("wounded", 0, 0)]),
        # the people described are the count's, not counts of their own
        (
            "The other two victims, a 40-year-old man and a 23-year-old woman, were treated "
            "and released.",
            [("wounded", 2, 2)],
        ),
        # listed parts that count stay parts
        (
            "Five villagers, four women and a boy, were hurt.",
            [("wounded", 5, 5), ("wounded", 4, 4), ("wounded", 1, 1)],
        ),
        # how often such a thing has happened: no victim
        ("It was the first time since 2019 that a deputy had been shot in the county.", []),
        (
            "It was the third time this year that a toddler had been shot by a sibling.",
            [],
        ),
        # a toll after the event counted stays a toll
        (
            "It was the second time that raiders hit the market, and three guards were killed.",
            [("killed", 3, 3)],
        ),
        # those who fired back acted
        (
            "The gunman was killed when the deputy and her partner shot back, the sheriff said.",
            [("killed", 1, 1)],
        ),
        (
            "A porter was killed and his partner wounded at the gate.",
            [("killed", 1, 1), ("wounded", 1, 1)],
        ),
        # the people a rescue searches for are missing; a manhunt's are not
        (
            "Divers were still searching for three fishermen, the coast guard said.",
            [("missing", 3, 3)],
        ),
        ("Police are searching for two men who robbed the pharmacy.", []),
        ("Soldiers were searching for two hours before dusk.", []),
        # one person named or aged in an aside at the start
        ("The nurse, Ida Pell, was in serious condition at Halt Regional.", [("wounded", 1, 1)]),
        ("The cyclist, 52, was taken to a trauma centre.", [("wounded", 1, 1)]),
    ],
)
def test_claims_read_this_session(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert sorted(claim_values(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies asked anyone who saw a silver van parked on the corner that night to "
            "call the tip line.",
            [("statement", "Deputies", "asked")],
        ),
        (
            "The patrol asked motorists who drove through the tunnel before dawn to come forward.",
            [("statement", "The patrol", "asked")],
        ),
        ("The council asked residents about plans to widen the road.", []),
        ("Tenants had asked the public housing office to fix the locks.", []),
        ("Prosecutors asked the judge to deny bail.", []),
        (
            "She declined to name the driver or say whether charges would follow.",
            [("non_response", "She", "declined to name")],
        ),
        (
            "He refused to answer questions or say where the money went.",
            [("non_response", "He", "refused to answer questions")],
        ),
        (
            "The coach declined to speak to reporters.",
            [("non_response", "The coach", "declined to speak to reporters")],
        ),
        (
            "A city spokeswoman declined to break the numbers down by district.",
            [("non_response", "A city spokeswoman", "declined to break the numbers down")],
        ),
        ("The mayor declined to speak at the ribbon cutting.", []),
        ("Medics declared her dead at the scene.", []),
        (
            "The coroner declared that the fall had killed him.",
            [("statement", "The coroner", "declared")],
        ),
        ("The priest, who said a funeral mass for the miners, wept.", []),
        (
            '"We waited all night," said Grace Tulle, whose brother was on the bus.',
            [("statement", "Grace Tulle", "said")],
        ),
        (
            "A county fire inspector put the loss at $20,000 and said the family could return.",
            [("statement", "A county fire inspector", "said")],
        ),
        (
            "It was the fourth burglary reported on the street since May, according to "
            "county records.",
            [("statement", "county records", "according to")],
        ),
    ],
)
def test_attributions_read_this_session(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert kinds_sources_cues(text) == expected


def test_a_pronoun_after_an_unnamed_person_of_a_plain_noun_is_that_person() -> None:
    text = (
        "A cashier who was stocking shelves, and who spoke on condition that his name not "
        'be used, said the men had argued for minutes. "I hid in the cooler," he said.'
    )
    assert sources_cues(text) == [
        ("A cashier", "said"),  # the relative clauses are not the source (38th session)
        ("A cashier", "said"),
    ]
    text = (
        "A hospital spokeswoman said the boy was stable.\n\nThe tenant, a retired postal "
        "worker who asked that her name be left out, said she heard four shots.\n\n"
        '"My grandson sleeps by that window," she said.'
    )
    assert sources_cues(text)[-1] == ("The tenant", "said")


def test_an_unnamed_person_of_a_plain_noun_is_no_he_sentences_later() -> None:
    text = (
        "Mayor Ivo Brandt said the city would add patrols. A grocer who gave only his first "
        "name said business had suffered. Polls show most residents back the plan. Brandt "
        'has brushed off critics. He called them "armchair generals."'
    )
    assert sources_cues(text)[-1] == ("Mayor Ivo Brandt", "called")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies asked anyone who drove past the depot, or who has doorbell video from "
            "the street between 9:15 and 10 that night, to call the sheriff's office.",
            [("Deputies", "asked")],
        ),
        (
            "The plan costs $2 million, according to a person familiar with it, who insisted "
            "on anonymity because it is not final.",
            [("a person familiar with it", "according to")],
        ),
        ("The senator insisted on a recount.", [("The senator", "insisted")]),
    ],
)
def test_appeals_at_length_and_the_terms_of_a_source(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert sources_cues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's cases: what the readings above must leave alone
        ("Officials said mass arrests followed the riot.", [("Officials", "said")]),
        ("The pope said the mass for the victims would be held in Rome.", [("The pope", "said")]),
        (
            "The first officers at the scene reported that two people were dead.",
            [("The first officers at the scene", "reported")],
        ),
        ("The latest bulletin reported 12 deaths.", [("The latest bulletin", "reported")]),
        ("Reporters asked people in the crowd what to do next.", []),
        ("She asked parents if they wanted to take their children home.", []),
        (
            "Officials either declined to comment or said they did not know how many died.",
            [("Officials", "said")],
        ),
        (
            "An officer who declined to speak to reporters on the record said the gate was shut.",
            [("An officer", "said")],
        ),
        (
            "The mayor said the road was closed. She said the bridge would reopen.",
            [("The mayor", "said"), ("The mayor", "said")],
        ),
    ],
)
def test_what_the_new_readings_leave_alone(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert sources_cues(text) == expected


def test_a_named_office_stays_named_after_its_pronoun() -> None:
    text = "The mayor said the road was closed. She said the bridge would reopen."
    assert [a.anonymous for a in analyze(text).attributions] == [False, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three more dead were pulled from the river.", [("killed", 3, 3)]),
        ("Two other injured were evacuated by helicopter.", [("wounded", 2, 2)]),
        (
            "The 24 victims, a dozen students and a dozen teachers, died in the fire.",
            [("killed", 24, 24), ("killed", 12, 12), ("killed", 12, 12)],
        ),
        (
            "For the first time since the truce, when shells killed four soldiers, talks stalled.",
            [("killed", 4, 4)],
        ),
        (
            "Residents heard gunfire for the first time when militants attacked and killed "
            "twelve people.",
            [("killed", 12, 12)],
        ),
        (
            "A farmer was killed and his son wounded back in March, when militia raided the farm.",
            [("killed", 1, 1), ("wounded", 1, 1)],
        ),
        ("Two boys who were 7 and 9 were wounded.", [("wounded", 2, 2)]),
        ("Doctors declared the boy dead at the scene.", []),
    ],
)
def test_claims_the_new_readings_leave_alone(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert sorted(claim_values(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The communique identified the dead as a sergeant, a medic and four privates.",
            [("killed", 1, 1), ("killed", 1, 1), ("killed", 4, 4)],
        ),
        ("REBEL RADIO SAID ITS UNITS HAD KILLED 'AT LEAST 30 SOLDIERS'.", [("killed", 30, None)]),
    ],
)
def test_lists_of_ranks_and_single_quoted_tolls(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert sorted(claim_values(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review31b's cases
        ("Troops were searching for 40 schoolgirls abducted by gunmen.", [("kidnapped", 40, 40)]),
        ("Soldiers were looking for two deserters.", []),
        ("Volunteers were searching for their two missing dogs.", []),
        ("Rescue teams were searching for 12 people.", [("missing", 12, 12)]),
        ("A guard was killed and his partner shot back at the gunmen.", [("killed", 1, 1)]),
        (
            "This is the second time that gunmen have killed three police officers in the town.",
            [("killed", 3, 3)],
        ),
        ("Paramedics declared the two men dead at the scene.", [("killed", 2, 2)]),
        ("Gunmen who were 19 and 23 wounded 5 people.", [("wounded", 5, 5)]),
        # a count among the shooting victims is hit, dead or alive; a bare "victims" is not
        ("Nine teenagers were among the shooting victims.", [("killed_or_wounded", 9, 9)]),
        ("Nine pensioners were among the victims of the fraud.", []),
    ],
)
def test_claims_after_the_second_review(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert sorted(claim_values(text)) == sorted(expected)


def test_a_death_pronounced_is_no_report_but_a_toll_declared_is() -> None:
    pronounced = "Paramedics declared the two men dead at the scene."
    assert not [a for a in analyze(pronounced).attributions if a.cue == "declared"]
    declared = "Officials declared the 43 missing miners dead on Friday, ending the search."
    assert [(a.source, a.cue) for a in analyze(declared).attributions] == [
        ("Officials", "declared")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An aide insisted on condition of anonymity that the toll was 30.",
            [("An aide", "insisted")],
        ),
        ("The senator argued for minutes that the bill was needed.", [("The senator", "argued")]),
        (
            "The latest bulletin reported on Monday that 12 people died.",
            [("The latest bulletin", "reported")],
        ),
        (
            "Officials asked parents to keep children indoors after two boys were shot.",
            [("Officials", "asked")],
        ),
        (
            "The archbishop said the mass for the victims, 14 in all, was moving.",
            [("The archbishop", "said")],
        ),
        ("She said goodbye to her son, who was killed in the blast.", []),
        (
            "The mayor declined to speak to reporters on the record about the deaths.",
            [("The mayor", "declined to speak to reporters")],
        ),
        # a pronoun of the other gender, a group noun, a person in between: no plain noun
        (
            "The homeowner, a retired driver who asked that her name be withheld, said she "
            'heard four shots. "He never looked back," he said.',
            [("The homeowner, a retired driver", "said"), ("he", "said")],
        ),
        (
            'The family of the victim said the boy was shy. "He loved music," she said.',
            [("The family of the victim", "said"), ("she", "said")],
        ),
        (
            "A man who was shot in the leg said he crawled to safety. The gunman, Ivo Brandt, "
            "was arrested Sunday. He said he acted alone.",
            [("A man", "said"), ("He", "said")],
        ),
    ],
)
def test_attributions_after_the_second_review(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert sources_cues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review31c's cases
        ("It was the first time that a deputy had been shot on duty since 2017.", []),
        (
            "The second robbery reported in the county this year killed 3 people.",
            [("killed", 3, 3)],
        ),
        ("Three children were among the shooting victims' relatives at the vigil.", []),
        (
            "The army identified the dead as a sergeant, a medic and eleven privates.",
            [("killed", 1, 1), ("killed", 1, 1), ("killed", 11, 11)],
        ),
        ("An officer was wounded and a second officer shot back.", [("wounded", 1, 1)]),
        # the hurt who then died are dead, not hurt ones named "died"
        ("Two wounded died in hospital on Sunday.", [("killed", 2, 2)]),
        ("Three other injured died overnight.", [("killed", 3, 3)]),
        # the one who died and the name the coroner gives are one person (CB12, not CB64 too)
        (
            "The woman who died, identified by the medical examiner as Ida Venn, 52, was "
            "declared dead at the scene.",
            [("killed", 1, 1)],
        ),
        (
            "The woman who was killed on Sunday has been identified as Ida Venn.",
            [("killed", 1, 1)],
        ),
    ],
)
def test_claims_after_the_third_review(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert sorted(claim_values(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The second robbery reported in the county this year killed 3 people.",
            [],
        ),
        (
            'A guard who was on duty said three men were killed. "It was chaos. People were '
            'screaming," he said.',
            [("A guard", "said")] * 3,
        ),
        (
            'A guard who was on duty said she was killed instantly. "He never saw it '
            'coming," he said.',
            [("A guard", "said")] * 2,
        ),
        (
            "The presidential guard said two soldiers were killed. He said the attackers fled.",
            [("The presidential guard", "said"), ("He", "said")],
        ),
        ("An official insisted on anonymity so that he could speak freely.", []),
        ("The mourners said a prayer at the site where 14 people were killed.", []),
    ],
)
def test_attributions_after_the_third_review(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert sources_cues(text) == expected
