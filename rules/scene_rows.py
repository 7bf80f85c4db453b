"""Rows of ``rules.categories.CUES`` for the people of a scene told in a list or a place: men
cut off below ground, the captives "those taken included", a count among the survivors, and
one struck by gunfire (how often, and whose). Each row is (pattern, before, after,
transitive), as ``categories._cues`` takes them. General English of accident, kidnapping and
crime reports (gaps20), not from a corpus.
"""

from __future__ import annotations

import re
from typing import Literal

from rules.calendar import WEEKDAY
from rules.cue_fragments import SHELTER_BUILDINGS, TOLL_VICTIMS
from rules.cue_rows import MOVED_TO_SAFETY
from rules.not_home import NOT_HOME

Row = tuple[str, bool, Literal["toll", "object"] | None, bool]

#: Missing: "a dozen drillers cut off beyond the rockfall", "20 miners cut off underground",
#: "12 people remain buried under the rubble": trapped below ground (a town "cut off by
#: floodwaters" is stranded, not missing, and is not read).
CUT_OFF: tuple[Row, ...] = (
    (r"cut\s+off\s+(?:underground|below\s+ground|beyond|deep\s+underground)", True, None, False),
    # "30 are believed buried under the debris", "12 people remain buried": under a collapse,
    # a landslide or snow, alive or not, not yet found (24th session). Not "were buried on
    # Sunday" (a funeral): a place of burial by force, or a state that goes on.
    (
        r"buried\s+(?:alive\s+)?(?:under|beneath|by|in)\s+(?:the\s+|a\s+|tons\s+of\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:rubble|debris|mud|snow|landslides?|mudslides?"
        r"|avalanche|wreckage|rocks?|ruins|collapsed)"
        r"|buried\s+(?:alive\s+)?(?:under|beneath)\s+(?:the\s+)?(?:earth|soil|sand)"
        r"|(?:remain(?:s|ed)?|still|feared|(?:believed|thought)\s+(?:to\s+be\s+)?)\s+buried"
        # "four residents were still believed to be under the debris" (not "under way")
        r"|(?:(?:believed|thought|feared)\s+to\s+be|were|are|remain(?:s|ed)?)\s+(?:still\s+)?"
        # "at least 25 were still under the mud", "remain under the rubble" (40th session)
        r"(?:somewhere\s+)?(?:under|beneath)"
        # "feared to be somewhere beneath the fallen masonry"
        r"\s+the\s+(?:[a-z-]+\s+)?(?:rubble|debris|ruins|wreckage|mud|snow|concrete|masonry)",
        True,
        None,
        False,
    ),
)

#: Missing: "the fate of 10 more was unknown": binds nothing itself, so CB127 reads the
#: sentence (and asks for a figure of people after it, its fate unknown). 25th session.
FATE_OF: tuple[Row, ...] = ((r"fates?\s+of", False, None, False),)
#: Missing: "rescuers were still searching for six others": the people a rescue searches for
#: (the searchers named, rescuers only: "police" or "troops were searching for two men" is a
#: manhunt or a hunt for captives; general English of disaster reports). Its object must be
#: people, with no possessive (``rules.claims.groups``).
SEARCHED_FOR = (
    r"(?:rescuers|divers|searchers|firefighters|crews|(?:rescue|search)\s+(?:workers|teams|crews))"
    r"\s+(?:(?:were|are|have\s+been|had\s+been)\s+(?:still\s+|now\s+|also\s+)?(?:searching"
    r"|looking)|(?:continued|continue|resumed|resume|kept)\s+(?:searching|looking|to\s+search"
    r"|to\s+look))\s+for"
)
#: The rows of the missing not yet found, as the category table takes them (one line there),
#: with those who "have not come home" (``rules.not_home``).
NOT_FOUND: tuple[Row, ...] = (*CUT_OFF, *FATE_OF, (SEARCHED_FOR, False, "object", False), *NOT_HOME)

#: Killed: "one death", "a single fatality", "a second death": a toll of one (or its latest
#: by ordinal) told by its noun; binds nothing itself, so CB125 reads the sentence (and turns
#: away "one death threat" and "more than one death"). 24th session.
ONE_DEATH: tuple[Row, ...] = (
    (
        r"(?:one|1|a\s+single|an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth"
        r"|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th))\s+(?:(?:more|new|further|additional"
        r"|confirmed|reported|related)\s+)?(?:death|fatality)",
        False,
        None,
        False,
    ),
)

