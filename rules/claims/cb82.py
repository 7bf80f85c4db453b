"""CB82: one more person told by an ordinal after a count ("two killed and a third wounded")."""

from __future__ import annotations

import re
from dataclasses import replace

from rules.claims.groups import acceptable
from rules.claims.kinds import ExtraRule
from rules.claims.ordinals import ORDINALS
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.model import Figure
from rules.nouns import OBJECT_NOUNS, PERSON_NOUNS
from rules.numbers import FigureSpan

#: "and a third", "and the fourth soldier": the ordinal of the one after a count, in a
#: coordinated clause. Origin: general English of wire tolls ("two ... were killed and a
#: third was wounded", "shot dead three men and wounded a fourth").
_NEXT = re.compile(
    r"\b(?P<article>a|the)\s+(?P<ordinal>" + "|".join(ORDINALS) + r")\b(?:\s+(?P<noun>[a-z-]+))?",
    re.IGNORECASE,
)
#: Between the ordinal (or its noun) and the passive cue of its fate: "later", an auxiliary,
#: "also", a degree adverb; nothing else ("a sixth later died of his wounds").
_TO_CUE = re.compile(
    r"\s+(?:(?:later|since|subsequently)\s+)?"
    r"(?:(?:was|is|has\s+been|had\s+been|remains|remained)\s+)?(?:also\s+|still\s+)?"
    r"(?:(?:seriously|critically|badly|slightly|lightly|gravely)\s+)?$",
    re.IGNORECASE,
)
#: Between the count's clause and the ordinal: "and" (after a comma or not), and, for an
#: active verb, the verb itself ("and wounded a third", ", wounding a third").
_REACH = 80
#: Further off, past a long clause of the count's own event, only with no figure between and
#: ", and" or ";" right before the ordinal: "Three miners were killed when a gallery collapsed
#: at the colliery ... after days of heavy rain, and a fourth died later in hospital".
_FAR_REACH = 240
_FAR_JOIN = re.compile(r"(?:,\s*and|;)\s*$", re.IGNORECASE)


