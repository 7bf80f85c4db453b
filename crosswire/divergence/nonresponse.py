"""Non-responses contradicted elsewhere: one outlet says a party did not comment, another quotes it.

Parties are matched by normalised name and role (``parties``); vague parties ("officials",
"the ministry") are never matched, so the kind stays quiet rather than guess. One divergence
per party, listing every outlet that reported the silence and every outlet that quoted it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from crosswire.divergence.model import ArticleFindings, Divergence, StatedAttribution
from crosswire.divergence.parties import same_party, specific


def non_responses(story: str, articles: Sequence[ArticleFindings]) -> Iterator[Divergence]:
    """A divergence for each specific party silent in one outlet and quoted in another."""
    silent = [a for f in articles for a in f.attributions if a.kind == "non_response"]
    quoted = [a for f in articles for a in f.attributions if a.kind == "statement"]
    parties: dict[str, tuple[list[StatedAttribution], list[StatedAttribution]]] = {}
    for quiet in silent:
        if not specific(quiet.party_key):
            continue
        speakers = [
            q
            for q in quoted
            if q.source.outlet != quiet.source.outlet
            and q.source.origin_id != quiet.source.origin_id
            and same_party(quiet.party_key, q.party_key)
        ]
        if not speakers:
            continue
        slot = next((k for k in parties if same_party(k, quiet.party_key)), quiet.party_key)
        held = parties.setdefault(slot, ([], []))
        held[0].append(quiet)
        held[1].extend(s for s in speakers if s not in held[1])
    for key, (quiet_ones, speakers) in sorted(parties.items()):
        # An outlet that reports the silence and also quotes the party contradicts no one.
        quoting = {s.source.outlet for s in speakers}
        still_silent = [q for q in quiet_ones if q.source.outlet not in quoting]
        if still_silent:
            yield _divergence(story, key, still_silent, speakers)


def _divergence(
    story: str, key: str, quiet: list[StatedAttribution], speakers: list[StatedAttribution]
) -> Divergence:
    party = quiet[0].party
    silent_outlets = sorted({a.source.outlet for a in quiet})
    quoting_outlets = sorted({a.source.outlet for a in speakers})
    summary = (
        f"{', '.join(silent_outlets)}: {party} did not comment; "
        f"quoted by {', '.join(quoting_outlets)}"
    )
    return Divergence(
        kind="non_response",
        story=story,
        key=f"non_response|{key}",
        summary=summary,
        headline=f"Silent or quoted? {summary}",
        party=party,
        attributions=(*quiet, *speakers),
    )
