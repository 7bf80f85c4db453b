"""People sent to a scene past a participle and its agent ("300 agents supported by two
helicopters were deployed"), and professionals a board or agency sends ("sent two
investigators to the site"). Every sentence is invented."""

from __future__ import annotations

import pytest

from rules.analyze import analyze


def _claims(text: str) -> list[tuple[str, int | None, int | None, str | None]]:
    return [(c.category, c.min, c.max, c.group) for c in analyze(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 300 agents supported by two helicopters were deployed to the Dalsk district.",
            [("deployed", 300, 300, "agents")],
        ),
        (
            "About 200 soldiers backed by tanks were deployed in Tavel on Sunday.",
            [("deployed", 200, 200, "soldiers")],
        ),
        # the group ends at the participle whose agent follows, whatever the verb
        (
            "About 200 soldiers backed by armoured vehicles were killed near Tavel.",
            [("killed", 200, 200, "soldiers")],
        ),
        (
            "Nearly 30 cave rescue specialists were flown in overnight from Varnholt.",
            [("deployed", None, 30, "cave rescue specialists")],
        ),
        (
            "The transport board sent three investigators to the Orme junction.",
            [("deployed", 3, 3, "investigators")],
        ),
    ],
)
def test_people_sent_to_a_scene(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company sent two experts home after the audit.",
        "The 300 agents supported the plan at a meeting in Dalsk.",
    ],
)
def test_no_deployment(text: str) -> None:
    assert [c for c in analyze(text).claims if c.category == "deployed"] == []
