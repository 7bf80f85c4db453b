"""The wounded rows of ``rules.categories`` that tell of the hurt by their care or their
condition: "hospitalized", "taken to Mercy Hospital", "treated at the scene for minor
injuries", "in critical but stable condition" (general English of crime, accident and
disaster news)."""

from __future__ import annotations

from rules.cue_fragments import (
    BURN_KINDS,
    CARE_PLACE,
    CARERS,
    LIFE_THREATENING,
    MINOR_HURTS,
    ONE_HURT,
)
from rules.cue_rows import Row

#: The verbs that carry the hurt to care ("taken to", "airlifted to"; "flown to" is left out:
#: on GVA dev it made one more single death of the key), and those of care needed or sought
#: ("needed medical attention"); ``rules.hospital_care`` reads the same words.
TAKEN_TO_CARE = (
    # "shifted to the district hospital": South Asian English of the hurt moved to care
    r"(?:taken|rushed|transported|brought|admitted|airlifted|referred|transferred|ferried"
    r"|shifted)"
    # "taken by ambulance to", "flown by helicopter to": the means between verb and place
    r"(?:\s+by\s+(?:ambulance|helicopter|air\s+ambulance|air|private\s+car))?"
)
CARE_NEEDED = r"(?:needed|needing|required|requiring|sought|seeking)"
#: The places of care a count of the hurt is taken to, treated at or goes to.
PLACES_OF_CARE = (
    r"hospitals?|(?:medical|health|trauma)\s+cent(?:er|re)s?|clinics?|infirmary"
    # "taken to the health post": a village's place of care (46th session)
    r"|(?:health|medical)\s+posts?"
    # a named medical college, the hospital of South Asian news ("the Government Medical
    # College"; not "the medical college" of exams)
    r"|(?-i:Medical\s+Colleges?|MEDICAL\s+COLLEGES?)"
)

#: Kinds of wound a count may be "nursing": "gunshot and arrow wounds" (not "their wounds",
#: the figure of speech of the beaten).
_WOUND_KINDS = r"(?:gunshot|bullet|stab|knife|machete|arrow|shrapnel|burn|head|serious|severe)"

#: Riot control and smoke breathed in or felt: "treated for smoke inhalation", "for tear gas
#: inhalation", "for the effects of tear gas", "for exposure to pepper spray" (general English
#: of protest and fire reports; a bare "treated for tear gas" may be a coating's, so the harm
#: word, "inhalation", "exposure" or "the effects of", is needed; review51b).
_HAZARD = r"(?:tear[\s-]?gas|pepper\s+spray|smoke|(?:toxic\s+)?fumes)"
_BREATHED = (
    rf"{_HAZARD}\s+(?:inhalation|exposure)"
    rf"|(?:(?:the\s+)?effects\s+of|exposure\s+to)\s+(?:the\s+)?{_HAZARD}"
)