#: Read by CB140 ("'We buried 31 people,' he said", "the funerals of all 52 victims"): the
#: burial of the dead by their own people only brings the sentence to the rule.
READ_BY_CB140: tuple[Row, ...] = (
    (
        r"(?:we|they|villagers|families|relatives|mourners|residents|neighbou?rs|locals)"
        r"(?:(?:'ve|\s+have|\s+had)?\s+(?:already\s+|now\s+|just\s+|since\s+)?buried"
        r"|\s+(?:are|were)\s+(?:still\s+)?burying)"  # not "they were buried under the rubble"
        # "the funerals of all 52 victims" (a count of the dead by their rites)
        r"|(?:funerals|burials|(?:mass|joint)\s+funeral)\s+(?:of|for)",
        False,
        None,
        False,
    ),
)
#: The rows that only bring a sentence to an extra rule: "one death" (CB125), "we buried"
#: (CB140).
READ_BY_RULES: tuple[Row, ...] = ONE_DEATH + READ_BY_CB140

#: Killed: the dead buried by their own, in the passive, with the place of their graves:
#: "The 12 victims were buried on Sunday in the town cemetery", "the remaining three are to
#: be buried in their home villages" (general English of funerals); not the trapped ("were
#: buried by the collapse", "buried alive", "buried today in the rubble").
BURIED_DEAD: tuple[Row, ...] = (
    (
        r"(?:were|was|will\s+be|had\s+been|have\s+been|are\s+being|are\s+to\s+be)\s+buried\s+"
        # a day may come first, but the place of a grave must follow ("were buried on Sunday
        # in the town cemetery"; not "were buried today by an avalanche", review41c)
        r"(?:(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow"
        r"|yesterday|today)\s+(?:(?:morning|afternoon|evening)\s+)?)?"
        r"(?:side\s+by\s+side|in\s+(?:their|his|her)\s+(?:home\s+)?(?:villages?|towns?"
        r"|hometowns?)|(?:in|at)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:cemetery|graveyard"
        r"|funeral))\b",
        True,
        None,
        False,
    ),
)
#: The killed rows of this table: those read by rules, and the buried dead.
DEAD_ROWS: tuple[Row, ...] = READ_BY_RULES + BURIED_DEAD

#: Kidnapped: "those taken included eight road workers", the captives' list (CB134 reads the
#: counts after the first).
CAPTIVES_INCLUDED: tuple[Row, ...] = (
    (
        r"those\s+(?:taken|seized|snatched)\s+(?:hostage\s+)?includ(?:ed|es|e)",
        False,
        "object",
        False,
    ),
)

#: Kidnapped: "87 students and four teachers were taken", "were taken from their dormitory":
#: the bare passive of abduction copy, read only where an abduction is told nearby
#: (``rules.cue_context``); "taken to hospital" and "taken into custody" are other rows.
#: ("were among those taken", review51c: the captives' count told as "among the dead" is)
_TAKEN = r"(?:(?:were|was|been)\s+|among\s+those\s+)(?:taken|whisked)"  # "were whisked away"
#: The wild ground captors take captives into: "were taken into the bush" (review52g).
_INTO_HIDEOUT = r"\s+into\s+the\s+(?:hills|bush|forest|jungle|mountains|desert)\b"
CAPTIVES_TAKEN: tuple[Row, ...] = (
    # the clause ends after "taken" (the scan's word boundary then needs a word next, which the
    # cue leaves to the next clause: "were taken. Killed were two teachers")
    # ("were taken and that 60 are still missing": a clause after "and", 27th session)
    (rf"{_TAKEN}(?:\s*[,.;]\s+|\s+from|\s+away|\s+and\s+|{_INTO_HIDEOUT})", True, None, False),
)

#: The bare "were taken" of that row, and the words that tell an abduction around it.
TAKEN = re.compile(_TAKEN, re.IGNORECASE)
_ABDUCTION = re.compile(
    r"\b(?:kidnap\w*|abduct\w*|bandits?|gunmen|hostages?|captors?|ransom|captivity)\b", re.I
)


#: Things an inquiry or a raid takes, named right before a bare "were taken": "two samples
#: were taken from the scene", "statements were taken" (general English of police news).
_THINGS_TAKEN = re.compile(
    r"\b(?:samples|swabs|statements|fingerprints|prints|readings|measurements|notes|pictures"
    r"|images|photographs|recordings|documents|items|belongings|valuables|weapons|guns"
    r"|rifles|vehicles|cars|phones|laptops|computers|decisions|steps|measures|precautions"
    r"|actions|votes|questions)\s+$",
    re.IGNORECASE,
)
#: Those the law takes: "three suspects were taken away by police" (an arrest, no abduction).
_BY_THE_LAW = re.compile(
    r"\s+by\s+(?:the\s+)?(?:police|officers|detectives|authorities|security\s+forces|troops"
    r"|soldiers|army)\b",
    re.IGNORECASE,
)


