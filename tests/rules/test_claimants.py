"""A claim's claimant is a short name or nothing: a source run over a clause is cut or dropped."""

from __future__ import annotations

import pytest

from rules.analyze import analyze
from rules.claimants import claimant_name

NAMES = [
    "the regional governor",
    "Colonel Ines Varda, commander of the 4th Mountain Brigade",
    "A SPOKESMAN FOR THE COASTAL DEFENCE COMMITTEE (CDC)",
    "a notice posted by the port authority",
    "Will Parrey",
    "the Coast Guard Northern Command",
]


@pytest.mark.parametrize("source", NAMES, ids=NAMES)
def test_a_name_stays_as_it_is(source: str) -> None:
    assert claimant_name(source) == source


CLAUSES = [
    ("aux-verb", "NONE OF THE FERRY CREW HAVE BEEN", None),
    ("shows-there-were", "THE TALLY AT THE CLINIC SHOWS THERE WERE NO CHILDREN", None),
    ("ends-on-who", "THE WIDOW OF A FERRY CAPTAIN WHO", None),
    ("subordinator", "THE TWO TEACHERS WHILE THEY WAITED AT THE GATE", None),
    ("opens-with-what", "WHAT A NURSE AT THE CLINIC HEARD", None),
    ("past-verb-object", "THE DOCKERS GUILD BLAMED THE FLOOD ON THE DAM", None),
    ("head-before-clause", "HERDERS, THE PATROL BURNED THREE HUTS AND SEIZED RIFLES", "HERDERS"),
    (
        "leading-adverb",
        "MEANWHILE, THE HARBOUR MASTER, A FORMER PILOT",
        "THE HARBOUR MASTER, A FORMER PILOT",
    ),
    ("too-long", " ".join(["word"] * 17), None),
    ("no-letters", "45", None),
]


@pytest.mark.parametrize(
    ("source", "expected"), [(s, e) for _, s, e in CLAUSES], ids=[i for i, _, _ in CLAUSES]
)
def test_a_clause_is_cut_to_its_head_or_dropped(source: str, expected: str | None) -> None:
    assert claimant_name(source) == expected


def test_none_stays_none() -> None:
    assert claimant_name(None) is None


def test_all_capital_transcript_gives_a_short_claimant_or_none() -> None:
    text = (
        "ACCORDING TO HERDERS, THE PATROL BURNED THE HUTS AND SEIZED RIFLES, AND FOUR HERDERS "
        "WERE KILLED. NONE OF THE FERRY CREW HAVE BEEN REPORTED HURT, AND THREE GUARDS HAVE "
        "BEEN KILLED. RADIO COSTALUZ REPORTED THAT SEVEN SOLDIERS WERE KILLED."
    )
    claimants = [(c.min, c.claimant) for c in analyze(text).claims if c.category == "killed"]
    assert claimants == [(4, "HERDERS"), (3, None), (7, "RADIO COSTALUZ")]


def test_attributions_keep_their_source_as_found() -> None:
    text = "MEANWHILE, THE HARBOUR MASTER, A FORMER PILOT, SAID THAT TWO SAILORS WERE KILLED."
    found = analyze(text)
    assert [a.source for a in found.attributions] == [
        "MEANWHILE, THE HARBOUR MASTER, A FORMER PILOT"
    ]
    assert [c.claimant for c in found.claims] == ["THE HARBOUR MASTER, A FORMER PILOT"]


def test_nobody_is_no_source() -> None:
    text = "NONE OF THE FERRY CREW HAVE BEEN REPORTED HURT. No group claimed the attack."
    assert analyze(text).attributions == ()


def test_rival_tolls_in_one_sentence_keep_their_own_claimants() -> None:
    text = "The navy said nine raiders drowned, while the raiders put their own losses at two."
    found = [(c.min, c.claimant) for c in analyze(text).claims]
    assert found == [(9, "The navy"), (2, "the raiders")]


def test_casualties_put_at_a_figure_name_who_put_them() -> None:
    [claim] = analyze("Aid workers put casualties at 60 after the landslide.").claims
    assert (claim.category, claim.min, claim.claimant) == ("killed_or_wounded", 60, "Aid workers")
