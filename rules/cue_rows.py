"""Cue rows of conflict and disaster wire English, spliced into ``rules.categories.CUES``.

Each row is ``(pattern, before, after, transitive)`` as in ``rules.categories`` (see ``Cue``);
they live here so that the category table stays one readable module. Origin of every row:
general English of conflict and disaster news (issue 9, conflict round 6); our own examples.
"""

from __future__ import annotations

from typing import Literal

from rules.cue_fragments import (
    CAPTIVITY,
    DEATH_KINDS,
    FORCE_ROWS,
    KILLING_TIME,
    SHELTER_KINDS,
    TOLL_PEOPLE,
    TOLL_VICTIMS,
)

Row = tuple[str, bool, Literal["object", "toll"] | None, bool]

#: "two have yet to be found", "had still not been traced", "could not be located": missing;
#: said of things too ("the recorders have not been found"), so its group is people only.
NOT_FOUND = (
    r"were\s+never\s+found|(?:(?:have|had)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?been|yet\s+to"
    r"\s+be)|(?:could|can)\s*not\s+be)\s+(?:found|located|traced|heard\s+from)|(?:we|they"
    r"|rescuers)\s+(?:still\s+)?(?:cannot|can't|could\s+not|couldn't)\s+(?:yet\s+)?(?:find"
    r"|locate|trace)\b"
)

#: "1,500 people were moved to higher ground", "the crew were recovering in hospital" are said
#: of things too ("paintings were moved to safety", "12 banks are recovering", "police seized 3
#: rifles"), so their group must be people (``HUMAN_ONLY``, ``rules.claims.groups.acceptable``).
MOVED_TO_SAFETY = (
    r"(?:moved|taken|brought|relocated|transferred|bussed|ferried)\s+to\s+(?:higher\s+"
    r"ground|safer\s+(?:ground|areas|places|locations|zones))|(?:moved|relocated)\s+to"
    r"\s+safety"
)
RECOVERING = (
    r"(?:are|were|is|was)\s+(?:still\s+)?recovering\s+(?:at\s+home|in\s+(?:the\s+)?hospitals?"
    r"|from\s+(?:their|his|her)\s+(?:injuries|wounds|burns))"
    # "a cook is recovering after he was stabbed", "is expected to survive after being hit",
    # and a headline's "Teen recovering after being shot": the harm and that they lived
    r"|(?:(?:are|were|is|was)\s+(?:still\s+|now\s+)?)?(?:recovering|(?:expected\s+to\s+)?"
    r"(?:survive|survived|recover))\s+after\s+(?:being|(?:he|she|they)\s+(?:was|were))\s+"
    r"(?:shot|stabbed|wounded|injured|hurt|struck|hit|grazed)\b"
)
CAPTIVES_HELD = r"holding|held"  # "the gang held 11 miners": by captors (rules.cue_context)
CAPTIVES_SEIZED = r"seized|snatched"  # "gunmen seized 9 aid workers", "were seized by pirates"
#: Civilians who "had left for the regional capital", "have left border villages" (44th
#: session): displaced (not students or delegates who travel, nor "the ferry had left").
LEAVERS = r"(?:people|residents|villagers|families|civilians|inhabitants)"
LEFT_FOR = (
    rf"{LEAVERS}\s+(?:had|have|has)\s+left\s+(?:for"
    r"\s+(?:the\s+)?(?:(?:regional|provincial|district|departmental|state|nearby|neighbouring"
    r"|neighboring)\s+)?(?:capital|town|city)\b|(?:border|frontline|front-line)\s+(?:villages?"
    r"|towns?|areas?|districts?)\b)"
)
#: Held or taken by captors named after "by" (the kidnapped, the count before the verb).
CAPTORS_HOLD = (
    r"(?:held|carried\s+off|led\s+away)\s+(?:captive\s+)?by\s+(?:the\s+|their\s+)?(?:[a-z-]+\s+)?"
    r"(?:gunmen|kidnappers|captors|abductors|militants|insurgents|attackers|bandits|pirates"
    r"|raiders|jihadists|fighters)\b"
)
#: Rescued: "120 had reached the surface", up from a mine, a cave or a wreck (review51c; not
#: "two buoys"; the passive "39 were brought to the surface" stays unread, conflict round 8).
REACHED_SURFACE = r"(?:had|have|has)\s+(?:safely\s+|all\s+|now\s+)?reached\s+the\s+surface"
HUMAN_ONLY = frozenset(
    (
        CAPTORS_HOLD,
        REACHED_SURFACE,
        MOVED_TO_SAFETY,
        RECOVERING,
        CAPTIVES_HELD,
        CAPTIVES_SEIZED,
        NOT_FOUND,
        CAPTIVITY,
        *FORCE_ROWS,
    )
) | {LEFT_FOR}