def abduction_told(text: str, start: int, end: int) -> bool:
    """An abduction told before ``text[start:end]`` (up to 3,000 characters) or just after,
    with no thing taken named right before it ("two samples were taken from the scene") and no
    arrest after it ("were taken away by police")."""
    if _THINGS_TAKEN.search(text, max(0, start - 40), start) or _BY_THE_LAW.match(text, end):
        return False
    return _ABDUCTION.search(text, max(0, start - 3000), min(len(text), end + 200)) is not None


#: Killed or wounded: "Three people were struck by gunfire", hit, dead or alive; so by a count
#: of rounds ("a guard was hit by three bullets": the count is of bullets, inside the cue), and
#: "struck twice by police gunfire" (how often, and whose fire).
STRUCK_BY_GUNFIRE = (
    r"(?:struck|hit)(?:\s+(?:once|twice|several\s+times|multiple\s+times))?\s+by\s+"
    r"(?:(?:a|the|\d{1,2}|two|three|four|five|six|seven|eight|nine"
    r"|ten|several|multiple)\s+)?(?:stray\s+|police\s+)?(?:gunfire|bullets?|gunshots?)"
)

#: Killed or wounded: "six people had been hit.", "three were struck, the chief said": the bare
#: passive of shooting copy at the end of its clause, hit, dead or alive, read only where a
#: shooting is told nearby and people were hit (``rules.bare_hits``; 29th session). The cue
#: ends with the clause's mark and the space after it (the scan's closing word boundary then
#: needs a word next), so the next clause's words stay free for their own cues. "were" or
#: "had been" only: a bare "was hit" is as often a named person's told elsewhere.
BARE_HIT_VERB = r"(?:were|been)\s+(?:hit|struck)"
BARE_HIT: tuple[Row, ...] = ((rf"{BARE_HIT_VERB}\s*[,.;]\s+", True, None, False),)


#: Displaced: "6,000 people had left their homes" (the perfect aspect only: "left their homes
#: at dawn for the march" is no flight) and "3,000 people lost their homes"; read only where a
#: disaster or a conflict is told (``rules.cue_context``: not "lost their homes to
#: foreclosure"; 29th and 30th sessions, general English of flood and storm reports).
LEFT_HOMES_VERB = (
    r"(?:(?:had|have|has)\s+)?left\s+their\s+(?:homes|houses|villages)"
    r"|(?:(?:had|have|has)\s+)?lost\s+their\s+(?:homes|houses)"
)
LEFT_HOMES: tuple[Row, ...] = ((LEFT_HOMES_VERB, True, "toll", False),)
#: Displaced: "another 150 were staying with friends or relatives", "300 residents spent Tuesday
#: night at the showground": people away from their homes, read only where a disaster or a
#: conflict is told, as ``LEFT_HOMES`` (not "two students were staying with relatives in Kell",
#: "fans spent the night at the sports ground"; review50d, general English of flood and fire).
_KIN_HOSTS = r"(?:friends|relatives|family|families|neighbou?rs)"
STAYING_AWAY_VERB = (
    r"(?:were|are|had\s+been|have\s+been)\s+(?:now\s+|still\s+|temporarily\s+)?staying\s+with\s+"
    rf"{_KIN_HOSTS}(?:\s+(?:or|and)\s+{_KIN_HOSTS})?"
    r"|(?:spent|spending)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?nights?\s+at\s+(?:the|a)\s+(?:\w+\s+)?"
    r"(?:fairground|showground|sports\s+ground|racecourse)s?"
)
STAYING_AWAY: tuple[Row, ...] = ((STAYING_AWAY_VERB, True, None, False),)
#: Homes lost to a lender, not to a disaster: "lost their homes to foreclosure".
_TO_A_LENDER = re.compile(
    r"\s+(?:to|through|in|after)\s+(?:(?:the|their|mortgage|predatory)\s+)?(?:foreclosures?"
    r"|evictions?|repossessions?|banks?|lenders?|debts?)\b",
    re.IGNORECASE,
)


def lost_to_a_lender(text: str, end: int) -> bool:
    """Are the homes lost at ``end`` lost to a lender ("to foreclosure", "to the bank")?"""
    return _TO_A_LENDER.match(text, end) is not None


