"""The claim engine for one Spanish sentence: its figures, its cues, the Spanish rules.

Runs only on sentences the language guess takes for Spanish (``rules.casualties``), with
the Spanish tables (``rules.categories_es``, ``rules.claims.lexicon_es``) and figures
(``rules.numbers_es``). Each figure binds to at most one cue: the first rule of
``SPANISH_RULES`` that binds it wins; ``SPANISH_BOUND_RULES`` then bind figures left
unbound from their bound neighbours. Figures a clause denies are dropped, and "ninguno de
los 200" counts 0 (``rules.claims.negation_es``).
"""

from __future__ import annotations

import functools
from dataclasses import replace

from rules.categories import SPANISH_CUE_RE, SPANISH_CUES
from rules.claims.negation_es import without_denials
from rules.claims.parts import Binding, CueHit
from rules.claims.registry import SPANISH_BOUND_RULES, SPANISH_RULES
from rules.numbers_es import find_figures_es


@functools.lru_cache(maxsize=1024)
def spanish_bindings(text: str) -> tuple[Binding, ...]:
    """Every figure of ``text`` bound to a Spanish cue, in text order.

    >>> [(b.cue.cue.category, b.figure.figure.min, b.rule) for b in spanish_bindings(
    ...     "Hubo 3 muertos y murieron otras dos personas.")]
    [('killed', 3.0, 'CB60'), ('killed', 2.0, 'CB61')]
    """
    cues = [
        CueHit(m.start(), m.end(), SPANISH_CUES[int(str(m.lastgroup)[1:])])
        for m in SPANISH_CUE_RE.finditer(text)
    ]
    if not cues:
        return ()
    figures = [
        f
        for f in find_figures_es(text)
        if not any(c.start < f.end and f.start < c.end for c in cues)
    ]
    bound: dict[int, Binding] = {}
    for i, figure in enumerate(figures):
        for rule in SPANISH_RULES:
            binding = rule.find(text, figure, cues)
            if binding is not None:
                bound[i] = replace(binding, rule=rule.code)
                break
    for bound_rule in SPANISH_BOUND_RULES:
        for i, binding in bound_rule.find(text, figures, dict(bound)).items():
            bound[i] = replace(binding, rule=bound_rule.code)
    kept = (without_denials(text, bound[i]) for i in sorted(bound))
    return tuple(binding for binding in kept if binding is not None)
