"""review30's findings on the rule work of the sixteenth session: a bare "to death" is no
fate of the hurt ("sentenced to death", "beaten half to death", "close to death"). Every
sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Three rioters wounded in the clashes were later sentenced to death.", 3),
        ("Two of the 12 men hurt in the ambush were condemned to death.", 12),
        ("Two dockers injured in the brawl were beaten half to death.", 2),
        ("Five clerks hurt in the blaze were scared to death, a colleague said.", 5),
    ],
)
def test_a_bare_to_death_is_no_fate_of_the_hurt(text: str, wounded: int) -> None:
    claims = _claims(text)
    assert ("wounded", wounded) in claims
    assert not any(category == "killed" for category, _ in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Two drivers stabbed outside the depot were close to death, doctors said.",
        "The two guards who were shot were condemned to death by the militia.",
        "Two of the porters shot by the gang were later sentenced to death.",
    ],
)
def test_a_bare_to_death_kills_no_one(text: str) -> None:
    assert not any(category == "killed" for category, _ in _claims(text))


def test_a_beating_to_death_still_counts_its_victims() -> None:
    assert ("killed", 2) in _claims("Police said a crowd beat two farmers to death at dawn.")


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses said the warders tried to beat three convicts to death.",
        "A crowd wanted to beat a suspected burglar to death, but officers stepped in.",
        "He told the court the men would beat two clerks to death if they talked.",
    ],
)
def test_beat_as_a_base_form_kills_no_one(text: str) -> None:
    # "beat" is base form and past: after "to" or a modal it tells no killing
    assert not any(category == "killed" for category, _ in _claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "The goalkeeper was rushed to hospital to give birth to her first child.",
        "The referee was taken to the hospital to be checked out, the league said.",
        "The governor was taken to hospital after complaining of chest pains.",
        "Three jurors were taken to hospital with heart problems during the trial.",
    ],
)
def test_care_for_no_harm_counts_no_hurt(text: str) -> None:
    # CB49 reads "was" before the care of the hurt since 4e408cb; the care must be for harm
    assert not any(category == "wounded" for category, _ in _claims(text))


def test_complaints_after_an_incident_stay_hurt() -> None:
    text = "Four miners were taken to hospital after complaining of chest pains after the blast."
    assert ("wounded", 4) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The family blamed the clinic for Ivo Sarn's death from cancer.",
        "The coroner attributed Mara Quell's death to natural causes.",
    ],
)
def test_blame_for_an_illness_is_no_killing(text: str) -> None:
    assert not any(category == "killed" for category, _ in _claims(text))


def test_blame_for_a_named_death_stays_a_killing() -> None:
    assert ("killed", 1) in _claims("Villagers blamed the militia for Tomas Brel's death.")


@pytest.mark.parametrize(
    ("text", "kidnapped"),
    [
        ("Two sprinters were seized with cramps before the final.", None),
        ("Three deckhands were seized with panic as the ferry listed.", None),
        ("Six engineers were seized with their interpreter on Sunday.", 6),
    ],
)
def test_seized_with_a_fit_is_no_kidnapping(text: str, kidnapped: int | None) -> None:
    counts = [n for category, n in _claims(text) if category == "kidnapped"]
    assert counts == ([kidnapped] if kidnapped else [])
