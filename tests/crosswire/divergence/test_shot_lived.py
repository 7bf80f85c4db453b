"""The rules state "N shot, M fatally" as written; the key figures count the rest as wounded
(``crosswire.divergence.shot_lived``). Every sentence is invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, wounded_total
from crosswire.divergence.shot_lived import with_shot_who_lived
from rules.analyze import analyze
from tests.crosswire.divergence.factory import analysed


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Three people were shot, one fatally, outside the cinema.", 1, 2),
        ("At least 14 revellers were shot at the carnival, five of them fatally.", 5, 9),
        ("Gunmen shot four guards, two of them fatally, during the robbery.", 2, 2),
    ],
)
def test_the_rules_state_the_shot_and_the_key_counts_the_rest_wounded(
    text: str, killed: int, wounded: int
) -> None:
    claims = [(c.category, c.min) for c in analyze(text).claims]
    assert claims[0][0] == "killed_or_wounded"
    assert ("killed", killed) in claims
    findings = analysed("Ledger", text)
    total = category_total(findings, "killed")
    assert total is not None and total.stated == killed
    assert wounded_total(findings) == wounded


def test_a_vague_or_ranged_whole_is_left_as_stated() -> None:
    claims = analyze("Dozens of people were shot, two of them fatally.").to_json()["claims"]
    assert [c["category"] for c in with_shot_who_lived(claims)] == ["killed_or_wounded", "killed"]
    assert with_shot_who_lived([]) == []
