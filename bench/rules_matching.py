"""How bench/eval_rules.py matches predicted strings with gold ones.

Strings (group, claimant, via, source) match leniently when, after normalisation, one token
sequence lies inside the other and the shorter side holds a head word of the gold (last word of
an appositive part before "of", "who", "(" ...), and exactly when the normalised token sequences
are equal. Gold may list alternatives; null is one of them.
"""

from __future__ import annotations

import re

Alternatives = tuple[str | None, ...]

_STOP_HEAD = frozenset("of from in at who which that with on for to by".split())
_ARTICLES = frozenset({"the", "a", "an"})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens without a leading article ("The agency's" -> agency s)."""
    words = _NON_WORD.sub(" ", text.lower().replace("\u2019", "'")).split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return words


def heads(gold: str) -> set[str]:
    """Head words of a gold span: the last word of each appositive part before a modifier."""
    found: set[str] = set()
    for part in re.split(r"[,(]", gold):
        words = tokens(part)
        cut = next((i for i, w in enumerate(words) if w in _STOP_HEAD and i > 0), len(words))
        if words[:cut]:
            found.add(words[:cut][-1])
    return found


def _inside(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def lenient_match(predicted: str | None, gold: str | None) -> bool:
    """Same string after normalisation, or one inside the other keeping a head word of gold."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    p, g = tokens(predicted), tokens(gold)
    if not p or not g:
        return p == g
    if p == g:
        return True
    if _inside(p, g):
        return bool(heads(gold) & set(p))
    if _inside(g, p):
        return len(p) <= 2 * len(g) + 3
    return False


def exact_match(predicted: str | None, gold: str | None) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return tokens(predicted) == tokens(gold)


def any_lenient(predicted: str | None, gold: Alternatives) -> bool:
    return any(lenient_match(predicted, g) for g in gold)


def any_exact(predicted: str | None, gold: Alternatives) -> bool:
    return any(exact_match(predicted, g) for g in gold)


def cue_match(predicted: str, gold: Alternatives) -> bool:
    """One normalised cue lies inside the other ("said" ~ "said in a statement")."""
    p = tokens(predicted)
    return any(
        g is not None and bool(p) and (_inside(p, tokens(g)) or _inside(tokens(g), p)) for g in gold
    )
