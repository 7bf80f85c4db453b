"""The group and party tables, aggregates and event separation."""

from __future__ import annotations

import pytest

from crosswire.divergence.aggregates import key_figure_table
from crosswire.divergence.groups import group_of, relation
from crosswire.divergence.keyfigures import key_figures
from crosswire.divergence.parties import named, party_key, same_party

from .factory import article, claim_dict


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("villagers", "civilians", "same"),
        ("residents", None, "part"),
        ("children", "civilians", "part"),
        ("people", "children", "whole"),
        ("Dravian troops", "soldiers", "same"),
        ("Dravian troops", "Castrian soldiers", "unrelated"),
        ("North Korean troops", "Russian soldiers", "unrelated"),
        ("soldiers", "civilians", "unrelated"),
        ("police officers", "policemen", "same"),
        ("miners", "passengers", "unrelated"),
    ],
)
def test_group_relations(a: str | None, b: str | None, expected: str) -> None:
    assert relation(group_of(a), group_of(b)) == expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Castria's Defence Ministry", "a spokeswoman for Castria's Defence Ministry", True),
        ("the Ministry of Water", "a spokesman for the Ministry of Water, Pavel Orr", True),
        ("Dravia's Foreign Ministry", "Castria's Foreign Ministry", False),
        ("the ministry", "Castria's Defence Ministry", False),
        ("officials", "regional officials", False),
    ],
)
def test_party_matching(a: str, b: str, same: bool) -> None:
    assert same_party(party_key(a), party_key(b)) is same


def test_named_claimants() -> None:
    assert named("Governor Ilya Marten")
    assert named("the Varna Civil Protection Agency")
    assert not named("two senior security officials")
    assert not named("the agency")
    assert not named(None)


def test_aggregates_count_each_origin_once() -> None:
    keyed = [
        key_figures(
            article("A", [claim_dict("killed", 30, claimant="the Orsk Red Cross")], article_id=1)
        ),
        key_figures(article("B", [claim_dict("killed", 30)], article_id=2, origin_id=1)),
        key_figures(article("C", [claim_dict("killed", 41, None, "at_least")], article_id=3)),
        key_figures(article("D", [claim_dict("killed", 28, 28, "approximately")], article_id=4)),
    ]
    (row,) = key_figure_table(keyed)
    assert row["sources"] == 3
    assert row["spread"] == [28, 41]
    assert row["conservative"] == 30  # the lowest well-sourced (named) figure
    assert row["low"] == 25  # about 28 allows 25
    assert row["best"] == 30
    assert row["high"] == 41


def test_a_revised_original_is_not_hidden_behind_its_stale_copy() -> None:
    """The original now says four; a copy of its first version still says five."""
    keyed = [
        key_figures(article("A", [claim_dict("captured", 4)], article_id=1, hours=3, version=2)),
        key_figures(article("B", [claim_dict("captured", 5)], article_id=2, origin_id=1)),
        key_figures(article("C", [claim_dict("captured", 6)], article_id=3)),
    ]
    (row,) = key_figure_table(keyed)
    assert [f["outlet"] for f in row["figures"]] == ["A", "B", "C"]
    assert row["spread"] == [4, 6]
    assert row["sources"] == 2  # the original and its copy are still one source


def test_one_unnamed_person_of_a_role_is_not_well_sourced() -> None:
    """ "a regional commander" names no one: the conservative value is not his higher count."""
    assert not named("a regional commander")
    assert not named("an official at the ministry")
    keyed = [
        key_figures(
            article("A", [claim_dict("captured", 6, claimant="a regional commander")], article_id=1)
        ),
        key_figures(
            article("B", [claim_dict("captured", 4, claimant="a local official")], article_id=2)
        ),
    ]
    (row,) = key_figure_table(keyed)
    assert row["conservative"] == 4
