"""The incidents a story's headline and lead may name for a later sentence's care.

A lead names its incident once ("A bus overturned near the pass"); a sentence below may then
tell the hurt by care alone ("Nine passengers had been treated."). Only words with no everyday
figurative sense count here: "a storm of criticism", "talks collapsed", "a flood of
complaints", "the market crashed" and "the court overturned the verdict" are left out, so a
crash, a collision or an overturning needs a vehicle as its subject or its modifier. The words
come from general knowledge of news English, not from any corpus.
"""

from __future__ import annotations

import re

#: How much of a document's opening (its headline and lead) may name a later care's incident.
LEAD = 320
#: A built thing whose collapse is an incident ("a footbridge collapsed"; review50a).
_BUILT = (
    r"(?:building|roof|ceiling|bridge|tower|block|hall|house|wall|stand|balcony|mine|tunnel"
    r"|gallery|factory|warehouse|school|hotel|stage|scaffolding|crane|dam|structure|church"
    r"|shaft)s?"
)
#: A vehicle whose crash, collision or overturning is an incident ("a minibus overturned",
#: "two lorries collided", "the coach crash"; review50d), not a market's or a court's.
_VEHICLE = (
    r"(?:bus|minibus|coach|car|lorr(?:y|ie)|truck|van|train|tram|plane|aircraft|jet|helicopter"
    r"|ferry|boat|tanker|motorcycle|taxi|jeep|vehicle)(?:e?s)?"
)
#: A thing whose blowing up is an incident ("a boiler blew up"), not a row or a person.
_BLOWN = rf"(?:(?:boiler|tank|cylinder|bomb)s?|{_VEHICLE})"
LEAD_INCIDENT = re.compile(
    r"\b(?:leak(?:s|ed)?|fire|blaze|explosions?|exploded|blasts?|chlorine|ammonia|shooting"
    r"|stabbing|bombing|(?:earth)?quake|landslides?|mudslides?|stampede|derail(?:ed|ment)"
    r"|poisoning|eruption|capsized?|shipwreck|pile-?up|tornado|hurricane|cyclone|typhoon"
    r"|avalanche|ambush(?:ed)?|clashes|heatwave|heat\s+wave|head-on\s+collision"
    rf"|[\w-]*{_BUILT}\s+(?:had\s+)?(?:\w+ly\s+)?collapsed"
    rf"|collapse\s+of\s+(?:an?|the)\s+(?:[\w'-]+\s+){{0,2}}?[\w-]*{_BUILT}"
    rf"|{_BLOWN}\s+(?:blew|had\s+blown)\s+up"
    # "the coach crashed out of the cup" is a side's exit
    rf"|{_VEHICLE}\s+(?:had\s+)?(?:crashed(?!\s+out\b)|collided|overturned|rolled\s+over"
    # "a bus fell into a gorge", "a lorry plunged off the bridge" (review51a)
    r"|crash|collision|(?:fell|plunged|tumbled|veered|skidded)\s+(?:off|into|down)))\b",
    re.IGNORECASE,
)
