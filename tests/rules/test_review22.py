"""Review 22: invented cases against the lead's commits of session 12 (occasions after an
inverted speaker, a negation carried over "or", a season's injuries, "lost N men")."""

from __future__ import annotations

import pytest

from rules import analyze


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.kind) for a in analyze(text).attributions]


def _claims(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.claimant) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a capitalised occasion word names the speaker's workplace, not an occasion
        (
            "Two people were killed, said a doctor at Ashby Memorial Hospital.",
            "a doctor at Ashby Memorial Hospital",
        ),
        (
            "Four miners were killed, said an official at the Summit Mining Company.",
            "an official at the Summit Mining Company",
        ),
        (
            '"It was chaos," said Ida Roth, a fellow at the Forum for Coastal Security.',
            "Ida Roth, a fellow at the Forum for Coastal Security",
        ),
        (
            "Two guards were hurt, said a manager at the Event Centre in Dunmore.",
            "a manager at the Event Centre in Dunmore",
        ),
        # the occasions the lead's rule cuts off still go
        (
            "Twelve people were injured, said Mayor Tom Reyes at the city's press conference.",
            "Mayor Tom Reyes",
        ),
        ('"We are grieving," said a priest at the funeral of the two boys.', "a priest"),
    ],
)
def test_a_named_place_after_at_stays_in_the_source(text: str, source: str) -> None:
    assert [s for s, k in _sources(text) if k == "statement"] == [source]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Officials who did not give their names or say why said nine people were killed.",
            "Officials",
        ),
        ("An aide who would not say why said two guards died in the blast.", "An aide"),
        ("A medic who would not say how told reporters that four patients died.", "A medic"),
    ],
)
def test_a_speaker_whose_relative_clause_refuses_to_explain_still_claims(
    text: str, claimant: str
) -> None:
    claims = analyze(text).claims
    assert [c.claimant for c in claims] == [claimant]
    kinds = [a.kind for a in analyze(text).attributions if a.source == claimant]
    assert "statement" in kinds


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "At least 30 protesters have been treated for injuries since the start of the unrest.",
            30,
        ),
        ("Landmines have caused 120 injuries since January, the agency said.", 120),
        ("Avalanches have left 30 people with injuries this season, rescuers said.", 30),
        ("The ministry said 57 civilians were admitted with injuries since March.", 57),
        # a squad's injury list over a season is still no casualty
        ("Velk have had 12 players out with injuries this season.", None),
        ("The club lost three players to injuries this season.", None),
    ],
)
def test_injuries_over_a_season_need_a_squad(text: str, wounded: int | None) -> None:
    found = [c.min for c in analyze(text).claims if c.category == "wounded"]
    assert found == ([] if wounded is None else [wounded])


@pytest.mark.parametrize(
    "text",
    [
        "The team lost two men to red cards in the first half.",
        "The regiment lost 30 men to desertion in the first week.",
        "The party lost 12 members to a rival bloc after the vote.",
        "Police in Dunmore lost three officers to retirement this year.",
        "The clinic lost 40 nurses to other jobs.",
        "The rebels lost 15 fighters who surrendered to the army.",
        "The unit lost 20 men as prisoners.",
    ],
)
def test_people_lost_some_other_way_were_not_killed(text: str) -> None:
    assert [c for c in analyze(text).claims if c.category in ("killed", "killed_or_wounded")] == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The militia said it had lost six fighters in the clashes.", 6),
        ("The unit lost 20 men to frostbite and disease.", 20),
        ("The gang lost three members to rival gunmen last month.", 3),
        ("The rebels lost 50 fighters captured and 12 killed.", 12),
        # the cue's own object only: a capture told later in the clause is another matter
        ("The rebels lost six fighters and later handed two captured soldiers back.", 6),
    ],
)
def test_people_lost_to_death_are_still_killed(text: str, killed: int) -> None:
    assert [c.min for c in analyze(text).claims if c.category == "killed"] == [killed]


@pytest.mark.parametrize(
    "text",
    [
        "The battalion lost 40 men killed and wounded in the assault.",
        "The army said it lost 120 soldiers dead or wounded in the offensive.",
    ],
)
def test_men_lost_killed_and_wounded_are_killed_or_wounded(text: str) -> None:
    assert [c.category for c in analyze(text).claims] == ["killed_or_wounded"]
