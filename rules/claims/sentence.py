"""One sentence's claims: figures and cues paired by the binding routes, then merged."""

from __future__ import annotations

import functools

from rules.categories import (
    PERSON_NOUNS,
)
from rules.claims.binding import along_with, bind_after, bind_before, coordinate
from rules.claims.figures import (
    aside_spans,
    has_any,
    is_question,
    is_subset,
    partitive_figures,
    singular_figures,
)
from rules.claims.groups import acceptable
from rules.claims.lexicon import MULTIPLE_WORDS, SUICIDE_WORDS
from rules.claims.parts import Binding, CueHit, Cues
from rules.claims.patterns import AGE_AFTER_COMMA
from rules.claims.people import (
    fatally,
    listed_people,
    lives,
    multiple_killings,
    named_lists,
    one_more,
    suicide_claims,
    survived,
)
from rules.claims.plurals import plural_claims
from rules.numbers import FigureSpan, find_figures


@functools.lru_cache(maxsize=4096)
def bind_cached(text: str, hits: tuple[CueHit, ...]) -> tuple[Binding, ...]:
    """``_bind``, remembered: syndicated wire copy repeats whole sentences across outlets."""
    return tuple(_bind(text, list(hits)))


def _bind(text: str, hits: list[CueHit]) -> list[Binding]:
    """Pair figures and cues of one sentence; each figure binds to at most one cue."""
    cues = Cues(hits)
    # Cheap substring tests on the lower-cased sentence stand before every optional regex
    # scan: each scan below needs one of these words, and most sentences have none.
    low = text.lower()
    asides = aside_spans(text) if "(" in text or "-" in text else []
    fatal: dict[int, Binding] = {}
    figures = []
    stated = find_figures(text)
    for span in stated:
        # "six people were shot, two (of them) fatally": a part, and a claim of its own.
        binding = fatally(text, span) or lives(text, span)
        if binding is not None:
            fatal[span.start] = binding
            figures.append(span)
        elif not is_subset(text, span, asides):
            figures.append(span)
    figures, partitives = partitive_figures(text, figures, cues)
    singulars = singular_figures(text, low, figures)
    figures = sorted([*figures, *singulars], key=lambda f: f.start)
    multiples = multiple_killings(text) if has_any(low, MULTIPLE_WORDS) else []
    suicides = suicide_claims(text) if has_any(low, SUICIDE_WORDS) else []
    if not figures:
        found = [*multiples, *listed_people(text, cues, {}), *suicides]
        if "," in text and AGE_AFTER_COMMA.search(text):
            found.extend(named_lists(text, cues, found))
        return [*found, *plural_claims(text, cues, found, [(f.start, f.end) for f in stated])]
    bound: dict[int, Binding] = {}
    for i, figure in enumerate(figures):
        if figure.start in fatal and fatal[figure.start].figure is figure:
            bound[i] = fatal[figure.start]
            continue
        if cues.overlaps(figure.start, figure.end):
            continue
        if is_question(text, figure):
            continue
        whole = partitives.get(figure.start)
        if whole is not None:
            # "two of the four victims died": read "two of the four" as one figure, bind, and
            # keep the part's own span.
            figures[i] = FigureSpan(figure.start, whole.end, figure.figure)
        candidates = [
            b
            for b in (bind_before(text, figures, i, cues), bind_after(text, figures, i, cues))
            if b is not None and acceptable(b)
        ]
        figures[i] = figure
        if whole is not None and len(candidates) == 2:
            candidates = candidates[1:]  # "killed 3 of the 10 hostages": the verb governs
        if whole is not None:
            candidates = [
                Binding(
                    FigureSpan(figure.start, figure.end, b.figure.figure),
                    b.cue,
                    b.group,
                    b.distance,
                )
                for b in candidates
            ]
        if candidates:
            bound[i] = min(candidates, key=lambda b: b.distance)
    coordinate(text, figures, cues, bound)
    along_with(text, figures, cues, bound)
    extra = [
        *multiples,
        *one_more(text, figures, bound),
        *listed_people(text, cues, bound),
        *suicides,
    ]
    if "," in text and AGE_AFTER_COMMA.search(text):
        extra.extend(named_lists(text, cues, [*bound.values(), *extra]))
    if multiples and any(b.cue.cue.category == "killed" for b in bound.values()):
        # "a man and two children are dead in a double murder-suicide": one toll, said twice.
        extra = [
            b for b in extra if not any(b is m for m in multiples) or b.cue.cue.category != "killed"
        ]
    singulars.extend(b.figure for b in extra if b.figure.figure.text[:1].isalpha())
    found = sorted([*bound.values(), *extra], key=lambda b: b.figure.start)
    # "three were shot but survived": the shot who lived were wounded.
    found = [survived(text, b) for b in found]
    # A person counted by their noun ("her father and daughter") is their own group.
    found = [
        Binding(b.figure, b.cue, b.figure.figure.text, b.distance)
        if b.figure.figure.text.lower() in PERSON_NOUNS
        else b
        for b in found
    ]
    # "rose to seven after a woman died": the singular is a detail of a stated toll.
    single = {id(f) for f in singulars}
    counted = {
        b.cue.cue.category
        for b in found
        if id(b.figure) not in single and b.cue.cue.after == "toll" and b.cue.end <= b.figure.start
    }
    found = [b for b in found if id(b.figure) not in single or b.cue.cue.category not in counted]
    # Two routes may count one person twice ("five adults and an unborn child were killed").
    seen: set[tuple[int, str]] = set()
    unique = []
    for b in found:
        key = (b.figure.start, b.cue.cue.category)
        if key not in seen:
            seen.add(key)
            unique.append(b)
    found = unique
    plurals = plural_claims(text, cues, found, [(f.start, f.end) for f in (*stated, *figures)])
    return sorted([*found, *plurals], key=lambda b: b.figure.start) if plurals else found