#: "is fighting for his life", "are fighting for their lives" (a row below); a race, a
#: court case or an illness after it is figurative (``rules.claims.fight_for_life``).
FIGHTING_FOR_LIFE = (
    r"(?:is|was)\s+(?:still\s+|now\s+)?fighting\s+for\s+(?:his|her)\s+life"
    r"|(?:are|were)\s+(?:still\s+|now\s+)?fighting\s+for\s+their\s+lives"
)

#: "the number of injured rose to 212", "put the number of wounded at 20", "the number
#: injured" (26th session): a wounded toll's count noun, after "the" only ("an undetermined
#: number of wounded people"); "put the dead at 8 and the wounded at 23" (``claims.set_tolls``).
WOUNDED_TOLL: tuple[Row, ...] = (
    (
        r"the\s+(?:injured|wounded)\s+at|the\s+number\s+(?:(?:injured|wounded|hurt)\b|of\s+"
        r"(?:the\s+)?(?:injured|wounded|(?:people|civilians|persons|soldiers|children)\s+"
        r"(?:injured|wounded|hurt|hospitali[sz]ed|treated\s+(?:in\s+hospital|for\s+injuries))"
        # "the number of people who were hurt rose to 30" (issue 9 round 7)
        rf"|{TOLL_PEOPLE}\s+(?:who|that)\s+(?:were|have\s+been|had\s+been)\s+(?:injured"
        r"|wounded|hurt)))",
        False,
        "toll",
        False,
    ),
    # "a man is fighting for his life", "two teens are fighting for their lives": the TV and
    # press-release English for the critically hurt (general knowledge of US local news,
    # issue 9 round 8); the figure stands before it.
    # The auxiliary is the cue's own ("are fighting" is not troops in combat) and agrees with
    # the pronoun, so "two shootings left a boy fighting for his life" binds no figure.
    (
        FIGHTING_FOR_LIFE,
        True,
        None,
        False,
    ),
)

#: People found "with gunshot wounds" or "suffering from gunshot wounds" (the press-release
#: form, issue 9 round 8): dead or alive, like "shot" (crime-report English).
#: Crime round 9: one wound ("with a gunshot wound") and the wounds of a knife ("found with
#: stab wounds"), the same press-release formula for one victim or a stabbing.
WITH_GUNSHOT_WOUNDS = (  # "gunshot and machete wounds", "gunshot or rubber-bullet wounds"
    r"(?:with|suffering\s+from)\s+(?:(?:multiple|several|a|an|one)\s+)?(?:(?:apparent|fatal"
    r"|serious|critical|severe|single|life-threatening)\s+)?(?:gunshot|bullet|stab|knife)(?:\s+"
    r"(?:and|or)\s+(?:gunshot|bullet|rubber-bullet|stab|knife|machete|shrapnel))?\s+wounds?"
)

#: "the number of missing fell to 40": the count noun of a missing toll.
MISSING_TOLL: tuple[Row, ...] = (
    (
        r"the\s+number\s+of\s+(?:the\s+)?(?:missing|(?:people|persons)\s+missing)",
        False,
        "toll",
        False,
    ),
)

#: "the remains included those of nine women", "the bodies are those of two fishermen": the
#: dead named by the remains found (general English of exhumation and recovery reports).
REMAINS_OF_THOSE: tuple[Row, ...] = (
    (
        r"(?:remains|bodies)\s+(?:included|include|includes|are|were|was|is)\s+(?:also\s+)?those"
        r"\s+of",
        False,
        "object",
        False,
    ),
)

