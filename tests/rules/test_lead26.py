"""Readings the twenty-sixth session's lead added. Every sentence is invented.

Claims: a toll's count noun without "of" ("put the number injured at 40"), a loss denied of
"anyone", a counted part of an owned whole ("two of the bus's 43 passengers"), one hurt whose
recovery follows the relative clause ("a man who was shot in the leg is recovering"), also
after a dateline.

Attributions: a finding told by whoever made it ("the commission found that"), not "found
that type of".
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(c.category, c.min, c.max) for c in analyze(text).claims]


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.cue) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials put the number injured at 40.", [("wounded", 40, 40)]),
        (
            "Medics put the number wounded at 40 and the number dead at 12.",
            [("wounded", 40, 40), ("killed", 12, 12)],
        ),
        ("The army put the number killed at 12.", [("killed", 12, 12)]),
        ("The number hurt rose to 40 on Sunday.", [("wounded", 40, 40)]),
        ("The number killed and injured rose to 80.", [("killed_or_wounded", 80, 80)]),
        # near misses: a number of things, a vague number
        ("The number injured in falls at home is not tracked by the state.", []),
        ("A number of wounded soldiers were flown home.", [("wounded", None, None)]),
    ],
    ids=[
        "injured",
        "wounded-and-dead",
        "killed",
        "hurt",
        "killed-and-injured",
        "untracked",
        "vague",
    ],
)
def test_a_toll_count_noun_without_of(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry denied that anyone had been killed in the raid.", [("killed", 0, 0)]),
        ("The army denied that anybody was hurt.", [("wounded", 0, 0)]),
        # a denial denied; a clause between "anyone" and the harm
        ("The army did not deny that anyone had died.", []),
        ("The army denied that anyone it detained had been hurt.", []),
        ("The army would neither confirm nor deny that anyone was killed.", []),
        ("The army refused to deny that anyone was killed.", []),
    ],
    ids=["anyone", "anybody", "not-denied", "relative", "neither-confirm", "refused"],
)
def test_a_loss_of_anyone_denied(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the bus's 43 passengers were hurt.", [("wounded", 2, 2)]),
        ("Fifteen of the ferry's 212 passengers were hurt.", [("wounded", 15, 15)]),
        ("Two of the rebels' 30 recruits were killed.", [("killed", 2, 2)]),
        # a whole of pronoun or of "the" alone, read as before; a whole held captive
        ("Three of its 12 crew were killed.", [("killed", 3, 3)]),
        ("Two of the four shooting victims had died.", [("killed", 2, 2)]),
        ("Three of their 12 hostages were killed.", [("killed", 3, 3), ("kidnapped", 12, 12)]),
    ],
    ids=["bus", "fifteen", "plural-possessive", "its-crew", "the-victims", "hostages"],
)
def test_a_counted_part_of_an_owned_whole(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man who was shot in the leg is recovering at Mercy Hospital.", [("wounded", 1, 1)]),
        ("A 26-year-old man who was stabbed twice was in good condition.", [("wounded", 1, 1)]),
        (
            "VELMORE, Ga. - A boy who was shot in the arm Sunday is expected to survive.",
            [("wounded", 1, 1)],
        ),
        # near misses: shot at, a harm of an old war, an animal, no fate told
        ("A man who was shot at but not hit is recovering from shock.", []),
        ("A veteran who was wounded in Vietnam is recovering after a fall.", []),
        ("A dog who was hurt in the fire is recovering.", []),
        ("A man who was shot last month is suing the city.", []),
        ("A man who was shot in the head survived only a few hours.", []),
        ("A man who was shot in the chest had not survived.", []),
    ],
    ids=[
        "recovering",
        "good-condition",
        "dateline",
        "shot-at",
        "old-war",
        "dog",
        "no-fate",
        "hours",
        "not-survived",
    ],
)
def test_one_hurt_who_is_recovering(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The commission found that soldiers killed at least 86 civilians.",
            [("The commission", "found")],
        ),
        ("Investigators found on Monday that the valve had failed.", [("Investigators", "found")]),
        # a thing found, "that" as a determiner, a finding of no inquiry
        ("Divers found two bodies in the hull.", []),
        ("The jury found that man guilty of arson.", []),
        ("Residents found that hard to believe.", []),
        ("She found that her son had been hurt.", []),
        ("Troops had never found that kind of shell near the border.", []),
        ("Divers found that afternoon that the hull had split.", []),
    ],
    ids=[
        "commission",
        "on-monday",
        "bodies",
        "that-man",
        "hard",
        "private",
        "that-type",
        "that-afternoon",
    ],
)
def test_a_finding_told_by_whoever_made_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A bus fell into a ravine, killing 19 people. The toll rose overnight from 19 to 26.",
            [("killed", 19, 19), ("killed", 19, 19), ("killed", 26, 26)],
        ),
        (
            "A quake killed 40 people. The agency raised the death toll again, to 97, on Monday.",
            [("killed", 40, 40), ("killed", 97, 97)],
        ),
        ("The toll rose sharply to 140 on Tuesday.", [("killed", 140, 140)]),
        (
            "A blast killed 20 people. The toll later rose to 30.",
            [("killed", 20, 20), ("killed", 30, 30)],
        ),
        # near miss: a range with no verb of change stays a range
        ("From 19 to 26 people were killed.", [("killed", 19, 26)]),
    ],
    ids=["overnight-from-to", "again-comma-to", "sharply", "later", "range"],
)
def test_a_toll_updated_with_an_adverb(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


def test_a_figure_set_again_names_its_setter() -> None:
    text = "A quake killed 40 people. The agency raised the death toll again, to 97, on Monday."
    assert ("The agency", "raised the death toll again, to") in _sources(text)
    rival = "The office put the figure considerably higher, at nearly 8,200."
    assert _sources(rival) == [("The office", "put the figure considerably higher, at")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine of the survivors, including two infants, were treated for fuel burns.",
            [("wounded", 9, 9), ("wounded", 2, 2)],
        ),
        ("Twelve migrants were treated aboard the rescue vessel for burns.", [("wounded", 12, 12)]),
        ("Medics treated two firefighters for chemical burns.", [("wounded", 2, 2)]),
        ("Nine people survived the attack with serious injuries.", [("wounded", 9, 9)]),
        # hypothermia in care is a hurt, as the fixable blind halves annotate it (L, P, ZB, ZH,
        # ZZA, ZZS; a near miss before the fortieth session); a near miss: survived unhurt
        ("Eleven survivors were treated for hypothermia.", [("wounded", 11, 11)]),
        ("All 40 passengers survived the landing without injuries.", []),
    ],
    ids=["subset-aside", "aboard", "chemical", "survived-with", "hypothermia", "unhurt"],
)
def test_care_and_survival_of_the_hurt(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ida Marsh, one of the four people wounded, testified that she was shot.",
            "Ida Marsh, one of the four people wounded",
        ),
        ("The lawyer for the two men said they were innocent.", "The lawyer for the two men"),
        ("Nurses there, who asked not to be named, said the ward was full.", "Nurses there"),
        # "there" after a verb is no place of the speaker
        ("When he got there, officials said, the road was shut.", "officials"),
    ],
    ids=["one-of-the-four", "lawyer-for-the-two", "nurses-there", "got-there"],
)
def test_a_speaker_phrase_goes_on_past_a_count(text: str, source: str) -> None:
    assert [a.source for a in analyze(text).attributions] == [source]


def test_a_part_after_of_whom_keeps_its_own_verb() -> None:
    # the 30 escaped; "of whom 18 were recaptured" is no gap between the 30 and "recaptured"
    text = "At least 30 prisoners escaped during the riot, of whom 18 were recaptured by noon."
    assert ("arrested", 30, None) not in _claims(text)
    assert _claims("Twelve people, of whom three were children, were killed.") == [
        ("killed", 12, 12)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army blamed the rebels for the shelling.", [("The army", "blamed")]),
        ("Residents blamed the council for the flooding.", [("Residents", "blamed")]),
        # the blame of a noun phrase; the blamed one, passive
        ("The problems he blamed on the policy are real.", []),
        ("The minister, blamed by critics for the crisis, resigned.", []),
        ("The minister was blamed by critics for the crisis.", []),
    ],
    ids=["army", "residents", "blamed-on", "apposed-passive", "passive"],
)
def test_blame_for_something_is_told(text: str, expected: list[tuple[str, str]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crews had moved some 6,000 residents out of the flood plain.",
            [("evacuated", 6000, 6000)],
        ),
        ("Police bused 300 families away from the burning hills.", [("evacuated", 300, 300)]),
        # troops, workers and the hurt moved are no evacuees; no danger left; a thing moved
        ("The navy moved 3,000 troops to the border.", [("deployed", 3000, 3000)]),
        ("The firm moved 300 workers out of the old plant.", []),
        ("Medics moved 12 injured people out of the building.", [("wounded", 12, 12)]),
        ("Landlords moved 40 families out of the building to renovate it.", []),
        ("Officials moved the vote to 3 p.m. on Friday.", []),
    ],
    ids=["residents", "families", "troops", "workers", "injured", "renovation", "a-vote"],
)
def test_civilians_moved_out_of_danger(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials opened 30 evacuation centres housing 7,400 people.",
            [("displaced", 7400, 7400)],
        ),
        ("A relief camp sheltering about 900 villagers flooded.", [("displaced", 900, 900)]),
        # a shelter of animals, a camp of sport
        ("An animal shelter housing 40 dogs was closed.", []),
        ("The training camps hosting 300 athletes opened.", []),
    ],
    ids=["centres", "relief-camp", "animals", "training-camp"],
)
def test_shelters_housing_the_displaced(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


def test_those_who_survived_hurt_are_the_group_not_the_verb() -> None:
    claims = analyze("Nine people survived the attack with serious injuries.").claims
    assert [(c.category, c.min, c.group) for c in claims] == [("wounded", 9, "people")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The suspect was also shot and is in stable condition.", [("wounded", 1, 1)]),
        ("Police said the gunman was also shot.", [("killed_or_wounded", 1, 1)]),
        # no "also" and no police fire: whose shot, and when, is untold; a death is CB23's
        ("The suspect was shot.", []),
        ("The suspect was shot in the chest and died at the scene.", [("killed", 1, 1)]),
    ],
    ids=["also-alive", "also", "bare", "died"],
)
def test_a_suspect_also_shot(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected
