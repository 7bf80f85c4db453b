"""Fictional alerts for the bot's tests (all names and figures invented)."""

from __future__ import annotations

from typing import Any

from crosswire.outbox import Outbox


def claim(
    outlet: str,
    figure: str,
    low: int,
    high: int,
    claimant: str | None,
    sentence: str,
    via: str | None = None,
) -> dict[str, Any]:
    slug = outlet.lower().replace(" ", "-")
    return {
        "outlet": outlet,
        "url": f"https://{slug}.example/varna?a=1&b=2",
        "min": low,
        "max": high,
        "qualifier": "about" if "about" in figure else None,
        "figure_text": figure,
        "category": "killed",
        "group": "civilians",
        "claimant": claimant,
        "via": via,
        "text": sentence,
        "seen_at": "2026-12-01T05:40:00+00:00",
        "published": None,
        "version": 1,
    }


def conflict(story: str = "Varna crossing") -> dict[str, Any]:
    return {
        "story": story,
        "kind": "conflict",
        "category": "killed",
        "group": "civilians",
        "summary": "Estavia's ministry says 12 killed; Norland says about 60",
        "claims": [
            claim(
                "Harbour Post",
                "12 killed",
                12,
                12,
                "Estavia's <Interior> Ministry",
                "Twelve civilians were killed near the Varna bridge, the ministry said.",
            ),
            claim(
                "Meridian",
                "about 60",
                54,
                66,
                "Norland's army & allies",
                "About 60 people died in the crossing, Norland's army said.",
                via="Tidewater Radio",
            ),
        ],
    }


HEADLINE = "Conflicting tolls: Estavia's ministry says 12 killed, Norland says about 60"


def enqueue(outbox: Outbox, story: str = "Varna crossing", headline: str = HEADLINE) -> int:
    return outbox.enqueue(story, "conflict", headline, conflict(story))