#: Care in a hospital or at the scene: the wounded row of ``rules.categories`` that tells of
#: the hurt by their treatment ("hospitalized", "taken to Mercy Hospital", "treated at the
#: scene for minor injuries"; general English of crime, accident and disaster news).
IN_CARE: tuple[Row, ...] = (
    (
        r"hospitali[sz]ed|treated\s+in\s+(?:(?:two|three|four|five|several|various|local)\s+)?"
        r"hospitals?"
        # "14 of its own workers were among those treated" (50th session)
        r"|among\s+those\s+(?:treated|hospitali[sz]ed|admitted)"
        # "nine were receiving treatment for burns" (twentieth session)
        r"|(?:receiving|undergoing)\s+(?:medical\s+|emergency\s+)?treatment"
        # "15 victims were being treated" (held to harm like "receiving treatment"); with
        # its place, "being treated at the district hospital", the hospital's row
        rf"|being\s+treated(?:\s+(?:at|in)\s+(?:[\w.'-]+\s+){{0,3}}?(?:{PLACES_OF_CARE}))?"
        # "only nine had needed hospital treatment", "30 sought medical attention" (21st session)
        rf"|{CARE_NEEDED}\s+(?:hospital|medical|emergency)\s+(?:treatment|attention|care)"
        # "a dozen prisoners also needed treatment", "leaving 31 under treatment" (40th)
        rf"|{CARE_NEEDED}\s+treatment|under\s+(?:medical\s+|hospital\s+)?treatment"
        r"|needed\s+to\s+go\s+to\s+hospital"
        # "four were still in surgery" (44th session; after harm only, ``UNPLACED_CARE``);
        # "remain in surgery or in intensive care": with the state of the badly hurt joined,
        # a state of harm as "in intensive care" is alone (review52a)
        r"|(?:is|are|was|were|remained|remain)\s+(?:still\s+)?in\s+surgery"
        r"(?:\s+or\s+(?:in\s+)?intensive\s+care)?"
        # "four of them needed surgery", "two underwent emergency surgery" (27th session)
        rf"|(?:{CARE_NEEDED}|underwent|undergoing|undergone)\s+(?:emergency\s+|urgent\s+)?surgery"
        # "taken to a local hospital", "rushed to Mercy Hospital": up to three words
        # between the verb and the hospital (US local news names its hospitals); "treated
        # at a local hospital" too (thirteenth session).
        # "airlifted to", "referred to the district hospital" (21st session)
        # "went to a local hospital", "went to Mercy General Hospital": only the hospital's
        # own words between (``care_trips`` turns away "went to work at the hospital")
        rf"|went\s+to\s+(?:[\w.'-]+\s+){{0,4}}?(?:{PLACES_OF_CARE}|emergency\s+rooms?)"
        # "taken into city hospitals" (British; the place right after), "moved to intensive
        # care" (39th session; not "patients were moved to other hospitals", a transfer)
        rf"|{TAKEN_TO_CARE}\s+into\s+(?:(?:a|the|city|local|district|nearby)\s+)?hospitals?\b"
        r"|moved\s+(?:in)?to\s+(?:the\s+)?intensive\s+care\b"
        rf"|(?:{TAKEN_TO_CARE}\s+to|treated\s+at|admitted\s+in)\s+"
        # up to three words, or a possessive place and two ("to the city's two main
        # hospitals", 44th session)
        r"(?:(?:the|a)\s+[\w.-]+'s\s+(?:[\w.'-]+\s+){0,2}?|(?:[\w.'-]+\s+){0,3}?)"
        rf"(?:{PLACES_OF_CARE}"
        # "admitted to the intensive care unit", "taken to the burns ward" (21st session)
        r"|(?:intensive\s+care|burns?|trauma|isolation)\s+(?:units?|wards?)|emergency\s+rooms?"
        r"|intensive\s+care\b)"
        # "taken to Mercy General with non-life-threatening injuries", "two others were
        # transported with injuries": a named place of care, or none, and the hurt after "with"
        # (US local news; 29th session), or "with a gunshot wound" (30th)
        rf"|{TAKEN_TO_CARE}\s+(?:to\s+(?:[\w.'-]+\s+){{1,4}}?)?with\s+(?:an?\s+(?:gunshot|stab"
        rf"|bullet)\s+wound|(?:(?:minor|serious|critical|severe|multiple|gunshot|stab|head"
        rf"|{LIFE_THREATENING}|non-fatal|nonfatal)\s+){{0,2}}(?:injuries|wounds))"
        # "treated for hypothermia, injuries and near-drowning": other complaints listed
        # before the hurt; "treated at the scene for minor injuries", "in its clinics for"
        # "treated on the ship for", "treated aboard the rescue vessel for" (sea rescues)
        rf"|treated\s+(?:(?:at\s+the\s+scene|in\s+{CARE_PLACE}|by\s+{CARERS}|on\s+board"
        r"|(?:on|aboard)\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:ship|vessel|boat))\s+)?for\s+"
        r"(?:[a-z-]+(?:\s*,\s*|\s+and\s+)){0,3}?"
        r"(?:(?:their|his|her|minor|serious|critical|severe|multiple|gunshot|stab|knife|bullet"
        r"|machete|arrow|shrapnel|burn"
        rf"|head|{LIFE_THREATENING}|non-fatal|nonfatal|{BURN_KINDS})\s+){{0,2}}"
        rf"(?:injuries|wounds|burns|{_BREATHED}|{MINOR_HURTS}|cuts|an?\s+{ONE_HURT}"
        # "treated for hypothermia" after a capsizing, "for heatstroke" in a heatwave
        r"|hypothermia|frostbite|heatstroke|heat\s+(?:stroke|exhaustion)"
        # "treated for eye and throat irritation" (after a leak; 37th session)
        r"|(?:eye|throat|skin|respiratory)\s+irritation|breathing\s+(?:problems|difficulties)"
        # "treated for suspected food poisoning", "for carbon monoxide poisoning" (24th session)
        r"|(?:suspected\s+)?(?:food|alcohol|methanol|chemical|gas|carbon\s+monoxide)\s+poisoning)"
        # "nine others were treated at the scene and released": bare, after the above
        rf"|treated\s+(?:by\s+{CARERS}\s+)?(?:at\s+the\s+scene|on\s+site)"
        # "the other three were given first aid", "30 people were nursing gunshot and arrow
        # wounds" (general English of accident and clash reports; 30th session)
        r"|(?:given|received|receiving|needed|needing)\s+first\s+aid"
        rf"|nursing\s+(?:{_WOUND_KINDS}\s+(?:and\s+{_WOUND_KINDS}\s+)?)?(?:wounds|injuries)",
        True,
        None,
        False,
    ),
)

