"""Reporting verbs inside the reason an unnamed source gives for not being named.

"Two port officials, who spoke only if their names were kept out since the harbour master
issues all figures, said nine dockers died": the officials said it; "the harbour master
issues" is the reason they gave, inside the relative clause between the speakers and their
verb, and no statement of the harbour master's. A statement is dropped when it lies wholly
between the start of an unnamed source and that source's own verb, after the terms of
anonymity ("only if they were not named") and a "because" or a "since" that opens the reason.
General English grammar of anonymity (thirty-fifth session).
"""

from __future__ import annotations

import re
from typing import cast

from rules.anonymity_markers import ANONYMITY_MARKERS
from rules.model import Attribution, Span

#: The subordinators that open a reason: "because the ministry alone comments", "since only
#: the army announces losses".
_REASON = re.compile(r"\b(?:because|since|as\s+only|given\s+that)\b", re.IGNORECASE)


#: The terms of anonymity before the reason: "only if they were not named", "would give only
#: his first name", "on condition of anonymity", "was not authorised to speak".
_UNNAMED = re.compile(
    r"\b(?:named|name|names|identified|anonymity|anonymously|authori[sz]ed|on\s+the\s+record"
    r"|quoted|publicly)\b",
    re.IGNORECASE,
)


def _spans(inner: Attribution, outer: Attribution) -> tuple[Span, Span, Span, Span] | None:
    """The outer source and cue spans, then the inner ones, when all four are known."""
    spans = (outer.source_span, outer.cue_span, inner.source_span, inner.cue_span)
    if any(span is None for span in spans):
        return None
    return cast(tuple[Span, Span, Span, Span], spans)


def _inside_reason(text: str, inner: Attribution, outer: Attribution) -> bool:
    """Does ``inner`` stand in the reason clause of the unnamed source of ``outer`` (an
    unnamed source of the same sentence whose subject holds a reason)?"""
    spans = _spans(inner, outer)
    if spans is None:
        return False
    o_src, o_cue, i_src, i_cue = spans
    first, last = min(i_src.start, i_cue.start), max(i_src.end, i_cue.end)
    if not o_src.start < first or not last <= o_cue.start:
        return False  # the subject's span may hold its relative clause ("A, who ... says")
    reason = _REASON.search(text, o_src.start, first)
    if reason is None:
        return False
    terms = text[o_src.start : reason.start()]  # "would speak only if she went unnamed"
    return _UNNAMED.search(terms) is not None or ANONYMITY_MARKERS.search(terms) is not None


def _own_terms(text: str, inner: Attribution, outer: Attribution) -> bool:
    """Is ``inner`` the unnamed source's own telling of its terms, in a relative clause
    between it and its verb ("A clerk, who said she would lose her job if her name
    appeared, said ...", "a surgeon who gave his account only if it carried no name said")?"""
    spans = _spans(inner, outer)
    if spans is None:
        return False
    o_src, o_cue, i_src, i_cue = spans
    if not o_src.start <= i_src.start < o_src.end or not i_cue.end <= o_cue.start:
        return False  # the inner source is the outer's subject or its relative "who"
    comma = text.find(",", i_cue.end, o_cue.start)
    clause = text[i_cue.end : comma if comma != -1 else o_cue.start]  # the inner one's words
    return ANONYMITY_MARKERS.search(clause) is not None or _OWN_RISK.search(clause) is not None


#: The risk an unnamed source runs by speaking (its own: a pronoun before the modal), or the
#: terms of their name, as they tell it: "who said she might lose her post for this", "who
#: gave an account only if her name was kept out" (general English of anonymity; the harm is
#: the source's own, not a casualty).
_OWN_RISK = re.compile(
    r"\b(?:he|she|they|I|we)\s+(?:could|would|might|may)\s+(?:be\s+(?:fired|sacked|dismissed"
    r"|punished|disciplined|suspended)|lose\s+(?:his|her|their|my|our)\s+(?:jobs?|posts?"
    r"|positions?|licen[cs]es?))"
    # "who said she was not allowed to discuss the escape" (44th session)
    r"|\b(?:he|she|they|I|we)\s+(?:was|were|is|are|am)\s+not\s+(?:allowed|authori[sz]ed"
    r"|permitted|cleared)\s+to\s+(?:discuss|talk|speak|comment)"
    r"|\b(?:provided|only\s+if|so\s+long\s+as|as\s+long\s+as)\s+(?:that\s+)?(?:his|her|their)"
    r"\s+(?:full\s+)?names?\s+(?:was|were|be|is|would\s+be|stayed|remained)\s+(?:withheld"
    r"|not\s+(?:used|published|printed|given)|kept\s+(?:out|secret)|left\s+out)",
    re.IGNORECASE,
)


def without_reasons(text: str, found: list[Attribution]) -> list[Attribution]:
    """``found`` less the statements inside an unnamed source's reason for anonymity, or
    that tell its terms of anonymity. Only unnamed sources are read as the outer ones, a few
    per sentence, so the pass stays linear."""
    outers: dict[int, list[Attribution]] = {}
    for b in found:
        span = b.source_span
        if b.kind == "statement" and b.anonymous and span is not None:
            outers.setdefault(b.start, []).append(b)
    if not outers:
        return found
    return [
        a
        for a in found
        if a.kind != "statement"
        or not any(
            _inside_reason(text, a, b) or _own_terms(text, a, b)
            for b in outers.get(a.start, ())[:8]
            if b is not a
        )
    ]
