"""The RE2 set that names a cue at a scan hit agrees with ``CUE_RE`` taking its cues in turn."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from rules.cue_scan import _SCAN, CUE_RE, cue_for
from rules.cue_spans import cue_at
from rules.numbers import re2_spans

CORPUS = Path(__file__).resolve().parent / "corpus"
TEXTS = [
    "Two hikers died and 40 were injured; a third was shot at from the bank.",
    "The assassination in Orsk of the mayor left five dead and wounded several others.",
    "Police said the bodies of three men were found, and one was hospitalised.",
    *(
        yaml.safe_load(path.read_text(encoding="utf-8"))["text"]
        for path in sorted(CORPUS.glob("*.yaml"))
    ),
]


@pytest.mark.parametrize("text", [t for t in TEXTS if t.isascii()])
def test_every_hit_names_the_cue_that_cue_re_takes(text: str) -> None:
    data = text.encode("ascii")
    named = 0
    for start, end in re2_spans(_SCAN, data):
        expected = CUE_RE.match(text, start)
        found = cue_at(text, data, start, end)
        if found is None:
            continue
        named += 1
        match, cue = found
        assert expected is not None
        assert (match.span(), cue) == (expected.span(), cue_for(expected))
    assert named > 0
