"""The daily digest: what a day brought per story, rendered as Markdown, Telegram HTML or text.

``collect_digest`` reads the store and the divergence engine (through ``crosswire.reads``);
``digest_lines`` is pure and renders the same content for ``crosswire digest`` and the bot.
The pieces (key figures, a divergence) are also what ``/claims`` and ``/divergences`` show.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from crosswire.config import Config
from crosswire.db.store import Store
from crosswire.divergence.payload import attribution_label
from crosswire.messages import esc as html_esc
from crosswire.messages import link as html_link
from crosswire.reads import outlet_records, story_divergences, story_key_figures

Format = Literal["md", "html", "text"]
FORMATS: tuple[Format, ...] = ("md", "html", "text")
MAX_FIGURES = 6  # per key figure, in a digest or /claims
MAX_DIVERGENCES = 10  # per story in a digest
MAX_OUTLETS = 8


@dataclass(frozen=True, slots=True)
class StoryDigest:
    name: str
    new_articles: int
    first_seen_today: bool
    key_figures: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    divergences: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Digest:
    since: datetime
    until: datetime
    stories: list[StoryDigest]
    outlets: list[dict[str, Any]]
    note: str | None = None  # a line shown at the end


def collect_digest(
    config: Config, store: Store, stories: Sequence[str], since: datetime, until: datetime
) -> Digest:
    """Gather the digest of ``stories`` for the window ``since``..``until``."""
    gathered: list[StoryDigest] = []
    for name in stories:
        listed = store.list_articles(story=name)
        recent = [a for a in listed if a.published is None or since <= a.published <= until]
        oldest = min((a.published for a in listed if a.published), default=None)
        figures = story_key_figures(store, config, name)
        found = [d for d in story_divergences(store, config, name) if _in_window(d, since)]
        gathered.append(
            StoryDigest(
                name=name,
                new_articles=len(recent),
                first_seen_today=oldest is not None and oldest >= since,
                key_figures=figures,
                updates=[d for d in found if d.get("kind") == "update"],
                divergences=[d for d in found if d.get("kind") != "update"],
            )
        )
    return Digest(since, until, gathered, outlet_records(store, config))


def all_claims(divergence: dict[str, Any]) -> list[dict[str, Any]]:
    """The claims of a divergence, then a revision's ``before``/``after`` claims, labelled;
    a claim that is also the revision's ``after`` is shown once, as "(after)"."""
    sides: list[dict[str, Any]] = []
    for key in ("before", "after"):
        side = divergence.get(key)
        items = side if isinstance(side, list) else [side] if isinstance(side, dict) else []
        sides += [
            {**c, "outlet": f"{c.get('outlet', '?')} ({key})"} for c in items if isinstance(c, dict)
        ]
    after = {_same(c) for c in sides if str(c["outlet"]).endswith(" (after)")}
    claims = [
        c for c in divergence.get("claims", []) if isinstance(c, dict) and _same(c) not in after
    ]
    return claims + sides


def _same(claim: dict[str, Any]) -> tuple[str, str, str]:
    """What makes two evidence entries one: the page, the sentence, the figure as written."""
    return (str(claim.get("url")), str(claim.get("text")), str(claim.get("figure_text")))


def _in_window(divergence: dict[str, Any], since: datetime) -> bool:
    seen = [c.get("seen_at") for c in all_claims(divergence) if c.get("seen_at")]
    if not seen:
        return True
    try:
        return max(datetime.fromisoformat(str(s)) for s in seen) >= since
    except ValueError:
        return True


def parse_since(text: str) -> timedelta:
    """``24h``, ``90m``, ``7d`` -> a timedelta.

    >>> parse_since("36h")
    datetime.timedelta(days=1, seconds=43200)
    """
    units = {"m": 60, "h": 3600, "d": 86400, "w": 604800}
    raw = text.strip().lower()
    if len(raw) < 2 or raw[-1] not in units or not raw[:-1].isdigit():
        raise ValueError(f"not a duration: {text!r} (try 24h, 90m or 7d)")
    if int(raw[:-1]) == 0:
        raise ValueError(f"a duration must be more than zero: {text!r} (try 24h, 90m or 7d)")
    return timedelta(seconds=int(raw[:-1]) * units[raw[-1]])


