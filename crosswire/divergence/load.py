"""From the rules' JSON findings to the divergence model (pure: dicts in, dataclasses out)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from itertools import islice
from typing import Any

import rules
from crosswire.divergence.events import context_places, places_in
from crosswire.divergence.groups import group_of
from crosswire.divergence.intervals import interval_of, stated_value
from crosswire.divergence.model import ArticleFindings, Source, StatedAttribution, StatedClaim
from crosswire.divergence.parties import party_key
from crosswire.divergence.settings import QualifierBands
from crosswire.divergence.shot_lived import with_shot_who_lived

#: Claims past this many per article are not compared (an article listing thousands of
#: figures is a table, not a toll); the rules cap findings too.
MAX_CLAIMS_PER_ARTICLE = 200
MAX_ATTRIBUTIONS_PER_ARTICLE = 400
#: A figure of one ("a man was killed", "1 wounded") usually names one person of a toll: it
#: says at least one, so it is compared as "at least 1" and never as a discrepancy.


def article_findings(
    source: Source,
    claims: Iterable[Mapping[str, Any]],
    attributions: Iterable[Mapping[str, Any]],
    bands: QualifierBands,
    *,
    text: str = "",
    title_length: int = 0,
) -> ArticleFindings:
    """One article version's findings; ``title_length`` > 0 when the text opens with the title."""
    stated = []
    # "three people were shot, one fatally": 2 wounded beside 1 killed (``shot_lived``)
    for raw in with_shot_who_lived(list(islice(claims, MAX_CLAIMS_PER_ARTICLE))):
        claim = stated_claim(source, raw, bands, title_length=title_length)
        if claim is not None and not claim.places and text:
            # A headline's figure takes the dateline's places (the start of the text).
            at = 0 if claim.in_title and not title_length else claim.start
            claim = replace(claim, places=context_places(text, at))
        if claim is not None:
            stated.append(claim)
    said: list[StatedAttribution] = []
    seen: set[tuple[str, str, str]] = set()
    for index, raw in enumerate(attributions):
        if index >= MAX_ATTRIBUTIONS_PER_ARTICLE:
            break
        attribution = stated_attribution(source, raw)
        # "She said ... and said ...": one party, one kind, one sentence is one piece of
        # evidence, however many cues the sentence holds.
        key = (attribution.party_key, attribution.kind, attribution.text)
        if key not in seen:
            seen.add(key)
            said.append(attribution)
    return ArticleFindings(source, tuple(stated), tuple(said), text)


def stated_claim(
    source: Source, raw: Mapping[str, Any], bands: QualifierBands, *, title_length: int = 0
) -> StatedClaim | None:
    """A claim dict from ``analyze`` as a ``StatedClaim``; ``None`` if it is malformed."""
    category = raw.get("category")
    if not isinstance(category, str) or not category:
        return None
    qualifier = str(raw.get("qualifier") or "exact")
    low, high = _number(raw.get("min")), _number(raw.get("max"))
    text = str(raw.get("text") or "")
    start = _int(raw.get("start"))
    span = raw.get("figure_span")
    # The figure's offset in ``text``: an excerpt of a long sentence starts at "text_start".
    text_start = _int(raw["text_start"]) if raw.get("text_start") is not None else start
    figure_start = _int(span.get("start")) - text_start if isinstance(span, Mapping) else None
    group = raw.get("group") if isinstance(raw.get("group"), str) else None
    figure_text = str(raw.get("figure_text") or "")
    rule = str(raw.get("rule") or "")
    if group is None and rule in rules.GROUP_AFTER_RULES:
        group = _of_them(raw, text)  # "two of them": a part, not the whole of its people
    single = qualifier == "exact" and low == 1 and high in (1, None)
    interval = interval_of("at_least" if single else qualifier, low, high, bands)
    return StatedClaim(
        source=source,
        category=category,
        group=group,
        group_key=group_of(group).key,
        qualifier=qualifier,
        min=low,
        max=high,
        interval=interval,
        stated=stated_value(qualifier, low, high),
        claimant=_text(raw.get("claimant")),
        via=_text(raw.get("via")),
        text=text,
        figure_text=figure_text,
        start=start,
        figure_start=figure_start if figure_start is not None and figure_start >= 0 else None,
        as_of=_text(raw.get("as_of")),
        in_title=raw.get("in_title") is True or (title_length > 0 and start < title_length),
        places=places_in(text),
        single=single,
        part=rule in rules.PART_RULES,
        rule=rule,
        period=_text(raw.get("period")),
    )


#: A figure the words "of them" follow ("two of them", "A NUMBER OF" + "THEM"): a part of
#: the people told before it, which the rules give no group.
_OF_THEM = re.compile(r"\s+of\s+them\b", re.IGNORECASE)
_THEM = re.compile(r"\s+them\b", re.IGNORECASE)


def _of_them(raw: Mapping[str, Any], text: str) -> str | None:
    """The word "them" as written when "of them" follows the figure in ``text`` (the
    claim's excerpt), else ``None``."""
    span = raw.get("figure_span")
    if not isinstance(span, Mapping):
        return None
    # the excerpt starts at the sentence unless it was cut ("text_start" then marks it)
    end = _int(span.get("end")) - _int(raw.get("text_start", raw.get("start")))
    if end < 0 or end > len(text):
        return None
    them = _THEM if str(raw.get("figure_text") or "").lower().endswith(" of") else _OF_THEM
    found = them.match(text, end)
    return found.group()[-4:] if found else None


def stated_attribution(source: Source, raw: Mapping[str, Any]) -> StatedAttribution:
    party = str(raw.get("source") or "")
    return StatedAttribution(
        source=source,
        party=party,
        party_key=party_key(party),
        kind=str(raw.get("kind") or "statement"),
        cue=str(raw.get("cue") or ""),
        text=str(raw.get("text") or ""),
        anonymous=bool(raw.get("anonymous")),
    )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else 0


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
