"""Key figures the thirty-sixth session's lead mended. Every sentence is invented."""

from __future__ import annotations

import pytest

from crosswire.divergence.live_blog import newest_first

from .factory import key_figures as figures

_LIVE = (
    "Live: the dam breach at Orrin. The newest entries are at the top.\n\n"
    "22:40 — Rescue crews have stood down for the night. The regional governor says 16 "
    "people died and 40 were injured, among them six firefighters.\n\n"
    "20:10 — The water authority has raised its toll to 11, up from seven it gave at "
    "lunchtime.\n\n"
    "13:05 — At least seven people were killed when the dam wall gave way, the water "
    "authority says.\n\n"
    "12:30 — Reports are coming in of a breach at the Orrin reservoir."
)


def test_a_live_page_told_newest_first_takes_the_top_toll() -> None:
    assert figures(_LIVE) == (16, 40)


def test_a_page_told_oldest_first_keeps_the_latest_update() -> None:
    entries = _LIVE.split("\n\n")
    oldest_first = "\n\n".join([entries[0], *reversed(entries[1:])])
    assert newest_first(oldest_first) is False
    assert figures(oldest_first)[0] == 16


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9:40pm - Late.\n\n7.15pm - Earlier.\n\n11:05 a.m. - Morning.", True),
        ("08:00 — Start.\n\n09:30 — More.\n\n11:00 — Later.", False),
        # two stamps are a timeline inside a story, no live page
        ("Police said:\n\n14:00 — a call came in.\n\n13:00 — a shot was heard.", None),
        ("One paragraph with 21:15 and 19:55 in it, 18:00 too.", None),
        ("1:00 — a.\n\n3:00 — b.\n\n2:00 — c.\n\n4:00 — d.\n\n0:30 — e.", None),
    ],
)
def test_newest_first(text: str, expected: bool | None) -> None:
    assert newest_first(text) is expected


def test_another_side_added_once_not_again_as_more() -> None:
    text = (
        "At least nine inmates were killed and 12 guards injured in a riot at Korva jail on "
        "Saturday, the prisons service said.\n\n"
        "The service said the dead were killed in fights between gangs, and that 30 more "
        "inmates were being treated for stab wounds in two hospitals."
    )
    assert figures(text) == (9, 42)


# review36a: the claims reviewer's articles


def test_a_timeline_inside_a_story_is_no_live_page() -> None:
    text = (
        "At least 41 people were killed and 120 injured when a gas tanker exploded on the ring "
        "road outside Velk on Monday, police said.\n\n"
        "The blast destroyed 14 houses and set fire to a petrol station.\n\n"
        "Officials said the tanker had overturned after a collision with a bus.\n\n"
        "Here is how the day unfolded:\n\n"
        "06:10 — A tanker overturns on the ring road.\n\n"
        "06:25 — The tanker explodes. Police say three people are dead.\n\n"
        "07:40 — Ambulances arrive; 12 people have been taken to hospital."
    )
    assert figures(text) == (41, 120)


def test_a_live_page_passes_over_a_late_local_part() -> None:
    text = (
        "Live: fighting in Tarsk. Oldest entries first.\n\n"
        "08:00 — Shelling hits the market. Officials say 60 people were wounded and 12 "
        "killed.\n\n"
        "10:30 — The regional governor says 60 wounded are in hospitals across the province.\n\n"
        "12:15 — A local doctor in Tarsk says he alone has treated 9 injured people."
    )
    assert figures(text) == (12, 60)


def test_more_of_the_same_side_is_added_beside_another_side() -> None:
    text = (
        "Twelve guards were injured in the riot at Korva jail on Saturday, the prisons service "
        "said.\n\n"
        "Three more guards were hurt when inmates set fire to a wing.\n\n"
        "Medics said 40 inmates were treated for stab wounds in two hospitals."
    )
    assert figures(text) == (0, 55)