#: "in critical condition", "in a serious but stable condition": the condition of the hurt
#: (read by ``rules.hospital_care`` too, after "admitted").
IN_A_CONDITION = (
    # "in fair condition", "in guarded condition": the condition terms US hospitals release
    # ("good" is left out, as it is said of roads and cars too; ``rules.hospital_care`` reads
    # "fair" and "guarded" as a patient's only where harm or care is told nearby)
    r"in\s+(?:a\s+)?(?:critical|serious|stable|fair|guarded)"
    # "in serious but stable condition", "in fair or stable condition"
    r"(?:\s+(?:but|or|to)\s+(?:stable|serious|critical|fair|guarded))?\s+condition"
)

#: Carried by air with its means told ("flown by helicopter to", "airlifted by air ambulance
#: to"): the way the badly hurt leave an accident's scene (general English of accident and
#: disaster news); its place is any, so ``rules.air_carried`` reads what is around it.
AIR_CARRIED = (
    r"(?:flown|airlifted|evacuated|ferried)\s+by\s+(?:(?:an?|the)\s+)?(?:(?:army|military|police"
    r"|navy|air\s+force|rescue|medical|coastguard)\s+)?(?:helicopters?|air\s+ambulances?)\s+to"
)
#: The means alone, after an active verb's count and place: "sent 15 of the worst cases to
#: the capital by helicopter". It binds nothing; CB159 reads the count (``rules.claims.cb159``).
BY_AIR = (
    r"by\s+(?:(?:an?|the)\s+)?(?:(?:army|military|police|navy|air\s+force|rescue|medical"
    r"|coastguard)\s+)?(?:helicopters?|air\s+ambulances?)"
)

#: "four have lost their sight", "were left blinded", and a part "nine of them blinded" (held
#: by CB160 to a whole of the hurt or poisoned; the part is no claim of the binder's).
LOST_SIGHT = (
    r"lost\s+(?:their|his|her)\s+(?:eye)?sight|(?:were|was|been|left)\s+blind(?:ed)?"
    r"|them\s+blinded"
)

#: A place of care as the subject of its care: "The district hospital admitted 30 passengers"
#: (general English of accident reports that go from ward to ward).
HOSPITAL_CARED = (
    r"(?:hospital|infirmary|clinic)s?\s+(?:(?:had|has|have)\s+)?(?:admitted|treated|took\s+in)"
)

