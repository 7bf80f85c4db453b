"""Casualty claims: category, figure, qualifier, group, claimant and via.

One RE2 scan of category words (``rules.cue_scan.scan_cues``) runs once over the whole
text; only the sentences it hits get figure finding and binding. A figure binds to a cue
when they stand in one clause with only a group and auxiliaries between them
("12 soldiers were killed"), when it is the cue's object ("killing 12 people"), or when it
is the value of a count noun ("the death toll rose to 40"). Coordinated figures share a
cue ("12 soldiers and 3 civilians were killed"); parts of a stated total ("including three
children", "(five soldiers and four civilians)") are claims of their own only by the part
rules (``rules.PART_RULES``), and ", five of them ..." is none. "A police
officer was killed" counts one person, unless the sentence also states a toll. Single
people joined to a figure or to each other count one each ("her father and daughter",
"two officers and the gunman", "killed his wife before killing himself"); a part of a stated
whole is the claim when the verb is the part's ("two of the four victims died"), the whole
when the verb sits in its relative clause ("one of the three nurses who were injured").
Named people with ages count by name ("Ann Roe, 34, and Ed Roe, 2, were killed" is 2).

A killed/wounded cue with no figure whose subject or object is a plural of people makes an
``unspecified`` claim (min and max None) with that plural as its group: "the villagers were
killed", "killing soldiers and policemen" (one claim per coordinated plural), "the murder of
the aid workers". Not for generic or hypothetical statements: a bare reduced relative
("soldiers killed in the line of duty are honoured"), a present passive ("are killed every
year"), a modal, "tried to", a negation, a condition ("if"), a denial ("denied that").

In a document the language guess takes for Spanish (``rules.language``), sentences that do
not read as English go to the Spanish rules instead (CB60-CB69, ``rules.claims.spanish``):
"2.000" is two thousand there, and "más de 300 familias fueron evacuadas" a claim.

Claimant and via come from the sentence's own statement attribution; a sentence with none
takes the attribution that closes the quotation it opens, or of the sentence before it when
that one ends with a colon. Non-responses never make a claimant, nor does a source that reads
as a clause (``rules.claimants``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from rules.claimants import claimant_name
from rules.claims.cb09 import suicide_sentences
from rules.claims.cb76 import rival_figure_sentences
from rules.claims.cb83 import toll_pronoun_sentences
from rules.claims.cb100 import surnames_named_before
from rules.claims.cb122 import intake_sentences
from rules.claims.cb146 import kept_force_sentences
from rules.claims.cb162 import patient_part_sentences
from rules.claims.cb168 import part_after_toll_sentences
from rules.claims.parts import Binding, CueHit, coded
from rules.claims.patterns import AS_OF
from rules.claims.period_totals import period_of
from rules.claims.quoted_figures import unquoted_figures
from rules.claims.registry import STORY_RULES
from rules.claims.renamed import without_regrouped, without_renamed
from rules.claims.sentence import bind_cached
from rules.claims.spanish import spanish_bindings
from rules.claims.victim_lists import LOOK_BACK, lists_victims, story_category
from rules.clause_claimant import (
    clause_statement,
    said_of_a_later_clause,
    statements_by_sentence,
)
from rules.cue_scan import scan_cues
from rules.language import is_english, looks_spanish
from rules.model import Attribution, Claim, Span
from rules.related_links import related_link
from rules.text import Document, Sentence


class _Context(NamedTuple):
    """What every claim of one sentence shares (a named tuple: one is made per sentence
    with claims, and a frozen dataclass costs several times more to build)."""

    sentence: Sentence
    claimant: str | None
    via: str | None
    as_of: str | None


def find_claims(doc: Document, attributions: Sequence[Attribution]) -> list[Claim]:
    """Every casualty claim in ``doc``, in text order, with claimant and via from ``attributions``.

    >>> doc = Document("Shelling killed 12 people.")
    >>> [(c.category, c.min, c.group) for c in find_claims(doc, [])]
    [('killed', 12, 'people')]
    """
    sentences = doc.sentences
    if not sentences:
        return []
    hits = _cue_hits(doc.text, sentences)
    spanish = _spanish_sentences(doc, sentences)
    listing = (
        victims_listed(sentences)
        | toll_pronoun_sentences(sentences)
        | rival_figure_sentences(sentences)
        | part_after_toll_sentences(sentences)
    )
    claims: list[Claim] = []
    statements: dict[int, Attribution] | None = None
    sources: list[tuple[int, int]] = []
    every: dict[int, list[Attribution]] | None = None
    # sentences with no casualty cue that rules still read: a suicide, a hospital's intake
    suicides = suicide_sentences(sentences, doc.text) | intake_sentences(sentences, doc.text)
    suicides |= kept_force_sentences(sentences, doc.text)  # "has 2,500 troops in Iraq"
    suicides |= patient_part_sentences(sentences, doc.text)  # "38 of the patients were children"
    for index in sorted({*hits, *spanish, *listing, *suicides}):
        sentence = sentences[index]
        if related_link(sentence.text):
            continue  # "RELATED: 4 found dead in ...": another story's headline
        if index in spanish:
            bindings = spanish_bindings(sentence.text)
        else:
            # 'reported "at least six" injured': the quoted figure's marks are no break
            bindings = bind_cached(unquoted_figures(sentence.text), tuple(hits.get(index, ())))
        if index in listing:
            bindings = (*bindings, *_story_bindings(sentences, index, claims, bindings))
        if not bindings:
            continue
        if statements is None:
            statements = _statements_by_sentence(sentences, attributions)
            sources = _source_spans(attributions)
        bindings = _outside_sources(bindings, sentence.start, sources)
        if not bindings:
            continue
        # Worked out once per sentence: a sentence may hold thousands of figures.
        context = _context(sentence, *_claimant(sentences, index, statements))
        if every is None:
            every = statements_by_sentence(sentences, attributions)
        several = every.get(index, [])
        for binding in bindings:
            own = _clause_context(context, sentence.start + binding.figure.start, several)
            claims.append(_claim(doc, own, binding))
    claims.sort(key=lambda c: (c.start, c.figure_span.start if c.figure_span else 0))
    # "Senator Ana Ruiz ... Ruiz", "six monks ... the monks": the same victims, named twice
    claims = surnames_named_before(claims, doc.text)
    return without_regrouped(without_renamed(claims))


def _clause_context(context: _Context, at: int, several: list[Attribution]) -> _Context:
    """The context of the figure at ``at`` (a document offset) in its own clause: the
    statement of its clause when the sentence has several ("clause_claimant"), none when the
    one statement opens a later clause with its own source, else the sentence's."""
    sentence = context.sentence
    if len(several) == 1 and said_of_a_later_clause(sentence, at, several[0]):
        return _Context(sentence, None, None, context.as_of)
    own = clause_statement(sentence, at, several)
    if own is None:
        return context
    return _Context(sentence, claimant_name(own.source), own.via, context.as_of)