#: Arrested: US crime copy's zero arrests ("no arrests were made"), the held "in custody"
#: ("two men are in custody", "three suspects were held in custody") and the held in a jail
#: ("two men were being held Sunday in the county jail", "booked into the county jail"); general
#: English of police reports, 25th session for the held and the booked.
IN_CUSTODY: tuple[Row, ...] = (
    (
        r"arrests\s+(?:have\s+been|had\s+been|were|was)\s+made"
        r"|(?:(?:being\s+)?held\s+)?in\s+custody"
        rf"|(?:(?:being\s+)?held|booked|jailed)\s+(?:(?:on\s+)?{WEEKDAY}\s+)?(?:in|into|at)"
        r"\s+(?:the\s+|a\s+)?"
        r"(?:[a-z-]+\s+){0,3}?(?:jail|detention\s+(?:center|centre|facility)|lockup)"
        # "a judge ordered 35 of them held for 60 days pending trial": a court's remand
        r"|(?:held|detained|remanded)(?:\s+in\s+custody)?(?:\s+for\s+(?:\d+|[a-z]+)\s+"
        r"(?:days|weeks|months))?\s+pending\s+(?:trial|investigation|charges|further)",
        True,
        None,
        False,
    ),
    # "the number of people held over the riot rose to nine": a toll of the arrested (not
    # "the number of men held in the prison", its inmates)
    (
        # "the number of arrests rose to 61" (48th session)
        r"the\s+number\s+of\s+(?:arrests|detentions)\b"
        r"|the\s+number\s+of\s+(?:people|persons|suspects|protesters|demonstrators|men)\s+"
        r"(?:arrested|detained|held\s+(?:over|after|for|in\s+connection\s+with)|in\s+custody)",
        False,
        "toll",
        False,
    ),
)

#: A limb or an eye lost ("nine had lost a leg", "lost an eye to a rubber bullet"); sight lost
#: is a care row of ``rules.care_rows``.
LOST_LIMB = (
    r"(?:(?:had|have|has)\s+)?lost\s+(?:(?:a|an|one|both|their|his|her)\s+)?(?:(?:left|right)\s+)?"
    r"(?:legs?|arms?|limbs?|eyes?|hands?|feet|foot)\b"
)

#: Wounded: "17 people survived the shootings with gunshot wounds", "nine passengers survived
#: the crash with serious injuries": those who lived through it hurt (general English of
#: accident and massacre reports, 26th session). The words between are the event's.
SURVIVED_HURT: tuple[Row, ...] = (
    (
        r"survived\s+(?:[\w'-]+\s+){0,4}?with\s+(?:(?:minor|serious|severe|critical|multiple"
        r"|gunshot|bullet|stab|shrapnel|head)\s+){0,2}(?:injuries|wounds|burns)",
        True,
        None,
        False,
    ),
    # "my two sons crawled out with cuts", "escaped with cuts and bruises", "walked away
    # with minor burns" (46th session: hurt, if lightly, in getting away)
    (
        r"(?:escaped|got\s+out|walked\s+(?:out|away)|came\s+out|crawled\s+out)\s+with\s+"
        r"(?:minor\s+|light\s+|only\s+)?(?:cuts|burns|bruises|scratches|grazes|lacerations)\b",
        True,
        None,
        False,
    ),
    # "nine had lost a leg or an arm", "two others had been burned by petrol bombs": a lasting
    # wound (held to an incident by ``rules.cue_scan``), or a burn by a weapon (general
    # English of casualty reports, thirty-eighth session; not "lost their homes")
    (LOST_LIMB, True, None, False),
    (
        r"(?:burned|burnt|scalded)\s+by\s+(?:(?:a|the)\s+)?"
        r"(?:petrol\s+bombs?|fire\s*bombs?|molotov\s+cocktails?|acid|flaming\s+\w+)",
        True,
        None,
        False,
    ),
)

