"""The blind corpora (tests/rules/blind_a to blind_e) stay valid, and the key rows work.

The blind halves were written without looking at the rules (tests/rules/blind_a/README.md);
their files use the format of tests/rules/corpus plus an optional top-level ``key``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.bench_scripts import load_bench

ROOT = Path(__file__).resolve().parents[2]
HALVES = (
    "blind_a",
    "blind_b",
    "blind_c",
    "blind_d",
    "blind_e",
    "blind_f",
    "blind_g",
    "blind_h",
    "blind_i",
    "blind_j",
    "blind_k",
    "blind_l",
    "blind_m",
    "blind_n",
    "blind_o",
    "blind_p",
    "blind_q",
    "blind_r",
    "blind_s",
    "blind_t",
    "blind_u",
    "blind_v",
    "blind_w",
    "blind_x",
    "blind_y",
    "blind_z",
    "blind_za",
    "blind_zb",
    "blind_zc",
    "blind_zd",
    "blind_ze",
    "blind_zf",
    "blind_zg",
    "blind_zh",
    "blind_zi",
    "blind_zj",
    "blind_zk",
    "blind_zl",
    "blind_zm",
    "blind_zn",
    "blind_zo",
    "blind_zp",
    "blind_zq",
    "blind_zr",
    "blind_zs",
    "blind_zt",
    "blind_zu",
    "blind_zv",
    "blind_zw",
    "blind_zx",
    "blind_zy",
    "blind_zz",
    "blind_zza",
    "blind_zzb",
    "blind_zzc",
    "blind_zzd",
    "blind_zze",
    "blind_zzf",
    "blind_zzg",
    "blind_zzh",
    "blind_zzi",
    "blind_zzj",
    "blind_zzk",
    "blind_zzl",
    "blind_zzm",
    "blind_zzn",
    "blind_zzo",
    "blind_zzp",
    "blind_zzq",
    "blind_zzr",
    "blind_zzs",
    "blind_zzt",
    "blind_zzu",
    "blind_zzv",
    "blind_zzw",
    "blind_zzx",
    "blind_zzy",
    "blind_zzz",
    "blind_zzza",
    "blind_zzzb",
    "blind_zzzc",
    "blind_zzzd",
    "blind_zzze",
    "blind_zzzf",
    "blind_zzzg",
    "blind_zzzh",
    "blind_zzzi",
    "blind_zzzj",
    "blind_zzzk",
    "blind_zzzl",
    "blind_zzzm",
    "blind_zzzn",
    "blind_zzzo",
    "blind_zzzp",
    "blind_zzzq",
    "blind_zzzr",
    "blind_zzzs",
    "blind_zzzt",
)


ev = load_bench("eval_rules")
FILES = [p for half in HALVES for p in sorted((ROOT / "tests" / "rules" / half).glob("*.yaml"))]


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_every_blind_annotation_locates_one_sentence_and_is_valid(path: Path) -> None:
    article = ev.load_article(path)
    for item in (*article.claims, *article.attributions, *article.distractors):
        assert article.text.count(item.where.quote) == 1
        assert article.text[item.where.start : item.where.end] == item.where.quote
    assert article.key is not None, "every blind article states its key figure"
    words = len(article.text.split())
    assert 250 <= words <= 700, f"{words} words"


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "article.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_key_is_loaded_with_its_title(tmp_path: Path) -> None:
    body = 'title: "Two dead"\ntext: "Two people died."\nkey: {killed: 2, wounded: null}\n'
    article = ev.load_article(_write(tmp_path, body))
    assert article.title == "Two dead"
    assert (article.key.killed, article.key.wounded) == (2, None)
    assert ev.load_article(_write(tmp_path, 'text: "Two people died."\n')).key is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('text: "x"\nkey: {killed: -1, wounded: null}\n', "non-negative integer"),
        ('text: "x"\nkey: {killed: 2.5, wounded: null}\n', "non-negative integer"),
        ('text: "x"\nkey: {killed: true, wounded: null}\n', "non-negative integer"),
        ('text: "x"\nkey: {killed: 2}\n', "missing"),
        ('text: "x"\nkey: {killed: 2, wounded: 1, missing: 3}\n', "unknown"),
        ('text: "x"\nkey: 2\n', "expected a mapping"),
        ('text: "x"\nkeys: {killed: 2, wounded: 1}\n', "unknown top-level keys"),
        ('title: [a]\ntext: "x"\n', "'title' must be a string"),
    ],
    ids=["negative", "fraction", "bool", "missing", "unknown", "scalar", "typo", "title"],
)
def test_bad_keys_are_rejected_with_a_clear_message(
    tmp_path: Path, body: str, message: str
) -> None:
    with pytest.raises(ev.CorpusError, match=message):
        ev.load_article(_write(tmp_path, body))


def test_key_rows_are_scored_against_the_product_key_figure(tmp_path: Path) -> None:
    text = "Police said four people were killed and nine were wounded in the blast on Friday."
    right = f'title: "Blast"\ntext: "{text}"\nkey: {{killed: 4, wounded: 9}}\n'
    wrong = f'title: "Blast"\ntext: "{text}"\nkey: {{killed: 40, wounded: 90}}\n'
    data = ev.metrics(ev.evaluate([ev.load_article(_write(tmp_path, right))]))
    assert data["key"]["killed"]["correct"] == data["key"]["killed"]["n"] == 1
    assert data["key"]["wounded"]["correct"] == 1
    report = ev.evaluate([ev.load_article(_write(tmp_path, wrong))])
    data = ev.metrics(report)
    assert (data["key"]["killed"]["correct"], data["key"]["killed"]["n"]) == (0, 1)
    assert ev.flat_metrics(data)["key.wounded"] == 0.0
    assert any(e.startswith("KEY article.yaml: killed gold 40") for e in report.errors)


def test_articles_without_a_key_print_not_applicable(tmp_path: Path) -> None:
    article = ev.load_article(_write(tmp_path, 'text: "Four people were killed."\n'))
    data = ev.metrics(ev.evaluate([article]))
    assert data["key"] == {}
    assert "key killed = gold" in ev.render(data, [article])
    assert "n/a" in ev.render(data, [article])


FLOORS = json.loads((ROOT / "bench" / "floors-blind.json").read_text(encoding="utf-8"))
SECTIONS = [name for name in HALVES if name in FLOORS]


def test_every_written_half_has_floors() -> None:
    written = [h for h in HALVES if any((ROOT / "tests" / "rules" / h).glob("*.yaml"))]
    assert written == list(HALVES), "every blind half is written"
    sizes = {
        "blind_a": 12,
        "blind_b": 12,
        "blind_c": 14,
        "blind_d": 14,
        "blind_e": 12,
        "blind_f": 12,
        "blind_g": 12,
        "blind_h": 12,
        "blind_i": 12,
        "blind_j": 12,
        "blind_k": 12,
        "blind_l": 12,
        "blind_m": 12,
        "blind_n": 10,
        "blind_o": 10,
        "blind_p": 10,
        "blind_q": 10,
        "blind_r": 10,
        "blind_s": 10,
        "blind_t": 10,
        "blind_u": 10,
        "blind_v": 10,
        "blind_w": 10,
        "blind_x": 10,
        "blind_y": 10,
        "blind_z": 10,
        "blind_za": 10,
        "blind_zb": 10,
        "blind_zc": 10,
        "blind_zd": 10,
        "blind_ze": 10,
        "blind_zf": 10,
        "blind_zg": 10,
        "blind_zh": 10,
        "blind_zi": 10,
        "blind_zj": 10,
        "blind_zk": 10,
        "blind_zl": 10,
        "blind_zm": 10,
        "blind_zn": 10,
        "blind_zo": 10,
        "blind_zp": 10,
        "blind_zq": 10,
        "blind_zr": 10,
        "blind_zs": 10,
        "blind_zt": 10,
        "blind_zu": 10,
        "blind_zv": 10,
        "blind_zw": 10,
        "blind_zx": 10,
        "blind_zy": 10,
        "blind_zz": 10,
        "blind_zza": 10,
        "blind_zzb": 10,
        "blind_zzc": 10,
        "blind_zzd": 10,
        "blind_zze": 10,
        "blind_zzf": 10,
        "blind_zzg": 10,
        "blind_zzh": 10,
        "blind_zzi": 10,
        "blind_zzj": 10,
        "blind_zzk": 10,
        "blind_zzl": 10,
        "blind_zzm": 10,
        "blind_zzn": 10,
        "blind_zzo": 10,
        "blind_zzp": 10,
        "blind_zzq": 10,
        "blind_zzr": 10,
        "blind_zzs": 10,
        "blind_zzt": 10,
        "blind_zzu": 10,
        "blind_zzv": 10,
        "blind_zzw": 10,
        "blind_zzx": 10,
        "blind_zzy": 10,
        "blind_zzz": 10,
        "blind_zzza": 10,
        "blind_zzzb": 10,
        "blind_zzzc": 10,
        "blind_zzzd": 10,
        "blind_zzze": 10,
        "blind_zzzf": 10,
        "blind_zzzg": 10,
        "blind_zzzh": 10,
        "blind_zzzi": 10,
        "blind_zzzj": 10,
        "blind_zzzk": 10,
        "blind_zzzl": 10,
        "blind_zzzm": 10,
        "blind_zzzn": 10,
        "blind_zzzo": 10,
        "blind_zzzp": 10,
        "blind_zzzq": 10,
        "blind_zzzr": 10,
        "blind_zzzs": 10,
        "blind_zzzt": 10,
    }
    for half in HALVES:
        assert len(list((ROOT / "tests" / "rules" / half).glob("*.yaml"))) == sizes[half], half
    assert set(written) <= set(SECTIONS), "pin floors for every written blind half"


@pytest.mark.parametrize("section", SECTIONS)
def test_blind_accuracy_gate_meets_the_pinned_floors(section: str) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "eval_rules.py"),
            "--corpus",
            str(ROOT / "tests" / "rules" / section),
            "--check",
            "--floors",
            str(ROOT / "bench" / "floors-blind.json"),
            "--section",
            section,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr + result.stdout[-2000:]
    assert "floors met" in result.stderr


def test_no_rule_or_test_file_echoes_a_blind_article(capsys: pytest.CaptureFixture[str]) -> None:
    overlap = load_bench("corpus_overlap")
    assert overlap.blind_echoes(10) == 0, capsys.readouterr().out
    # the check sees what it must: a blind article's own sentence is a run of its text
    article = ev.load_article(FILES[0])
    assert overlap.runs(article.text, 10) <= overlap.blind_runs(10)
