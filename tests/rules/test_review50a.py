"""Readings review50a mended, each with counter-examples that stay. Every sentence is the
reviewer's own, with invented names and places.
"""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str, category: str) -> list[float | None]:
    return [
        c.min if c.min is not None else c.max
        for c in analyze(text).claims
        if c.category == category
    ]


_FLOOD = "Floodwaters swamped the valley town of Kell on Thursday. "
_SHELLING = "Artillery shelling hit the border town of Tarsk overnight. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{_FLOOD}About 2,000 of the town's 6,500 residents have left their homes.", [2000]),
        (f"{_SHELLING}Some 900 of the district's 4,000 families have fled.", [900]),
        (f"{_SHELLING}Roughly 300 of Tarsk's 1,100 inhabitants have fled.", [300]),
        # counter-examples: the whole alone, or with no leaving, and the past tense as before
        (f"{_FLOOD}The town's 6,500 residents rely on a single bridge.", []),
        (f"{_FLOOD}About 2,000 of the town's 6,500 residents had left their homes.", [2000]),
        (f"{_SHELLING}The town's 4,000 residents have fled.", [4000]),
    ],
)
def test_a_part_of_an_owned_whole_before_a_perfect(text: str, expected: list[float]) -> None:
    assert _claims(text, "displaced") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two police officers were at the scene when the gunman opened fire.", []),
        (
            "Three deputies were already at the scene when the shooting started, the sheriff said.",
            [],
        ),
        ("About 250 police officers and soldiers retook the prison.", [250]),
        ("Some 80 riot police retook the campus on Sunday.", [80]),
        # counter-examples: a service sent to a scene, at it with no "when", a team's lead
        ("Police sent 200 officers to the scene.", [200]),
        ("Forty-five firefighters were at the scene by midnight.", [45]),
        ("Some 300 fans retook the terraces after the break.", []),
        ("The visitors retook the lead after 30 minutes.", []),
    ],
)
def test_at_a_scene_by_chance_and_a_place_retaken(text: str, expected: list[float]) -> None:
    assert _claims(text, "deployed") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The roof of a grain warehouse collapsed in Dreller on Tuesday. Rescuers searched"
            " the rubble overnight. Eleven patients had been admitted by dawn.",
            [11],
        ),
        (
            "The collapse of a footbridge in Ostra left dozens in the river. Seven patients"
            " had been admitted.",
            [7],
        ),
        # counter-examples: talks, a currency or a coalition that collapsed hurt no one
        ("Peace talks collapsed in Dreller on Tuesday. Eleven patients had been admitted.", []),
        ("The currency collapsed on Tuesday. Eleven patients had been admitted.", []),
        (
            "The ruling coalition collapsed after a vote on Tuesday. Eleven patients had been"
            " admitted.",
            [],
        ),
    ],
)
def test_a_built_things_collapse_opens_a_story_of_care(text: str, expected: list[float]) -> None:
    assert _claims(text, "wounded") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I dragged two children out of the water myself," a fisherman said.', [2]),
        ('"We pulled six people from the flooded river before the boats came," she said.', [6]),
        ('"I carried three neighbours out of the burning building," a baker said.', [3]),
        # counter-examples: out of talks, chairs, cars, suspects and the dead are no rescue
        ("The opposition pulled out of the talks on Monday.", []),
        ('"We pulled out of the talks," the union leader said.', []),
        ("He pulled out three chairs for the guests.", []),
        ('"I pulled two cars out of the river with my tractor," he said.', []),
        ('"We pulled two suspects out of the canal," an officer said.', []),
        ('"We pulled three bodies from the water," a diver said.', []),
    ],
)
def test_the_tellers_own_rescue(text: str, expected: list[float]) -> None:
    assert _claims(text, "rescued") == expected
