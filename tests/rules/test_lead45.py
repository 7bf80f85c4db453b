"""Readings the forty-fifth session's lead added. Every sentence is invented.

Claims: a toll set again with "it", "that" or a word for a count as its object ("revised
that to 16", "raised the number to 16", "revised that figure up to 22") is the toll told
right before it, in the same sentence or the one before, when that told a count of the dead
or hurt, not only a "toll"; its setter states it.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.kind, a.source) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The provincial health office counted seven deaths on Sunday. On Monday it"
            " revised that to 11.",
            [("killed", 7), ("killed", 11)],
        ),
        (
            "The ferry operator first said four passengers died, but later raised the number"
            " to nine.",
            [("killed", 4), ("killed", 9)],
        ),
        (
            "Firefighters said 14 residents were injured. Doctors at the county hospital later"
            " revised that figure up to 22.",
            [("wounded", 14), ("wounded", 22)],
        ),
        (
            "The death toll climbed to 41 overnight. By morning officials had revised it up to 48.",
            [("killed", 41), ("killed", 48)],
        ),
    ],
)
def test_a_toll_set_again_by_its_object(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two people were killed. The central bank raised it to 5 percent.",
        "Twelve people were killed in the attack. The council raised it to a vote on Tuesday.",
        "Two people died in the crash. The insurer raised the price to 40.",
    ],
)
def test_no_toll_set_again_without_a_count(text: str) -> None:
    assert len(_claims(text)) == 1


def test_the_setter_of_that_states_it() -> None:
    text = "The provincial health office counted seven deaths. It revised that to 11 on Monday."
    assert analyze(text).attributions[-1].cue == "revised that to"
    assert _sources(text)[-1] == ("statement", "The provincial health office")
    assert _sources("She raised that to the minister on Monday.") == []


def test_a_count_of_the_missing_set_again_in_its_sentence() -> None:
    text = (
        "The port authority said on Monday that 15 fishermen were missing, but on Tuesday it"
        " lowered the number to four after 11 of them reached the shore."
    )
    claims = analyze(text).claims
    assert [(c.category, c.min, c.claimant) for c in claims[:2]] == [
        ("missing", 15, "The port authority"),
        ("missing", 4, "The port authority"),
    ]


def test_a_place_that_speaks_as_a_body_is_the_it_after_it() -> None:
    text = "The county said 15 people were missing. It later said four had been found."
    assert _sources(text) == [("statement", "The county"), ("statement", "The county")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The airline said it would refund every ticket, but it gave no reply when asked"
            " how many crew were on board.",
            [("statement", "The airline"), ("non_response", "The airline")],
        ),
        (
            "The dockers' union, which has 4,000 members, said it would leave all comment to"
            " the port police until the inquiry ends.",
            [("non_response", "The dockers' union")],
        ),
        (
            "The harbour office referred all questions to the coast guard.",
            [("non_response", "The harbour office")],
        ),
        (
            "By Monday evening the navy had neither confirmed nor denied the report.",
            [("non_response", "the navy")],
        ),
        (
            "Asked whether more ships would be sent, the admiral said that was a matter for the"
            " cabinet.",
            [("non_response", "the admiral")],
        ),
        (
            "The quarry's owner did not come out to talk to the relatives at the gate.",
            [("non_response", "The quarry's owner")],
        ),
        (
            "A spokesman said questions about the pumps would be answered by the inquiry.",
            [("non_response", "A spokesman")],
        ),
        (
            "The shipping ministry said it would not comment until Monday.",
            [("non_response", "The shipping ministry")],
        ),
    ],
)
def test_more_silences(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported words go on past the refusal: a statement too
        (
            "The ministry said it would not comment on the toll, but that 12 people had died.",
            [("statement", "The ministry"), ("non_response", "The ministry")],
        ),
        # a text's "it" is no party that could answer
        (
            "The report said the dam was safe, and it gave no figure for the cost.",
            [("statement", "The report")],
        ),
        # a matter for concern is no question passed on
        ("Officials said it was a matter for concern.", [("statement", "Officials")]),
        ("The mayor said the question would be answered later.", [("statement", "The mayor")]),
    ],
)
def test_no_more_silences(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count as of a later hour after "and ... by"
        (
            "The harbour police had counted 8 dead by noon on Monday and 15 by Tuesday evening.",
            [("killed", 8), ("killed", 15)],
        ),
        # more of the people a toll's count noun names
        (
            "A third body was recovered on Sunday, which would bring the number of campers"
            " killed to five.",
            [("killed", 3), ("killed", 5)],
        ),
        # hospitals, where they are, and a perfect's auxiliary before their intake
        (
            "The crush killed 14 people. Hospitals across the province had admitted 52 people.",
            [("killed", 14), ("wounded", 52)],
        ),
        # a government's relief camps are shelters
        (
            "Some 80,000 villagers were living in state-run relief camps.",
            [("displaced", 80000)],
        ),
        # a contingent is a body of troops sent
        (
            "Orvia sent a contingent of about 900 troops to the border in May.",
            [("deployed", 900)],
        ),
    ],
)
def test_more_claims(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def test_two_days_counts_are_no_count_revised() -> None:
    claims = analyze("Floods killed 8 people on Monday and 15 on Tuesday.").claims
    assert "CB142" not in {c.rule for c in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month named whole ("in March") is no date of the number after it
        ("In April three fishermen drowned off the same reef.", [("killed", 3)]),
        ("Last June 14 miners were killed in the same shaft.", [("killed", 14)]),
        # a day after its month still is
        ("On June 14 miners went on strike.", []),
        # the youngest or oldest of the dead: an age
        ("Nine people died. The youngest of the victims was 19, police said.", [("killed", 9)]),
    ],
)
def test_months_and_ages(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def test_a_speaker_below_a_place_keeps_its_head() -> None:
    text = (
        "A medic at a tent below the bridge, who gave only his first name, Omar, because he"
        " feared his employer, said he had seen 12 bodies."
    )
    assert _sources(text) == [("statement", "A medic at a tent below the bridge")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review45a: a count that no "toll" names lets only a setter's "it" follow
        ("Five people died in the heat on Monday. It rose to 43 on Tuesday.", [("killed", 5)]),
        # review45a: a count of something else, or money, after the figure
        (
            "Ten people died in the crash. The bank later raised the number to 16 branches.",
            [("killed", 10)],
        ),
        ("Ten people died. The insurer raised it to 2 million.", [("killed", 10)]),
        # review45a: two causes, not a later hour
        ("Police said 4 people died in the fire and 2 by drowning.", [("killed", 4)]),
        # review45a: a contingent told by its country's possessive; a detachment may attack
        (
            "The country's contingent of 1,200 peacekeepers left on Monday.",
            [("deployed", 1200)],
        ),
        ("A detachment of 40 soldiers attacked the village.", []),
    ],
)
def test_review45a_claims(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The central bank lowered that to 2 percent on Monday.", []),
        (
            "The rebels' claim that 40 soldiers died was neither confirmed nor denied by"
            " independent sources.",
            [],
        ),
        ("The army neither confirmed nor denied the claim.", [("non_response", "The army")]),
        (
            "The miners did not come out to talk to reporters because they were still trapped.",
            [],
        ),
        (
            "Officials said the fire was contained, but it did not say how many homes burned.",
            [("statement", "Officials")],
        ),
        (
            "The judge said it was a matter for the courts to decide whether the men were guilty.",
            [("statement", "The judge")],
        ),
        (
            "Asked about arrests, a police spokesman said it was a matter for the prosecutor's"
            " office.",
            [("non_response", "a police spokesman")],
        ),
        # a silent party is what a later "she" stands for
        (
            "The mayor declined to comment. She said the town was grieving.",
            [("non_response", "The mayor"), ("statement", "The mayor")],
        ),
    ],
)
def test_review45a_attributions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No arrests were made, and detectives have not identified a suspect.",
            [("non_response", "detectives")],
        ),
        ("Police have not named the driver, who was not hurt.", [("non_response", "Police")]),
        ("The communique made no mention of civilians.", [("non_response", "The communique")]),
        ("The army did not mention its losses.", [("non_response", "The army")]),
        ("The minister did not mention the strike in her speech.", []),
        (
            "The railway did not say how many of its staff were hurt.",
            [("non_response", "The railway")],
        ),
        # a text that is no party's voice does not fall silent
        ("The letter did not mention her brother.", []),
        ("Doctors have not identified the virus.", []),
    ],
)
def test_withheld_names_evidence_and_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series of kinds of people before the verb the cue holds
        (
            "About 90 firefighters, medics and soldiers were searching the collapsed hall.",
            [("deployed", 90)],
        ),
        (
            "More than 300 soldiers, police officers and volunteers have been sent to the pit.",
            [("deployed", 300)],
        ),
        # crews who worked at the scene
        ("About 70 rescue workers worked through the night at the site.", [("deployed", 70)]),
        ("About 300 staff worked at the site before it closed.", []),
        # officers posted somewhere; a place after the group is no part of it
        ("The city posted 400 officers around the stadium.", [("deployed", 400)]),
        ("Fans posted 300 photos of the match.", []),
    ],
)
def test_crews_and_posts(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def test_a_clause_set_off_by_commas_leaves_the_predicate() -> None:
    assert _claims("Three soldiers, who had been posted at the border post, were wounded.") == [
        ("wounded", 3)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review45b: a word in "-s" that is no plural noun after the figure
        (
            "Nine people were killed in the storm. Officials raised it to 16 this morning.",
            [("killed", 9), ("killed", 16)],
        ),
        # review45b: the youngest told as a count of people
        (
            "The youngest were 12 children who were killed in the blast.",
            [("killed", 12)],
        ),
        # review45b: "by" an agent that looks like a month, or "the next" blast
        (
            "Rescuers found 9 dead on Monday and 14 by the next morning.",
            [("killed", 9), ("killed", 14)],
        ),
    ],
)
def test_review45b_claims(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def test_review45b_no_revised_count_by_an_agent() -> None:
    claims = analyze("The militia killed 12 villagers on Monday and 17 by marines.").claims
    assert "CB142" not in {c.rule for c in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Witnesses have not identified the attackers.", []),
        ("Police have not identified the attackers.", [("non_response", "Police")]),
        ("The coach did not mention the injured players.", []),
        ("The minister did not mention the missing funds.", []),
        (
            "The police said it was a matter for the prosecutor's office to comment on.",
            [("non_response", "The police")],
        ),
        ("The agency updated it to 2 p.m. on Monday.", []),
    ],
)
def test_review45b_attributions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked about the aid group's higher toll, the ministry's spokesman said the group's"
            " numbers were for the group to explain.",
            [("non_response", "the ministry's spokesman")],
        ),
        (
            "The mayor said the new rules were for the council to decide.",
            [("statement", "The mayor")],
        ),
    ],
)
def test_a_question_passed_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


def test_the_setter_of_a_count_of_things_states_no_toll() -> None:
    # one check of what follows a figure set again, for the toll (CB83) and its setter (AT14)
    text = "Ten people died in the flood. The agency raised it to 12 homes."
    assert [a.cue for a in analyze(text).attributions] == []