#: Evacuated: "had moved nearly 40,000 residents out of coastal districts", "moved 500
#: villagers away from the volcano": the authorities' evacuation in the active voice, with
#: the civilians moved and the danger they left or the refuge they reached in the cue itself
#: (troops moved are deployed, the hurt moved out of rubble are the hurt, a crowd moved from a
#: cordon is no evacuee: not read). Binds nothing; CB129 reads the figure inside it.
MOVED_VERBS = ("moved", "bused", "bussed", "ferried", "shifted", "trucked")  # CB129's gate too
MOVED_PEOPLE = (
    r"(?:residents|people|villagers|families|inhabitants|households|islanders|townspeople)"
)
MOVED_OUT: tuple[Row, ...] = (
    (
        rf"(?:{'|'.join(MOVED_VERBS)})\s+(?:about\s+|some\s+|nearly\s+|almost\s+"
        r"|around\s+|roughly\s+|over\s+|more\s+than\s+|at\s+least\s+|an\s+estimated\s+)?"
        rf"[\d,.]+(?:\s+(?:thousand|million))?\s+{MOVED_PEOPLE}\s+"
        # "600 tenants of three streets to a school": whose people they are
        r"(?:of\s+(?:[\w'-]+\s+){1,3}?)?"
        # "from low-lying islands to the coast": the place they left
        r"(?:(?:out\s+of|away\s+from|from)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:areas?|zones?|districts?|villages?|islands?|coast|coastline"
        r"|shore|river|riverbanks?|volcano|path|danger|floodplain|flood\s+plain|slopes|valley"
        r"|lowlands|hills|fires?|flames|blaze|fighting|front\s+line|homes|houses|buildings"
        r"|apartments|blocks|flats|towers?|estates?"
        # "out of riverside parts of the town", "from riverside neighbourhoods" (48th session)
        r"|parts|neighbou?rhoods|suburbs|towns|settlements|communities)"
        # "to a school" only in the news of a disaster (``cue_context._BUILDING``)
        r"|to\s+(?:higher\s+ground|evacuation\s+(?:centres|centers|sites)"
        r"|(?:temporary\s+)?shelters|(?:a|the)\s+(?:nearby\s+)?school))",
        False,
        None,
        False,
    ),
)

#: Displaced: "45 evacuation centres housing 9,600 people", "shelters now sheltering about
#: 2,000": the people a shelter holds, its figure after the verb (general English of disaster
#: reports, 26th session).
SHELTERS_HOUSING: tuple[Row, ...] = (
    (
        r"(?:evacuation\s+(?:centres?|centers?|sites?)|shelters?|(?:relief|refugee|displacement"
        r"|tent|evacuation)\s+camps?)\s+"
        r"(?:now\s+|currently\s+|still\s+)?(?:housing|sheltering|hosting)"
        # "the agency said it was now sheltering 900 people", "The church has been sheltering
        # 200": a body that shelters them
        r"|(?:it|we|they|(?:the|a)\s+(?:local\s+)?(?:church|mosque|temple|monastery|parish"
        r"|charity|mission|camp|centre|center))\s+"
        r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|currently\s+"
        r"|still\s+)?sheltering",
        False,
        "object",
        False,
    ),
)

#: Killed or wounded: "the number killed and injured rose to 80", "the number dead or hurt":
#: a toll of both, read before "the number killed" (``cue_rows.NUMBER_OF_DEAD``) at the same
#: start takes the words (general English of toll updates, 26th session).
NUMBER_KILLED_AND_HURT: tuple[Row, ...] = (
    (
        # "the number of workers killed or injured has risen to 40" (40th session)
        rf"the\s+number\s+(?:of\s+(?:the\s+)?{TOLL_VICTIMS}\s+)?(?:killed|dead)\s+(?:or|and"
        r"|and/or)\s+(?:wounded|injured|hurt)",
        False,
        "toll",
        False,
    ),
    # "Eleven children were among the shooting victims": hit by gunfire, dead or alive
    # (general English of US crime copy; a bare "victims" is said of fraud and floods too)
    (r"among\s+the\s+(?:shooting|gunshot|gunfire)\s+victims", True, None, False),
)


#: "300 people were moved to an evacuation centre", "had been moved into schools" (passive
#: only, not "soldiers moved into schools"): people brought to a shelter are evacuated (issue
#: 9, conflict round 7; flood and storm reports). Only shelters and evacuation centres:
#: "taken to hospital" tells of harm, "taken to a shelter for abused youths" of care.
MOVED_TO_SHELTER: tuple[Row, ...] = (
    (
        r"(?:(?:moved|taken|brought|transferred|bussed|ferried|relocated)\s+to|(?:been|were|was"
        r"|are)\s+(?:moved|relocated|transferred|bussed|ferried)\s+into)\s+(?:an?\s+|the\s+"
        r"|\d[\d,]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten|several)\s+)?"
        # "moved to 3,900 storm shelters" (47th session)
        r"(?:(?:temporary|emergency|makeshift|evacuation|storm|cyclone|hurricane|typhoon"
        r"|flood|public|community)\s+shelters?"
        rf"|evacuation\s+(?:centres?|centers?|sites?)|relief\s+camps?|{SHELTER_BUILDINGS})\b",
        True,
        None,
        False,
    ),
    # "1,500 people were moved to higher ground", "were relocated to safer areas", "were
    # moved to safety" ("taken to safety" is as often a rescue): the evacuation of a flood,
    # a storm or an eruption told by where people went (issue 9, conflict round 8; general
    # English of disaster reports).
    (
        MOVED_TO_SAFETY,
        True,
        None,
        False,
    ),
)
