"""A story's key figures over time per outlet, as a PNG for the digest (matplotlib, Agg).

Drawn only when it is worth a look: at least ``MIN_POINTS`` figures from at least two outlets
for one category and group. Pure in, bytes out; no display is ever needed.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

MIN_POINTS = 4
MIN_OUTLETS = 2
MAX_OUTLETS = 8


@dataclass(frozen=True, slots=True)
class FigurePoint:
    """One outlet's key figure for a category and group, at the time the outlet stated it."""

    category: str
    group: str
    outlet: str
    when: datetime
    value: float


def busiest_series(points: Sequence[FigurePoint]) -> tuple[str, str] | None:
    """The (category, group) with the most points, if it is worth charting."""
    counts = Counter((p.category, p.group) for p in points)
    for key, count in counts.most_common():
        outlets = {p.outlet for p in points if (p.category, p.group) == key}
        if count >= MIN_POINTS and len(outlets) >= MIN_OUTLETS:
            return key
    return None


def figure_chart(story: str, points: Sequence[FigurePoint]) -> bytes | None:
    """A PNG of the busiest series, one line per outlet; None when too few points."""
    key = busiest_series(points)
    if key is None:
        return None
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure

    chosen = sorted((p for p in points if (p.category, p.group) == key), key=lambda p: p.when)
    outlets = [name for name, _ in Counter(p.outlet for p in chosen).most_common(MAX_OUTLETS)]
    # The object API, not pyplot: no global state, so charts may be drawn in worker threads.
    figure = Figure(figsize=(8, 4), dpi=100)
    axes = figure.subplots()
    try:
        for outlet in outlets:
            series = [p for p in chosen if p.outlet == outlet]
            times: Any = [p.when for p in series]  # matplotlib's stubs accept no datetimes
            axes.plot(times, [p.value for p in series], marker="o", label=outlet)
        locator = AutoDateLocator()  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_locator(locator)
        dates = ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_formatter(dates)
        axes.set_title(f"{story}: {key[0]} · {key[1] or 'people'}"[:120])
        axes.set_ylabel("figure stated")
        axes.grid(alpha=0.3)
        axes.legend(loc="best", fontsize="small")
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")  # the Agg canvas; no display needed
        return buffer.getvalue()
    finally:
        figure.clear()
