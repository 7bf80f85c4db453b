"""Readings the thirty-sixth session's lead added. Every sentence is invented.

Attributions: refusals in more words ("answered no questions", "had still not replied",
"waved away a question", "gave no word on whether", "let calls ring out", "kept its reports
to itself"), a league or a charity as a party, a participle after a quoted word ('called it
"reckless," saying'), "it" after an opening phrase as the subject of a coordinated verb, a
reason set off by commas inside a subject, "went unnamed" as terms of anonymity, and
"confirmed" in a relative clause on the confirmed thing. Claims: survivors "all of them" hurt
or in care, people treated "for" a hurt, "ballots" declared dead.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _attributions(text: str) -> list[tuple[str, str, str, bool]]:
    return [(a.kind, a.source, a.cue, a.anonymous) for a in analyze(text).attributions]


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


def _nr(source: str, cue: str) -> list[tuple[str, str, str, bool]]:
    return [("non_response", source, cue, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The water authority answered no questions about the burst dam on Friday.",
            _nr("The water authority", "answered no questions"),
        ),
        (
            "The ferry operator has answered none of our emails.",
            _nr("The ferry operator", "answered none of our emails"),
        ),
        ("The pupil answered none of the questions correctly in the quiz.", []),
        (
            "The prison service was sent questions on Friday and had still not replied by noon.",
            _nr("The prison service", "had still not replied"),
        ),
        (
            "The coach waved away a question about the injured fans.",
            _nr("The coach", "waved away a question"),
        ),
        (
            "The agency gave no word on whether soldiers were among the dead.",
            _nr("The agency", "gave no word"),
        ),
        (
            "The federation let calls to its head office ring out all weekend.",
            _nr("The federation", "let calls to its head office ring out"),
        ),
        ("The church let its bells ring out at noon.", []),
        (
            "The port authority kept its safety audits to itself.",
            _nr("The port authority", "kept its safety audits to itself"),
        ),
    ],
)
def test_refusals_in_more_words(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    assert _attributions(text) == expected


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            'The governor dismissed the rival count as "propaganda," saying only his office '
            "kept a register of the dead.",
            "The governor",
            "saying",
        ),
        (
            'The mayor branded the plan "reckless," adding that it would cost lives.',
            "The mayor",
            "adding",
        ),
        (
            "In a short statement, it blamed the militia, whose men hold the pass, and said "
            "11 shells had hit the depot.",
            "it",
            "said",
        ),
        (
            "A porter who would give only his first name, Ilyas, because his employer forbids "
            "talking to the press, said the blast came from the kitchens.",
            "A porter",  # the porter, not his first name (thirty-seventh session)
            "said",
        ),
    ],
)
def test_the_speaker_past_a_quoted_word_a_pronoun_or_a_reason(
    text: str, source: str, cue: str
) -> None:
    assert [(s, c) for kind, s, c, _ in _attributions(text) if kind == "statement"] == [
        (source, cue)
    ]


def test_it_with_an_impersonal_verb_is_no_speaker() -> None:
    text = "After the vote, it emerged that the mayor had resigned and aides said little."
    assert [s for _, s, _, _ in _attributions(text)] == ["aides"]


def test_a_verb_inside_the_terms_of_going_unnamed_is_no_statement() -> None:
    text = (
        "A paramedic at the scene, who would talk only if he went unnamed because his "
        "supervisors had warned crews against briefing the press, said 14 bodies were "
        "recovered."
    )
    found = analyze(text)
    assert [(a.source, a.cue, a.anonymous) for a in found.attributions] == [
        ("A paramedic at the scene", "said", True)
    ]
    assert [c.claimant for c in found.claims] == ["A paramedic at the scene"]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "The coroner said the register lists only the drownings that pathologists have "
            "confirmed as accidents.",
            ["The coroner"],
        ),
        ("Officials said on Monday that pathologists had confirmed 12 deaths.", None),
    ],
)
def test_confirmed_on_the_thing_a_relative_clause_names(
    text: str, sources: list[str] | None
) -> None:
    found = [s for kind, s, _, _ in _attributions(text) if kind == "statement"]
    if sources is None:
        assert found == ["Officials", "pathologists"]
    else:
        assert found == sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forty passengers survived the sinking, and all of them were taken to hospitals "
            "in two towns, the ferry line said.",
            [("wounded", 40, "passengers")],
        ),
        ("Nine miners survived the blast, all of them with burns.", [("wounded", 9, "miners")]),
        ("There were 14 survivors, all of them in hospital.", [("wounded", 14, "survivors")]),
        ("Forty passengers survived the sinking, and all of them have gone home.", []),
        ("Twelve survivors were named, and all of them were treated as witnesses.", []),
    ],
)
def test_survivors_all_of_them_hurt(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volunteers treated about 90 pilgrims for heat exhaustion along the route.",
            [("wounded", 90, "pilgrims")],
        ),
        ("Nurses treated 12 dogs for burns after the kennel fire.", []),
        ("The school treated 40 pupils for the exam.", []),
    ],
)
def test_people_treated_for_a_hurt(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


def test_ballots_declared_dead_are_no_toll() -> None:
    text = "Election officials said some 3,100 ballots were declared dead after the recount."
    assert _claims(text) == []


def test_a_league_and_a_charity_speak() -> None:
    assert [s for _, s, _, _ in _attributions("The league said two stewards were hurt.")] == [
        "The league"
    ]
    assert [
        s for _, s, _, _ in _attributions("The charity declined to comment on the figures.")
    ] == ["The charity"]


@pytest.mark.parametrize(
    "text",
    [
        "A porter, who would talk only if he stayed unnamed, said four guests were hurt.",
        "A clerk who agreed to talk once told the account would carry no name said four "
        "guests were hurt.",
        "A cook, who would speak only without his name, said four guests were hurt.",
    ],
)
def test_more_terms_of_anonymity(text: str) -> None:
    assert [(s, c, anonymous) for _, s, c, anonymous in _attributions(text)][-1][2] is True


def test_a_source_telling_its_own_terms_is_one_statement() -> None:
    text = (
        "A ward sister, who said she would be suspended if her name appeared in print, said "
        "30 patients had arrived overnight."
    )
    assert _attributions(text) == [("statement", "A ward sister", "said", True)]


def test_a_relative_clause_that_says_something_else_stays() -> None:
    text = "A cyclist who said she saw the lorry told police that two men were hurt."
    assert [c for _, _, c, _ in _attributions(text)] == ["said", "told"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Nine people died, the coastguard said on Monday, without saying how many were "
            "children.",
            "the coastguard",
        ),
        ("Police said six men were held, without specifying how many were armed.", "Police"),
    ],
)
def test_without_saying(text: str, party: str) -> None:
    assert _attributions(text)[-1][:2] == ("non_response", party)


def test_he_left_without_saying_is_no_refusal() -> None:
    assert _attributions("He left the hall without saying why.") == []


def test_it_stands_for_a_body_named_forces() -> None:
    text = (
        "The Orvanian Defence Forces said the strike hit a depot.\n\nIt said six fighters had died."
    )
    found = analyze(text)
    assert [a.source for a in found.attributions] == ["The Orvanian Defence Forces"] * 2
    assert [c.claimant for c in found.claims] == ["The Orvanian Defence Forces"]


def test_a_titled_person_brought_in_before_a_pronoun() -> None:
    text = (
        "Opposition leader Mara Keln, 52, told supporters the vote was stolen.\n\n"
        'Interior Minister Tomas Ardo, 60, admitted defeat late on Sunday. "We fought '
        'hard," he said.'
    )
    assert [s for _, s, _, _ in _attributions(text)][-1] == "Interior Minister Tomas Ardo"


def test_a_relative_clause_after_a_preposition_is_an_aside() -> None:
    text = "The regional council, to which the town belongs, said 12 houses had collapsed."
    assert [s for _, s, _, _ in _attributions(text)] == ["The regional council"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five of the dead passengers were from Lessa, police said.",
            [("killed", 5, "passengers")],
        ),
        ("Two of the wounded horses were put down.", []),
        (
            "The field hospital admitted more than 1,300 patients after the quake.",
            [("wounded", 1300, "patients")],
        ),
    ],
)
def test_a_part_of_the_dead_by_its_noun_and_a_large_intake(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic said 30 miners were hurt, six of them on oxygen.",
            [("wounded", 30, "miners"), ("wounded", 6, None)],
        ),
        (
            "Police said 40 officers were injured, nine of them by stones.",
            [("wounded", 40, "officers"), ("wounded", 9, None)],
        ),
        (
            "Police said 212 people were killed last year, 180 of them by gunfire.",
            [("killed", 212, "people")],
        ),
        ("Forty houses were hit, four of them by stones.", []),
    ],
)
def test_more_parts_of_the_hurt(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("The ministry raised its toll to 23, up from the 17 it gave at noon.", 17),
        ("Floods have killed 96 people, raising the agency's running total from 71.", 71),
        ("The army put the toll at 30, revising its earlier count of 22.", 22),
    ],
)
def test_an_earlier_value(text: str, earlier: int) -> None:
    assert [c.min for c in analyze(text).claims if c.rule == "CB124"] == [earlier]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight people were hurt. Five went to Lessa General Hospital.", [8, 5]),
        ("Two detectives went to the hospital on Monday to question the driver.", []),
        ("Officers went to the hospital where the driver was being treated.", []),
    ],
)
def test_went_to_hospital(text: str, expected: list[float]) -> None:
    assert [c.min for c in analyze(text).claims if c.category == "wounded"] == expected


# review36a: the claims reviewer's sentences


@pytest.mark.parametrize(
    "text",
    [
        "Twelve nurses went to work at the hospital on Sunday despite the strike.",
        "Hundreds of residents went to protest outside the hospital.",
        "About 40 people went to the hospital to look for missing relatives.",
        "Thirty students went to the hospital for a vaccination drive.",
        "Three colleagues went to the hospital where the driver was being treated.",
        "The team treated 30 players for injuries over the season.",
    ],
)
def test_review36a_no_one_hurt(text: str) -> None:
    assert [c for c in _claims(text) if c[0] == "wounded"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five officers went to hospital with head injuries after the riot.", (5, "officers")),
        ("Two reporters went to hospital after being hit by rubber bullets.", (2, "reporters")),
        ("Fourteen tourists survived the avalanche, all of them injured.", (14, "tourists")),
        ("Only three people survived, all of them with severe burns.", (3, "people")),
        ("Hospitals treated about 2,400 pilgrims for heat exhaustion.", (2400, "pilgrims")),
    ],
)
def test_review36a_hurt(text: str, expected: tuple[float, str]) -> None:
    assert [(c[1], c[2]) for c in _claims(text) if c[0] == "wounded"] == [expected]


def test_review36a_a_part_beside_the_dead_and_others_hurt() -> None:
    text = "Eleven villagers were killed and others were hurt, four of them critically."
    assert ("wounded", 4, None) in _claims(text)


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        ("The ministry raised its toll to 19, up from the seven it gave at noon.", 7),
        ("Floods have killed 96 people, raising the health ministry's running total from 71.", 71),
    ],
)
def test_review36a_earlier_values(text: str, earlier: int) -> None:
    assert [c.min for c in analyze(text).claims if c.rule == "CB124"] == [earlier]


# review36b: the attributions reviewer's sentences


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        (
            "A medic who told reporters 40 people had died, and who was not authorised to "
            "speak, said the morgue was full.",
            ["told", "said"],
        ),
        (
            "An official who said the names of the dead would be released on Friday said the "
            "morgue was full.",
            ["said", "said"],
        ),
        (
            "A police officer who told reporters that 12 people had died, speaking on condition "
            "of anonymity, said the morgue was full.",
            ["told", "said"],
        ),
    ],
)
def test_review36b_inner_statements_that_are_no_terms_stay(text: str, cues: list[str]) -> None:
    assert [c for _, _, c, _ in _attributions(text)] == cues


@pytest.mark.parametrize(
    "text",
    [
        "Colonel Ana Ruiz, who said the dead would remain unnamed until their families were "
        "told, said 40 soldiers had died.",
        "Colonel Ana Ruiz, whose unit went unnamed in the report, said 40 soldiers had died.",
    ],
)
def test_review36b_named_sources_stay_named(text: str) -> None:
    assert all(not anonymous for _, _, _, anonymous in _attributions(text))


def test_review36b_an_association_of_causes_is_no_speaker() -> None:
    text = (
        "Doctors said 30 patients had died, citing a clear association with the contaminated water."
    )
    assert analyze(text).claims[0].claimant == "Doctors"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told reporters that doctors had confirmed as many as 40 deaths.",
        "The ministry told relatives that doctors had confirmed, late on Tuesday, that 40 "
        "people had died.",
        "The ministry released the names that police had confirmed were among the dead.",
    ],
)
def test_review36b_confirmations_kept(text: str) -> None:
    assert "confirmed" in [c for _, _, c, _ in _attributions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Residents said soldiers took the men away at dawn, without explaining why.",
        "Police said the gunman, without saying why, opened fire on the crowd.",
        "Officials gave no word of warning before the dam gates were opened, residents said.",
    ],
)
def test_review36b_no_refusal(text: str) -> None:
    assert [k for k, _, _, _ in _attributions(text) if k == "non_response"] == []


def test_review36b_a_refusal_after_a_parenthetical_speaker() -> None:
    text = "Two men were held, police said, without specifying whether they were armed."
    assert _attributions(text)[-1][:3] == ("non_response", "police", "without specifying")


def test_review36b_it_blamed_then_saying() -> None:
    text = "The army issued a statement.\n\nIn it, it blamed the rebels, saying 12 people died."
    assert [c for _, _, c, _ in _attributions(text)][-1] == "saying"


def test_a_part_of_them_far_after_its_whole() -> None:
    text = (
        "A spokeswoman said 23 of those hurt on Friday were in a serious state and were later "
        "airlifted to two clinics on the coast, five of them children."
    )
    assert ("wounded", 5, "children") in _claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine were taken to Orrin General Hospital, six to St Bede's Medical Center in "
            "Larch and the remaining four to the children's hospital.",
            [9, 6, 4],
        ),
        ("Nine were taken to Orrin General Hospital, six to a police station.", [9]),
        ("Nine were taken to Orrin General Hospital and six went home.", [9]),
    ],
)
def test_a_list_of_hospitals_sharing_one_verb(text: str, expected: list[float]) -> None:
    assert [c.min for c in analyze(text).claims if c.category == "wounded"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 140 soldiers had joined the search by nightfall.", [140]),
        ("Some 90 police officers and soldiers had joined the search.", [90]),
        ("About 200 soldiers and volunteers were digging in the mud.", [200]),
        ("Two officers were searching the car.", []),
        ("Six soldiers were searching the house.", []),
    ],
)
def test_a_search_party_of_soldiers_or_police(text: str, expected: list[float]) -> None:
    assert [c.min for c in analyze(text).claims if c.category == "deployed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The safety board sent a team of seven investigators to the pass.", [7]),
        ("The club sent a team of 11 players to the cup final.", []),
    ],
)
def test_a_team_sent(text: str, expected: list[float]) -> None:
    assert [c.min for c in analyze(text).claims if c.category == "deployed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 450 soldiers were guarding the border crossing on Monday.", [450]),
        ("About 40 officers were patrolling the area.", []),
    ],
)
def test_troops_guarding(text: str, expected: list[float]) -> None:
    assert [c.min for c in analyze(text).claims if c.category == "deployed"] == expected
