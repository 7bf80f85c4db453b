"""Running tallies are no key figure (the eighteenth session's lead): a toll's figure before
its count noun ("brought to 31 the number of people shot"), and a toll counted since a
conflict began. Every sentence is invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total
from tests.crosswire.divergence.factory import headed_findings, headed_killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Two men were shot dead outside a bakery in Orsk on Monday, bringing to 31 the"
            " number of people killed in the city this year.",
            2,
        ),
        (
            "Police fired on mourners in Orsk on Monday, killing three people. The rights"
            " league now counts at least 48 dead in the city since the protests began in May.",
            3,
        ),
        # a toll raised with no running start stays the key
        (
            "Police fired on mourners in Orsk on Monday. The rights league said the death"
            " toll had risen to nine.",
            9,
        ),
    ],
)
def test_a_running_tally_gives_way_to_the_event(text: str, killed: float) -> None:
    assert headed_killed("Shooting in Orsk", text) == killed


def test_a_headline_without_its_qualifier_gives_way_to_the_body() -> None:
    """ "Flood kills 14" over "At least 14 people died, the ministry said": the key is the
    body's "at least 14", with its source, so an outlet's 30 is no flat contradiction."""
    findings = headed_findings(
        "Flood kills 14 in Orsk valley",
        "At least 14 people died when the river burst its banks on Monday, the interior"
        " ministry said.",
    )
    key = category_total(findings, "killed")
    assert key is not None
    assert (key.stated, key.qualifier, key.claimant) == (14, "at_least", "the interior ministry")
