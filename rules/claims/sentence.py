"""The claim engine for one sentence: parse it once, run the registered rules, merge.

Rules run in phases, because later ones read what earlier ones bound:

1. ``FIGURE_RULES`` bind each figure to a cue; the nearest binding wins.
2. ``BOUND_RULES`` bind figures left unbound by sharing a bound figure's cue.
3. ``EXTRA_RULES`` count people who have no figure of their own ("her son and daughter").
4. ``PLURAL_RULES`` make unspecified claims where no figure is bound to a cue.

Each binding carries the code of the rule that made it. The merge then turns "shot but
survived" into wounded, drops a singular that details a stated toll, and keeps one binding
per (figure, category).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

import re2

from rules.categories import BARE_TO_DEATH
from rules.claims.fight_for_life import figurative_fight
from rules.claims.figures import (
    aside_spans,
    is_question,
    is_subset,
    partitive_figures,
    singular_figures,
    whole_noun_end,
)
from rules.claims.kinds import ExtraRule
from rules.claims.lexicon import SINGULAR_PATTERNS
from rules.claims.listed_toll import opens_list
from rules.claims.parts import Binding, CueHit, Cues, SentenceParse, coded
from rules.claims.people import died_after, survived
from rules.claims.registry import (
    BOUND_RULES,
    EXTRA_RULES,
    FATAL_PART,
    FIGURE_RULES,
    MULTIPLE,
    PLURAL_RULES,
)
from rules.claims.relative_fate import fate_after_relative, lived_to_tell
from rules.claims.released_parts import acceptable_part
from rules.claims.tally_steps import steps_a_tally
from rules.nouns import PERSON_NOUNS
from rules.numbers import FigureSpan, find_figures


@functools.lru_cache(maxsize=4096)
def bind_cached(text: str, hits: tuple[CueHit, ...]) -> tuple[Binding, ...]:
    """``bind``, remembered: syndicated wire copy repeats whole sentences across outlets."""
    return tuple(bind(text, list(hits)))


def parse_sentence(text: str, hits: list[CueHit]) -> SentenceParse:
    """The figures of a sentence that may be claims, with its cues."""
    # a bare "to death" is CB102's gate, no cue ("sentenced to death", ``BARE_TO_DEATH``)
    cues = Cues([hit for hit in hits if hit.cue != BARE_TO_DEATH])
    # Cheap substring tests on the lower-cased sentence stand before every optional regex
    # scan: each scan needs one of these words, and most sentences have none.
    low = text.lower()
    asides = aside_spans(text) if "(" in text or "-" in text else []
    fatal: dict[int, Binding] = {}
    figures = []
    stated = find_figures(text)
    for span in stated:
        # "six people were shot, two (of them) fatally": a part, and a claim of its own.
        binding = FATAL_PART.find(text, span)
        if binding is not None:
            fatal[span.start] = coded(binding, FATAL_PART.code)
            figures.append(span)
        elif not is_subset(text, span, asides, cues) and not steps_a_tally(text, span):
            figures.append(span)  # not "the two deaths raised the toll to 51" (a step)
    figures, partitives = partitive_figures(text, figures, cues)
    gate = _gate_words_in(low)
    singulars = singular_figures(text, low, figures, {_GATE_WORDS[i] for i in gate})
    figures = sorted([*figures, *singulars], key=lambda f: f.start)
    return SentenceParse(text, low, cues, stated, figures, partitives, singulars, fatal, gate)


def bind(text: str, hits: list[CueHit]) -> list[Binding]:
    """Pair figures and cues of one sentence; each figure binds to at most one cue."""
    sent = parse_sentence(text, hits)
    for i in range(len(sent.figures)):
        binding = _bind_figure(sent, i)
        if binding is not None:
            sent.bound[i] = binding
    full = len(sent.bound) == len(sent.figures)  # asked again only after a rule binds
    for bound_rule, rebinds in _BOUND_RULES:
        if full and not rebinds:
            continue  # it binds only figures left unbound, and none is (or none is stated)
        for i, binding in bound_rule.find(sent).items():
            sent.bound[i] = coded(binding, bound_rule.code)
        full = len(sent.bound) == len(sent.figures)
    extra: list[Binding] = []
    so_far = list(sent.bound.values())
    for extra_rule in _extra_rules(sent):
        found = extra_rule.find(sent, so_far.copy())
        if found:
            marked = [coded(b, extra_rule.code) for b in found]
            extra.extend(marked)
            so_far.extend(marked)
    if any(b.rule in _REBINDING for b in extra):
        _rebound(sent, extra)
    if any(b.cue.cue.category == "killed" for b in sent.bound.values()):
        # "a woman and two teenagers are dead in a double murder-suicide": one toll, said twice.
        extra = [b for b in extra if b.rule != MULTIPLE.code or b.cue.cue.category != "killed"]
    if not sent.figures:
        # "Man shot in Orme Street robbery dies": the one person's clause tells the death
        found = [
            died_after(text, survived(text, lived_to_tell(text, b)))
            for b in extra
            if not figurative_fight(text, b)  # "the senator is fighting for his life in the race"
        ]
    else:
        # single people an extra rule found ("a woman", "Ana Ruiz"), not a count in words
        # ("including nine policemen" after "put the number of wounded at 30")
        sent.singulars.extend(
            b.figure
            for b in extra
            if b.figure.figure.text[:1].isalpha() and b.figure.figure.max == 1
        )
        found = _merge(sent, [*sent.bound.values(), *extra])
    spans = [(f.start, f.end) for f in (*sent.stated, *sent.figures)]
    plurals = [
        coded(b, plural_rule.code)
        for plural_rule in PLURAL_RULES
        for b in plural_rule.find(sent, found, spans)
    ]
    return sorted([*found, *plurals], key=lambda b: b.figure.start) if plurals else found


#: The bound rules with whether each binds figures already bound (``BoundRule.rebinds``).
_BOUND_RULES = tuple((rule, rule.rebinds) for rule in BOUND_RULES)
#: The codes of the extra rules whose bindings replace a figure rule's (``ExtraRule.rebinds``).
_REBINDING = frozenset(rule.code for rule in EXTRA_RULES if rule.rebinds)
_REPLACES = {rule.code: rule.replaces for rule in EXTRA_RULES if rule.replaces}
#: The codes of the extra rules whose claims are parts of a count (``ExtraRule.states_part``).
_PARTS = frozenset(rule.code for rule in EXTRA_RULES if rule.states_part)


def _rebound(sent: SentenceParse, extra: list[Binding]) -> None:
    """Drop the figure rules' bindings that a rebinding extra rule (``ExtraRule.rebinds``)
    bound again, with the same category, to the same figure."""
    again = {(b.figure.start, b.cue.cue.category) for b in extra if b.rule in _REBINDING}
    again |= {(b.figure.start, c) for b in extra for c in _REPLACES.get(b.rule, ())}
    for i, b in list(sent.bound.items()):
        if (b.figure.start, b.cue.cue.category) in again:
            del sent.bound[i]


#: Every word of the extra rules' gates and of ``SINGULAR_PATTERNS``' (found in the one pass
#: ``parse_sentence`` makes); for each word, the rules it opens as a bit mask of their
#: indexes in ``EXTRA_RULES``; and the mask of the rules with no words in their gate.
_GATE_WORDS = tuple(
    sorted(
        {word for rule in EXTRA_RULES for word in rule.words}
        | {word for _, words in SINGULAR_PATTERNS for word in words}
    )
)
_OPENED_BY = tuple(
    sum(1 << k for k, rule in enumerate(EXTRA_RULES) if word in rule.words) for word in _GATE_WORDS
)
_UNGATED = sum(1 << k for k, rule in enumerate(EXTRA_RULES) if not rule.words)
#: Every pattern of the rules' hints (``ExtraRule.hints``), the rules each one opens, and
#: the mask of the rules with hints.
_HINTS = tuple(dict.fromkeys(hint.pattern for rule in EXTRA_RULES for hint in rule.hints))
_HINT_OPENS = tuple(
    sum(1 << k for k, rule in enumerate(EXTRA_RULES) if hint in [h.pattern for h in rule.hints])
    for hint in _HINTS
)
_HINTED = sum(1 << k for k, rule in enumerate(EXTRA_RULES) if rule.hints)
#: Of those, the rules that need no casualty cue (``ExtraRule.casualty``).
_HINTED_ANY_CUE = sum(
    1 << k for k, rule in enumerate(EXTRA_RULES) if rule.hints and not rule.casualty
)
#: The mask of the rules that do not need a figure (``ExtraRule.figure``).
_FIGURED = sum(1 << k for k, rule in enumerate(EXTRA_RULES) if not rule.figure)
#: The rules, in order, of each mask of opened rules and each answer of ``Cues.casualty``:
#: sentences share a few such masks, so each is worked out once.
_RULES_BY_MASK: dict[tuple[int, bool], tuple[ExtraRule, ...]] = {}


def _gate_set() -> re2.Set:
    """All the gate words as one RE2 set: a single pass over a sentence names every gate
    word it holds, where ``word in text`` for each word is a pass per word."""
    words = re2.Set.SearchSet(re2.Options())
    for word in _GATE_WORDS:
        words.Add(re2.escape(word))
    words.Compile()
    return words


def _hint_set() -> re2.Set:
    """All the hints as one RE2 set over an ASCII sentence (not its lower case: a hint may
    need a capital). Apart from the words: together their automaton outgrows RE2's memory
    and is built again and again."""
    patterns = re2.Set.SearchSet(re2.Options())
    for hint in _HINTS:
        patterns.Add(hint if isinstance(hint, str) else hint.decode("ascii"))
    patterns.Compile()
    return patterns


_GATE_SET = _gate_set()
_HINT_SET = _hint_set()


def _gate_words_in(low: str) -> Sequence[int]:
    """The indexes in ``_GATE_WORDS`` of the words that ``low`` holds. In UTF-8 a word's
    bytes occur only where the word does; a text with a lone surrogate, which UTF-8 cannot
    encode, is searched word by word."""
    try:
        data = low.encode("utf-8")
    except UnicodeEncodeError:
        return [i for i, word in enumerate(_GATE_WORDS) if word in low]
    found: list[int] | None = _GATE_SET.Match(data)
    return found or ()  # RE2 gives None when the sentence holds none of them


def _opened(sent: SentenceParse) -> int:
    """The mask of the rules whose words, and on an ASCII sentence whose hints, the
    sentence passes. The hints are looked for, in one RE2 pass, only when a rule with hints
    is open by its words; off ASCII they are not read (RE2 and Python's re part there)."""
    mask = _UNGATED
    for i in sent.gate:
        mask |= _OPENED_BY[i]
    live = _HINTED if sent.cues.casualty else _HINTED_ANY_CUE  # rules that may run
    if not mask & live or not sent.text.isascii():
        return mask
    hinted = 0
    for i in _HINT_SET.Match(sent.text.encode("ascii")) or ():
        hinted |= _HINT_OPENS[i]
    return mask & (hinted | ~_HINTED)


def _extra_rules(sent: SentenceParse) -> tuple[ExtraRule, ...]:
    """The extra rules, in order, whose gate the sentence passes (``ExtraRule.words``,
    ``ExtraRule.hints``, ``ExtraRule.casualty`` and ``ExtraRule.figure``); the others cannot
    find anything in it.
    Each gate word and hint is looked for once, in one pass for all of them, however many
    rules it opens, and no rule is called only to be turned away."""
    mask = _opened(sent)
    if not sent.figures and not sent.stated:
        mask &= _FIGURED  # the rules that need a figure cannot find anything
    key = (mask, sent.cues.casualty)
    rules = _RULES_BY_MASK.get(key)
    if rules is None:
        rules = _rules_of(mask, sent.cues.casualty)
        if len(_RULES_BY_MASK) < 4096:  # bounded: a hostile text may mix gate words freely
            _RULES_BY_MASK[key] = rules
    return rules


def _rules_of(mask: int, casualty: bool) -> tuple[ExtraRule, ...]:
    """The rules of the bits set in ``mask``, in order, less those that need a casualty cue
    when the sentence has none: read a byte of the mask at a time from ``_BYTE_RULES``
    (real news makes a new mask for nearly every sentence, with a few dozen bits set)."""
    found: tuple[ExtraRule, ...] = ()
    data = mask.to_bytes(_MASK_BYTES, "little")
    for table, byte in zip(_BYTE_RULES[casualty], data, strict=True):
        if byte:
            found += table[byte]
    return found


def _byte_rules(casualty: bool) -> tuple[tuple[tuple[ExtraRule, ...], ...], ...]:
    """For each byte of a mask (rules 0-7, 8-15, ...) and each of its 256 values, the rules
    of its set bits in order, less those that need a casualty cue when ``casualty`` is
    False."""
    tables = []
    for first in range(0, len(EXTRA_RULES), 8):
        table: list[tuple[ExtraRule, ...]] = [()]
        for value in range(1, 256):
            top = value.bit_length() - 1  # the value is the one below it and its top bit
            k = first + top
            rule = EXTRA_RULES[k] if k < len(EXTRA_RULES) else None
            kept = (rule,) if rule is not None and (casualty or not rule.casualty) else ()
            table.append(table[value ^ (1 << top)] + kept)
        tables.append(tuple(table))
    return tuple(tables)


#: ``_byte_rules`` for a sentence without a casualty cue and for one with (index by bool),
#: and the bytes of a mask (every bit of a mask is a rule's).
_BYTE_RULES = (_byte_rules(False), _byte_rules(True))
_MASK_BYTES = len(_BYTE_RULES[0])


def _bind_figure(sent: SentenceParse, i: int) -> Binding | None:
    """The nearest acceptable binding of figure ``i`` that a figure rule finds."""
    figures, text = sent.figures, sent.text
    figure = figures[i]
    fatal = sent.fatal.get(figure.start)
    if fatal is not None and fatal.figure is figure:
        return fatal
    if sent.cues.overlaps(figure.start, figure.end) or is_question(text, figure):
        return None
    whole = sent.partitives.get(figure.start)
    if whole is not None:
        # "two of the four victims died": read "two of the four" as one figure, bind, and
        # keep the part's own span.
        figures[i] = FigureSpan(figure.start, whole_noun_end(sent, whole), figure.figure)
    candidates = []
    for rule in FIGURE_RULES:
        binding = rule.find(sent, i)
        if binding is not None and acceptable_part(binding, text, whole):
            candidates.append(coded(binding, rule.code))
    figures[i] = figure
    if whole is not None:
        if len(candidates) == 2:
            candidates = candidates[1:]  # "killed 3 of the 10 hostages": the verb governs
        candidates = [
            replace(b, figure=FigureSpan(figure.start, figure.end, b.figure.figure))
            for b in candidates
        ]
    return min(candidates, key=lambda b: _preference(b, text)) if candidates else None


#: Categories whose verb before a figure names the act done to it ("executed 11 hostages",
#: "freed 14 hostages": killed and rescued, not held hostage).
_HARM = frozenset(("killed", "wounded", "killed_or_wounded", "rescued"))


def _preference(binding: Binding, text: str) -> tuple[int, int]:
    """Nearest first; on a tie a harm verb before the figure beats a status noun after it:
    "executed 11 hostages" and "by killing 11 hostages" are 11 killed, not 11 held hostage,
    and so is "killed the two hostages" (the determiners of the verb's object count no
    distance).
    The bodies or remains of people are their deaths whatever they were before: "the bodies
    of the two kidnapped engineers" (``BODIES_OF``)."""
    cue = binding.cue
    if text[cue.start : cue.start + 1] in _BODIES_OPEN and BODIES_OF.fullmatch(
        text, cue.start, binding.figure.start
    ):
        return (-1, 0)
    # "executed" or "killing", "the killing of": the act done to its object
    acts = cue.cue.transitive or cue.cue.after == "object"
    harm_verb = cue.cue.category in _HARM and acts and cue.end <= binding.figure.start
    if harm_verb and cue.cue.after == "object":
        # "killed the remaining two hostages": the object's determiners are no distance
        return (0, 0)
    return (binding.distance, 0 if harm_verb else 1)


#: "the bodies of (the) 12", "the remains of": a cue of the dead right before the figure.
BODIES_OF = re.compile(r"(?:dead\s+)?(?:bodies|remains)\s+of\s+(?:the\s+)?", re.IGNORECASE)
#: The letters ``BODIES_OF`` opens with, in either case.
_BODIES_OPEN = frozenset("dDbBrR")


def _merge(sent: SentenceParse, bindings: list[Binding]) -> list[Binding]:
    """One binding per (figure, category), in text order, with the merge's corrections."""
    text, cues = sent.text, sent.cues
    found = []
    recast: dict[int, CueHit] = {}  # a cue the fate of its count settled, for its parts
    for b in sorted(bindings, key=lambda b: b.figure.start):
        if figurative_fight(text, b):
            continue  # "the senator is fighting for his life in the primary"
        # "three were shot but survived": the shot who lived were wounded; "taken to a
        # hospital, where he died", "shot two men dead": they were killed; "three diners
        # who were shot remain in hospital": the main verb tells their fate. A part after
        # them with their cue ("..., nine of them children") shares it.
        cue = b.cue
        b = fate_after_relative(text, cues, died_after(text, survived(text, b)))
        if id(cue) in recast and b.cue is cue:
            b = replace(b, cue=recast[id(cue)])
        elif b.cue is not cue:
            recast[id(cue)] = b.cue
        if b.figure.figure.text.lower() in PERSON_NOUNS:
            # A person counted by their noun ("her father and daughter") is their own group.
            b = replace(b, group=b.figure.figure.text)
        found.append(b)
    # "rose to seven after a woman died": the singular is a detail of a stated toll.
    single = {id(f) for f in sent.singulars}
    counted = {
        b.cue.cue.category
        for b in found
        if id(b.figure) not in single
        and b.cue.cue.after == "toll"
        and b.cue.end <= b.figure.start
        and b.rule not in _PARTS  # "seven bodies were found; four rebels and a nurse"
        and not opens_list(text, sent.cues, b)  # "the dead included two guards and a nurse"
    }
    found = [b for b in found if id(b.figure) not in single or b.cue.cue.category not in counted]
    # Two routes may count one person twice ("four adults and an infant were killed").
    # The reading of a part wins over a figure rule's of the same figure and cue: "three
    # others, two men, ages 27 and 31, and a woman, were hurt" (the two are of the three).
    unique: dict[tuple[int, str], Binding] = {}
    for b in found:
        key = (b.figure.start, b.cue.cue.category)
        kept = unique.setdefault(key, b)
        if b.rule in _PARTS and kept.rule not in _PARTS and kept.cue.start == b.cue.start:
            unique[key] = b
    return list(unique.values())
