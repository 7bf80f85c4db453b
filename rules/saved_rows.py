"""The rows of the "rescued" category told of the saved themselves, the count before the verb.

Kept apart from ``rules.scene_rows`` (a page of scene rows) and read by ``rules.categories``.
"""

from __future__ import annotations

from rules.cue_rows import Row

#: Rescue reports of people saved from a collapse, a flood or the sea, the count before the
#: verb: "eleven miners were pulled alive from the shaft", "two more were found alive", "19
#: have come out alive", "17 miners had been pulled from the mud alive", "the crew of eight
#: were picked up by a patrol boat", "14 had to be cut free" (46th session).
SAVED_ALIVE: Row = (
    r"pulled\s+alive\s+from|(?:pulled|dug|brought|hauled)\s+(?:out|up)\s+alive|found\s+alive"
    r"|pulled\s+(?:out\s+of|from)\s+the\s+(?:water|river|lake|sea)|down\s+alive"
    r"|pulled\s+(?:out\s+of|from)\s+the\s+[a-z]+\s+alive"
    # (a boat of rescue or of chance, not "picked up by a boat at the pier", a ride)
    r"|picked\s+up\s+by\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:(?:patrol|rescue|fishing|passing|navy"
    r"|naval|coast\s*guard)\s+(?:boat|ship|vessel|helicopter|cutter)|lifeboat|trawler|freighter"
    r"|tanker|coast\s*guard)\b"
    r"|(?:came|(?:have|has|had)\s+come|got|walked|crawled)\s+out\s+alive"
    # "14 people had to be cut free from the wreckage" (crash and collapse reports)
    r"|(?:had\s+to\s+be|were|was|have\s+been|has\s+been|had\s+been)\s+cut\s+free",
    True,
    None,
    False,
)