def digest_due(at: str, zone: str, last_sent: datetime | None, now: datetime) -> bool:
    """Whether a digest scheduled daily at ``at`` (HH:MM) in ``zone`` is due at ``now``.

    Due once the day's scheduled moment has passed and nothing was sent since it.

    >>> from datetime import UTC
    >>> now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    >>> digest_due("08:30", "UTC", datetime(2026, 12, 1, 7, 0, tzinfo=UTC), now)
    True
    >>> digest_due("08:30", "UTC", datetime(2026, 12, 1, 8, 45, tzinfo=UTC), now)
    False
    """
    local = now.astimezone(ZoneInfo(zone))
    hour, minute = (int(part) for part in at.split(":"))
    scheduled = datetime.combine(local.date(), time(hour, minute), ZoneInfo(zone))
    if scheduled > local:
        scheduled -= timedelta(days=1)
    return last_sent is None or last_sent < scheduled


# -- rendering ------------------------------------------------------------------------------


class _Style:
    def __init__(self, fmt: Format) -> None:
        self.fmt = fmt

    def esc(self, text: object) -> str:
        if self.fmt == "html":
            return html_esc(text)
        flat = " ".join(str(text).split())
        if self.fmt == "md":
            for char in "\\*_[]`":
                flat = flat.replace(char, "\\" + char)
        return flat

    def bold(self, text: str) -> str:
        return {"html": f"<b>{text}</b>", "md": f"**{text}**", "text": text}[self.fmt]

    def link(self, label: object, url: object) -> str:
        if self.fmt == "html":
            return html_link(label, url)
        if not str(url or "").startswith(("http://", "https://")):
            return self.esc(label)
        if self.fmt == "md":
            return f"[{self.esc(label)}]({str(url).replace(')', '%29')})"
        return f"{self.esc(label)} ({url})"


def _number(value: object) -> str:
    if value is None:
        return "?"
    if isinstance(value, float) and value == float("inf"):
        return "∞"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def figure_line(figure: dict[str, Any], fmt: Format) -> str:
    """One outlet's figure: outlet (linked), the figure as written, claimant and via."""
    s = _Style(fmt)
    stated = figure.get("figure_text") or attribution_label(figure)
    stated = stated or _range(figure.get("min"), figure.get("max"))
    line = f"{s.link(figure.get('outlet', '?'), figure.get('url'))}: {s.esc(stated)}"
    if figure.get("qualifier") and figure["qualifier"] != "exact":
        # how the figure was read, in words: "dozens [at least]", "10–12,000 [range]"
        line += f" [{s.esc(str(figure['qualifier']).replace('_', ' '))}]"
    if figure.get("claimant"):
        line += f" — {s.esc(figure['claimant'])}"
    if figure.get("via"):
        line += f" (via {s.esc(figure['via'])})"
    return line


def _range(low: object, high: object) -> str:
    return _number(low) if low == high else f"{_number(low)}–{_number(high)}"


def key_figure_lines(figures: Sequence[dict[str, Any]], fmt: Format) -> list[str]:
    """Per category and group: spread, conservative value, low/best/high, then the figures."""
    s = _Style(fmt)
    lines: list[str] = []
    for entry in figures:
        spread = entry.get("spread") or [None, None]
        category = str(entry.get("category", "?")).replace("_", " ")
        head = f"{category} · {entry.get('group_label') or entry.get('group') or 'people'}"
        lines.append(
            f"{s.bold(s.esc(head))}: {s.esc(_range(spread[0], spread[1]))} "
            f"(conservative {s.esc(_number(entry.get('conservative')))}; low "
            f"{s.esc(_number(entry.get('low')))} / best {s.esc(_number(entry.get('best')))} / "
            f"high {s.esc(_number(entry.get('high')))})"
        )
        shown = list(entry.get("figures", []))
        lines += [f"  • {figure_line(f, fmt)}" for f in shown[:MAX_FIGURES]]
        if len(shown) > MAX_FIGURES:
            lines.append(f"  • … and {len(shown) - MAX_FIGURES} more")
    return lines