class NextByOrdinal(ExtraRule):
    """CB82 · One person told by the ordinal that follows a count: "Two soldiers were killed
    and a third was wounded" is also 1 wounded; "shot dead three farmers and wounded a
    fourth" is 1 wounded. The ordinal must be the count plus one, and a cue of its own fate
    must stand right beside it, so a fraction ("a third of the houses") or a ranking ("the
    third attack this month") counts no one.
    """

    code = "CB82"
    words = tuple(ORDINALS)  # the engine's gate, ``ExtraRule.words``: every match holds one
    examples = (
        (
            "Two soldiers were killed and a third was wounded when their jeep hit a mine.",
            {"category": "wounded", "min": 1, "max": 1},
        ),
        (
            "The blast killed two guards and injured a third, the port authority said.",
            {"category": "wounded", "min": 1, "group": None},
        ),
        (
            "Three sailors were rescued and a fourth is still missing.",
            {"category": "missing", "min": 1, "group": None},
        ),
        (
            "Two of the hijackers were shot dead and the third was captured.",
            {"category": "captured", "min": 1},
        ),
        ("Rebels shot two guards dead, wounding a third.", {"category": "wounded", "min": 1}),
        (
            "Five peacekeepers were killed in the ambush; a sixth later died of his wounds.",
            {"category": "killed", "min": 1},
        ),
        (
            "Three miners were killed when a gallery collapsed at the Velk colliery in the hills"
            " north of the capital after days of heavy rain, and a fourth died later.",
            {"category": "killed", "min": 1},
        ),
    )
    counter_examples = (
        # a fraction, not a person
        "Two villages were flooded and a third of the crops were destroyed.",
        # the ordinal is no count plus one
        "Two soldiers were killed and a fifth was wounded.",
        # a ranking, no fate beside it
        "Two people were killed in the third attack this month.",
        # no count before it
        "A third man was wounded in the shooting.",
        # counted already, by its article (CB01)
        "One man was killed and a second man was wounded.",
        # far off, another count between
        "Two soldiers were killed when their convoy came under fire on the way to Velk, where 40"
        " police were posted last week, and a third was wounded.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        low = sent.low
        if " a " not in low and " the " not in low:
            return []  # cheap test first: every match has an article before its ordinal
        counts = [*sent.bound.values(), *found]
        result: list[Binding] = []
        for match in _NEXT.finditer(sent.text):
            if any(match.start() <= b.figure.start < match.end() for b in counts):
                continue  # "and a second porter was hurt": counted already by its article
            value = ORDINALS[match["ordinal"].lower()]
            whole = _count_before(counts, match.start(), value - 1, sent)
            if whole is None:
                continue
            noun = match["noun"]
            person = noun is not None and noun.lower() in PERSON_NOUNS
            cue = _fate_after(sent, match.end() if person else match.end("ordinal"))
            if cue is None:
                cue = _active_before(sent, match.start(), whole)
            if cue is None:
                continue
            start, end = match.span("ordinal")
            figure = FigureSpan(start, end, Figure(1, 1, "exact", match["ordinal"]))
            binding = Binding(figure, cue, noun if person else None, 0)
            counted = whole.group
            if not person and counted and not _one_of(binding, counted):
                continue  # "two banks failed and a third was rescued", "two suspects ... a
                # third was freed": the group checks of the count apply to its ordinal
            result.append(binding)
        return result


def _count_before(
    counts: list[Binding], at: int, value: int, sent: SentenceParse
) -> Binding | None:
    """The exact count of ``value`` people bound before ``at`` in the same clause chain,
    with an "and", a comma or a semicolon between them (``_FAR_REACH`` further off)."""
    text = sent.text
    for binding in counts:
        figure = binding.figure
        if figure.figure.qualifier != "exact" or figure.figure.min != value:
            continue
        if figure.end > at or at - figure.end > _FAR_REACH:
            continue
        between = text[figure.end : at]
        if at - figure.end > _REACH and (
            not _FAR_JOIN.search(between)
            or any(figure.end <= other.start < at for other in sent.figures)
        ):
            continue  # a long clause between: only its own ", and a fourth"
        if re.search(r"[:.]", between) or not re.search(r"\band\b|[,;]", between, re.IGNORECASE):
            continue
        return binding
    return None


def _fate_after(sent: SentenceParse, at: int) -> CueHit | None:
    """A cue of a fate right after the ordinal: "a third (was) wounded"."""
    index = sent.cues.first_from(at)
    if index is None:
        return None
    cue = sent.cues.hits[index]
    if _TO_CUE.match(sent.text[at : cue.start]) is None or not cue.cue.before:
        return None
    if sent.low.startswith(" back", cue.end) and sent.low[cue.start : cue.end] == "shot":
        return None  # "a second officer shot back": returned fire
    return cue


def _active_before(sent: SentenceParse, at: int, whole: Binding) -> CueHit | None:
    """An active verb right before the ordinal, after the count's own cue: "killed two
    guards and injured a third", ", wounding a third"."""
    index = sent.cues.last_before(at)
    if index is None:
        return None
    cue = sent.cues.hits[index]
    if cue.cue.after != "object" or cue.start <= whole.cue.start:
        return None
    if sent.text[cue.end : at].strip():
        return None
    before = sent.text[whole.figure.end : cue.start]
    return cue if re.search(r"(?:\band|,)\s*$", before, re.IGNORECASE) else None


def _one_of(binding: Binding, group: str) -> bool:
    """Can the ordinal be one more of ``group``: no thing ("vehicles") and people whom its
    fate fits (not suspects "freed", ``groups.acceptable``)?"""
    head = group.lower().split()[-1]
    return head not in OBJECT_NOUNS and acceptable(replace(binding, group=group))
