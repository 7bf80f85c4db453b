"""Key figures of follow-up stories: a death told since, and the toll of the followed event."""

from __future__ import annotations

import pytest

from crosswire.divergence.keyfigures import category_total, key_figures, wounded_total

from .factory import analysed


def totals(text: str) -> tuple[float | None, float | None]:
    found = analysed("Ledger", text)
    killed = category_total(found, "killed")
    return (None if killed is None else killed.stated), wounded_total(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A baker wounded in a robbery on Keel Street last week has died, police said Tuesday.",
            (1, None),
        ),
        (
            "Police have charged a third man in the shooting that killed two cousins and "
            "wounded a neighbour on Tarn Avenue last month.",
            (2, 1),
        ),
        (
            "A grand jury indicted the driver on Monday in the stabbing of three ushers outside "
            "the Brell Hall last year.",
            (None, None),
        ),
    ],
    ids=["died-since", "arrest-in-the-shooting-that", "stabbing-of-fate-untold"],
)
def test_a_follow_up_keeps_the_toll_of_its_event(
    text: str, expected: tuple[float | None, float | None]
) -> None:
    assert totals(text) == expected


def test_the_followed_event_is_also_the_key_figure_by_group() -> None:
    text = (
        "Police arrested a man in the shooting that killed two cousins on Tarn Avenue last month."
    )
    figures = key_figures(analysed("Ledger", text))
    assert figures[("killed", "other:cousin")].stated == 2


@pytest.mark.parametrize(
    "text",
    [
        # a toll of the past with no clause of the event: still background
        "Police arrested a man on Keel Street on Monday. Two men were killed on the same corner "
        "last month.",
        # today's toll is the key figure; the followed event's stays background
        "A man was killed on Keel Street on Monday. Police also arrested a suspect in the shooting "
        "that killed three brothers there last year.",
    ],
    ids=["past-toll-alone", "current-toll-wins"],
)
def test_a_past_toll_stays_background(text: str) -> None:
    expected = None if "Monday. Two" in text else 1
    assert totals(text)[0] == expected


def test_the_toll_after_a_death_since_is_todays() -> None:
    text = (
        "A porter has since died of his injuries from a blast at the Orme depot last week, "
        "the fire service said, and the tally is now two dead and four wounded. Early reports "
        "said five others had been taken to hospitals."
    )
    assert totals(text) == (2, 4)
