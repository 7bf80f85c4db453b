"""Review 19: invented sentences that broke this session's rules, before their fixes."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None, int | None, str]]:
    return [(c.category, c.min, c.max, c.qualifier) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a qualified step is still a step: the new value is the figure
        ("The number of dead rose by about 12 to 52.", ("killed", 52, 52, "exact")),
        (
            "The death toll in Brackwell rose by nearly 100 to 1,234, a medic said.",
            ("killed", 1234, 1234, "exact"),
        ),
        # a comma between the step and the new value
        ("The toll has risen by 12, to 52, officials in Orme said.", ("killed", 52, 52, "exact")),
        ("The number of injured rose by 4, to 19.", ("wounded", 19, 19, "exact")),
        ("THE DEATH TOLL ROSE BY 1,200, TO 5,400.", ("killed", 5400, 5400, "exact")),
        (
            "The number of wounded rose by 3, to about 20, the clinic said.",
            ("wounded", 20, 20, "approximately"),
        ),
    ],
)
def test_changed_value_is_the_new_one(
    text: str, expected: tuple[str, int | None, int | None, str]
) -> None:
    assert _claims(text) == [expected]


def test_comma_to_without_a_number_keeps_the_other_figures() -> None:
    claims = _claims("The levy rose by 12, to the anger of traders, and 3 people were injured.")
    assert ("wounded", 3, 3, "exact") in claims


def _sources(text: str) -> list[str]:
    return [a.source for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an inverted source with a time, a medium or a participle after it
        ("Three anglers drowned, said the harbour master on Tuesday.", "the harbour master"),
        ("Three anglers drowned, said officials in a statement.", "officials"),
        ("Two wardens died, said park director Ida Roth on Monday.", "park director Ida Roth"),
        ("Two wardens died, said rangers late on Monday.", "rangers"),
        ("Two wardens died, said police early Sunday.", "police"),
        ('"We found three bodies," said Ivo Marsh yesterday.', "Ivo Marsh"),
        ('"We found three bodies," said Ivo Marsh late last night.', "Ivo Marsh"),
        ("TWO DOCKERS DIED, SAID THE UNION ON FRIDAY.", "THE UNION"),
        (
            "Two died, said the quarry's manager, Ida Roth, on Monday.",
            "the quarry's manager, Ida Roth",
        ),
        ("Two died, said Ida Roth, in a statement.", "Ida Roth"),
    ],
)
def test_inverted_source_before_an_adjunct(text: str, source: str) -> None:
    assert _sources(text)[0] == source


def test_inverted_source_then_adding() -> None:
    sources = _sources("The van hit a pier, said the harbour master, adding that four were hurt.")
    assert sources == ["the harbour master", "the harbour master"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "said" with a complement: the subject before it speaks
        ("Ida Roth, a nurse, said the man on Tuesday was drunk.", "Ida Roth, a nurse"),
        (
            "The mayor, a former pilot, said police on Monday arrested 3 men.",
            "The mayor, a former pilot",
        ),
        ('"We found three bodies," said the late Ida Roth\'s son.', "the late Ida Roth's son"),
    ],
)
def test_said_with_a_complement_is_not_inverted(text: str, source: str) -> None:
    assert _sources(text)[0] == source


def _attributions(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "According to X," opens no appositive subject of the verb after it
        (
            "According to the ministry, the governor, a former pilot, said 5 people died.",
            [("the ministry", "According to"), ("the governor, a former pilot", "said")],
        ),
        (
            "According to the council, Ada Brin, the harbour chief, said 3 divers drowned.",
            [("the council", "According to"), ("Ada Brin, the harbour chief", "said")],
        ),
        # an unnamed source placed by a named place takes no unnamed appositive either
        (
            "According to police in Varnholt, the driver, a retired teacher, was killed.",
            [("police in Varnholt", "According to")],
        ),
        (
            "According to officials at the quarry, the foreman, a veteran, drowned.",
            [("officials at the quarry", "According to")],
        ),
        # a name after the unnamed source still names it; a named speaker keeps its own
        (
            "According to a neighbour, Ida Roth, two people died.",
            [("a neighbour, Ida Roth", "According to")],
        ),
        (
            "According to police in Varnholt, the mayor, Ida Roth, said 2 died.",
            [("police in Varnholt", "According to"), ("the mayor, Ida Roth", "said")],
        ),
    ],
)
def test_according_to_and_the_subject_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _attributions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an event told before the season keeps its hurt
        "Four players were injured when their team bus crashed before the season opener.",
        "Three riders were hurt when a van struck the peloton during the season finale.",
        "Two athletes were injured in a bomb blast at the campaign rally.",
        "Five players were injured in the stand collapse since March, officials said.",
    ],
)
def test_an_event_in_a_season_is_a_casualty(text: str) -> None:
    assert [c[0] for c in _claims(text)] in (["wounded"],)


@pytest.mark.parametrize(
    "text",
    [
        "Eleven players have been injured so far this season, the club said.",
        "The Varnholt side has had 9 players injured since August.",
        "Six starters were injured in the current campaign.",
    ],
)
def test_a_squad_injury_list_is_no_casualty(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a clinic for care that is no injury
        "Two footballers were admitted to a rehab clinic last month.",
        "Three singers were taken to an addiction clinic in Varnholt.",
        "Twelve patients were taken to a dental clinic.",
        "The couple were admitted to a clinic in Varnholt for fertility treatment.",
        # a confession to hospital staff
        "Three teenagers admitted to hospital staff that they had taken the pills.",
    ],
)
def test_care_that_tells_of_no_harm(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two men were taken to a clinic with gunshot wounds.",
        "Two dockers were taken to a local clinic after the blast.",
        "Four people were admitted to hospital on Saturday night, police said.",
    ],
)
def test_care_after_harm_is_wounded(text: str) -> None:
    assert [c[0] for c in _claims(text)] == ["wounded"]
