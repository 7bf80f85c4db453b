"""Review of the thirteenth session's changes: small fixes, each with a sentence of our own."""

from __future__ import annotations

from rules import analyze


def counts(text: str) -> list[tuple[str, float | None]]:
    return sorted((c.category, c.min) for c in analyze(text).claims)


def test_an_aide_listed_after_a_name_joins_the_count_to_the_verb() -> None:
    # the example of ``rules.claims.listed_singles``: "aide" is a person noun
    found = counts("Raiders shot dead Judge Alma Rusk, her aide and four constables.")
    assert ("killed", 4) in found


def test_struck_by_fragments_but_unhurt_is_no_wound() -> None:
    assert counts("Four linemen were hit by flying glass but were not injured.") == []
    assert counts("Four linemen were hit by flying glass and treated on site.") == [("wounded", 4)]


def test_a_taking_verb_reaches_hostages_only_across_a_list() -> None:
    # the cue "took ... hostage" does not swallow a later clause's captives
    text = "Guards held the driver for an hour, and 9 hostages were freed unharmed."
    assert ("rescued", 9) in counts(text)
    # a list of short items still reaches the state noun
    found = counts("Raiders took the judge, her clerk, two ushers and a guard hostage.")
    assert found == [("kidnapped", 1)] * 3 + [("kidnapped", 2)]
