"""Review 23 of rules-gva11's key figures: a death the police dealt is the suspect's, not one
more; a murder-suicide denied or tallied is no suicide of this killer; "another" death of an
earlier time is no more of this event. Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.crosswire.divergence.factory import headed_killed


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Man killed by deputies",
            "A man was killed by deputies on Pell Road on Friday. Deputies shot the suspect, "
            "who died at a hospital.",
        ),
        (
            "Police kill man",
            "Police shot dead a man on Pell Road on Friday after he pointed a gun at them. An "
            "officer shot the suspect, who died at the scene.",
        ),
        (
            "Police kill man in Orme standoff",
            "Officers shot and killed a man who fired at them outside a home on Pell Road. The "
            "suspect was pronounced dead at the scene.",
        ),
    ],
    ids=["killed-by-deputies", "police-shot-dead-a-man", "officers-shot-and-killed"],
)
def test_the_one_the_police_killed_is_the_suspect(title: str, text: str) -> None:
    assert headed_killed(title, text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Voss killed his wife at their home on Elm Road. Police ruled out a murder-suicide.",
        "Voss killed his wife at their home on Elm Road, police said. Investigators first "
        "treated it as a murder-suicide, but Voss was found alive hiding in a barn.",
        "Voss fatally shot his wife at their home on Elm Road, police said. Voss was arrested. "
        "The county had two murder-suicides last year.",
        "Voss fatally shot his wife at their home on Elm Road, police said. Ana Voss, 33, died "
        "of gunshot wounds that were not self-inflicted.",
    ],
    ids=["ruled-out", "first-treated-as", "a-tally-of-others", "not-self-inflicted"],
)
def test_no_suicide_of_the_killer(text: str) -> None:
    assert headed_killed("Husband kills wife", text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Voss fatally shot his wife at their home on Elm Road. He then turned the gun on himself.",
        "Voss fatally shot his wife at their home on Elm Road. Police called it an apparent "
        "murder-suicide.",
    ],
    ids=["turned-the-gun", "apparent-murder-suicide"],
)
def test_a_murder_suicide_still_adds_him(text: str) -> None:
    assert headed_killed("Husband kills wife", text) == 2


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Man shot dead on Pell Road",
            "A man was shot dead on Pell Road on Friday. It was the second killing on the "
            "street this year; another man was shot dead there in March.",
            1,
        ),
        (
            "Man killed in crash",
            "A man was killed in a crash on Route 9. Another driver was killed at the same "
            "crossing in 2019.",
            1,
        ),
        (
            "Two found dead",
            "A man was found dead in a home on Elm Road. A woman was also found dead in the "
            "kitchen.",
            2,
        ),
    ],
    ids=["another-in-march", "another-at-the-same-crossing", "also-found-dead"],
)
def test_another_death_of_an_earlier_time(title: str, text: str, expected: float) -> None:
    assert headed_killed(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Man killed in crash",
            "A man was killed in a crash on Route 9 on Friday. A woman was also killed in a "
            "crash on Route 9 on Thursday, police said.",
        ),
        (
            "Man killed",
            "A man was shot dead on Pell Road on Friday. Another person was killed in Kessel in "
            "what police called an unrelated shooting.",
        ),
        (
            "Man killed",
            "A man was shot dead on Pell Road on Friday, the city's 40th homicide. Another man "
            "was killed Wednesday night on Elm Road.",
        ),
    ],
    ids=["also-on-another-day", "another-unrelated", "another-on-wednesday"],
)
def test_another_death_of_another_incident(title: str, text: str) -> None:
    assert headed_killed(title, text) == 1


def test_another_death_told_later_still_adds() -> None:
    text = (
        "A man was shot dead on Pell Road on Friday. Another man shot in the attack died "
        "Sunday at a hospital."
    )
    assert headed_killed("Pell Road shooting", text) == 2
