"""Non-responses contradicted elsewhere: one outlet says a party did not comment, another quotes it.

Parties are matched by normalised name and role (``parties``); vague parties ("officials",
"the ministry") are never matched, so the kind stays quiet rather than guess. One divergence
per party, listing every outlet that reported the silence and every outlet that quoted it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta

from crosswire.divergence.model import ArticleFindings, Divergence, StatedAttribution
from crosswire.divergence.parties import person_key, same_party, specific

#: A party quoted this long after an outlet said it did not respond simply answered later.
ANSWER_WINDOW = timedelta(hours=6)


def non_responses(story: str, articles: Sequence[ArticleFindings]) -> Iterator[Divergence]:
    """A divergence for each specific party silent in one outlet and quoted in another.

    An outlet that reports the silence but also quotes the party (a later paragraph, a
    follow-up) contradicts no one and is left out of the silent side.
    """
    silent = [a for f in articles for a in f.attributions if a.kind == "non_response"]
    quoted = [a for f in articles for a in f.attributions if a.kind == "statement"]
    parties: dict[str, list[StatedAttribution]] = {}
    for quiet in silent:
        if specific(quiet.party_key):
            slot = next((k for k in parties if same_party(k, quiet.party_key)), quiet.party_key)
            parties.setdefault(slot, []).append(quiet)
    for key, quiet_ones in sorted(parties.items()):
        speakers = [q for q in quoted if any(_same(a, q) for a in quiet_ones)]
        quoting = {s.source.outlet for s in speakers}
        still_silent = [q for q in quiet_ones if q.source.outlet not in quoting]
        origins = {q.source.origin_id for q in still_silent}
        speakers = [
            s
            for s in speakers
            if s.source.origin_id not in origins
            and any(s.source.when <= q.source.when + ANSWER_WINDOW for q in still_silent)
        ]
        if still_silent and speakers:
            yield _divergence(story, key, still_silent, speakers)


def _same(quiet: StatedAttribution, speaker: StatedAttribution) -> bool:
    """The silent party is the speaker, or the person who speaks for an institution
    ("Colonel Irina Vass, a spokeswoman for the Defence Ministry": the ministry, and her)."""
    return same_party(quiet.party_key, speaker.party_key) or same_party(
        quiet.party_key, person_key(speaker.party)
    )


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
