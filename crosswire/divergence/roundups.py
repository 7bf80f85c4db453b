"""The wording of crime round-ups: a tally over several incidents, not one event's toll.

"Six killed in four separate shootings", "weekend violence", "shootings across the city": such
a figure gives way to the figure of one incident when the article states one
(``crosswire.divergence.keyfigures``).
"""

from __future__ import annotations

import re

#: A tally over several incidents ("six killed in four separate shootings", "weekend
#: violence", "shootings across the city"): it gives way to the figure of one incident when
#: the article states one. From the usual wording of crime round-ups.
AGGREGATE = re.compile(
    r"\b(?:separate|different|multiple|several|unrelated|two|three|four|five|six|seven|eight"
    r"|nine|ten|\d+)\s+(?:separate\s+)?(?:shootings|attacks|incidents)\b"
    r"|\b(?:series|string|spate|rash|wave)\s+of\s+(?:\w+\s+)?(?:shootings|violence|attacks)\b"
    r"|\b(?:weekend|overnight|city|citywide|holiday)\s+(?:shootings|violence)\b"
    # "a weekend of violence left six dead", "a violent weekend" (round-up wording, round 7)
    r"|\b(?:weekend|night|day|week)\s+of\s+(?:violence|shootings|gunfire|bloodshed)\b"
    r"|\b(?:violent|bloody|deadly)\s+(?:weekend|holiday\s+weekend)\b"
    r"|\bweekend(?:['\u2019]s)?\s+(?:[a-z]+\s+){0,2}?toll\b"
    r"|\bshootings\s+across\b"
    # "six hurt within three hours", "nine shot in under 20 hours", "seven shot in 72 hours",
    # "in a 48-hour span": a span of hours is how round-ups count several incidents
    # (the hurt's own span, not another clause's: "38 were hurt and the clinic ran short
    # of bandages within three hours" counts one attack)
    r"|\b(?:shot|hurt|wounded|injured|killed|dead|died|shootings|victims|homicides|killings"
    r"|stabbings|deaths|murders|murdered|stabbed)\b(?:(?!\band\b)[^.;]){0,30}?"
    r"\b(?:within|in\s+less\s+than|in\s+under|over|in)\s+(?:a\s+few|\d+|[a-z]+)\s+hours\b"
    # "Within 12 hours, nine people were shot": the span opens the sentence
    r"|^\W*(?:within|in\s+less\s+than|in\s+under|in\s+just)\s+(?:a\s+few|\d+|[a-z]+)\s+hours\b"
    # "in a little more than 48 hours", "in just over 12 hours", "in less than a day"
    r"|\bin\s+(?:a\s+little\s+|just\s+|slightly\s+)?(?:more|less)\s+than\s+(?:\d+|[a-z]+)"
    r"\s+hours\b|\bin\s+just\s+(?:over|under)\s+(?:\d+|[a-z]+)\s+hours\b"
    r"|\b\d+-hour\s+(?:span|period|stretch)\b",
    re.IGNORECASE,
)
