"""A figure an article credits to another news outlet: relayed, not its own account.

"At least 20 people were killed, according to the Orvik Herald" tells what another outlet
reported; the article's own account is the figure its own sources give ("The regional governor
said 14 people were killed"). The key figure is the article's own when it states one, so two
outlets whose own sources agree are not set apart by a number one of them passed on.

A name reads as an outlet by its masthead word, from the way newspapers, broadcasters and wire
services are named in English-language news: the last capitalised word ("the Orvik Herald",
"The Daily Meridian" by its "Daily", "Lantern Wire"), or a broadcaster's word anywhere ("Radio
Orsk", "Channel 4"), or a common noun for the press ("local media", "the newspaper Orsk
Vremya", "state broadcaster RTO").

>>> outlet_name("the Orvik Herald"), outlet_name("local media"), outlet_name("Radio Orsk")
(True, True, True)
>>> outlet_name("the Varna Civil Protection Agency"), outlet_name("Governor Marek Tolan")
(False, False)

An official's press office or spokesman is no outlet, whatever words it shares with one:
"the government media office", "the army's media wing", "police spokesman Tomas Post".

>>> outlet_name("the government media office"), outlet_name("police spokesman Tomas Post")
(False, False)
>>> outlet_name("the official Xinhua news agency"), outlet_name("a senior official")
(True, False)
"""

from __future__ import annotations

import re

from crosswire.divergence.model import StatedClaim

#: Masthead words that end a newspaper's or a wire's name ("the Orvik Herald", "Lantern Wire").
MASTHEAD_ENDS = frozenset(
    {
        "herald", "times", "post", "gazette", "telegraph", "tribune", "journal", "courier",
        "observer", "chronicle", "examiner", "ledger", "mirror", "guardian", "independent",
        "express", "mail", "dispatch", "inquirer", "enquirer", "sentinel", "advertiser",
        "argus", "press", "news", "wire", "newswire",
    }
)  # fmt: skip
#: Capitalised words that make any name a publisher: "The Daily Meridian", "Radio Orsk".
MASTHEAD_WORDS = frozenset(
    {"daily", "weekly", "radio", "television", "tv", "channel", "broadcasting", "newspaper"}
)
#: Common nouns for the press, anywhere in the name: "local media", "state broadcaster RTO".
_PRESS_NOUNS = re.compile(
    r"\b(?:media|newspapers?|broadcasters?|news\s+agency|news\s+agencies|news\s+sites?"
    r"|news\s+outlets?|tabloids?|wire\s+services?|press\s+agency|state\s+television|state\s+tv)\b",
    re.IGNORECASE,
)
#: A speaker or office of an institution, not a publisher: "the ministry's media office",
#: "the army's media wing", "police spokesman Tomas Post", "a media liaison officer"; not
#: "official" as the adjective of the press ("the official Xinhua news agency", "official
#: media", "official state television": the state's own outlets).
_OFFICIAL = re.compile(
    r"\b(?:office|offices|wing|unit|cell|directorate|department|spokes(?:man|woman|person)"
    r"|officers?|officials|liaison|relations|adviser|advisor|police|ministry|army|military"
    r"|official(?!\s+(?:(?!of\b)[\w-]+\s+){0,2}?(?:news|media|state|television|tv|radio|press"
    r"|broadcasters?|newspapers?|agency)\b))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def outlet_name(name: str | None) -> bool:
    """Whether ``name`` names a news outlet (by its masthead word or a press noun)."""
    if not name or not name.strip() or _OFFICIAL.search(name):
        return False
    if _PRESS_NOUNS.search(name):
        return True
    words = _WORD.findall(name)
    capitalised = [w for w in words if w[:1].isupper()]
    if not capitalised:
        return False
    if any(w.lower() in MASTHEAD_WORDS for w in capitalised):
        return True
    return words[-1][:1].isupper() and words[-1].lower() in MASTHEAD_ENDS


def relayed(claim: StatedClaim) -> bool:
    """Whether the article credits this figure to another outlet (as claimant or via)."""
    return outlet_name(claim.claimant) or outlet_name(claim.via)
