"""The divergence commands: divergences, claims, sources and compare, on real data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from crosswire.cli import main

CLAIM_KEYS = {
    "outlet",
    "url",
    "min",
    "max",
    "qualifier",
    "claimant",
    "via",
    "text",
    "seen_at",
    "version",
}
DIVERGENCE_KEYS = {"story", "kind", "category", "group", "summary", "claims"}

LEDGER = """At least 42 dead after Orsk dam collapse

At least 42 people were killed when the Orsk dam collapsed on Tuesday, the regional governor,
Ilya Marten, said. More than 120 people are missing, rescuers said. The Ministry of Water did
not respond to requests for comment.
"""
COURIER = """Orsk dam toll reaches 57

Fifty-seven people were killed when the Orsk dam gave way on Tuesday, according to the regional
emergency service. About 80 people are missing, the service said. A spokesman for the Ministry
of Water, Pavel Orr, said engineers had warned of cracks last spring.
"""
AGREEING = """Orsk dam: dozens dead

Around 42 people were killed when the dam above Orsk broke, the regional governor said.
"""


@pytest.fixture(scope="module")
def demo_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's database after both polls, with a config pointing at it."""
    folder = tmp_path_factory.mktemp("demo")
    database = folder / "demo.db"
    assert main(["demo", "--keep", str(database)]) == 0
    config = folder / "config.yaml"
    stories = [
        {"name": "Varna incursion", "any": ["Dravia", "Dravian"], "all": ["Varna"]},
        {"name": "Selk casualties", "any": ["Selk"]},
    ]
    config.write_text(yaml.safe_dump({"database": f"sqlite:///{database}", "stories": stories}))
    return config


