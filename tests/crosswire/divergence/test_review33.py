"""Review 33: what a reader sees of a divergence on the console and in the digest, on a real
SQLite file. Every article is invented (the Orsk dam texts of ``test_service``)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from crosswire.console_alerts import SENTENCE_CHARS, deliver_to_console, evidence_lines
from crosswire.db import Store
from crosswire.digest import collect_digest, render_digest
from crosswire.divergence.service import refresh, story_divergences
from tests.crosswire.divergence.factory import article, claim_dict, run
from tests.crosswire.divergence.test_service import (
    COURIER,
    LEDGER,
    STORY,
    T0,
    add,
    config,
    outlets,
)

__all__ = ["outlets"]  # the fixture, used by name


def _silent_and_quoted(store: Store, outlets: dict[str, int], tmp_path: Path) -> None:
    """The Ledger's ministry "did not respond"; the Courier quotes its spokesman."""
    cfg = config(tmp_path, alert={"kinds": ["non_response"]})
    add(store, outlets, "Orsk Ledger", "a", LEDGER)
    add(store, outlets, "Valley Courier", "b", COURIER, hours=1)
    refresh(store, cfg, T0 + timedelta(hours=3))


def test_console_evidence_says_who_was_silent_and_who_was_quoted(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    _silent_and_quoted(store, outlets, tmp_path)
    printed: list[str] = []
    assert deliver_to_console(store, printed.append) == 1
    evidence = printed[0].splitlines()[1:]
    ledger = next(line for line in evidence if "Orsk Ledger" in line)
    courier = next(line for line in evidence if "Valley Courier" in line)
    assert "no comment (did not respond)" in ledger
    assert "quoted (said)" in courier


def test_digest_says_who_was_silent_and_who_was_quoted(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    _silent_and_quoted(store, outlets, tmp_path)
    cfg = config(tmp_path)
    digest = collect_digest(cfg, store, [STORY], T0 - timedelta(days=1), T0 + timedelta(days=1))
    text = render_digest(digest, "text")
    silence = [line for line in text.splitlines() if "Ministry of Water" in line]
    assert silence and not any(": ? —" in line for line in silence), text
    assert any("Orsk Ledger" in line and "no comment" in line for line in silence)
    assert any("Valley Courier" in line and "quoted" in line for line in silence)


def test_console_evidence_says_which_version_was_seen_when(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    _silent_and_quoted(store, outlets, tmp_path)
    printed: list[str] = []
    deliver_to_console(store, printed.append)
    evidence = printed[0].splitlines()[1:]
    ledger = next(line for line in evidence if "Orsk Ledger" in line)
    courier = next(line for line in evidence if "Valley Courier" in line)
    assert ledger.endswith("(version 1, seen 2026-03-02 06:00 UTC)"), ledger
    assert courier.endswith("(version 1, seen 2026-03-02 07:00 UTC)"), courier


def test_a_long_console_sentence_is_cut_between_words() -> None:
    sentence = "The ministry said the fighting was the worst since the war of " + "x" * 160
    sentence += " in 2008, when hundreds were displaced."
    (line,) = evidence_lines([{"outlet": "Post", "text": sentence, "url": "https://p.example/"}])
    quoted = line.split('"')[1]
    assert quoted.endswith(" …") and "20…" not in quoted and len(quoted) <= SENTENCE_CHARS + 1
    assert quoted.removesuffix(" …") in sentence and sentence.startswith(quoted.removesuffix(" …"))


POST = """Orsk dam: dozens feared missing

At least 40 people were missing after the Orsk dam broke, according to the Valley Courier.
"""
VALLEY = """Orsk dam breaks

The Orsk dam broke on Tuesday, flooding three villages, the regional governor said.
"""


def test_an_exclusive_credited_to_a_watched_outlet_says_that_outlet_gives_no_such_figure(
    store: Store, outlets: dict[str, int], tmp_path: Path
) -> None:
    cfg = config(tmp_path)
    add(store, outlets, "Harbour Post", "a", POST)
    add(store, outlets, "Valley Courier", "b", VALLEY, hours=1)
    refresh(store, cfg, T0 + timedelta(days=2))
    (found,) = [d for d in story_divergences(store, cfg, STORY) if d["kind"] == "exclusive"]
    assert found["summary"] == (
        "only Harbour Post (the Valley Courier) says at least 40 missing "
        "(credited to Valley Courier, which gives no such figure)"
    )
    assert found["headline"].endswith("(credited to Valley Courier, which gives no such figure)")


def test_an_update_told_by_several_outlets_in_turn_is_one_step_per_value() -> None:
    ministry = "the Health Ministry of Orsk"
    found = run(
        article("Ledger", [claim_dict("killed", 9, None, "at_least", claimant=ministry)]),
        article("Courier", [claim_dict("killed", 30, claimant=ministry)], hours=6),
        article("Post", [claim_dict("killed", 30, claimant=ministry)], hours=8),
        article("Wire", [claim_dict("killed", 30, claimant=ministry)], hours=9),
        article("Ledger ", [claim_dict("killed", 41, claimant=ministry)], hours=20),
    )
    (update,) = [d for d in found if d.kind == "update"]
    assert update.headline.endswith(": 9 killed → 30 killed → 41 killed")
    assert len(update.claims) == 5  # every report stays in the evidence
    assert update.summary.count("30 killed") == 1
    assert "Courier (the Health Ministry of Orsk), Post (the Health Ministry of Orsk), Wire" in (
        update.summary
    )
