"""People "missing" who are absent, not lost: "four regulars missing through suspension", "two
singers were missing from the encore", "the 40 people missing from the first passenger
list" (general English of sports and stage reviews, and of lists, rolls and records: a name
left off a document is no person unaccounted for). "Four hikers were missing from the camp" and
"Forty people are missing from the village" stay missing.

Read by ``rules.cue_context.out_of_place`` on the "missing" cues.
"""

from __future__ import annotations

import re

#: What after "missing" makes it an absence: a reason ("through suspension"), an event or a
#: side ("from the finale", "from the squad"), or a document with up to three words before its
#: noun ("from the first passenger list", "from the ship's crew list", "from its records").
_ABSENT = re.compile(
    r"\s+(?:through|because\s+of|due\s+to|with)\s+(?:suspensions?|injur(?:y|ies)|illness"
    r"|a\s+[\w-]+\s+injury)\b|\s+from\s+(?:the\s+|their\s+|its\s+)?(?:finale|line-?up|squad"
    r"|team|side|match|game|training|rehearsals?|show|performance|class|practice|starting)\b"
    r"|\s+from\s+(?:the\s+|their\s+|its\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:lists?|registers?"
    r"|registry|rolls?|rosters?|manifests?|records?|files|databases?|census|ledgers?"
    r"|directory|catalogues?|catalogs?|indexes)\b",
    re.IGNORECASE,
)


def absent(text: str, end: int) -> bool:
    """Is the "missing" that ends at ``end`` an absence from an event, a side or a document?"""
    return _ABSENT.match(text, end, min(len(text), end + 80)) is not None