#: "64 of them were last seen at the barracks", "40 fishermen have not been seen since", and
#: people not found (``NOT_FOUND``): missing (missing-person and search reports). The plural
#: verb only: "the gunman was last seen fleeing" is a suspect, not a missing person.
LAST_SEEN: tuple[Row, ...] = (
    (
        r"(?:were|have\s+been|had\s+been)\s+last\s+seen|have\s+not\s+been\s+seen\s+since",
        True,
        None,
        False,
    ),
    (NOT_FOUND, True, None, False),
)

#: "12 others remain in captivity": held by captors (an army's are more often prisoners).
IN_CAPTIVITY: tuple[Row, ...] = (
    (
        CAPTIVITY,
        True,
        None,
        False,
    ),
    # "four were being held by the gunmen", "three nurses were carried off by the raiders"
    # (46th session; captors only, not "held by police")
    (CAPTORS_HOLD, True, None, False),
    (CAPTIVES_HELD, False, "object", False),  # "the rebels are still holding 17 passengers"
    # "put the number of abducted students at 112": a toll of the taken, as "the number of
    # dead" is of the dead (general English of mass-abduction reports)
    (r"the\s+number\s+of\s+(?:the\s+)?(?:abducted|kidnapped)", False, "toll", False),
)

#: "left 30,000 without shelter", "some 5,000 people without homes": the homeless; and those
#: who left (``LEFT_FOR``).
WITHOUT_SHELTER: tuple[Row, ...] = (
    (
        r"without\s+(?:shelter|homes|a\s+home|a\s+roof(?:\s+over\s+their\s+heads)?)",
        True,
        None,
        False,
    ),
    (LEFT_FOR, True, None, False),
)

#: "2,500 homeowners are under a mandatory evacuation order", "the evacuation order covers
#: 4,000 residents": the words of wildfire and storm reports.
EVACUATION_ORDERS: tuple[Row, ...] = (
    (r"under\s+(?:an?\s+)?(?:mandatory\s+)?evacuation\s+orders?", True, None, False),
    # "About 6,000 residents were ordered out of their homes", "were ordered out by the
    # mayor", "had been ordered to evacuate" (47th session; general English of fire and
    # storm news): not "ordered out of the country" (an expulsion)
    (
        r"(?:were|was|are|is|have\s+been|had\s+been|been)\s+(?:all\s+)?ordered\s+(?:to\s+evacuate"
        r"|out\s+of\s+(?:their|the|its)\s+(?:[\w-]+\s+)?(?:homes?|houses|villages?|towns?|buildings?"
        r"|flats|streets?|neighbou?rhoods?|valley|district|area|camps?)"
        r"|out\s+(?:by|on|as|before|after|overnight|early|late)\b|out\s*[.,;])",
        True,
        None,
        False,
    ),
    (
        r"evacuation\s+orders?\s+(?:now\s+|also\s+)?(?:cover(?:s|ed)?|affect(?:s|ed)?"
        r"|appl(?:y|ies|ied)\s+to)",
        False,
        "object",
        False,
    ),
)

#: Captives set free ("the gang freed six of the hostages", "four were freed"): the corpus's
#: rescued (blind half F's README decision); "released" is left out, as it is as often said
#: of suspects, statements and names.
#: "released 14 of the 31 people they took hostage", a headline's "frees 6 hostages": letting
#: captives go with the count after the verb ("released" is also said of patients, names and
#: reports, so its group must be people held against their will: ``groups.acceptable``).
RELEASED = r"released|releases|frees|free"


