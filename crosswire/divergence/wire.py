"""Wire copies: the same story republished by several outlets, whole or abridged.

Texts are cut into 3-word shingles, hashed to 63 bits, and a fixed quarter of the hash space is
kept as the sample (the same shingle is kept in every text, so samples of two texts compare
like the texts do). Two articles are one source when the share of the *shorter* text's sample
found in the other (containment, not Jaccard: an abridged reprint holding a third of the
original is still a copy) reaches ``containment``, or ``containment_with_cue`` when the copy
credits a wire or another outlet ("(AP)", "— Lantern Wire", "from wire reports").

>>> a = shingles("Dravian troops crossed the river at dawn and fought Castrian units "
...              "near Selk, officials said on Monday.")
>>> containment(a, a)  # too short to tell a copy from a shared phrase
0.0
>>> bool(credit_cue("SELK (Lantern Wire) — Fighting spread on Monday."))
True
"""

from __future__ import annotations

import hashlib
import re

SHINGLE_SIZE = 3
#: Keep a shingle when its hash falls in this share of the hash space.
SAMPLE_MODULUS = 4
#: At most this many sampled shingles per article are indexed and looked up.
MAX_SAMPLE = 400
#: A text needs at least this many sampled shingles to be compared at all.
MIN_SAMPLE = 8

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
CUES = re.compile(
    r"\((?:AP|AFP|Reuters|dpa|Xinhua|PA|[A-Z][\w ]{1,30}(?:Wire|Press|Agency|News))\)"
    r"|[—–-]\s*(?:from\s+)?(?:wire reports|[A-Z][\w ]{1,30}(?:Wire|Press|Agency|News Service))\b"
    r"|\bfrom wire reports\b|\b(?:contributed to this (?:report|story))\b"
    r"|\b(?:originally (?:published|appeared) (?:by|in|on))\b"
    r"|\b(?:distributed by|via) (?:the )?[A-Z][\w ]{1,30}(?:Wire|Press|Agency|News Service)\b",
)


def shingles(text: str) -> frozenset[int]:
    """The sampled, hashed 3-word shingles of a text (at most ``MAX_SAMPLE``, smallest first)."""
    words = [w.lower() for w in _WORD.findall(text)]
    kept: set[int] = set()
    for i in range(len(words) - SHINGLE_SIZE + 1):
        value = _hash(" ".join(words[i : i + SHINGLE_SIZE]))
        if value % SAMPLE_MODULUS == 0:
            kept.add(value)
    if len(kept) > MAX_SAMPLE:
        kept = set(sorted(kept)[:MAX_SAMPLE])
    return frozenset(kept)


def containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller sample found in the other (0 when either is too small)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < MIN_SAMPLE:
        return 0.0
    return len(small & large) / len(small)


def credit_cue(text: str) -> str | None:
    """A credit line that marks a text as copied from a wire or another outlet, if any."""
    found = CUES.search(text)
    return found.group(0).strip() if found else None


def is_copy(share: float, cue: str | None, *, plain: float, with_cue: float) -> bool:
    """The linking rule: enough shared text, or less of it plus a credit line."""
    return share >= plain or (cue is not None and share >= with_cue)


def _hash(shingle: str) -> int:
    digest = hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1  # 63 bits: fits a signed BIGINT