def divergence_lines(divergence: dict[str, Any], fmt: Format) -> list[str]:
    """A divergence: its kind and summary, then each claim side by side."""
    s = _Style(fmt)
    head = s.bold(s.esc(str(divergence.get("kind", "?")).replace("_", " ")))
    lines = [f"{head}: {s.esc(divergence.get('summary', ''))}"]
    claims = all_claims(divergence)
    if len(claims) <= MAX_FIGURES:
        lines += [f"  • {figure_line(c, fmt)}" for c in claims]
    else:  # the claims run oldest first: keep the last, an update's newest report, in view
        lines += [f"  • {figure_line(c, fmt)}" for c in claims[: MAX_FIGURES - 1]]
        lines.append(f"  • … and {len(claims) - MAX_FIGURES} more")
        lines.append(f"  • {figure_line(claims[-1], fmt)}")
    if divergence.get("stealth"):
        lines.append("  • no correction note (stealth edit)")
    return lines


def digest_lines(digest: Digest, fmt: Format, zone: ZoneInfo | None = None) -> list[str]:
    """The whole digest as lines; HTML lines keep their tags closed (safe to split)."""
    s = _Style(fmt)
    shown_zone = zone or ZoneInfo("UTC")
    day = digest.until.astimezone(shown_zone).strftime("%A %d %B %Y")
    heading = "# " if fmt == "md" else ""
    lines = [heading + s.bold(s.esc(f"Crosswire digest — {day}"))]
    if not digest.stories:
        lines.append(s.esc("No stories subscribed or watched."))
    for story in digest.stories:
        lines.append("")
        flag = " (new)" if story.first_seen_today else ""
        title = s.esc(f"{story.name}{flag}: {story.new_articles} new article(s)")
        lines.append(("## " if fmt == "md" else "") + s.bold(title))
        if story.key_figures:
            lines += key_figure_lines(story.key_figures, fmt)
        for update in story.updates[:MAX_DIVERGENCES]:
            lines += divergence_lines(update, fmt)
        for found in story.divergences[:MAX_DIVERGENCES]:
            lines += divergence_lines(found, fmt)
        hidden = len(story.divergences) - MAX_DIVERGENCES
        if hidden > 0:
            lines.append(s.esc(f"… and {hidden} more divergences"))
    if digest.outlets:
        lines += ["", ("## " if fmt == "md" else "") + s.bold("Outlet records")]
        lines += [s.esc(_record(r)) for r in digest.outlets[:MAX_OUTLETS]]
    if digest.note:
        lines += ["", s.esc(f"Note: {digest.note}")]
    return lines


def _record(record: dict[str, Any]) -> str:
    fields = record_fields(record)
    return f"{record.get('outlet', '?')}: {', '.join(fields[:6]) or 'no records yet'}"


def record_fields(record: dict[str, Any]) -> list[str]:
    """An outlet record's numbers as words, a rate as a percentage ("named rate 14%").

    >>> record_fields({"outlet": "Post", "claims": 7, "named_rate": 0.143, "copies": None})
    ['claims 7', 'named rate 14%']
    """
    return [
        f"{key.replace('_', ' ')} " + (f"{value:.0%}" if key.endswith("_rate") else _number(value))
        for key, value in record.items()
        if key != "outlet" and isinstance(value, int | float) and not isinstance(value, bool)
    ]


def render_digest(digest: Digest, fmt: Format, zone: ZoneInfo | None = None) -> str:
    """The digest as one document (``crosswire digest``)."""
    body = "\n".join(digest_lines(digest, fmt, zone))
    if fmt == "html":
        return f'<!doctype html>\n<meta charset="utf-8">\n<pre>\n{body}\n</pre>\n'
    return body + "\n"


def unescape(text: str) -> str:
    """Plain text of a Telegram HTML line (for tests and logs)."""
    return html.unescape(text)
