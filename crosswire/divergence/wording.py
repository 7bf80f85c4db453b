"""How divergences read: one-line headlines and summaries, plain text (callers escape)."""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.divergence.model import StatedClaim
from rules.numbers import parse_figure

CATEGORY_WORDS: dict[str, str] = {
    "killed": "killed",
    "wounded": "wounded",
    "killed_or_wounded": "killed or wounded",
    "missing": "missing",
    "captured": "captured",
    "deployed": "deployed",
    "displaced": "displaced",
    "evacuated": "evacuated",
    "rescued": "rescued",
    "arrested": "arrested",
}
TOLL_WORDS: dict[str, str] = {
    "killed": "death tolls",
    "wounded": "injury counts",
    "killed_or_wounded": "casualty counts",
    "deployed": "troop numbers",
}


#: A victim's name as the rules give it for a single death: capitalised words, commas between.
_NAME = re.compile(r"[A-Z][\w.'’-]*(?:,? (?:and )?[A-Z][\w.'’-]*){1,5}")


def figure(claim: StatedClaim) -> str:
    """The figure as written with its category: "about 30 killed or wounded".

    A figure the text gives as a person ("Corporal Ana Ruiz was killed", "her husband was
    wounded") reads as its number, with the name when there is one: "1 killed (Ana Ruiz)".
    """
    words = CATEGORY_WORDS.get(claim.category, claim.category.replace("_", " "))
    written = " ".join(claim.figure_text.split())
    if written and _is_figure(written):
        if written[:1].isupper() and written[1:2].islower():
            written = written[0].lower() + written[1:]  # "At least 41" opened its sentence
        return f"{written} {words}"
    named = f" ({written})" if _NAME.fullmatch(written) and not written.isupper() else ""
    return f"{_number(claim.stated)} {words}{named}"


@lru_cache(maxsize=4096)
def _is_figure(written: str) -> bool:
    """Whether the rules read ``written`` as a number ("at least 30", "dozens", "Five")."""
    return any(c.isdigit() for c in written) or parse_figure(written) is not None


def who(claim: StatedClaim) -> str:
    """Whose figure it is: "Harbour Post (the agency, via the Daily Meridian)"."""
    credit = [c for c in (claim.claimant, f"via {claim.via}" if claim.via else None) if c]
    return f"{claim.outlet} ({', '.join(credit)})" if credit else f"{claim.outlet} (unattributed)"


def says(claim: StatedClaim) -> str:
    """ "Harbour Post (the agency) says at least 30 killed or wounded"."""
    return f"{who(claim)} says {figure(claim)}"


def toll_words(category: str) -> str:
    return TOLL_WORDS.get(category, f"{CATEGORY_WORDS.get(category, category)} figures")


def _number(value: float | None) -> str:
    if value is None:
        return "an unstated number"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"
