"""Turn an article's text into stored findings: rule results plus the stories it belongs to.

What is stored is bounded whatever the text: each finding keeps its offsets and an excerpt of
at most :data:`EXCERPT_CHARS` characters around what it found (never an unbounded sentence),
other text fields are cut to :data:`FIELD_CHARS`, and at most :data:`MAX_FINDINGS` claims and
as many attributions are kept per article, with the number left out recorded as ``cut``.
A text longer than :data:`WHOLE_TEXT_CHARS` (far beyond any news article) is analysed in
segments of at most :data:`SEGMENT_CHARS`, cut at paragraph or sentence ends where it has
them, so one endless "sentence" costs time in proportion to its length.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import rules
from crosswire.config import Config, StoryConfig
from crosswire.db.records import Findings
from crosswire.rules_version import rules_version
from monitors.matching import WatchRule, match_stories

log = logging.getLogger(__name__)

#: Longest stored ``text`` of a finding: an excerpt around its span, not its whole sentence.
EXCERPT_CHARS = 600
#: Longest stored value of any other text field of a finding (source, cue, group, span text).
FIELD_CHARS = 300
#: Most claims, and most attributions, stored per article version.
MAX_FINDINGS = 200
ELLIPSIS = "…"
#: Texts up to this length are analysed whole (news articles are far shorter).
WHOLE_TEXT_CHARS = 50_000
#: Longer texts are analysed in segments of at most this many characters.
SEGMENT_CHARS = 20_000
_BREAKS = ("\n", ". ", "! ", "? ", " ")


def watch_rule(story: StoryConfig) -> WatchRule:
    """The matcher for one configured story."""
    return WatchRule(
        name=story.name,
        any=tuple(story.any),
        all=tuple(story.all),
        exclude=tuple(story.exclude),
        outlets=tuple(story.outlets),
        regex=story.regex,
    )


def watch_rules(config: Config) -> tuple[WatchRule, ...]:
    """Matchers for every configured story, in configuration order."""
    return tuple(watch_rule(story) for story in config.stories)


def analyse(text: str, *, url: str = "", contain_errors: bool = True) -> rules.Analysis:
    """Run the rules on ``text``; a bug in a rule is logged and yields an empty analysis.

    An article must still be stored when a rule trips over it, so the failure is contained
    here (and logged with the article's URL) rather than failing the whole feed. With
    ``contain_errors=False`` the error is raised instead (making stored results again must
    keep the old ones rather than replace them with nothing).
    """
    try:
        return rules.analyze(text)
    except Exception:
        if not contain_errors:
            raise
        log.exception("rules failed on %s; storing it without findings", url or "a text")
        return rules.Analysis()


def findings_for(
    *,
    outlet: str,
    title: str,
    text: str,
    url: str,
    stories: Sequence[WatchRule],
    contain_errors: bool = True,
) -> Findings:
    """Analyse the headline with the text and match the article against the watched stories.

    The headline is read as the first paragraph of the text, as the evaluations read it (it
    often carries the toll). What it yields is marked ``in_title`` with offsets into the title;
    every other finding's offsets are into ``text``. ``contain_errors=False`` lets a rule's
    exception through (see ``analyse``).
    """
    claims: list[dict[str, Any]] = []
    attributions: list[dict[str, Any]] = []
    cut = 0
    title = headline(title)
    head = f"{title}\n\n" if title else ""
    for offset, segment in segments(text):
        lead = head if offset == 0 else ""
        analysis = analyse(lead + segment, url=url, contain_errors=contain_errors)
        for found, kept in ((analysis.claims, claims), (analysis.attributions, attributions)):
            room = max(0, MAX_FINDINGS - len(kept))
            kept.extend(_placed(f.to_json(), offset, lead, title, text) for f in found[:room])
            cut += max(0, len(found) - room)
    if cut:
        log.warning("%s: kept %d findings of each kind, cut %d", url or "a text", MAX_FINDINGS, cut)
    matched = match_stories(stories, outlet=outlet, title=title, text=text) if stories else []
    return Findings(
        claims=claims,
        attributions=attributions,
        stories=tuple(matched),
        cut=cut,
        rules=rules_version(),
    )


def segments(text: str) -> list[tuple[int, str]]:
    """``text`` as (offset, segment) pairs: whole when short, else cut at paragraph, sentence
    or word ends into pieces of at most SEGMENT_CHARS.

    >>> segments("short")
    [(0, 'short')]
    >>> pieces = segments("word " * 30_000)
    >>> max(len(piece) for _, piece in pieces) <= SEGMENT_CHARS
    True
    >>> "".join(piece for _, piece in pieces) == "word " * 30_000
    True
    """
    if len(text) <= WHOLE_TEXT_CHARS:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + SEGMENT_CHARS)
        if end < len(text):
            end = _cut(text, start + SEGMENT_CHARS // 2, end)
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _cut(text: str, floor: int, end: int) -> int:
    """Where to end a segment: after the last paragraph, sentence or word end in
    [floor, end), or at ``end`` when there is none."""
    for mark in _BREAKS:
        at = text.rfind(mark, floor, end)
        if at >= 0:
            return at + len(mark)
    return end


def headline(title: str) -> str:
    """The title as it is analysed with the text: one line of at most FIELD_CHARS."""
    return " ".join(title.split())[:FIELD_CHARS]


def as_read(
    title: str, text: str, claims: Sequence[dict[str, Any]]
) -> tuple[str, list[dict[str, Any]], int]:
    """The document stored claims point into, read as analysed: headline, blank line, text.

    Returns that document, the claims with the body's offsets moved past the headline (the
    headline's own are already into it), and the headline's length; with no headline claim,
    the text and claims as they are and 0.
    """
    if not any(claim.get("in_title") is True for claim in claims):
        return text, list(claims), 0
    head = headline(title)
    shift = len(head) + 2
    moved = [claim if claim.get("in_title") is True else _shifted(claim, shift) for claim in claims]
    return f"{head}\n\n{text}", moved, len(head)


def _placed(
    finding: dict[str, Any], offset: int, lead: str, title: str, text: str
) -> dict[str, Any]:
    """A finding of ``lead + segment`` bounded, with offsets into the title or the text."""
    if lead and isinstance(finding.get("start"), int) and finding["start"] < len(title):
        return {**bounded_finding(finding, title), "in_title": True}
    return bounded_finding(_shifted(finding, offset - len(lead)), text)


_OFFSET_KEYS = frozenset({"start", "end", "text_start", "text_end"})


def _shifted(value: Any, offset: int) -> Any:
    """A finding with every start/end offset moved by ``offset`` (into the whole text)."""
    if not offset or not isinstance(value, dict):
        return value
    return {
        key: item + offset
        if key in _OFFSET_KEYS and isinstance(item, int)
        else _shifted(item, offset)
        for key, item in value.items()
    }


def bounded_finding(finding: dict[str, Any], document: str) -> dict[str, Any]:
    """A finding as stored: ``text`` cut to an excerpt around its span, other text capped.

    A cut excerpt's offsets in the document are added as ``text_start``/``text_end``;
    ``start``/``end`` still give the whole sentence the finding stands in.

    >>> long = "x " * 1000 + "12 killed" + " y" * 1000
    >>> span = {"start": 2000, "end": 2002}
    >>> f = {"text": long, "start": 0, "end": len(long), "figure_span": span}
    >>> cut = bounded_finding(f, long)
    >>> len(cut["text"]) <= EXCERPT_CHARS, "12 killed" in cut["text"], cut["text_start"] > 0
    (True, True, True)
    """
    bounded = {key: _capped(value) for key, value in finding.items() if key != "text"}
    text = finding.get("text")
    if not isinstance(text, str) or len(text) <= EXCERPT_CHARS:
        bounded["text"] = text
        return bounded
    start, end = _excerpt_bounds(finding, len(document))
    if document[finding.get("start", 0) : finding.get("end", 0)] != text:
        start, end = 0, EXCERPT_CHARS  # offsets not into ``document``: keep the sentence's head
        bounded["text"] = text[:EXCERPT_CHARS]
    else:
        bounded["text"] = document[start:end]
    bounded["text_start"], bounded["text_end"] = start, end
    return bounded


def _excerpt_bounds(finding: dict[str, Any], length: int) -> tuple[int, int]:
    """At most EXCERPT_CHARS of the sentence, centred on the finding's own span."""
    sentence_start, sentence_end = int(finding.get("start", 0)), int(finding.get("end", length))
    anchor = next(
        (
            finding[key]
            for key in ("figure_span", "cue_span", "source_span")
            if isinstance(finding.get(key), dict)
        ),
        {"start": sentence_start, "end": sentence_start},
    )
    middle = (int(anchor["start"]) + int(anchor["end"])) // 2
    start = max(sentence_start, middle - EXCERPT_CHARS // 2)
    end = min(sentence_end, start + EXCERPT_CHARS)
    start = max(sentence_start, end - EXCERPT_CHARS)
    return start, end


def _capped(value: Any) -> Any:
    if isinstance(value, str) and len(value) > FIELD_CHARS:
        return value[: FIELD_CHARS - 1] + ELLIPSIS
    if isinstance(value, dict):
        return {key: _capped(item) for key, item in value.items()}
    return value
