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
