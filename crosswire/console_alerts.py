"""The console consumer of the alert outbox: prints alerts when no Telegram bot is configured.

Alerts are printed as plain text, one block each: the headline, then each claim's outlet,
figure, claimant, sentence, link, version and when it was seen. They are acknowledged after
printing, so a crash in between prints an alert twice rather than never.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from crosswire.db import Store
from crosswire.divergence.payload import attribution_label, seen_utc
from crosswire.outbox import Alert, Outbox

CONSUMER = "console"
#: Evidence sentences are cut to this many characters on the console.
SENTENCE_CHARS = 240


def deliver_to_console(store: Store, write: Callable[[str], None], *, limit: int = 200) -> int:
    """Print every alert the console has not acknowledged; returns how many were printed."""
    outbox = Outbox(store)
    printed = 0
    while batch := outbox.pending(CONSUMER, limit):
        # The same divergence found in two watched stories that share articles is one
        # block, tagged with both stories, not the same evidence printed twice.
        groups: dict[tuple[str, str, str], list[Alert]] = {}
        for alert in batch:
            groups.setdefault((alert.kind, alert.headline, _details(alert)), []).append(alert)
        for alerts in groups.values():
            write(format_alert(alerts[0], [a.story for a in alerts]))
        outbox.acknowledge(CONSUMER, [alert.id for alert in batch])
        printed += len(batch)
    return printed


def format_alert(alert: Alert, stories: Sequence[str] = ()) -> str:
    """An alert as readable lines: headline (tagged with ``stories``, else its own story),
    then the evidence."""
    names = "; ".join(dict.fromkeys(stories or [alert.story]))
    return f"ALERT [{names}] {alert.kind}: {alert.headline}\n{_details(alert)}".rstrip("\n")


def _details(alert: Alert) -> str:
    """The evidence lines of an alert, and a revision's before and after."""
    lines = [f"  - {line}" for line in evidence_lines(alert.divergence.get("claims", []))]
    if alert.divergence.get("kind") == "revision":
        before = ", ".join(_figure(c) for c in alert.divergence.get("before", []))
        after = ", ".join(_figure(c) for c in alert.divergence.get("after", []))
        lines.append(f"  before: {before or '-'}; after: {after or '-'}")
    return "\n".join(lines)


def evidence_lines(claims: Iterable[dict[str, Any]]) -> list[str]:
    """One line per claim: outlet, figure, who said it, the sentence and the link."""
    lines = []
    for claim in claims:
        who = claim.get("claimant") or "unattributed"
        via = f" via {claim['via']}" if claim.get("via") else ""
        sentence = " ".join(str(claim.get("text") or "").split())
        if len(sentence) > SENTENCE_CHARS:
            # cut between words: "in 20…" would read as a figure, not as a cut "2008"
            head = sentence[: SENTENCE_CHARS - 1]
            sentence = (head.rsplit(" ", 1)[0] if " " in head else head) + " …"
        figure = _figure(claim) or attribution_label(claim)
        lines.append(
            f"{claim.get('outlet')}: {figure + ' — ' if figure else ''}{who}{via}: "
            f'"{sentence}" {claim.get("url", "")}{_when(claim)}'
        )
    return lines


def _when(claim: dict[str, Any]) -> str:
    """ " (version 2, seen 2026-03-02 06:00 UTC)": which text of the page, read when."""
    shown = [f"version {claim['version']}"] if claim.get("version") else []
    if seen := seen_utc(claim):
        shown.append(f"seen {seen}")
    return f" ({', '.join(shown)})" if shown else ""


def _figure(claim: dict[str, Any]) -> str:
    text = str(claim.get("figure_text") or "")
    if not text and claim.get("min") is None and claim.get("max") is None:
        return ""
    category = str(claim.get("category") or "").replace("_", " ")
    return f"{text or claim.get('min') or claim.get('max')} {category}".strip()
