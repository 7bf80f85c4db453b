"""Where one person was, between the person and the verb: "a man at the house was killed".

Crime news places a single victim before telling the fate: "a woman at the party was shot
dead", "a police officer in Elm Falls was wounded", "a man inside the shop was hurt", often
with the name after ("a man at the house, 30-year-old Ivo Marsh, was killed"). The place is
part of the one person's phrase, not a break between the article and its verb (general news
English; ``patterns.SINGULAR`` reads it before its asides). Counts have it already through
``rules.claims.binding``'s places gap ("two people at the party were killed"). An "of" or
"from" phrase ("a technician of the radio station", "a woman from Dorne") is CB74's
(``rules.claims.postmodified``), which reads no bare "shot" after it. So is what the person was
doing, told in a restrictive relative clause that tells no harm ("a man who was walking his
dog was shot"; 29th session).
"""

from __future__ import annotations

import re

#: A preposition of place and its object: a determiner and one to three words ("at the
#: house", "in her car", "near a busy bus stop"), or a capitalised place of one to three
#: words ("in Elm Falls", "on Orme Road").
ONE_PLACE = (
    r"\s+(?:at|in|inside|outside|near|on)\s+"
    r"(?:(?:the|an?|his|her|their)\s+(?:[A-Za-z'-]+\s+){0,2}[A-Za-z'-]+"
    r"|(?-i:[A-Z][a-z'\u2019-]+)(?:\s+(?-i:[A-Z][a-z'\u2019-]+)){0,2})"
)

#: A restrictive relative clause of up to eight words before the person's verb: "who was
#: walking his dog", "who police said was armed". ``harm_told`` turns it away when it tells
#: harm or flight itself ("who was shot", "who fled after the shooting", "who shot at police"),
#: whose cue would be taken for the person's fate.
HARMLESS_RELATIVE = r"\s+who\s+(?P<relative>(?:[\w'-]+\s+){0,7}?[\w'-]+)"
#: The words of harm or flight that make such a clause no harmless one.
_HARM = re.compile(
    r"\b(?:shot|shoot\w*|fired|kill\w*|wounded|injured|hurt|stabbed|struck|hit|found|taken"
    r"|rescued|kidnapped|abducted|arrested|fled|died|dead|missing|escaped|evacuated|displaced"
    r"|captured|detained)\b",
    re.IGNORECASE,
)


def harm_told(relative: str | None) -> bool:
    """Does the relative clause matched as ``HARMLESS_RELATIVE`` tell harm or flight?"""
    return relative is not None and _HARM.search(relative) is not None