#: "in hospital", "in critical condition", "in a serious but stable condition", "in
#: intensive care", "in the burns unit": a state of the hurt.
IN_CONDITION: tuple[Row, ...] = (
    (
        # "remain confined in hospitals": the Philippine and Indian English of the admitted;
        # "remained in her hospital", a doctor's own (23rd session)
        r"(?:confined\s+)?in\s+(?:the\s+)?hospitals?|(?:remain(?:s|ed)?|are|were|is|was|still)"
        r"\s+in\s+(?:her|his|their)\s+hospitals?"
        # "seven patients remained in its care" (a hospital's own count); "12 were still on its
        # wards" (50th session)
        r"|(?:remain(?:s|ed)?|still)\s+(?:in\s+(?:its|the\s+hospital's)\s+care"
        r"|on\s+(?:its|their)\s+wards?)|"
        + IN_A_CONDITION
        +
        # "four of them were stated to be critical": South Asian English of the hurt
        # ("said to be critical" is as often "critical of" a plan, so it stays out)
        r"|stated\s+to\s+be\s+(?:critical|serious)"
        +
        # "remain in the intensive care unit", "were in the burns ward" (23rd session): a state
        # verb first, for "two nurses in the burns unit" work there
        r"|in\s+intensive\s+care(?:\s+units?)?|(?:are|is|were|was|remains?|remained|still|lay|lies)"
        r"\s+in\s+the\s+(?:burns?|trauma|intensive\s+care)\s+(?:units?|wards?)"
        # "five are on oxygen support", "two remain on ventilators" (21st session)
        r"|on\s+(?:oxygen(?:\s+support)?|(?:a\s+)?ventilators?|life\s+support)",
        True,
        None,
        False,
    ),
    # "41 patients were admitted overnight": admission with no place named, held by
    # ``rules.hospital_care.bare_admission_not_hurt`` to the hurt named before it and an
    # incident (24th session). Last of the care rows, so "admitted to hospital" stays theirs.
    (r"admitted", True, None, False),
    # "48 people had been treated since the spill": care with no place named, held like "being
    # treated" to an incident or a hurt told near it (37th session)
    # (not "treated at", "for", "and released": the rows and rules of those)
    (
        r"(?:(?:had|have|has)\s+been|were|was)\s+treated\s+(?:since|so\s+far|overnight)",
        True,
        None,
        False,
    ),
    # "eleven were airlifted by a navy helicopter to the city": the hurt carried off by air after
    # an incident, to any place (``rules.air_carried`` holds it to an incident told, and
    # not to troops flown in nor to people flown to safety or home; review51a)
    (AIR_CARRIED, True, None, False),
    (BY_AIR, False, None, False),
    # "The clinic said 23 people had been treated.": a bare "treated" after its auxiliary at
    # its clause's end, held as above (``rules.cue_scan``; not "treated as suspects", review50c)
    (r"treated", True, None, False),
    # "four have lost their sight", "were left blinded": the hurt of toxic alcohol, acid and
    # blasts (general English of poisoning and attack reports)
    (LOST_SIGHT, True, None, False),
    # "the district hospital admitted 30 passengers", "the clinic treated 14 miners": a place
    # of care the subject of its care, held to an incident (``rules.hospital_subject``)
    (HOSPITAL_CARED, False, "object", False),
    # "31 people were poisoned by the bootleg gin", "the guests poisoned at the feast": a harm
    # done to people (general English of toxic-alcohol, food and gas reports; "died of
    # poisoning" is the dead's, the illness rows hold "with food poisoning")
    (r"poisoned", True, None, False),
    # "two suspects were beaten unconscious", "badly beaten by the crowd", "dozens were
    # trampled": a beating or a crush that left them hurt (general English of mob, abduction
    # and crowd-crush reports; "trampled to death" is the killed row's)
    (
        r"(?:badly|severely|brutally|savagely|viciously)\s+beaten|beaten\s+(?:unconscious"
        r"|senseless|into\s+(?:unconsciousness|a\s+coma))|trampled",
        True,
        None,
        False,
    ),
)
