"""A person named right after an active verb of wounding is one wounded (CB14), as after a
verb of killing; the verb as an adjective or a passive names no object. Every casualty
claim of the sentence is compared, so an extra or doubled person fails. All text is our
own."""

from __future__ import annotations

import pytest

from rules.casualties import find_claims
from rules.text import Document

_CASUALTY = ("killed", "wounded", "killed_or_wounded")


def claims(text: str) -> list[tuple[str, float | None, str]]:
    return [
        (c.category, c.min, c.figure_text)
        for c in find_claims(Document(text), ())
        if c.category in _CASUALTY
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A grenade went off at the gate, injuring Tomas Brel, who was on watch.",
            [("wounded", 1, "Tomas Brel")],
        ),
        (
            "MASKED MEN WOUNDED IVO LANT, HEAD OF THE DOCK WORKERS' UNION, ON FRIDAY.",
            [("wounded", 1, "IVO LANT")],
        ),
        (
            "The raiders also wounded Ana Ruiz and her son.",
            [("wounded", 1, "Ana Ruiz"), ("wounded", 1, "her")],
        ),
    ],
    ids=["injuring-name", "wounded-name-capitals", "name-and-relative"],
)
def test_named_after_a_verb_of_wounding(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective: the person is told by the noun, and no name follows
        ("Medics carried a wounded Harbour Guard officer to the quay.", []),
        # a passive: the name is its subject, counted once
        ("Tomas Brel was injured Monday near the ferry.", [("wounded", 1, "Tomas Brel")]),
    ],
    ids=["adjective", "passive"],
)
def test_no_object_of_a_verb_of_wounding(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Divers recovered the body of Ida Venn, 27, near the weir.", [("killed", 1, "Ida Venn")]),
        (
            "THE BODY OF COUNCILLOR EMIL KRON IS LYING IN STATE AT THE TOWN HALL.",
            [("killed", 1, "COUNCILLOR EMIL KRON")],
        ),
        ("The governing body of the ferry guild met on Friday.", []),
        ("A large body of troops moved north of Kessel.", []),
    ],
    ids=["name-and-age", "capitals-title", "institution", "collective"],
)
def test_the_body_of_a_named_person(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a possessor owns is no person named after the cue
        ("THE RAIDERS, WHO BURNED MURDERED FARMERS' HUTS, FLED NORTH.", []),
        ("THE ASSASSINATED MAYOR'S CAR WAS TOWED AWAY.", []),
        # a relative after the possessive is one
        ("GUNMEN KILLED ANA RUIZ'S HUSBAND ON FRIDAY.", [("killed", 1, "ANA RUIZ'S HUSBAND")]),
        # a name that ends in an apostrophe is a name
        (
            "A stray round fired from a van killed Dana' Brook outside a bakery.",
            [("killed", 1, "Dana' Brook")],
        ),
    ],
    ids=["plural-possessor", "singular-possessor", "relative", "apostrophe-name"],
)
def test_a_possessed_thing_is_no_victim(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected
