"""bench/rules_digest.py digests analyze() per text and --compare catches a changed output."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.bench_scripts import load_bench

digest = load_bench("rules_digest")


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_compare_passes_on_same_output_and_names_the_text_that_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    calm = _write(tmp_path, "calm.txt", "The Vessby ferry left on time, the harbour office said.")
    toll = _write(tmp_path, "toll.txt", "Four hikers were injured in Tarnholm, rescuers said.")
    saved = tmp_path / "old.json"
    texts = ["--texts", str(calm), str(toll)]
    assert digest.main([*texts, "--out", str(saved)]) == 0
    assert digest.main([*texts, "--compare", str(saved)]) == 0
    capsys.readouterr()
    toll.write_text("Seven hikers were injured in Tarnholm, rescuers said.", encoding="utf-8")
    assert digest.main([*texts, "--compare", str(saved)]) == 1
    out = capsys.readouterr().out
    assert "differs: toll.txt" in out
    assert "calm.txt" not in out


def test_digest_covers_every_field_of_the_analysis() -> None:
    said = "Four hikers were injured in Tarnholm, rescuers said."
    # Same claim figure, another claimant: only a field past the figure changes.
    other = "Four hikers were injured in Tarnholm, the mayor said."
    assert digest.digest_of(said) != digest.digest_of(other)
    assert digest.digest_of(said) == digest.digest_of(said)
    old = {"a": "1", "b": "2", digest.TOTAL: "x"}
    assert digest.differences(old, {"a": "1", "c": "3", digest.TOTAL: "y"}) == ["b", "c"]