#: What a clause-final cue row reads past its sentence's end: the space before the next one.
_TRAILING_SPACE = re.compile(r"\s+")


def _cue_hits(text: str, sentences: list[Sentence]) -> dict[int, list[CueHit]]:
    """The cues of each sentence (by index), with offsets in the sentence."""
    starts = [s.start for s in sentences]
    hits: dict[int, list[CueHit]] = {}
    for start, end, cue in scan_cues(text):
        index = bisect.bisect_right(starts, start) - 1
        if index < 0:
            continue
        if end > sentences[index].end:
            # a row that runs to the space past its clause's end ("were taken. Police")
            # ends with its sentence; any other cue across sentences is none
            if not _TRAILING_SPACE.fullmatch(text, sentences[index].end, end):
                continue
            end = sentences[index].end
        base = sentences[index].start
        hits.setdefault(index, []).append(CueHit(start - base, end - base, cue))
    return hits


#: What every match of ``AS_OF`` holds, in lower case ("as of", "as at", "by" and a space):
#: a cheap test before the pattern, which tries its alternatives at every position.
_AS_OF_HINT = re.compile(r"as\s+(?:of|at)|by\s")


def _context(sentence: Sentence, claimant: str | None, via: str | None) -> _Context:
    """What every claim of the sentence shares: its claimant (a short name or nothing, never
    a clause), via, and "as of"/"as at"/"by" time."""
    text = sentence.text
    if text.isascii():  # matching case-insensitively is matching the lower case
        maybe = _AS_OF_HINT.search(text.lower()) is not None
    else:
        folded = text.casefold()  # casefold keeps the long s that IGNORECASE reads as "s"
        maybe = "as" in folded or "by" in folded
    as_of = AS_OF.search(text) if maybe else None
    return _Context(
        sentence=sentence,
        claimant=claimant_name(claimant),
        via=via,
        as_of=(as_of.group("a") or as_of.group("b")).strip() if as_of else None,
    )


