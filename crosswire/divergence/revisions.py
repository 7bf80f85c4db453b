"""Revisions that matter: what a new version of an article changed in its claims.

Diffs the extracted key figures and attributions of consecutive versions, never the HTML, so
whitespace, dateline and boilerplate edits are no revisions. A changed figure, qualifier or
claimant, or an added or removed attribution or non-response, is one. The revision is
``stealth`` when the new text carries no correction or update note.

>>> bool(UPDATE_NOTE.search("Correction: an earlier version misstated the toll."))
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from crosswire.divergence.keyfigures import key_figures
from crosswire.divergence.model import ArticleFindings, Divergence, StatedClaim
from crosswire.divergence.parties import party_key
from crosswire.divergence.wording import figure

UPDATE_NOTE = re.compile(
    r"\b(?:correction|corrected|clarification|editor['’]s note|this (?:article|story|report)"
    r" (?:has been|was) (?:updated|amended|corrected|revised)|an earlier version"
    r"|updated (?:at|on|with)|update:|this story has been updated|adds? (?:comment|details))\b",
    re.IGNORECASE,
)


def revisions(story: str, versions: Sequence[ArticleFindings]) -> Iterator[Divergence]:
    """One divergence per pair of consecutive versions of an article that changed claims."""
    ordered = sorted(versions, key=lambda v: v.source.version)
    for old, new in pairwise(ordered):
        before, after, changes = _diff(old, new)
        if not changes:
            continue
        stealth = not UPDATE_NOTE.search(new.text)
        figure_changed = any(c.startswith(("figure", "qualifier")) for c in changes)
        summary = f"{new.source.outlet} v{old.source.version}→v{new.source.version}: " + "; ".join(
            changes
        )
        yield Divergence(
            kind="revision",
            story=story,
            key=f"revision|{new.source.article_id}|{new.source.version}",
            summary=summary + (" (no correction note)" if stealth else ""),
            headline=("Stealth edit: " if stealth else "Revised: ") + summary,
            claims=after,
            before=before,
            after=after,
            stealth=stealth,
            category=(before or after)[0].category if (before or after) else None,
            extra={"figure_changed": figure_changed, "changes": list(changes)},
        )


def _diff(
    old: ArticleFindings, new: ArticleFindings
) -> tuple[tuple[StatedClaim, ...], tuple[StatedClaim, ...], list[str]]:
    was, now = key_figures(old), key_figures(new)
    before: list[StatedClaim] = []
    after: list[StatedClaim] = []
    changes: list[str] = []
    for key in sorted(was.keys() | now.keys()):
        a, b = was.get(key), now.get(key)
        change = _claim_change(a, b)
        if change:
            changes.append(change)
            before.extend([a] if a else [])
            after.extend([b] if b else [])
    said_before = _attributions(old)
    said_after = _attributions(new)
    for key in sorted(said_after.keys() - said_before.keys()):
        changes.append(f"{key[1].replace('_', '-')} added: {said_after[key]}")
    for key in sorted(said_before.keys() - said_after.keys()):
        changes.append(f"{key[1].replace('_', '-')} removed: {said_before[key]}")
    return tuple(before), tuple(after), changes


def _claim_change(a: StatedClaim | None, b: StatedClaim | None) -> str | None:
    if a is None and b is not None:
        return f"figure added: {figure(b)}"
    if b is None and a is not None:
        return f"figure removed: {figure(a)}"
    if a is None or b is None:
        return None
    if a.stated != b.stated or (a.min, a.max) != (b.min, b.max):
        return f"figure {figure(a)} → {figure(b)}"
    if a.qualifier != b.qualifier:
        return f"qualifier {figure(a)} → {figure(b)}"
    if party_key(a.claimant) != party_key(b.claimant):
        return f"claimant of {figure(b)}: {a.claimant or 'none'} → {b.claimant or 'none'}"
    return None


def _attributions(findings: ArticleFindings) -> dict[tuple[str, str], str]:
    """(party key, kind) -> the party as first written: compared by key, shown as written."""
    found: dict[tuple[str, str], str] = {}
    for said in findings.attributions:
        if said.party_key:
            found.setdefault((said.party_key, said.kind), " ".join(said.party.split()))
    return found
