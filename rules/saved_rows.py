"""The rows of the "rescued" category: captives freed, the saved brought out alive, taken to
safety or counted among the survivors, and the words that bring a sentence to rule CB54.

One place for the words of rescue, read by ``rules.categories`` (general English of rescue
and hostage reports).
"""

from __future__ import annotations

from rules.cue_rows import RELEASED, Row

#: Rescue reports of people saved from a collapse, a flood or the sea, the count before the
#: verb: "eleven miners were pulled alive from the shaft", "two more were found alive", "19
#: have come out alive", "nine quarry workers were pulled from the slurry alive", "all six
#: fishermen were picked up by a navy patrol boat", "14 had to be cut free" (46th session).
SAVED_ALIVE: Row = (
    r"pulled\s+alive\s+from|(?:pulled|dug|brought|hauled)\s+(?:out|up|ashore)\s+alive|found\s+alive"
    r"|pulled\s+(?:out\s+of|from)\s+the\s+(?:water|river|lake|sea)|down\s+alive"
    r"|pulled\s+(?:out\s+of|from)\s+the\s+[a-z]+\s+alive"
    # (a boat of rescue or of chance, not "picked up by a boat at the pier", a ride)
    r"|picked\s+up\s+by\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:(?:patrol|rescue|fishing|passing|navy"
    r"|naval|coast\s*guard|merchant|cargo|container)\s+(?:boat|ship|vessel|helicopter|cutter)"
    r"|lifeboat|trawler|freighter|tanker|coast\s*guard)\b"
    r"|(?:came|(?:have|has|had)\s+come|got|walked|crawled)\s+out\s+alive"
    # "14 people had to be cut free from the wreckage" (crash and collapse reports)
    r"|(?:had\s+to\s+be|were|was|have\s+been|has\s+been|had\s+been)\s+cut\s+free",
    True,
    None,
    False,
)

#: Captives set free (``rules.cue_rows.RELEASED`` tells which "released" are).
FREED: tuple[Row, ...] = (
    (r"freed", True, "object", True),
    (r"freeing", False, "object", False),
    # "two of the hostages were released unharmed", "set free": a captive's, not a patient's
    (
        r"released\s+(?:unharmed|unhurt|safe(?:ly)?|alive|in\s+good\s+health)|set\s+free",
        True,
        None,
        False,
    ),
    (RELEASED, True, "object", False),
)

#: Where the saved were taken from or to: "plucked 250 villagers from rooftops", "brought
#: 31 fishermen to safety", "hauled 12 cavers to the surface" (general English of
#: rescue reports; "fled to safety" and "evacuated to safety" keep their nearer cues); and
#: how climbers and hikers are saved from a mountain: "were winched off the ridge", "were
#: brought down safely" (session 20).
SAVED_TO = (
    r"to\s+(?:safety|the\s+surface)|from\s+(?:the\s+)?(?:rooftops|roofs|treetops)"
    r"|(?:winched|airlifted|lifted)\s+(?:off|from)\s+(?:the\s+|a\s+)?(?:mountain|ridge|summit|slope|cliff"
    r"|ledges?|rooftops?|roofs?)"
    r"|brought\s+down\s+(?:safely|alive)"
)

#: Rescued: "Among the survivors were 11 children", "the survivors included 11 children": those
#: brought out alive of a sinking, a crash or a collapse, as "rescued 38 survivors" is (the
#: corpus README's rescued). A survivor of a shooting is as often unhurt as wounded; the cue
#: takes the word of rescue reports, where it is commonest.
AMONG_SURVIVORS: tuple[Row, ...] = (
    (
        r"among\s+the\s+(?:\d{1,4}\s+)?survivors\s+(?:were|are)|the\s+survivors\s+includ(?:ed|e)",
        False,
        "object",
        False,
    ),
)

#: A word between a crew and its verb of rescue: an adverb in "-ly" or of time, or the crew
#: set apart ("alone", "themselves"); general English of rescue reports.
_CREW_ADVERB = r"(?:[a-z]+ly|alone|also|themselves|then|later|soon|together)"

#: Read by rule CB54 ("rescuers pulled 31 from ..."): they only bring the sentence to the rule.
READ_BY_CB54: tuple[Row, ...] = (
    (
        r"rescuers|rescue\s+(?:teams?|workers|crews|squads)|coast\s*guard|lifeguards|alive|adrift|(?:"
        r"firefighters|crews?|divers|volunteers|neighbou?rs|villagers|fishermen)\s+"
        # an adverb or "alone" between the crew and its verb: "the crew alone had hauled",
        # "divers also pulled", "had quickly pulled" (review50c)
        r"(?:" + _CREW_ADVERB + r"\s+)?(?:had\s+|have\s+)?(?:" + _CREW_ADVERB + r"\s+)?"
        r"(?:pulled|plucked|carried|lifted|brought|winched|airlifted|hauled|dragged"
        # "dug the two of them out", "dug out two boys"; not "dug through the rubble",
        # crews at work (``rules.deployment_rows.CREWS_TOILED``), nor past the count's noun
        r"|dug\s+(?:out|up|the)\b)|clinging\s+to"
        r"|from\s+the\s+(?:water|sea|waves|river)|survivors\s+(?:from|out\s+of|off|in|under|inside"
        r"|beneath|amid|up|down|ashore)"
        r"|(?:firefighters|rescuers|crews?|divers|volunteers|soldiers)\s+cut"
        # the teller's own rescue: "I dragged two children out of the water" (review50a)
        r"|(?:i|we)\s+(?:had\s+|have\s+|just\s+)?(?:pulled|plucked|hauled|dragged|carried)",
        False,
        None,
        False,
    ),
)