def _source_spans(attributions: Sequence[Attribution]) -> list[tuple[int, int]]:
    """The spans of the short sources ("two intelligence officers", "four bystanders"), in order:
    a long one with commas may hold a count of its own ("the father of three ..., said")."""
    return sorted(
        (a.source_span.start, a.source_span.end)
        for a in attributions
        if a.source_span and "," not in a.source_span.text and len(a.source_span.text.split()) <= 6
    )


#: People who are counted as sources, rarely as victims in the same breath: "two intelligence
#: officials told", "four witnesses said". Origin: general English of news attribution.
_INFORMANTS = frozenset(
    """sources officials witnesses diplomats analysts experts aides investigators spokesmen
    spokespeople negotiators insiders""".split()
)


def _outside_sources(
    bindings: tuple[Binding, ...], base: int, sources: list[tuple[int, int]]
) -> tuple[Binding, ...]:
    """Drop a figure that counts a statement's source: in "nine guards were killed, two
    intelligence officials told the paper" or "four witnesses said" no victims are counted."""
    if not sources:
        return bindings
    kept: list[Binding] = []
    for binding in bindings:
        at = base + binding.figure.start
        k = bisect.bisect_right(sources, (at, float("inf"))) - 1
        head = binding.group.split()[-1].lower() if binding.group else ""
        if head not in _INFORMANTS:
            kept.append(binding)
            continue
        inside = k >= 0 and sources[k][0] <= at <= sources[k][0] + 4 and at < sources[k][1]
        # "three investigators injured in the blast told": the cue inside the source counts
        if inside and not sources[k][0] <= base + binding.cue.start < sources[k][1]:
            continue  # the source's own count opens it
        kept.append(binding)
    return tuple(kept)


def victims_listed(sentences: list[Sentence]) -> set[int]:
    """Indexes of the sentences that list "the victims" (``rules.claims.victim_lists``)."""
    return {i for i, sentence in enumerate(sentences) if lists_victims(sentence.text)}


def _story_bindings(
    sentences: list[Sentence], index: int, claims: list[Claim], found: Sequence[Binding]
) -> list[Binding]:
    """What the story rules find in sentence ``index``, given the casualty claims of the
    sentences right before it (up to ``LOOK_BACK``, none without a claim in between)."""
    since = sentences[max(0, index - LOOK_BACK)].start
    by_start: dict[int, list[str]] = {}
    for claim in reversed(claims):  # in text order: only the tail is read, in linear time
        if claim.start < since:
            break
        if claim.period is None:  # a war's running total is no toll of the story
            by_start.setdefault(claim.start, []).append(claim.category)
    categories: list[str] = []
    for k in range(index - 1, max(-1, index - LOOK_BACK - 1), -1):
        told = by_start.get(sentences[k].start)
        if told is None:
            break  # a sentence of something else ends the story told before
        categories.extend(told)
    category = story_category(categories)
    text = sentences[index].text
    return [
        coded(b, rule.code)
        for rule in STORY_RULES
        if category is not None or rule.own_category is not None
        for b in rule.find(text, category or str(rule.own_category), list(found))
    ]


def _spanish_sentences(doc: Document, sentences: list[Sentence]) -> set[int]:
    """Indexes of the sentences of a Spanish document that do not read as English."""
    if not looks_spanish(doc.text):
        return set()
    return {i for i, sentence in enumerate(sentences) if not is_english(sentence.text)}


