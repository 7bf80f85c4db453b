"""Lines that link to other stories: "RELATED: 4 found dead in south Tulsa", "► Read more: ...".

News pages put the headlines of related stories inside the article text; their tolls are
other incidents', so no claim is read from them (general web-news layout: "Related",
"Related Coverage", "READ MORE", "SEE ALSO", "ALSO READ", and the arrow bullets before a link).

>>> related_link("RELATED: Man accused of killing girlfriend extradited")
True
>>> related_link("► 5 people shot to death within 4 hours")
True
>>> related_link("Related charges were filed against two men on Friday.")
False
"""

from __future__ import annotations

import re

_RELATED = re.compile(
    r"\s*(?:[►▶»]|(?:related|read\s+more|see\s+also|also\s+read|more)\s*(?::|\|)"
    r"|related\s+(?:coverage|stories|story|video|content|links?|articles?)\b)",
    re.IGNORECASE,
)

#: What every match of ``_RELATED`` opens with after its spaces, in any case.
_OPENERS = "►▶»rRsSaAmM\u017f"


def related_link(sentence: str) -> bool:
    """Does ``sentence`` open as a link to another story?"""
    # The first letter or mark after the spaces is the cheap test ("ſ" reads as "s").
    if sentence.lstrip()[:1] not in _OPENERS:
        return False
    return _RELATED.match(sentence) is not None
