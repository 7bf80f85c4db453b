"""Alerts as Telegram HTML: headline, figures side by side, evidence, buttons. Pure functions.

Everything from outside is escaped (``crosswire.messages.esc``); each line opens and closes
its own tags, so a long alert splits between lines and never inside a tag.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from crosswire.digest import all_claims, divergence_lines
from crosswire.divergence.payload import ATTRIBUTION_LABELS, seen_utc
from crosswire.messages import esc, link
from crosswire.reads import AlertView

MAX_FEEDBACK_CLAIMS = 4  # confirm/reject buttons for at most this many claims
MAX_BATCH_LINES = 200


def alert_lines(alert: AlertView, stories: Sequence[str] = ()) -> list[str]:
    """The headline, the stories (``stories``, else the alert's own), then each claim with
    outlet, claimant, via, link."""
    lines = [f"⚠️ <b>{esc(alert.headline)}</b>", f"<i>{esc(story_tag(alert, stories))}</i>"]
    lines += divergence_lines(alert.divergence, "html")
    return lines


def evidence_lines(divergence: dict[str, Any]) -> list[str]:
    """The sentences behind each claim, quoted and linked."""
    lines = ["", "<b>Evidence</b>"]
    for claim in all_claims(divergence):
        sentence = claim.get("text") or "(no sentence stored)"
        version = f", version {claim['version']}" if claim.get("version") else ""
        when = seen_utc(claim)
        seen = f", seen {when}" if when else ""
        lines.append(f"{link(claim.get('outlet', '?'), claim.get('url'))}{esc(version + seen)}:")
        lines.append(f"<i>“{esc(sentence, 900)}”</i>")
    return lines


def alert_buttons(alert: AlertView, *, evidence_shown: bool = False) -> InlineKeyboardMarkup:
    """Evidence and mute, then confirm/reject per claim (``fb:ALERT:CLAIM:y|n``)."""
    first = [InlineKeyboardButton("🔎 Evidence", callback_data=f"ev:{alert.id}")]
    if evidence_shown:
        first = []
    first.append(InlineKeyboardButton("🔕 Mute story 24h", callback_data=f"mu:{alert.id}"))
    rows = [first]
    claims = list(alert.divergence.get("claims", []))[:MAX_FEEDBACK_CLAIMS]
    for i, claim in enumerate(claims):
        stated = claim.get("figure_text") or ATTRIBUTION_LABELS.get(str(claim.get("kind")), "")
        label = f"{str(claim.get('outlet', i + 1))[:18]}: {str(stated)[:14]}"
        rows.append(
            [
                InlineKeyboardButton(f"✅ {label}", callback_data=f"fb:{alert.id}:{i}:y"),
                InlineKeyboardButton("❌ wrong", callback_data=f"fb:{alert.id}:{i}:n"),
            ]
        )
    return InlineKeyboardMarkup(rows)


def story_tag(alert: AlertView, stories: Sequence[str] = ()) -> str:
    """The stories one message reports for, "Varna crossing; Selk floods"."""
    return "; ".join(dict.fromkeys(stories or [alert.story]))


def batch_lines(alerts: Sequence[AlertView], stories: Sequence[Sequence[str]] = ()) -> list[str]:
    """Many alerts at once for one chat: one line each, grouped by story (``stories[i]``
    names the stories of ``alerts[i]`` when one divergence was found in several)."""
    lines = [f"⚠️ <b>{len(alerts)} new alerts</b>"]
    by_story: dict[str, list[AlertView]] = {}
    for i, alert in enumerate(alerts):
        tag = story_tag(alert, stories[i] if i < len(stories) else ())
        by_story.setdefault(tag, []).append(alert)
    for story, items in by_story.items():
        lines.append(f"<b>{esc(story)}</b> ({len(items)})")
        lines += [f"• {esc(a.kind.replace('_', ' '))}: {esc(a.headline)}" for a in items]
    if len(lines) > MAX_BATCH_LINES:
        hidden = len(lines) - MAX_BATCH_LINES
        lines = [*lines[:MAX_BATCH_LINES], f"… and {hidden} more lines; see /divergences STORY"]
    lines.append("<i>/divergences STORY shows each with its figures.</i>")
    return lines


@dataclass(frozen=True, slots=True)
class StoredAlert:
    """An alert read back from a delivery row (for button presses after a restart)."""

    id: int
    story: str
    kind: str
    headline: str
    divergence: dict[str, Any]
    stories: tuple[str, ...] = ()

    @classmethod
    def of(cls, alert_id: int, story: str, kind: str, stored: dict[str, Any]) -> StoredAlert:
        divergence = stored.get("divergence")
        stories = stored.get("stories")
        return cls(
            alert_id,
            story,
            kind,
            str(stored.get("headline", "")),
            dict(divergence) if isinstance(divergence, dict) else {},
            tuple(str(s) for s in stories) if isinstance(stories, list) else (story,),
        )


def payload(alert: AlertView, stories: Sequence[str] = ()) -> dict[str, Any]:
    """What a delivery row keeps of an alert, so that buttons work after restarts: the
    headline, the divergence and the stories the message named."""
    shown = list(dict.fromkeys(stories or [alert.story]))
    return {"headline": alert.headline, "divergence": alert.divergence, "stories": shown}
