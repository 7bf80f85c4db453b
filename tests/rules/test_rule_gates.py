"""The engine skips an extra claim rule on a sentence that fails its gate (``ExtraRule.words``,
``ExtraRule.hints``, ``ExtraRule.casualty``, ``ExtraRule.figure``). A gate is the cheapest
test of what every finding of the rule needs: on every sentence of every rule's examples and
counter-examples, the rule called past its failed gate finds nothing either, unless the
sentence is one of its own counter-examples (CB30's gate keeps out "Among the dead was ...":
a singular "was" opens no list); nor, for a rule with hints, on the sentences of the
annotated corpus."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
import yaml

from rules.claims.kinds import ExtraRule
from rules.claims.parts import CueHit, SentenceParse
from rules.claims.registry import EXTRA_RULES
from rules.claims.sentence import _bind_figure, _extra_rules, parse_sentence
from rules.cue_scan import scan_cues
from rules.text import Document
from tests.rules.test_rule_examples import RULES


def _sentences() -> list[SentenceParse]:
    texts = [e[0] for cls in RULES for e in cls.examples] + [
        t for cls in RULES for t in cls.counter_examples
    ]
    return [_bound(s.text) for text in texts for s in Document(text).sentences]


def _bound(text: str) -> SentenceParse:
    """One sentence parsed and its figures bound, as the engine binds them."""
    hits = [CueHit(s, e, c) for s, e, c in scan_cues(text)]
    sent = parse_sentence(text, hits)
    for i in range(len(sent.figures)):
        binding = _bind_figure(sent, i)
        if binding is not None:
            sent.bound[i] = binding
    return sent


SENTENCES = _sentences()
GATED = [rule for rule in EXTRA_RULES if rule.words or rule.casualty or rule.hints or rule.figure]


def test_most_rules_have_a_gate() -> None:
    assert len(GATED) >= len(EXTRA_RULES) // 2


@pytest.mark.parametrize("rule", GATED, ids=lambda r: r.code)
def test_a_failed_gate_hides_no_finding(rule: ExtraRule) -> None:
    failed = [s for s in SENTENCES if rule not in _extra_rules(s)]
    assert failed  # the examples hold sentences each gate turns away
    own = set(type(rule).counter_examples)
    for sent in failed:
        if sent.text not in own:
            assert rule.find(sent, list(sent.bound.values())) == [], (rule.code, sent.text)


def test_a_passed_gate_keeps_the_rule_in_order() -> None:
    for sent in SENTENCES:
        chosen = _extra_rules(sent)
        assert list(chosen) == [r for r in EXTRA_RULES if r in chosen]
        assert all(not r.casualty or sent.cues.casualty for r in chosen)


#: The rules with hints or that need a figure, checked on real news too.
HINTED = [rule for rule in EXTRA_RULES if rule.hints or rule.figure]


@functools.cache
def _corpus_sentences() -> list[SentenceParse]:
    """The sentences with a casualty cue of the annotated corpus, bound as the engine binds
    them: real news, where the hints of the named-victim rules pass or fail, and sentences
    with no figure are many."""
    texts = [
        data["text"]
        for path in sorted(Path(__file__).parent.glob("corpus/*.yaml"))
        if isinstance(data := yaml.safe_load(path.read_text(encoding="utf-8")), dict)
        and isinstance(data.get("text"), str)
    ]
    sentences = [s.text for text in texts for s in Document(text).sentences]
    return [_bound(text) for text in sentences if any(True for _ in scan_cues(text))]


@pytest.mark.parametrize("rule", HINTED, ids=lambda r: r.code)
def test_a_failed_hint_hides_no_finding_in_the_corpus(rule: ExtraRule) -> None:
    sentences = _corpus_sentences()
    failed = [s for s in sentences if rule not in _extra_rules(s)]
    assert failed
    for sent in failed:
        assert rule.find(sent, list(sent.bound.values())) == [], (rule.code, sent.text)
