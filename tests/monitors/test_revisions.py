"""Revision detection: what counts as a material change, and when to recheck."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest

from monitors.revisions import content_hash, is_material_change, recheck_delay

ORIGINAL = (
    "The health ministry said 27 people were killed in the strike on Tuesday. "
    "The army said it was reviewing the report. Rescue teams worked through the night."
)


def test_hash_ignores_case_and_whitespace() -> None:
    assert content_hash(ORIGINAL) == content_hash("  " + ORIGINAL.upper().replace(" ", "\n "))
    assert content_hash(ORIGINAL) != content_hash(ORIGINAL.replace("27", "28"))


@pytest.mark.parametrize(
    ("new", "material"),
    [
        pytest.param(ORIGINAL, False, id="same"),
        pytest.param(ORIGINAL.replace(". ", ".  \n"), False, id="whitespace"),
        pytest.param(ORIGINAL.replace("report.", "report!"), False, id="punctuation"),
        pytest.param(ORIGINAL.replace("The army", "the Army"), False, id="case"),
        pytest.param(ORIGINAL.replace("through", "throught"), False, id="typo"),
        pytest.param(ORIGINAL.replace("ministry", "minstry"), False, id="typo-fix-other-way"),
        pytest.param(ORIGINAL.replace("27", "31"), True, id="changed-figure"),
        pytest.param(ORIGINAL.replace("27", "twenty-seven"), True, id="figure-spelled-out"),
        pytest.param(ORIGINAL.replace("was reviewing", "was not reviewing"), True, id="negation"),
        pytest.param(
            ORIGINAL + " A spokesman later denied that civilians were present.",
            True,
            id="added-sentence",
        ),
        pytest.param(
            ORIGINAL.replace(" The army said it was reviewing the report.", ""),
            True,
            id="removed-sentence",
        ),
        pytest.param(ORIGINAL.replace("Tuesday", "Wednesday"), True, id="changed-day"),
    ],
)
def test_is_material_change(new: str, material: bool) -> None:
    assert is_material_change(ORIGINAL, new) is material


def test_thousands_separator_is_not_a_new_figure() -> None:
    assert not is_material_change("About 1,200 were displaced.", "About 1200 were displaced.")
    assert is_material_change("About 1,200 were displaced.", "About 1,500 were displaced.")


def test_short_title_word_swap_is_material() -> None:
    assert is_material_change("Strike hits hospital", "Strike hits school")


T0 = datetime(2026, 3, 3, 12, tzinfo=UTC)


def test_recheck_schedule_decays_then_stops() -> None:
    delays = []
    now = T0
    checks = 0
    while (delay := recheck_delay(T0, checks, now=now)) is not None:
        delays.append(delay)
        now += delay
        checks += 1
    assert delays[0] == timedelta(minutes=15)
    assert all(later > earlier for earlier, later in itertools.pairwise(delays))
    assert now - T0 <= timedelta(days=3)
    assert 3 <= len(delays) <= 6


def test_old_article_is_not_rechecked() -> None:
    assert recheck_delay(T0, 0, now=T0 + timedelta(days=3, minutes=1)) is None


def test_article_found_late_waits_a_quarter_of_its_age() -> None:
    assert recheck_delay(T0, 0, now=T0 + timedelta(hours=8)) == timedelta(hours=2)
