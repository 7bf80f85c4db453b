"""Key figures of short crime stories of our own (issue 9, crime round 9).

A group counted as shot and the one of them picked out as dead ("The youngest, ..., died");
a toll told in a clause dated by the time since it ("a year after three people were shot
dead") belongs to an earlier event unless that clause opens the story's sentence. Every text
is our own writing.
"""

from __future__ import annotations

import pytest

from .factory import key_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four people were shot at a birthday party in Dunmore late Saturday. The youngest, "
            "a 15-year-old girl, died on Sunday morning. The others are expected to survive.",
            (1, 3),
        ),
        (
            "Three men were shot outside a diner in Halvey on Saturday. The eldest, 54, died "
            "at the scene, while the others were taken to a hospital in stable condition.",
            (1, 2),
        ),
        (
            "Two brothers were shot on their porch in Wendell on Friday. The younger of the "
            "two died at a hospital. The older brother is in stable condition.",
            (1, 1),
        ),
    ],
    ids=["youngest", "eldest-with-age", "younger-of-the-two"],
)
def test_the_one_picked_out_died_the_rest_are_wounded(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was stabbed to death in Corley on Tuesday, police said. The stabbing came "
            "a year after three people were shot dead on the same block.",
            (1, 0),
        ),
        (
            "Hundreds gathered at a church in Pell City on Sunday. It has been a year since a "
            "gunman killed 10 people at a grocery store across the street.",
            (0, 0),
        ),
    ],
    ids=["came-a-year-after", "a-year-since"],
)
def test_a_toll_dated_by_the_time_since_it_is_background(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause opens the sentence: the follow-up of the story's own event
        (
            "Sixteen years after four people were killed in a robbery at a diner in Alden, "
            "police on Monday arrested a suspect.",
            (4, 0),
        ),
        # days date a follow-up too
        (
            "Two men were shot on Grove Street on Friday. Two days after the shooting, one of "
            "them died.",
            (1, 1),
        ),
        # the death is the news: the clause ends before the figure
        (
            "A month after he was shot outside a bar in Morrow, a 24-year-old man has died, "
            "police said.",
            (1, 0),
        ),
    ],
    ids=["fronted-cold-case", "days-after", "died-a-month-after"],
)
def test_a_clause_of_time_since_that_is_the_story_s_own(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Salem man was charged Monday in the deaths of two children. First reported "
            "missing in March, the two children and their mother were found dead in a "
            "farmhouse on Tull Road.",
            (3, 0),
        ),
        (
            "Deputies are searching for a man wanted in the killing of two hikers. Last seen "
            "on May 3, the two hikers and a ranger were found shot to death near Odell Lake.",
            (3, 0),
        ),
        # a month of another event still keeps the restatement out
        (
            "A Salem man was charged Monday in the deaths of two children. In March, two "
            "children and their mother were found dead in a farmhouse on Tull Road.",
            (2, 0),
        ),
        (
            "Police are investigating the deaths of two brothers in Harlow. Two brothers and "
            "a cousin, first reported missing in March, were killed in a similar crash.",
            (2, 0),
        ),
    ],
    ids=["first-reported-missing", "last-seen", "fronted-month", "similar-crash"],
)
def test_a_restatement_dated_by_the_people_s_disappearance(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four people, one of whom is in critical condition, were injured in a shooting "
            "at a bus stop in Marlow on Tuesday.",
            (0, 4),
        ),
        (
            "Five people, one of whom later died, were shot outside a bar on Kell Street on "
            "Sunday.",
            (1, 4),
        ),
        (
            "Three men, including one in serious condition, were hurt in a fight outside a "
            "pub in Dunmore.",
            (0, 3),
        ),
    ],
    ids=["one-of-whom-critical", "one-of-whom-died", "including-one"],
)
def test_a_count_whose_part_is_set_off(text: str, expected: tuple[float, float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputies arrested a man a week after two people were killed at a diner on Oak Street.",
            (2, 0),
        ),
        ("A fourth victim died three weeks after five people were shot at a block party.", (4, 1)),
        (
            "Relief trucks reached the coast two weeks after the cyclone that killed 120 people.",
            (120, 0),
        ),
    ],
    ids=["arrest-after", "died-after", "aid-after"],
)
def test_a_follow_up_after_the_time_since_keeps_the_toll(
    text: str, expected: tuple[float, float]
) -> None:
    assert figures(text) == expected
