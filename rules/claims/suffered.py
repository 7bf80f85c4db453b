"""One person who "suffered" or "sustained" a wound: the verb, and the singular subject before it.

"Police say a girl suffered minor injuries", "Ivo Marsh, 42, sustained a gunshot wound": the
one who suffered is one hurt, and the cue after the verb says what was suffered. A wound that
killed is no wounding ("suffered fatal injuries"). Origin: general English of crime and crash
reports.
"""

from __future__ import annotations

import re

#: The verb, not before a fatal wound: a fragment for the look-aheads of the subject patterns
#: (here and in ``named``).
SUFFERED_WOUND = (
    r"(?:suffered|sustained)(?!\s+(?:an?\s+)?(?:fatal|mortal|deadly|lethal)\b)"
    # what was suffered is a wound, within a few words: not "suffered a heart attack and
    # died", "suffered a stroke and is in stable condition" (an illness told with another cue)
    r"(?=\s+(?:[\w'-]+\s+){0,4}?(?:injur|wound|gunshot|bullet|stab|burns\b|cuts\b|lacerat"
    r"|fractur|broken|bruis|trauma|graze))"
)

#: An article and a singular person before the verb, with an age between commas: the subject
#: part of ``patterns.SINGULAR`` (its other asides are rare before this verb).
SINGULAR_SUFFERED = re.compile(
    r"\b(?P<article>an?|one|his|her|their)\s+(?:(?:[A-Za-z'-]+|\d{1,3}-[A-Za-z-]+)\s+){0,3}?"
    r"(?P<noun>[A-Za-z]+)(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,)?(?=\s+" + SUFFERED_WOUND + r"\b)",
    re.IGNORECASE,
)