#: Fled, forced from home, homeless or sheltering, with the shelters people stay in ("housed
#: in communal shelters", "remain in 12 relief camps"): the main displacement row of
#: ``rules.categories`` (moved here whole, with this round's words added).
SHELTERED: tuple[Row, ...] = (
    (
        r"forced\s+(?:to\s+flee|to\s+leave(?:\s+their\s+homes)?|(?:out\s+of|from)\s+their\s+homes)|(?:out\s+of|from)\s+their"
        r"\s+homes|fled(?:\s+their\s+homes)?|left\s+homeless|made\s+homeless|homeless|refugees"
        # "60 families have abandoned their homes" (round 7: people who leave their homes)
        r"|abandoned\s+their\s+(?:homes|houses|villages)"
        r"|idps"
        # "another 40,000 are staying with host families" (round 9: humanitarian reports'
        # word for the displaced who found no camp)
        r"|(?:housed|sheltering)\s+with\s+host\s+(?:families|communities)"
        r"|internally\s+displaced\s+(?:persons|people)|(?:took|taken|taking|sought|seeking)\s+"
        r"(?:shelter|refuge)|sheltering|(?:forced\s+into|living\s+in|live\s+in|staying\s+in|housed\s+in"
        r"|remain(?:s|ed|ing)?\s+in|sheltered\s+(?:at|in)|(?:are|were)\s+(?:still\s+|now\s+)?in"
        # "spent Saturday night in shelters", "spent the night in an evacuation center"
        r"|(?:spent|spend|spending)\s+(?:the\s+|\w+\s+)?nights?\s+in(?:\s+an?)?"
        # "remain in 12 relief camps": a count of the places may stand between
        r"|accommodated\s+(?:at|in))\s+(?:the\s+|\d[\d,]*\s+|(?:two|three|four|five|six|seven"
        rf"|eight|nine|ten|dozens\s+of|hundreds\s+of)\s+)?{SHELTER_KINDS}*"
        r"(?:shelters?|camps?|centres?"
        # "some 60,000 people were living in tents" (48th session)
        r"|centers?|tents)",
        True,
        "toll",
        False,
    ),
    # "9,000 people were sleeping in schools and churches", "slept in the open" (48th session:
    # the homeless of a disaster, in general English; not "slept outside", fans at a box office)
    (
        r"(?:sleeping|slept)\s+in\s+(?:the\s+open|(?:makeshift\s+)?tents|(?:schools|classrooms"
        r"|churches|mosques)(?:\s+and\s+(?:schools|classrooms|churches|mosques))?)\b",
        True,
        "toll",
        False,
    ),
)


#: "two welders were burned badly in the blast", "a firefighter was seriously burned": burns
#: told with their degree are injuries (general English of fire reports; a bare "burned" is
#: as often said of houses, and "burned to death" is killed).
BADLY_BURNED: tuple[Row, ...] = (
    (
        r"(?:badly|severely|seriously|critically)\s+burned|burned\s+(?:badly|severely|seriously"
        r"|critically)",
        True,
        None,
        False,
    ),
    # "the three crew members were recovering in hospital", "she is recovering from her
    # wounds": the hurt told by their recovery, with where or from what (issue 9,
    # conflict round 8; general English of casualty reports; a bare "recovering" is as often
    # said of markets and teams).
    (
        RECOVERING,
        True,
        None,
        False,
    ),
    # "23 people had been admitted with injuries", "nine were admitted to hospital with
    # burns", "were brought in with wounds": admission told with a wound (round 9; general
    # English of casualty reports; a bare "admitted to hospital" is often illness, unread)
    (
        r"(?:admitted|brought\s+in)\s+(?:to\s+(?:the\s+|a\s+|local\s+)?hospitals?\s+)?with\s+"
        r"(?:(?:serious|severe|minor|gunshot|shrapnel|head|bullet|stab)\s+)?(?:injuries|wounds|burns)",
        True,
        None,
        False,
    ),
)


#: Ways of killing named by their own verb ("militants beheaded two hostages", "a mob lynched
#: a man", "rebels hanged three informers", "two children suffocated in the fire") and the
#: nouns of the first two ("the lynching of two traders"): general English of conflict,
#: crime and disaster reports. "hanged" is the verb of executions ("hung" is of pictures);
#: "electrocuted" is left out (said as often of a shock that someone survived).
KILLING_VERBS: tuple[Row, ...] = (
    (
        r"beheaded|decapitated|lynched|strangled|hanged|stoned\s+to\s+death|burn(?:ed|t)\s+alive"
        r"|suffocated|asphyxiated",
        True,
        "object",
        True,
    ),
    (r"(?:beheadings?|lynchings?)\s+of", False, "object", False),
    # "32 of our fighters were martyred": the word armed groups and their media use for
    # their own dead (general knowledge of conflict reporting, issue 9 conflict round 8);
    # passive only, with its figure before it ("a martyred leader" is a commemoration).
    (r"(?:were|was|been|be|are|is)\s+martyred|among\s+the\s+martyr(?:ed|s)", True, None, False),
)


