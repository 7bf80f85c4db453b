"""Product session 20: the CLI's tables as a desk reads them (every text invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.cli import main


def test_a_claim_with_no_number_is_not_shown_as_a_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "shelter.txt"
    text.write_text(
        'Her father said a shell hit the farm next door. "The shepherds were killed," he said.\n'
        "Twelve soldiers were killed at the Orlin checkpoint, the ministry said.\n",
        encoding="utf-8",
    )
    assert main(["analyze", str(text)]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert "no number: The shepherds" in shown
    assert "│ Twelve │" in shown  # a figure as written stays as it is
