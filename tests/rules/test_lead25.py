"""Readings the twenty-fifth session's lead added. Every sentence is invented.

Claims: a part counted of an owned whole ("none of the truck's 28 passengers"), a loss
denied ("denied that any soldiers had been killed"), people whose fate is unknown, the hurt
"admitted in serious condition", a record of games (no one), reinforcements sent.

Attributions: a toll put "in her province alone at 31", "the number still missing at 15"; a
review that "concluded that", lawmakers who "demanded on Tuesday that"; a speaker counted after
an inverted "said" ("said two police officers"); a relative clause ending in a pronoun
("officials who saw it said"); the subject of the first of two verbs in capitals; a bureau
that has not released names; "Local 7"; "described by neighbors as"; and "added" as a verb of
sums ("added nine assists"), which says nothing.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions]


def _claimants(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.claimant) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Provincial governor Ana Delos Reyes put the toll in her province alone at 31.",
            "Provincial governor Ana Delos Reyes",
            "put the toll in her province alone at",
        ),
        (
            "Union leader Tomas Brandt put the number still missing at 15.",
            "Union leader Tomas Brandt",
            "put the number still missing at",
        ),
        ("Officials put the number injured at 40.", "Officials", "put the number injured at"),
        (
            "The coroner put the toll for the two days at nine.",
            "The coroner",
            "put the toll for the two days at",
        ),
    ],
)
def test_a_toll_put_with_where_or_whose_words_between_is_a_statement(
    text: str, source: str, cue: str
) -> None:
    assert _sources(text) == [(source, cue)]


def test_the_claim_of_a_toll_put_in_a_place_takes_its_speaker() -> None:
    text = "Provincial governor Ana Delos Reyes put the toll in her province alone at 31."
    assert _claimants(text) == [("killed", 31, "Provincial governor Ana Delos Reyes")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The report concluded that no more than three civilians died in the strike.",
            "The report",
        ),
        ("The coroner's review concludes that the two hikers drowned.", "The coroner's review"),
    ],
)
def test_a_finding_concluded_that_is_a_statement(text: str, source: str) -> None:
    assert _sources(text) == [(source, "concluded" if "concluded" in text else "concludes")]


@pytest.mark.parametrize(
    "text",
    [
        "The talks concluded on Friday without a deal.",
        "The festival concluded with a fireworks display over the harbour.",
    ],
)
def test_concluded_without_that_says_nothing(text: str) -> None:
    assert _sources(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nine people died, said three witnesses.", "three witnesses"),
        ("The blast wounded 40, said two police officers.", "two police officers"),
        (
            "The toll rose to nine, said two officials familiar with the count.",
            "two officials familiar with the count",
        ),
        ("Nine people died, said two officials who have read it.", "two officials"),
    ],
)
def test_a_counted_speaker_after_an_inverted_said(text: str, source: str) -> None:
    assert _sources(text) == [(source, "said")]
    assert all(claimant == source for *_, claimant in _claimants(text))


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("Nine people died, officials who saw it said.", "officials", "said"),
        ("Nine people died, two officials who have read it said.", "two officials", "said"),
        ("Nine people died, residents who witnessed it told reporters.", "residents", "told"),
    ],
)
def test_a_relative_clause_ending_in_a_pronoun_leaves_its_head_as_the_speaker(
    text: str, source: str, cue: str
) -> None:
    assert _sources(text) == [(source, cue)]


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun that is the speaker itself, or the object of a preposition, is unchanged
        "The agency said 40 shelters were open. Fewer than 20 had reported damage, it said.",
        "Eleven soldiers were wounded, one of them said.",
    ],
)
def test_a_pronoun_subject_still_speaks(text: str) -> None:
    expected = "The agency" if text.startswith("The agency") else "one of them"
    assert [source for source, _ in _sources(text)][-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Blake scored 22 points and added nine rebounds.",
        "The plant added 300 jobs last year.",
        "The Hawks added a third goal in the second half.",
    ],
)
def test_added_with_a_counted_object_says_nothing(text: str) -> None:
    assert _sources(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police added two more people had died overnight.", "Police"),
        ("The railroad added that no one was hurt.", "The railroad"),
        ('"We are still searching," added a spokesman.', "a spokesman"),
        ("The mayor added three people remain missing.", "The mayor"),
    ],
)
def test_added_before_speech_still_speaks(text: str, source: str) -> None:
    assert _sources(text) == [(source, "added")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "THE STATION SAID THE RAID HAD CAUSED SEVERE LOSSES TO THE ARMY AND DENIED THAT ANY"
            " OF ITS MEN HAD DIED.",
            "THE STATION",
        ),
        ("Deputies couldn't confirm the account and said the inquiry was open.", "Deputies"),
    ],
)
def test_a_coordinated_verb_takes_the_subject_of_the_first(text: str, source: str) -> None:
    assert all(s == source for s, _ in _sources(text))
    assert len(_sources(text)) >= 2


# Claims: counts of none, the fate unknown, the hurt admitted in a condition.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE ARMY REPORTED THAT NONE OF THE TRUCK'S 28 PASSENGERS WAS INJURED.", ("wounded", 0)),
        ("None of the 20 tourists was hurt.", ("wounded", 0)),
        ("None of its 12 crew members was injured.", ("wounded", 0)),
        ("The command denied that any soldiers had been killed.", ("killed", 0)),
        ("The rebels denied that any of their fighters had died.", ("killed", 0)),
        ("The ministry denied that any of its officials had been kidnapped.", ("kidnapped", 0)),
    ],
)
def test_none_of_a_counted_whole_and_a_loss_denied_are_counts_of_none(
    text: str, expected: tuple[str, int]
) -> None:
    assert [(c, m) for c, m, _ in _claimants(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The army denied any involvement in the killings.",
        "The minister denied any knowledge of the men who were killed.",
    ],
)
def test_a_denial_of_something_else_counts_no_one(text: str) -> None:
    assert _claimants(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Relatives said six divers had drowned and that the fate of four more was unknown.", 4),
        ("One sailor drowned and the fate of three crew members remains unclear.", 3),
        ("Nine died in the flood and the fate of another 40 villagers is still unknown.", 40),
    ],
)
def test_people_whose_fate_is_unknown_are_missing(text: str, figure: int) -> None:
    assert ("missing", figure) in [(c, m) for c, m, _ in _claimants(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Two men died; the fate of the two bills was unknown.",
        "The fate of the 2024 budget remains unclear.",
        # no harm told beside it: a closure's workers are no one missing
        "The fate of 500 workers remains unclear after the factory closed.",
    ],
)
def test_the_fate_of_things_is_no_one_missing(text: str) -> None:
    assert "missing" not in [c for c, _, _ in _claimants(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two people were admitted in serious condition after the crash.", 2),
        ("Four of the passengers were admitted in critical condition.", 4),
    ],
)
def test_the_admitted_in_a_condition_are_hurt(text: str, figure: int) -> None:
    assert [(c, m) for c, m, _ in _claimants(text)] == [("wounded", figure)]


@pytest.mark.parametrize(
    "text",
    [
        "The Otters have captured nine of their last 12 road games.",
        "The team won seven of its past 10 matches.",
    ],
)
def test_a_record_of_games_counts_no_one(text: str) -> None:
    assert _claimants(text) == []


def test_reinforcements_sent_are_deployed() -> None:
    text = "The governor said 450 police reinforcements would be sent to the coast."
    assert [(c, m) for c, m, _ in _claimants(text)] == [("deployed", 450)]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "The bureau has not released the names of the victims.",
            "The bureau",
            "has not released the names",
        ),
        (
            "Senators demanded on Tuesday that the ministry publish the report.",
            "Senators",
            "demanded",
        ),
        (
            "The governor, who toured the valley, promised that the dead would be buried at state"
            " expense.",
            "The governor",
            "promised",
        ),
        (
            "The Harbor County Deputies Association Local 7 said the deputies had followed policy.",
            "The Harbor County Deputies Association Local 7",
            "said",
        ),
        (
            "The getaway car, described by neighbors as a grey van, sped off.",
            "neighbors",
            "described",
        ),
        ('Then she added a caveat: "Nobody should read too much into one poll."', "she", "added"),
    ],
)
def test_more_parties_and_verbs_that_speak(text: str, source: str, cue: str) -> None:
    assert _sources(text) == [(source, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "Senators demanded a recount on Tuesday.",
        "The mayor promised to rebuild the bridge by spring.",
    ],
)
def test_demanded_and_promised_without_that_report_nothing(text: str) -> None:
    assert _sources(text) == []


def test_a_named_branch_is_not_anonymous() -> None:
    text = "The Harbor County Deputies Association Local 7 said the deputies had followed policy."
    assert [a.anonymous for a in analyze(text).attributions] == [False]


def test_a_figure_in_a_demand_is_claimed_by_the_account_inside_it() -> None:
    text = (
        "Opposition lawmakers demanded on Wednesday that the government publish an assessment"
        " which, two members of parliament said, found that a drone strike killed 19 people."
    )
    assert _claimants(text) == [("killed", 19, "two members of parliament")]
    assert ("Opposition lawmakers", "demanded") in _sources(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The gunmen, who according to neighbours demanded the keys of the depot, left at dawn.",
            "neighbours",
        ),
        ("According to officials familiar with the case, 12 people died.", "officials familiar"),
    ],
)
def test_a_source_after_according_to_stops_at_its_clause_verb(text: str, source: str) -> None:
    first = _sources(text)[0][0]
    assert first.startswith(source)
    assert "demanded" not in first


@pytest.mark.parametrize(
    "text",
    [
        "THE JUDGE AND THREE BODYGUARDS WERE MACHINEGUNNED TO DEATH AT A ROADBLOCK.",
        "Three bodyguards were machine-gunned to death at a roadblock.",
    ],
)
def test_machinegunned_to_death_is_killed(text: str) -> None:
    assert ("killed", 3) in [(c, m) for c, m, _ in _claimants(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not deny that any soldiers had been killed.",
        "The army denied that any rockets had killed civilians.",
        "The army denied that any of those killed were civilians.",
    ],
)
def test_a_denial_denied_or_of_those_who_harmed_counts_no_one(text: str) -> None:
    assert _claimants(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The spokesman added 12 people, including 3 children, were killed.", "The spokesman"),
        ("Police added 12 adults and 3 children died.", "Police"),
        ("The ministry added 5 deaths, bringing the toll to 40.", "The ministry"),
    ],
)
def test_added_before_a_clause_past_a_comma_or_a_toll_still_speaks(text: str, source: str) -> None:
    assert _sources(text) == [(source, "added")]
    assert all(claimant == source for *_, claimant in _claimants(text))


@pytest.mark.parametrize(
    "text",
    [
        "The talks concluded that afternoon, hours after 3 protesters were shot.",
        "The aid the governor promised that week never reached the 400 displaced families.",
    ],
)
def test_that_as_a_determiner_opens_no_statement(text: str) -> None:
    assert _sources(text) == []
    assert all(claimant is None for *_, claimant in _claimants(text))


def test_a_record_of_people_is_still_counted() -> None:
    text = "The kidnappers freed 11 of their last 13 hostages on Sunday."
    assert ("rescued", 11) in [(c, m) for c, m, _ in _claimants(text)]


def test_locals_in_capitals_stay_anonymous() -> None:
    assert [a.anonymous for a in analyze("SEVERAL LOCALS SAID 12 PEOPLE DIED.").attributions] == [
        True
    ]


@pytest.mark.parametrize(
    "text",
    ["She put the number in her phone at once.", "The crew put the figure in the report at noon."],
)
def test_a_thing_put_in_a_place_is_no_toll_set(text: str) -> None:
    assert _sources(text) == []


def test_a_description_set_off_by_commas_claims_nothing_else() -> None:
    text = "The attack, described by witnesses as chaotic, killed 9 people."
    assert _claimants(text) == [("killed", 9, None)]


def test_a_coordinated_subject_stops_at_its_auxiliary() -> None:
    text = "Deputies couldn't verify the account and said the inquiry was open."
    assert _sources(text) == [("Deputies", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 80 officers assigned to the harvest parade kept the crowd back.", [80]),
        ("The two guards, constables assigned to his protection, were unhurt.", []),
        ("Five detectives assigned to the case met on Monday.", []),
    ],
)
def test_officers_assigned_to_an_event_are_deployed(text: str, expected: list[int]) -> None:
    assert [m for c, m, _ in _claimants(text) if c == "deployed"] == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Three suspects were held in custody overnight.", 3),
        ("Two teenagers were being held Friday at the county juvenile detention center.", 2),
        ("Two men were booked into the Marlow County jail.", 2),
    ],
)
def test_the_held_in_custody_or_in_a_jail_are_arrested(text: str, figure: int) -> None:
    assert [(c, m) for c, m, _ in _claimants(text)] == [("arrested", figure)]


def test_captives_held_by_a_gang_stay_kidnapped() -> None:
    text = "The gang held 11 miners in a warehouse for a week."
    assert [(c, m) for c, m, _ in _claimants(text)] == [("kidnapped", 11)]