def lines(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_divergences_json_contract(demo_config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--config", str(demo_config), "divergences", "--json"]) == 0
    records = lines(capsys)
    kinds = {r["kind"] for r in records}
    assert {"conflict", "exclusive", "non_response", "revision"} <= kinds
    for record in records:
        assert record.keys() >= DIVERGENCE_KEYS
        assert record["claims"] and all(c.keys() >= CLAIM_KEYS for c in record["claims"])
    assert all("party" in r for r in records if r["kind"] == "non_response")
    revision = next(r for r in records if r["kind"] == "revision")
    assert {"before", "after", "stealth"} <= revision.keys()


def test_divergences_filters_and_story_names(
    demo_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    args = ["--config", str(demo_config), "divergences", "--story", "selk CASUALTIES"]
    assert main([*args, "--kind", "conflict", "--json"]) == 0
    records = lines(capsys)
    assert records and {r["kind"] for r in records} == {"conflict"}
    assert {r["story"] for r in records} == {"Selk casualties"}
    assert main(["--config", str(demo_config), "divergences", "--story", "nowhere"]) == 2
    err = capsys.readouterr().err
    assert 'unknown story "nowhere"' in err and '"Selk casualties"' in err
    assert main(["--config", str(demo_config), "divergences"]) == 0
    assert "Divergences" in capsys.readouterr().out


def test_claims_and_sources(demo_config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert (
        main(["--config", str(demo_config), "claims", "--story", "Varna incursion", "--json"]) == 0
    )
    claims = lines(capsys)
    assert claims and all(
        {"outlet", "url", "version", "category", "stories"} <= c.keys() for c in claims
    )
    assert all("Varna incursion" in c["stories"] for c in claims)
    assert main(["--config", str(demo_config), "sources", "--json"]) == 0
    records = {r["outlet"]: r for r in lines(capsys)}
    assert len(records) == 5 or len(records) == 6
    assert sum(r["non_responses"] for r in records.values()) >= 3
    assert sum(r["exclusives"] for r in records.values()) >= 2
    assert all(
        r["claims"] == r["named"] + r["anonymous"] + r["unsourced"] for r in records.values()
    )
    assert main(["--config", str(demo_config), "sources"]) == 0
    assert "Outlet records" in capsys.readouterr().out


def test_compare_files_as_one_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ledger.txt").write_text(LEDGER)
    (tmp_path / "courier.txt").write_text(COURIER)
    assert (
        main(["compare", str(tmp_path / "ledger.txt"), str(tmp_path / "courier.txt"), "--json"])
        == 0
    )
    records = lines(capsys)
    kinds = sorted(r["kind"] for r in records)
    assert kinds == ["conflict", "discrepancy", "non_response"]
    assert {r["story"] for r in records} == {"compare"}
    conflict = next(r for r in records if r["kind"] == "conflict")
    assert {c["outlet"] for c in conflict["claims"]} == {"ledger", "courier"}
    assert main(["compare", str(tmp_path / "ledger.txt"), str(tmp_path / "courier.txt")]) == 0
    table = capsys.readouterr().out
    assert "Key figures per outlet" in table and "fifty-seven killed" in table


def test_compare_stays_silent_when_accounts_agree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ledger.txt").write_text(LEDGER)
    (tmp_path / "post.txt").write_text(AGREEING)
    assert (
        main(["compare", str(tmp_path / "ledger.txt"), str(tmp_path / "post.txt"), "--json"]) == 0
    )
    assert [r["kind"] for r in lines(capsys) if r["kind"] in ("conflict", "discrepancy")] == []


def test_compare_needs_two_readable_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ledger.txt").write_text(LEDGER)
    assert main(["compare", str(tmp_path / "ledger.txt"), str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert "missing.txt" in err and "at least two readable sources" in err


def test_digest_key_figures_keep_a_revised_originals_figure(
    demo_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Lantern Wire revised five captured to four; Northgate's copy still says five."""
    capsys.readouterr()
    args = ["--config", str(demo_config), "digest", "--format", "text"]
    assert main([*args, "--story", "Selk casualties"]) == 0
    text = capsys.readouterr().out
    block = text.split("captured · ", 1)[1].split("\n")
    head, figures = block[0], [line for line in block[1:4] if line.startswith("  • ")]
    assert head.startswith("border guards (castria): 4–6"), head
    assert {line.split(" (")[0].strip("• ") for line in figures} == {
        "Lantern Wire",
        "Northgate Courier",
        "The Daily Meridian",
    }


def test_compare_gives_two_pages_of_one_outlet_a_column_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two files with one name (or two URLs of one host): "ledger" and "ledger#2"."""
    for folder, text in (("monday", LEDGER), ("tuesday", COURIER)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "ledger.txt").write_text(text)
    sources = [str(tmp_path / "monday" / "ledger.txt"), str(tmp_path / "tuesday" / "ledger.txt")]
    capsys.readouterr()
    assert main(["compare", *sources]) == 0
    table = capsys.readouterr().out.split("Divergences")[0]
    killed = next(line for line in table.splitlines() if "killed" in line)
    assert "ledger#2" in table
    assert "at least 42 killed" in killed and "fifty-seven killed" in killed, table


def test_digest_shows_a_revisions_new_figure_once(
    demo_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    args = ["--config", str(demo_config), "digest", "--format", "text"]
    assert main([*args, "--story", "Selk casualties"]) == 0
    text = capsys.readouterr().out
    block = text.split("revision: Lantern Wire v1→v2", 1)[1].split("\n")[1:]
    bullets = [line.split(" (http")[0] for line in block if line.startswith("  • Lantern Wire")]
    assert bullets == ["  • Lantern Wire (before)", "  • Lantern Wire (after)"], block[:4]


def test_digest_says_how_many_claims_of_a_divergence_it_leaves_out(
    demo_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Varna incursion's update is told by seven reports; six are listed (the Meridian's
    revised headline "above 40" is its body's "At least 41", the agency's: one toll)."""
    capsys.readouterr()
    args = ["--config", str(demo_config), "digest", "--format", "text"]
    assert main([*args, "--story", "Varna incursion"]) == 0
    block = capsys.readouterr().out.split("\nupdate: ", 1)[1].split("\n")[1:]
    bullets = [line for line in block if line.startswith("  • ")][:7]
    # five listed, the count of those left out, then the newest report ("At least 41")
    assert len(bullets) == 7 and bullets[5] == "  • … and 1 more", bullets
    assert "At least 41 [at least] — The Varna Civil Protection Agency" in bullets[6], bullets
