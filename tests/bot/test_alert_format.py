"""Alert HTML is valid Telegram HTML for any outside text and splits under the limit."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.alerts import StoredAlert, alert_buttons, alert_lines, batch_lines, evidence_lines
from crosswire.messages import TELEGRAM_LIMIT, split_lines
from tests.bot.alerts_data import claim, conflict
from tests.support.telegram_html import EntityError, visible_text

PIECES = st.sampled_from(
    ["<", ">", "&", '"', "'", "<b>", "</i>", "&amp;", "&nbsp;", "<a href='x'>", "\n", "😀"]
)
HOSTILE = st.lists(
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=30) | PIECES,
    max_size=15,
).map("".join)


def _alert(headline: str, outlet: str, claimant: str, sentence: str, url: str) -> StoredAlert:
    divergence: dict[str, Any] = conflict()
    divergence["claims"][0] |= {
        "outlet": outlet,
        "claimant": claimant,
        "text": sentence,
        "url": url,
    }
    divergence["summary"] = sentence
    return StoredAlert(1, headline or "x", "conflict", headline or "x", divergence)


@settings(max_examples=60, deadline=None)
@given(HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE)
def test_any_outside_text_gives_valid_html_parts(
    headline: str, outlet: str, claimant: str, sentence: str, url: str
) -> None:
    alert = _alert(headline, outlet, claimant, sentence, url)
    lines = [*alert_lines(alert), *evidence_lines(alert.divergence), *batch_lines([alert] * 3)]
    for part in split_lines(lines):
        assert len(part) <= TELEGRAM_LIMIT
        visible_text(part)  # raises EntityError on anything Telegram would refuse
    for row in alert_buttons(alert).inline_keyboard:
        for button in row:
            assert button.callback_data is not None
            assert len(str(button.callback_data).encode()) <= 64


def test_a_long_alert_splits_between_lines_and_every_part_parses() -> None:
    divergence = conflict()
    divergence["claims"] = [
        claim(f"Outlet {i}", f"{i} killed", i, i, "A <ministry>", "Long sentence. " * 60)
        for i in range(40)
    ]
    alert = StoredAlert(3, "Varna crossing", "conflict", "Many tolls", divergence)
    lines = [*alert_lines(alert), *evidence_lines(divergence)]
    parts = split_lines(lines)
    assert len(parts) > 3
    assert "\n".join(parts) == "\n".join(lines)  # nothing lost, cut only at line ends
    for part in parts:
        assert len(part) <= TELEGRAM_LIMIT
        visible_text(part)


def test_the_checker_refuses_what_telegram_refuses() -> None:
    for bad in ("<b>open", "<div>x</div>", "a < b", "&nbsp;", "<b><i>x</b></i>"):
        try:
            visible_text(bad)
        except EntityError:
            continue
        raise AssertionError(f"accepted {bad!r}")
    assert visible_text('<a href="https://x.example/?a=1&amp;b=2">x &amp; y</a>') == "x & y"
