"""review31's findings on the rule work of the sixteenth session (gaps17, review30 and the
lead's commits). Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _periods(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.period) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling kills 12 soldiers a week into the truce.", [("killed", 12, None)]),
        ("Twin blasts kill 9 people a day apart in the north.", [("killed", 9, None)]),
        ("Gunmen kill 5 guards a day ahead of the vote.", [("killed", 5, None)]),
        ("A landslide kills 3 miners a month on from the quake.", [("killed", 3, None)]),
        ("A bomb kills 8 shoppers on a day the town marks its founding.", [("killed", 8, None)]),
        # near miss: a rate by the day stays a statistic
        ("Snakebites kill 40 farmers a day in the delta.", [("killed", 40, "a day")]),
    ],
    ids=["a-week-into", "a-day-apart", "a-day-ahead", "a-month-on-from", "on-a-day", "rate"],
)
def test_a_headline_span_after_a_present_toll_is_no_rate(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _periods(text) == expected


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gang might beat two reporters to death.", []),
        ("Vigilantes must not beat two thieves to death, the judge said.", []),
        ("Witnesses said the crowd didn't beat two reporters to death.", []),
        ("The court ruled the state cannot put three men to death.", []),
        # near misses: a killing told in the past and in the perfect
        ("A crowd beat two reporters to death, witnesses said.", [("killed", 2)]),
        ("Police said the attackers had beaten a taxi driver to death.", [("killed", 1)]),
    ],
    ids=["might", "must-not", "did-not", "cannot", "past", "perfect"],
)
def test_a_base_form_before_to_death_tells_no_killing(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A guard who was wounded in the March 2009 bombing remains in critical condition.", []),
        ("A guard who was wounded in an April 2015 bombing remains in critical condition.", []),
        # near miss: a full date of the harm itself is recent news
        (
            "A guard who was wounded on March 2, 2026, remains in critical condition.",
            [("wounded", 1)],
        ),
    ],
    ids=["the-month-year-event", "an-month-year-event", "dated-harm"],
)
def test_a_past_event_named_by_its_date_is_an_old_harm(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police blamed the gang for Ivo Sarn's death, saying he had not died of natural "
            "causes.",
            [("killed", 1)],
        ),
        (
            "Prosecutors blamed the guards for Tomas Brel's death, saying an autopsy ruled out "
            "natural causes.",
            [("killed", 1)],
        ),
        (
            "Police blamed a gang for Tomas Brel's death, weeks after he had recovered from a "
            "stroke.",
            [("killed", 1)],
        ),
        # near misses: an illness right after the death, natural causes told
        ("The family blamed the clinic for Ivo Sarn's death from cancer.", []),
        ("The coroner attributed Ana Ruiz's death to natural causes.", []),
    ],
    ids=["not-natural", "ruled-out", "illness-later", "illness-after-death", "natural-causes"],
)
def test_blame_for_a_death_and_an_illness_denied_or_elsewhere(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three detainees were tortured to death in custody, their lawyers said.", 3),
        ("A toddler was shaken to death, prosecutors said.", 1),
        ("Two herders were bitten to death by a swarm of bees.", 2),
        ("Four porters were chopped to death with machetes.", 4),
        ("The militia tortured two activists to death.", 2),
    ],
    ids=["tortured", "shaken", "bitten", "chopped", "active-tortured"],
)
def test_more_manners_of_a_death_before_to_death(text: str, expected: int) -> None:
    assert _claims(text) == [("killed", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "The clerks said they were bored to death by the hearing.",
        "A baby was nearly shaken to death, doctors said.",
    ],
    ids=["bored", "nearly"],
)
def test_a_figure_of_speech_or_near_miss_before_to_death_kills_no_one(text: str) -> None:
    assert not any(category == "killed" for category, _ in _claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two guards were taken to hospital to be checked out for minor injuries.",
            [("wounded", 2)],
        ),
        ("Two guards were taken to hospital to be examined for stab wounds.", [("wounded", 2)]),
        # near misses: care with no harm named
        ("Two guards were taken to hospital to be checked for possible injuries.", []),
        ("Two guards were taken to hospital to be checked out after the collision.", []),
    ],
    ids=["checked-out-for-injuries", "examined-for-wounds", "possible-injuries", "checked-out"],
)
def test_care_to_be_checked_for_a_named_harm_is_a_wound(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen killed 2 guards and 5 Red Cross workers confirmed the attack.",
            [("killed", 2)],
        ),
        # near miss: a source's verb that ends the clause
        (
            "Gunmen killed 2 guards and 5 drivers Red Cross workers confirmed.",
            [("killed", 2), ("killed", 5)],
        ),
    ],
    ids=["own-verb-with-object", "source-verb"],
)
def test_a_reporting_verb_with_an_object_is_the_figure_verb(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Shelling kills 12 a week into the truce.", None),
        ("Road crashes kill 40 a day in the province, the ministry says.", None),
        # near miss: the noun before a rate stays the group
        ("Road crashes kill 40 drivers a day in the province.", "drivers"),
    ],
    ids=["a-week-into", "a-day-rate", "noun-then-rate"],
)
def test_a_rate_right_after_a_figure_is_no_group(text: str, group: str | None) -> None:
    assert [c.group for c in analyze(text).claims] == [group]


def test_an_execution_told_as_put_to_death() -> None:
    text = "Three men convicted of the bombing were put to death on Monday."
    assert _claims(text) == [("killed", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 12 nurses were seized up north on Monday.", [("kidnapped", 12)]),
        ("Three aid workers were seized up the road from the camp.", [("kidnapped", 3)]),
        # near miss: a fit at the clause's end, no captor
        ("Four rowers were seized up and could not finish.", []),
    ],
    ids=["up-north", "up-the-road", "seized-up"],
)
def test_seized_up_a_place_is_still_taken(text: str, expected: list[tuple[str, float]]) -> None:
    assert _claims(text) == expected


def _counts(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims if c.min is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neither the pilot nor his 3 passengers were hurt.", []),
        ("No one among the 40 pilgrims was injured, the ministry said.", []),
        ("NEITHER THE PILOT NOR HIS 3 PASSENGERS WERE HURT.", []),
        # near miss: a count after the denied pair is a count
        (
            "Neither the army nor the police said how it began, but 3 soldiers were killed.",
            [("killed", 3)],
        ),
    ],
    ids=["neither-nor", "no-one-among", "neither-nor-capitals", "count-after"],
)
def test_a_count_denied_by_neither_nor_or_no_one_among(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the 40 pilgrims, 6 were hurt.", [("wounded", 6)]),
        ("Among the 300 workers at the depot, 14 were injured.", [("wounded", 14)]),
        # near miss: a whole that a casualty word counts
        ("Among the 40 people hurt, 6 were children.", [("wounded", 40)]),
    ],
    ids=["among-whole", "among-whole-place", "among-the-hurt"],
)
def test_the_whole_of_among_is_no_toll(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ivo Sarn, 61, was killed on Friday, and an autopsy ruled out natural causes.",
            [("killed", 1)],
        ),
        ("Ivo Sarn died in the ambush, police said, ruling out natural causes.", [("killed", 1)]),
        # near misses: natural causes told, not denied
        ("Ivo Sarn, who was hurt in a crash in 2019, died of cancer on Monday.", []),
        ("The founder, Ivo Sarn, died on Monday at 94.", []),
    ],
    ids=["ruled-out", "ruling-out", "died-of-cancer", "died-at-94"],
)
def test_natural_causes_ruled_out_leave_a_killing(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _claims(text) == expected
