"""Known gaps mended in the sixteenth session by helper gaps16: a figure's own clause before a
coordinated one, a negated "none of" whole with a second count joined to it, a yearly rate
inside a group, the "shot" family of crime copy, and another group of the hurt told with
"also" in the wounded key figure. Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from tests.crosswire.divergence.factory import key_figures


def _claims(text: str) -> list[tuple[str, int | None]]:
    return [(c.category, c.min) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four soldiers reached the village and 30 residents were killed.", [("killed", 30)]),
        ("Four soldiers arrived and 30 residents were killed.", [("killed", 30)]),
        ("Two gunmen opened fire and five people were killed.", [("killed", 5)]),
        (
            "Two police officers stormed the building and three hostages were killed.",
            [("killed", 3)],
        ),
        ("Twenty firefighters fought the blaze and three were injured.", [("wounded", 3)]),
        (
            "Rebels killed 30 residents and four soldiers reached the village later.",
            [("killed", 30)],
        ),
    ],
    ids=["reached-object", "arrived", "opened-fire", "stormed", "fought", "object-then-clause"],
)
def test_a_figure_with_its_own_verb_shares_no_cue(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four soldiers guarding the gate and two civilians were killed.",
            [("killed", 4), ("killed", 2)],
        ),
        (
            "Twelve soldiers from the garrison and three civilians were killed.",
            [("killed", 12), ("killed", 3)],
        ),
        (
            "Rebels killed 30 residents and four soldiers guarding the gate.",
            [("killed", 30), ("killed", 4)],
        ),
        ("12 soldiers and 3 civilians were killed.", [("killed", 12), ("killed", 3)]),
    ],
    ids=["ing-participle", "from-phrase", "object-ing-participle", "plain"],
)
def test_coordinated_figures_with_no_verb_of_their_own_still_share_the_cue(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "None of the 20 tourists and 4 guides were hurt.",
        "None of the 30 passengers or five crew members was injured.",
        "None of the 12 workers and two engineers on the rig were injured, the company said.",
        "Police said none of the 300 marchers and 40 officers had been injured.",
    ],
)
def test_a_negated_whole_joined_to_a_second_count_is_no_toll(text: str) -> None:
    assert not [c for c in analyze(text).claims if c.min]


@pytest.mark.parametrize(
    "text",
    [
        "None of the 20 tourists were hurt, but 4 guides were injured.",
        "None of the 20 tourists were hurt and 4 guides were injured.",
    ],
)
def test_a_count_with_its_own_verb_after_a_negated_whole_is_a_toll(text: str) -> None:
    # the tourists are a count of none (25th session: "none of the 20 tourists" binds its zero)
    assert _claims(text) == [("wounded", 0), ("wounded", 4)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The disease kills about 400,000 people a year.", "people"),
        ("Road crashes kill 1.3 million people a year worldwide.", "people"),
        ("About 300 people a year are injured by fireworks.", "people"),
        ("Gunmen killed 12 villagers a day after the truce.", "villagers"),
    ],
)
def test_a_rate_ends_the_group(text: str, group: str) -> None:
    assert [c.group for c in analyze(text).claims] == [group]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Troops fired on the crowd, wounding 14, two of them critically.", 14),
        ("Police fired on the marchers, injuring 14, including two children.", 14),
        ("The blast injured 14 people, two of them seriously.", 14),
    ],
)
def test_a_part_of_the_hurt_is_no_addend(text: str, wounded: int) -> None:
    assert key_figures(text) == (0, wounded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 17-year-old was shot in the leg on Friday night.", [("wounded", 1)]),
        ("Officers shot a 17-year-old in the leg.", [("wounded", 1)]),
        ("A gunman shot a teenager in the foot outside a store.", [("wounded", 1)]),
        ("A man was shot and killed outside a bar on Sunday.", [("killed", 1)]),
        ("A teenager was shot dead in a park.", [("killed", 1)]),
        ("A woman was shot at but not hit as she drove home.", []),
        ("A man shot at two officers before he fled on foot.", []),
    ],
    ids=["leg", "object-leg", "object-foot", "shot-and-killed", "shot-dead", "shot-at", "fired"],
)
def test_the_shot_family(text: str, expected: list[tuple[str, int]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot a man in the chest.",
        # a death told later in the sentence: the limb settles nothing
        "A gunman shot a man in the leg, and he later died at a hospital.",
    ],
)
def test_no_limb_or_a_later_death_tells_no_outcome(text: str) -> None:
    assert _claims(text) == [("killed_or_wounded", 1)]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Twelve passengers were injured when the bus overturned on Route 9. Later, three "
            "firefighters were also hurt while clearing the wreck.",
            15,
        ),
        (
            "Nine workers were hurt in the blaze at the plant, the company said. Two "
            "firefighters also suffered minor burns.",
            11,
        ),
        # "also among the injured" places them in the count before
        (
            "Twelve passengers were injured when the bus overturned on Route 9. Three "
            "children were also among the injured.",
            12,
        ),
        # the same group again is no group of its own
        (
            "Twelve passengers were injured when the bus overturned on Route 9. Three "
            "passengers were also hurt badly.",
            12,
        ),
        # rival counts keep the first told (the lead's)
        (
            "Police said 12 people were injured. Hospital officials said 15 people were "
            "being treated.",
            12,
        ),
    ],
    ids=["also-firefighters", "also-suffered", "also-among", "same-group", "rival-counts"],
)
def test_another_group_of_the_hurt_told_with_also_adds(text: str, wounded: int) -> None:
    assert key_figures(text) == (0, wounded)
