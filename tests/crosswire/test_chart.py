"""The digest chart: drawn only when worth a look, as a PNG, without a display."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crosswire.chart import FigurePoint, busiest_series, figure_chart

START = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)


def _points(outlets: dict[str, list[int]]) -> list[FigurePoint]:
    return [
        FigurePoint("killed", "civilians", outlet, START + timedelta(hours=6 * i), value)
        for outlet, values in outlets.items()
        for i, value in enumerate(values)
    ]


def test_a_rising_toll_from_two_outlets_is_charted() -> None:
    points = _points({"Harbour Post": [12, 19, 31], "Meridian": [40, 60]})
    points.append(FigurePoint("injured", "civilians", "Meridian", START, 3.0))
    assert busiest_series(points) == ("killed", "civilians")
    png = figure_chart("Varna crossing", points)
    assert png is not None and png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5_000


def test_too_few_points_or_one_outlet_draw_nothing() -> None:
    assert figure_chart("Varna crossing", _points({"Harbour Post": [12, 19, 31, 40]})) is None
    assert figure_chart("Varna crossing", _points({"A": [1], "B": [2, 3]})) is None
    assert figure_chart("Varna crossing", []) is None