#: "the number of dead rose to 40", "the number of workers killed in the fire rose to 15",
#: "the number of heat deaths": a death toll's count noun; troops killed take "the" (round 9).
NUMBER_OF_DEAD: tuple[Row, ...] = (
    (
        r"the\s+number\s+of\s+(?:[A-Z][\w-]*\s+)?(?:troops|soldiers|forces|servicemen)\s+"
        r"(?:killed|dead)"
        rf"|number\s+of\s+(?:the\s+)?(?:dead|(?:{DEATH_KINDS}\s+)?(?:deaths|fatalities)|victims"
        rf"|{TOLL_VICTIMS}\s+(?:killed|dead))|the\s+number\s+(?:killed|dead)\b",
        False,
        "toll",
        False,
    ),
)


#: "the number of residents who died has risen to nine": the dead of a toll told by a
#: relative clause (general English of toll updates, issue 9 round 7).
DEAD_TOLL_RELATIVE: tuple[Row, ...] = (
    (
        rf"number\s+of\s+(?:the\s+)?{TOLL_PEOPLE}\s+(?:who|that)\s+(?:have\s+|had\s+|has\s+)?"
        r"(?:died|(?:been|were)\s+killed)",
        False,
        "toll",
        False,
    ),
)

#: A headline's present tense, plural subject: "Gunmen kill 5", "Deputies fatally shoot 2",
#: "Police shoot, kill man", "Guns now kill 30"; the subject is in the cue, not "vow to kill".
PLURAL_SUBJECT = r"(?:[a-z]+s|gunmen|men|police)"  # also read by ``rules.cue_context``
_KILL_NOW = r"(?:(?:now|still)\s+)?(?:kill|fatally\s+(?:shoot|stab)|shoot,?\s+(?:and\s+)?kill)"
HEADLINE_KILL: tuple[Row, ...] = ((rf"{PLURAL_SUBJECT}\s+{_KILL_NOW}", False, "object", False),)

#: "700 residents were moved out of the river towns": moved away by officials, in the
#: passive (general English of flood and storm reports; "families moved out of the flats in
#: 2010" moved of their own will and is no evacuation). Issue 9 round 7.
MOVED_OUT: tuple[Row, ...] = (
    (
        r"(?:been|were|was|are|is)\s+(?:moved|relocated)\s+(?:out\s+of|away\s+from)"
        # "2,500 residents were ordered out of their homes", "told to leave their homes"
        r"|(?:been|were|was)\s+(?:ordered|told)\s+(?:out\s+of|to\s+leave)\s+their\s+homes?",
        True,
        None,
        False,
    ),
)

#: The rows above as the category table takes them (one line each there).
DEAD_BY_RELATIVE_OR_HEADLINE: tuple[Row, ...] = (*DEAD_TOLL_RELATIVE, *HEADLINE_KILL)
EVACUATED_BY_OFFICIALS: tuple[Row, ...] = (*EVACUATION_ORDERS, *MOVED_OUT)

#: "the killers of two police officers", "the assassins of the six monks": those a killer is
#: named by are the dead; "the kidnappers of three engineers": those held (general English
#: of crime and conflict reports; session 11). A bare plural after them is no claim
#: (``rules.claims.plurals``): "hired assassins of smugglers" serve them.
KILLERS_OF: tuple[Row, ...] = (
    (rf"(?:killers?|murderers?|assassins?)(?:\s+{KILLING_TIME})?\s+of", False, "object", False),
)
KIDNAPPERS_OF: tuple[Row, ...] = ((r"(?:kidnappers?|abductors?)\s+of", False, "object", False),)

#: "managed to kill one guard and wound nine shoppers": the base verb shares the act done; read
#: only after "managed to kill" and the like (``rules.cue_context``), not after a threat.
AND_WOUND: tuple[Row, ...] = ((r"and\s+(?:wound|injure)\b", False, "object", False),)


#: "killing 12 people", "claimed the lives of three", and a headline's present tense, "fatally
#: shoots 2", "fatally stabs his neighbour", like "kills" and "slays" (crime-news English).
KILLING_ACTS: tuple[Row, ...] = (
    (
        r"fatally\s+(?:shooting|stabbing|wounding|injuring|shoots|stabs|wounds|injures)"
        r"|killing|murdering|assassinating|massacring|drowning"
        r"|executing|kills|slays|claimed\s+the\s+lives\s+of"
        r"|took\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of"
        r"|(?:claimed|took|claiming|taking)\s+the\s+life\s+of",
        False,
        "object",
        False,
    ),
)