def _claim(doc: Document, context: _Context, binding: Binding) -> Claim:
    figure = binding.figure
    base = context.sentence.start
    fig_start, fig_end = base + figure.start, base + figure.end
    figure_text = doc.original[fig_start:fig_end]
    cue_start, cue_end = base + binding.cue.start, base + binding.cue.end
    text_start, text_end, text = doc.excerpt(
        context.sentence, min(fig_start, cue_start), max(fig_end, cue_end)
    )
    return Claim(
        category=binding.cue.cue.category,
        min=figure.figure.min,
        max=figure.figure.max,
        qualifier=figure.figure.qualifier,
        # "two of them critically": a part of people told before has no group of its own
        group=None if (binding.group or "").lower() == "them" else binding.group,
        claimant=context.claimant,
        via=context.via,
        text=text,
        start=context.sentence.start,
        end=context.sentence.end,
        figure_text=figure_text,
        figure_span=Span(fig_start, fig_end, figure_text),
        as_of=context.as_of,
        # "the insurgency has claimed 8,200 lives since 2004": a war's total, not the news's toll
        period=period_of(context.sentence.text, binding),
        rule=binding.rule,
        text_start=text_start,
        text_end=text_end,
    )


def _claimant(
    sentences: list[Sentence], index: int, statements: dict[int, Attribution]
) -> tuple[str | None, str | None]:
    """Who claims the sentence: its own statement, else the quote or colon it continues."""
    own = statements.get(index)
    if own is not None:
        return own.source, own.via
    text = sentences[index].text
    if text.count('"') % 2 == 1 and text.lstrip().startswith('"'):
        for later in range(index + 1, min(index + 4, len(sentences))):
            if sentences[later].text.count('"') % 2 == 1:
                found = statements.get(later)
                return (found.source, found.via) if found else (None, None)
    if index > 0 and sentences[index - 1].text.rstrip().endswith(":"):
        found = statements.get(index - 1)
        if found:
            return found.source, found.via
    return None, None


def _statements_by_sentence(
    sentences: list[Sentence], attributions: Sequence[Attribution]
) -> dict[int, Attribution]:
    """Sentence index -> the first statement (in ``attributions`` order) overlapping it."""
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    first: dict[int, Attribution] = {}
    in_order = ends == sorted(ends) and starts == sorted(starts)
    for attribution in attributions:
        if attribution.kind != "statement":
            continue
        if in_order:
            low = bisect.bisect_right(ends, attribution.start)
            high = bisect.bisect_left(starts, attribution.end)
            indexes: Iterator[int] | range = range(low, high)
        else:
            indexes = (
                i
                for i, s in enumerate(sentences)
                if attribution.start < s.end and s.start < attribution.end
            )
        for index in indexes:
            if _embedded(sentences[index], attribution):
                continue
            if index not in first or (_directive(first[index]) and not _directive(attribution)):
                first[index] = attribution
    return first


#: Cues of a demand or a pledge, not of an account: "Lawmakers demanded that the ministry
#: publish the report which, two MPs said, found that 19 were killed": the figure is the MPs'.
_DIRECTIVES = frozenset("demanded urged vowed promised asked".split())


def _directive(attribution: Attribution) -> bool:
    return attribution.cue.lower() in _DIRECTIVES


_RELATIVE = frozenset(("who", "whom", "which", "that"))


def _embedded(sentence: Sentence, attribution: Attribution) -> bool:
    """A statement inside a relative clause, "a man, who police said was unharmed, was later
    killed", or a description set off by commas, "The attack, described by witnesses as
    chaotic, killed 9": it vouches for its aside only, so it claims nothing else of the
    sentence."""
    cue, span = attribution.cue_span, attribution.source_span
    if (
        cue is not None
        and span is not None
        and span.start > cue.start  # "described by witnesses": the agent after the verb
        and attribution.cue.lower() == "described"
        and sentence.text[: cue.start - sentence.start].rstrip().endswith(",")
    ):
        return True
    if span is None or not sentence.start <= span.start <= sentence.end:
        return False
    before = sentence.text[: span.start - sentence.start].rsplit(None, 1)  # its last word
    return bool(before) and before[-1].lower() in _RELATIVE
