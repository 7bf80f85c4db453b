"""Readings the thirty-third session's lead added. Every sentence is invented.

Claims: people a community "lost" to a killer of people, or that "we lost", died; the hurt
"treated by firefighters" or by EMS crews at the scene are wounded; one who opened fire
"before he was shot and wounded by police" is wounded; a wounded toll "lowered" with a phrase
before its "to"; a comparison ("no attack had killed more people") is no claim; people
brought "out alive", "thought to be somewhere under" a collapse, with "broken bones", or
"moved" by a body away from danger.

Attributions: "they said" after a plural source is that source; a figure set again by an
event ("the blast raised the death toll") has no source.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.support.attributions import sources_cues


def _groups(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.min, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harwick lost 27 people to gun violence last year, the mayor said.",
            [("killed", 27, "people")],
        ),
        ('"We lost three friends that night," said Ona Pell.', [("killed", 3, "friends")]),
        ("We have now lost four residents to the floods.", [("killed", 4, "residents")]),
        ("The valley lost 112 lives to the fever.", []),
        ("The valley lost 112 lives to the quake.", [("killed", 112, None)]),
        # gone some other way than death
        ("We lost two people to rival firms this spring.", []),
        ("The studio lost 40 people in the restructuring.", []),
        ("We lost three games in a row.", []),
        ("The club lost 12 members to the opposition.", []),
        ("We've lost 15 employees since the merger.", []),
        ("The parish lost 2,000 residents to the floods, the census showed.", []),
        ("Vardo lost 12 people to shelling overnight.", [("killed", 12, "people")]),
        # carers at the scene
        ("Two women were treated by firefighters at the scene.", [("wounded", 2, "women")]),
        ("Five people were treated by EMS crews at the scene.", [("wounded", 5, "people")]),
        ("The fire was treated by firefighters as suspicious.", []),
    ],
)
def test_lost_people_and_carers(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brask stabbed two guards before he was shot and wounded by police.",
            [("killed_or_wounded", 2, "guards"), ("wounded", 1, "he")],
        ),
        (
            "She fired at deputies until she was struck by police gunfire and taken to hospital.",
            [("wounded", 1, "she")],
        ),
        ("Brask fired twice before he was shot by a deputy.", [("killed_or_wounded", 1, "he")]),
        # no conjunction of time: whose shooting is untold
        ("He was shot and wounded by police in 2019, his lawyer said.", []),
        # died after: the death's rules, not this one
        ("Brask fled before he was shot by police and died at the scene.", []),
        # the one the sentence opens with is the "he"; a car; a shooting of another year
        (
            "The sergeant was hurt when he was struck by a bullet in the raid.",
            [("wounded", 1, "sergeant")],
        ),
        ("Brask fled before he was struck by a deputy's patrol car.", []),
        ("Orr, who sued after he was shot by police in 2015, spoke at the rally.", []),
        ("Brask ran until he was shot twice by police.", [("killed_or_wounded", 1, "he")]),
    ],
)
def test_pronoun_shot_by_police(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine patients with burns over most of their bodies were flown to Varn.",
            [("wounded", 9, "patients")],
        ),
        ("Two firemen suffered burns to 40 percent of their bodies.", [("wounded", 2, "firemen")]),
        ("Divers recovered 11 bodies from the lake.", [("killed", 11, None)]),
        # a body that shelters people, and the sheltering people themselves
        (
            "The diocese said it was sheltering about 600 people in its schools.",
            [("displaced", 600, "people")],
        ),
        ("About 80 people were sheltering in the gym.", [("displaced", 80, "people")]),
        ("They were sheltering in a cellar when the shell hit.", []),
    ],
)
def test_living_bodies_and_shelters(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By noon the sheriff had revised the number of people hurt in the fire to 21 from 25.",
            [("wounded", 21, "people"), ("wounded", 25, None)],
        ),
        ("No storm in the county had killed more people since 1998.", []),
        ("Fewer soldiers were wounded than in the spring.", []),
        ("More villagers were killed on Sunday, elders said.", [("killed", None, "villagers")]),
        ("Divers brought six miners out alive.", [("rescued", 6, "miners")]),
        (
            "Two tenants were thought to be somewhere under the fallen masonry.",
            [("missing", 2, "tenants")],
        ),
        ("The clinic said nine of its patients had broken ribs.", [("wounded", 9, "patients")]),
        ("The man had lacerations to his hand from punching a door.", []),
        (
            "Officials moved 900 residents of three villages to a school as floodwaters rose.",
            [("evacuated", 900, "residents")],
        ),
        ("The firm moved 300 people from its head office to a new plant.", []),
        ("Landlords moved 40 families from the flats to renovate them.", []),
        ("Lifeguards moved 12 swimmers to safety from the pier.", [("rescued", 12, "swimmers")]),
        (
            "Police said more people were hurt, though they would not say how many.",
            [("wounded", None, "people")],
        ),
        ("Three boys were trapped on the slide at the park.", []),
        ("The plan will lower casualties in the district to 12 a year, its authors hope.", []),
    ],
)
def test_moved_tolls_comparisons_and_rescues(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police put the toll at nine on Friday. On Sunday they said two more had died.",
            [("Police", "put the toll at"), ("Police", "said")],
        ),
        # after a single person, a family or a body told as "it": "they" stays as written
        (
            "Mayor Ivo Sarn said the toll was nine. They said two more had died.",
            [("Mayor Ivo Sarn", "said"), ("They", "said")],
        ),
        (
            'Her family said she was kind. "We are broken," they added.',
            [("Her family", "said"), ("they", "added")],
        ),
        # other people told between, or a person's name: "they" stays as written
        (
            "Police said two men were held. The men appeared in court on Monday. They said "
            "they were innocent.",
            [("Police", "said"), ("They", "said")],
        ),
        (
            "Police chief Ivo Bakers said four died. They said the gunman was known to police.",
            [("Police chief Ivo Bakers", "said"), ("They", "said")],
        ),
        # an event moves a toll but tells nothing
        ("The blast raised the death toll to 12.", []),
        ("The landslide raised the number of dead to 12.", []),
        (
            "Rescuers at the site of the collapse raised the death toll to 30.",
            [("Rescuers at the site of the collapse", "raised the death toll to")],
        ),
        (
            "The ministry raised the number of people injured in the floods to 40.",
            [("The ministry", "raised the number of people injured in the floods to")],
        ),
    ],
)
def test_they_and_tolls_set_again(text: str, expected: list[tuple[str, str]]) -> None:
    assert sources_cues(text) == expected


def _sources_anonymous(text: str) -> list[tuple[str, str, bool]]:
    return [(a.source, a.cue, a.anonymous) for a in analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The guard, who asked that her name be left out of the story, told us three died.",
            [("The guard", "told", True)],
        ),
        (
            'A melon seller said the lorry swerved. "There was no horn," he said.',
            [("A melon seller", "said", True), ("A melon seller", "said", True)],
        ),
        # a surname that is a plural of a person noun names someone
        ('"We are heartbroken," said Mayor Dana Sellers.', [("Mayor Dana Sellers", "said", False)]),
        ('"Come forward," uncle Ivo Childs said.', [("uncle Ivo Childs", "said", False)]),
        ("Harl County Deputies say the boy was shot.", [("Harl County Deputies", "say", True)]),
        ('"STAY AWAY," AN OLD FARMER SAID.', [("AN OLD FARMER", "SAID", True)]),
        # a preposition is no subject of a noun read as a verb
        (
            "The studio did not respond to questions about reports that 30 testers were let go.",
            [("The studio", "did not respond", False)],
        ),
        ("Two Soldiers said the base was shelled.", [("Two Soldiers", "said", True)]),
        (
            "Mayor Dana Sellers said four died. Sellers said the town would rebuild.",
            [("Mayor Dana Sellers", "said", False), ("Mayor Dana Sellers", "said", False)],
        ),
        (
            "The union did not respond to questions over reports that 30 miners were killed.",
            [("The union", "did not respond", False)],
        ),
    ],
)
def test_anonymity_and_subjects(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _sources_anonymous(text) == expected


def test_held_by_captors() -> None:
    assert _groups("That leaves six miners in the hands of their kidnappers.") == [
        ("kidnapped", 6, "miners")
    ]
    assert _groups("The verdict is in the hands of the jury.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of people arrested rose to nine.", [("arrested", 9, None)]),
        (
            "The raid brought to seven the number of people held over the riot.",
            [("arrested", 7, None)],
        ),
        ("The number of men held in the prison is 400.", []),
    ],
)
def test_a_toll_of_the_arrested(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _groups(text) == expected


def test_a_toll_put_above_a_figure() -> None:
    text = "The widows' league has long put the toll above 200."
    assert _groups(text) == [("killed", 200, None)]
    assert sources_cues(text) == [("The widows' league", "put the toll above")]
    assert sources_cues("The council put the plan above all else.") == []
