"""Regex fragments that the category table (``rules.categories.CUES``) is built from: a
killed-or-wounded pair, times between a killing and its victims, small hurts, troop verbs.

Origin: general English of news reports, as each fragment's comment says.
"""

from __future__ import annotations

import re

from rules.calendar import MONTH, WEEKDAY

KOW_LEFT = r"(?:killed|dead|deaths)"


KOW_RIGHT = r"(?:wounded|injured|hurt|injuries)"


#: "life-threatening" with or without "non-", as US local news also spells it: "non-life
#: threatening", "non life threatening", "life threatening" (spellings of one adjective;
#: general English, not a list of words).
LIFE_THREATENING = r"(?:non[- ]?)?life[- ]threatening"
#: Only the "non-" forms: "a non-life threatening injury" is no more than a wound.
NON_LIFE_THREATENING = r"non[- ]?life[- ]threatening"


#: "5 killings", "two murders": a count of killings; the figure must stand right before it.
COUNTED_KILLINGS = r"killings|homicides|murders|slayings"


#: When, between a killing noun and the "of" of its victims: "the murder last week of", "the
#: killing on 3 May of", "the assassination in 1985 of", "the killings during the past two
#: days of". Origin: general English grammar of news reports (a time adjunct may stand
#: between a noun and its "of" complement). A place is ``KILLING_PLACE``, below.
KILLING_TIME = (
    r"(?:on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    rf"(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}}|{WEEKDAY})"
    r"|(?:last|this|earlier\s+this)\s+(?:week|month|year|night|weekend|morning|evening"
    rf"|{MONTH}|{WEEKDAY})"
    rf"|yesterday|in\s+(?:\d{{4}}|{MONTH})"
    r"|during\s+the\s+(?:past|last)\s+(?:\d{1,3}|[a-z]{3,6})\s+(?:hours|days|weeks|months))"
)

#: Where, between a singular killing noun and the "of" of its victims: "the assassination in
#: Orsk of Mayor Tomas Brel", "the massacre in Port Kessel of 30 farmers" (general English of
#: news reports, which put the place first when the victims' names are long). One to three
#: words, the first a capital (a place's name; "murder in the death of X" keeps its "death
#: of", and in all-capital copy ``rules.cue_scan`` finds it inside); ``rules.cue_context``
#: drops the compound prepositions ("in memory of") and a relative "of" ("in Orsk of
#: which"), which RE2 cannot look ahead for.
KILLING_PLACE = r"in\s+(?-i:[A-Z])[\w.'-]*(?:\s+[a-z][\w.'-]*){0,2}"

#: The singular killing nouns a place may follow (plural "deaths in Kessel of which 12 ..."
#: keeps its count before the noun).
KILLING_ACT = r"(?:murder|assassination|killing|massacre|slaying|execution)"


#: "troops seized 14 rebels": a force that seizes people captures them (the cue holds the
#: subject; by captors "seized" is a kidnapping). Said of arms and drugs too ("soldiers seized
#: 12 boxes of ammunition"), so its group must be people (``rules.cue_rows.HUMAN_ONLY``).
#: General English of conflict reports.
FORCES_SEIZED = (
    r"(?:troops|soldiers|army|military|(?:armed|security|government)\s+forces|marines"
    r"|paratroopers|commandos|patrols?)\s+(?:also\s+|later\s+)?seized"
)
#: The same capture told in the passive, the force after "by": "14 rebels were seized by
#: troops"; by police it is an arrest ("three suspects were seized by police"). People only
#: (``rules.cue_rows.HUMAN_ONLY``).
FORCES_SEIZED_BY = (
    r"seized\s+by\s+(?:the\s+)?(?:troops|soldiers|army|military"
    r"|(?:armed|security|government)\s+forces|marines|paratroopers|commandos|patrols?)\b"
)
POLICE_SEIZED_BY = r"seized\s+by\s+(?:the\s+)?(?:police|(?:police\s+)?officers)\b"
#: The three rows of a force's seizure, each said of things too ("seized 12 boxes of ammunition").
FORCE_ROWS = (FORCES_SEIZED, FORCES_SEIZED_BY, POLICE_SEIZED_BY)


#: Broken bones, a hurt of falls, crushes and beatings ("had broken ankles").
BROKEN_BONES = r"broken\s+(?:bones|ribs|legs|arms|ankles|wrists|hips|jaws|noses|collarbones)"
#: The small hurts of a stampede, a crash or a collapse ("treated for cuts and sprains",
#: "suffered scrapes and bruises"): general English words for injuries. "Cuts" alone is read
#: only after "treated for" (a department "suffered cuts" lost money).
MINOR_HURTS = (
    r"(?:bruises|scrapes|grazes|sprains|fractures|lacerations|abrasions|concussions"
    rf"|{BROKEN_BONES})"
)

#: Movement or presence verbs that count troops only: "30 women crossed the border" is no
#: deployment, "3,000 soldiers crossed the border" is.
TROOP_MOVEMENT = (
    r"crossed|entered|poured|streamed|moved\s+(?:into|across)|advanced|amassed|landed|marched"
    # "40 more soldiers had left for Velk", "left for the front": a place (not "for home")
    r"|left\s+for\s+(?:(?-i:[A-Z])[a-z]+|the\s+(?:front(?:\s*lines?)?|border|frontier|capital"
    r"|region|province|district|town|city))"
    r"|(?:are|were)\s+(?:now\s+)?(?:fighting|operating|inside|in\s+combat|guarding|patrolling)"
)

#: Crews at work on a disaster: "more than 1,200 firefighters were battling the blaze",
#: "2,400 rescue workers are working in the town", "40 firefighters have been assigned to the
#: fire". A deployment only when the head is a service sent to a scene (groups.acceptable).
#: Origin: general English of fire, flood and earthquake reports.
RESPONDERS_AT_WORK = (
    r"(?:are|were|have\s+been|had\s+been)\s+(?:(?:still|now)\s+)?(?:(?:battling|fighting|tackling)"
    r"\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+)?(?:blazes?|fires?|flames|wildfires?|inferno)"
    r"|assigned\s+to)"
)
#: "300 volunteers were searching the woods": of rescue crews only ("two officers were
#: searching the car" is a police search).
#: So are those who "joined the search" or "the rescue effort" (24th session).
#: Services brought to a place: "2,000 gendarmes had been brought into the capital" or into a
#: town by its name ("brought into Dorva"), "40 firefighters were bused in" (the head must be a
#: service, ``rules.nouns.SENT_SERVICES``; not "brought in" alone, the hurt brought to a
#: hospital, nor "brought into the district hospital", nor "called in sick").
BROUGHT_IN = (
    r"(?:been|were|was|are|be)\s+(?:(?:bused|bussed|drafted|trucked)\s+in(?:to)?\b"
    r"|brought\s+into\s+(?:the\s+capital\b|(?-i:[A-Z])[a-z]+\b)"
    # "400 soldiers were flown to Bakra on Tuesday", "police were airlifted in" (48th session:
    # a town by its name and a time after it, not "to the capital", "to Velda District
    # Hospital", "to Bakra for treatment" or "by helicopter", where the hurt go for care)
    r"|airlifted\s+in(?:to)?\b|(?:flown|airlifted)\s+to\s+(?-i:[A-Z])[a-z]+\s+(?:on|from"
    r"|overnight|last|this|early|late|over|during|ahead)\b)"
)
CREWS_AT_WORK = (
    r"(?:are|were|have\s+been|had\s+been)\s+(?:(?:still|now)\s+)?(?:searching|combing|digging)"
    r"|(?:have\s+|had\s+)?joined\s+the\s+(?:search|rescue)(?:\s+(?:effort|operation))?"
)
#: "2,400 rescue workers are working in the town": of rescue crews only ("three officers were
#: working at the club" may be a paid job, "500 volunteers are working at the games" a rota).
CREWS_WORKING = (
    r"(?:are|were|have\s+been|had\s+been)\s+(?:(?:still|now)\s+)?working\s+(?:in|at|on)\b"
)
#: At the site of a disaster, any crew of a rescue or a service: "150 firefighters worked at
#: the site through the night" (45th session), "25 soldiers and about 90 volunteers were
#: working at the scene" (46th session).
CREWS_AT_SITE = (
    r"(?:(?:are|were|have\s+been|had\s+been)\s+(?:(?:still|now)\s+)?working|worked"
    r"(?:\s+(?:through|into)\s+the\s+night)?)\s+(?:at|on|in)\s+the\s+(?:site|scene|wreckage"
    r"|rubble|debris|collapse)\b"
)


#: Verbs that send troops when their object is military: "ordered 1,500 more troops to the
#: border"; "the judge ordered 12 men to pay fines", "the airline moved 300 staff" send no one.
TROOP_ORDERS = r"ordered|moved"

#: Verbs that carry a service or a medical team to a place: "rushed 200 riot police to the
#: square", "had flown 14 doctors and nurses to the valley" (47th session: medical staff are
#: carried, not ordered or moved about; general knowledge of relief reporting).
TROOPS_CARRIED = r"rushed|airlifted|(?:flown|flew)(?:\s+in)?"

#: The military communiqué's word for enemies killed ("troops neutralised 12 militants", "30
#: attackers were neutralized"): a death only when its figure counts people (a bomb or a
#: battery is neutralised too). Origin: general knowledge of army and police statements in
#: conflict news (West Africa, the Sahel, the Philippines, Colombia).
NEUTRALISED = r"neutrali[sz]ed"

#: The same euphemism of an army or a police force for armed enemies killed: "troops had
#: eliminated 11 militants" (47th session); a team or a voter eliminates rivals, so only
#: armed enemies' heads are read (``rules.claims.groups.ARMED_ENEMIES``).
ELIMINATED = r"eliminated"

#: A night spent in a public hall after a flood or a fire, as the displaced do: "some 80
#: families spent a third night in church halls" (general disaster reporting).
NIGHTS_IN_HALLS = (
    r"(?:spent|spend|spending)\s+(?:the\s+|an?\s+(?:second|third|fourth|fifth)\s+|\w+\s+)?"
    r"nights?\s+(?:in\s+(?:schools|sports\s+halls|gyms|gymnasiums|churches|(?:church|community)"
    r"\s+halls|tents|(?:their\s+)?cars)|outdoors|in\s+the\s+open|on\s+(?:cots|camp\s+beds)"
    # "spent a second night at the evacuation centre" (a shelter, named as a place)
    r"|(?:in|at)\s+(?:an?\s+|the\s+)?(?:(?:red\s+cross|red\s+crescent|emergency|evacuation"
    r"|temporary|makeshift|government|municipal|community|relief|church|school)\s+){0,2}"
    r"(?:shelters?|evacuation\s+cent(?:re|er)s?))"  # "at a Red Cross shelter", not "a bus shelter"
)

#: A round in a limb: "hit in the leg", "struck once in the left arm" (common anatomy).
LIMB_STRUCK = (
    r"(?:struck|hit)\s+(?:once\s+|twice\s+)?in\s+(?:the|his|her|their)\s+(?:(?:left"
    r"|right|upper|lower)\s+)?(?:legs?|arms?|shoulders?|hands?|feet|foot|knees?|thighs?"
    r"|ankles?|wrists?|elbows?|fingers?|toes?|calf|calves|forearms?|shins?|hips?"
    r"|buttocks?|groin)"
)


#: "were struck by flying glass", "was hit by shrapnel": a person hurt by what a blast or a shot
#: throws (general English of attack and accident reports). Not a bullet: "struck by a stray
#: bullet" may kill, and "shot" is read elsewhere.
STRUCK_BY_FRAGMENTS = (
    # after its auxiliary: a participle set off after a count ("50 people, hit by glass
    # shards, were injured") leaves the count to the main verb
    r"(?:was|were|been|being)\s+(?:struck|hit|injured|wounded|cut)\s+by\s+(?:flying\s+)?"
    r"(?:glass|shrapnel|debris"
    r"|fragments|(?:bomb|shell|glass|metal)\s+fragments|splinters)"
)


#: The people a toll counts when a relative clause tells their fate ("the number of
#: residents who died", "the number of people who were injured"): any plural, since the
#: relative "who"/"that" with a verb of dying or harm says they are people or animals
#: (general English of toll updates, issue 9 round 7).
TOLL_PEOPLE = r"(?:people|children|[a-z]*men|[a-z]+s)"


#: The kinds of human death a toll's count noun may name: "the number of heat deaths", "the
#: number of road fatalities" (general English of public-health and safety figures).
DEATH_KINDS = (
    r"(?:heat|heat-related|road|traffic|flood|storm|cold|drowning|covid|virus|cholera|drug"
    r"|overdose|gun|firearm|work|workplace|civilian|confirmed|recorded|official|reported)"
)

#: The people a death toll's count noun names ("the number of workers killed in the fire",
#: "the number of pilgrims dead"): people by role, not any plural ("the number of attacks
#: killed off the season's fixtures"); general English of toll updates.
TOLL_VICTIMS = (
    r"(?:people|civilians|persons|soldiers|troops|children|[a-z]*men|women|workers|miners"
    r"|passengers|pilgrims|residents|villagers|migrants|students|pupils|protesters|patients"
    r"|worshippers|fans|guests|inmates|prisoners|refugees|officers|militants|insurgents|rebels"
    r"|fighters|tourists|spectators|hostages|worshipers|demonstrators|journalists|firefighters"
    r"|sailors|climbers|guards|bystanders|pedestrians|crew(?:\s+members)?|aid\s+workers|police"
    # 45th session: more of the people a toll counts
    r"|peacekeepers|campers|motorists|farmers|employees|volunteers|nurses|doctors)"
)


#: "the number of people shot across Orme since May": a running count of the shot (a toll
#: noun of its own, read before its figure like "the number of people killed").
NUMBER_SHOT = r"number\s+of\s+(?:the\s+)?(?:people|persons|victims|residents|children|teens)\s+shot"


#: The kinds of burns a report names: "fuel burns", "chemical burns", "second-degree burns"
#: (general English of fire, blast and sea-rescue reports).
BURN_KINDS = r"(?:fuel|chemical|acid|(?:first|second|third)[\s-]degree)"
#: The grades and kinds of harm before "injuries", "wounds" or "burns" beside the modifiers
#: ``rules.categories`` lists: "life-threatening injuries", "second-degree burns".
HURT_GRADES = rf"{LIFE_THREATENING}|{BURN_KINDS}"


#: Care given for a wound of violence, the people between the verb and "for" ("the clinic
#: treated eleven students for stab wounds"): general English of hospital reports; a bare
#: "for injuries" is the toll noun's.
CARED_FOR_WOUNDS = (
    r"for\s+(?:(?:multiple|minor|serious|severe)\s+)?(?:(?:gunshot|stab|bullet|knife|shrapnel)"
    r"\s+(?:wounds|injuries)"
    # "hospitals treated 38 people for burns", "medics treated 12 for smoke inhalation" (the
    # hurts of fire and collapse; "cuts" only beside another: "cuts and burns"); burns of a kind:
    # "fuel burns", "second-degree burns"
    rf"|(?:{BURN_KINDS}\s+)?burns|smoke\s+inhalation|cuts,?\s+(?:and\s+)?(?:burns|{MINOR_HURTS})"
    rf"|{MINOR_HURTS})"
)
#: Where the hurt are treated, after "treated in": "in hospital", "in its clinics", "in a
#: field hospital" (general English of disaster and accident reports).
CARE_PLACE = (
    r"(?:(?:its|their|the|a|local|field|nearby|two|three|several)\s+){0,2}(?:hospitals?"
    r"|clinics?|tents?)"
)


#: One wound that does not kill: a graze or a minor wound, or a gunshot wound to a limb
#: ("suffered a gunshot wound to the left leg", "sustained a leg wound", "suffered gunshot
#: arm wounds"); see the category table's comment.
WOUND_IN_A_LIMB = (
    r"(?:suffered|suffers|sustained|received)\s+(?:an?\s+)?(?:(?:minor|superficial|graze|grazing)"
    r"\s+(?:gunshot\s+|bullet\s+)?wounds?|(?:(?:minor|gunshot|bullet)\s+)?(?:(?:left|right)\s+)?"
    r"(?:leg|arm|shoulder|hand|foot|knee|thigh|ankle|wrist|elbow|finger|toe|calf|forearm|hip)"
    r"\s+(?:gunshot\s+)?wounds?|(?:(?:" + NON_LIFE_THREATENING + r"|gunshot|bullet)\s+)"
    r"{0,2}wounds?\s+(?:to|in)\s+(?:the|his|her|their)\s+(?:(?:left|right|upper|lower)"
    r"\s+)?(?:legs?|arms?|shoulders?|hands?|feet|foot|knees?|thighs?|ankles?|wrists?"
    r"|elbows?|fingers?|toes?|calf|calves|forearms?|shins?|buttocks?|hips?))"
)


#: Events of bodily harm or danger (violence, accidents, disasters), as the subject or cause
#: of a harm: "the crash left ...", "Displaced by the floods, ...". One table for CB17 and
#: CB69. Origin: general English of crime, accident, conflict and disaster reports.
HARM_EVENTS = re.compile(
    r"\b(?:shooting|shootout|stabbing|attack|assault|ambush|raid|blast|explosion|bombing|crash"
    r"|collision|accident|fire|blaze|burning|fight|fighting|brawl|gunfire|gunfight|clash|clashes"
    r"|strike|airstrike|shelling|offensive|battle|war|conflict|rampage|robbery|beating"
    r"|altercation|confrontation|wreck|incident|violence|militia|rebels|troops|army|gunmen"
    r"|insurgents|storm|hurricane|cyclone|typhoon|quake|earthquake|tsunami|eruption|volcano"
    r"|landslide|flood|flooding|wildfire|drought|famine|collapse)(?:s|es)?\b",
    re.IGNORECASE,
)


#: Buildings a town opens to the evacuated: "moved to a school", "to tents", "to the sports
#: hall" (general English of flood and landslide reports); ``rules.cue_context`` keeps them to
#: the news of a disaster or of homes left.
SHELTER_BUILDINGS = (
    r"schools?|tents|(?:sports|community|church|village|town)\s+halls?|gyms?|gymnasiums?"
    r"|churches|mosques?|community\s+(?:centres?|centers?)"
)

#: The kinds of a shelter before its noun: "temporary shelters", "six Red Cross shelters".
SHELTER_KINDS = (
    r"(?:temporary\s+|emergency\s+|evacuation\s+|relief\s+|displacement\s+|makeshift\s+"
    r"|tent\s+|collective\s+|communal\s+|red\s+cross\s+|church\s+|school\s+|public\s+"
    r"|government\s+|state-run\s+|official\s+)"
)

#: Killed in a named manner: "shot dead", "gunned down", "fatally stabbed", and the manner of a
#: death before "to death" ("were tortured to death", "was bitten to death by a snake", an
#: execution's "were put to death"; general English of crime, conflict and accident news).
KILLED_IN_A_MANNER = (
    r"shot\s+(?:and\s+)?killed|shot\s+dead|gunned\s+down|(?:shot|stabbed|beaten|burned"
    r"|burnt|charred|hacked|crushed|trampled|mauled|gored|bludgeoned|clubbed|knifed"
    r"|battered|kicked|strangled|choked|starved|froze|frozen|bled|tortured|whipped"
    r"|flogged|chopped|bitten|shaken|smothered|stomped|pummell?ed|scalded|put"
    r"|machine-?gunned"  # "were machinegunned to death": 1990 wire copy
    # "had been stabbed or beaten to death": two manners of one death
    r"|(?:(?:shot|stabbed|beaten|burned|hacked|strangled|clubbed|kicked),\s+)?"
    r"(?:shot|stabbed|beaten|burned|hacked|strangled|clubbed|kicked),?\s+(?:or|and)\s+"
    r"(?:shot|stabbed|beaten|burned|hacked|strangled|clubbed|kicked))\s+to\s+death"
    r"|fatally\s+(?:shot|stabbed|wounded|injured|struck|hit|beaten)"
)

#: "a body was found", "divers recovered a second body", "found a man's body": a body found
#: (CB120 turns away "a body camera" and "the body was found"); not "found the body of",
#: the cue of CB25 and CB80. General English of search-and-recovery and crime reports.
BODY_FOUND = (
    r"body\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:later\s+|also\s+|since\s+)?"
    r"(?:found|recovered|retrieved|discovered|pulled|washed)"
    r"|(?:found|recovered|retrieved|discovered|pulled\s+out)\s+(?:(?:a|an|one)\s+"
    r"(?:\S+\s+){0,3}?|the\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+)body"
)

#: Taken by police: "detained" shares the category with "arrested" (outlets use both words for
#: one event, and divergence detection must compare them); "recaptured" or "rearrested"
#: escapees are taken again; "No one has been charged or arrested" is a zero of arrests
#: (session 20).
ARRESTED = (
    r"(?:(?:charged|cited)\s+or\s+)?(?:re-?)?arrested|detained|recaptured|taken\s+into\s+custody"
)
#: Caught by police, the police named: "police had caught nine of them", "officers rounded up
#: 40 protesters" (not "the fire caught", "caught in the crossfire").
CAUGHT_BY_POLICE = (
    r"(?:police|officers|detectives|deputies)\s+(?:had\s+|have\s+|has\s+)?(?:caught"
    r"|rounded\s+up)"
)


#: To lose people is, in news English, for them to die: "lost 200 men", "killing six militants
#: and losing one soldier" (``rules.cue_context`` turns away "lost two men to red cards").
LOST = r"lost|losing"

#: Who treats the hurt at the scene: "treated by paramedics for a cut to his hand", "treated
#: by firefighters at the scene", "EMS treated three people" (general English of crime, fire
#: and accident reports); ``rules.claims.cb122`` reads them as a subject too.
SCENE_CARERS = (
    r"(?:paramedics|medics|ambulance\s+(?:crews|staff)|emergency\s+crews|firefighters"
    r"|fire\s+crews|EMTs|EMS(?:\s+(?:crews|personnel|workers))?|first\s+responders|rescuers)"
)
#: The carers after "treated by": those of the scene, and doctors.
CARERS = rf"(?:{SCENE_CARERS}|doctors)"
#: One hurt, after "treated for a": "a cut to his hand", "a broken arm", "a head wound".
ONE_HURT = (
    r"(?:(?:minor|deep|serious|head|leg|arm|stab|gunshot)\s+)?(?:cut|graze|wound|injury|burn"
    r"|broken\s+(?:arm|leg|wrist|nose|ankle|rib)|fracture)"
)

#: A military force sized by a verb of setting a figure: "estimated the force at 40,000",
#: "put the size of the Valdrenian force at". Its one modifier is a nationality ("-an",
#: "-ese", "-ish", "-i" adjectives) or a kind of military force, so "the labour force", "the
#: work force" and "the task force" are no troops (general English of troop estimates).
SIZED_FORCE = (
    r"(?:estimated|estimates|estimate|estimating|put|puts|placed)\s+the\s+(?:size\s+of\s+the\s+)?"
    r"(?:[a-z-]+(?:an|ese|ish|i)\s+|invasion\s+|ground\s+|rebel\s+|enemy\s+)?force"
)

#: The count noun of a displacement toll: "the number of displaced people rose to", "put the
#: number of residents uprooted at", "the number of people in evacuation centres at 12,400"
#: (general English of humanitarian updates; the shelters 27th session).
DISPLACED_TOLL = (
    r"number\s+of\s+(?:the\s+)?(?:(?:internally\s+)?displaced(?:\s+(?:people|persons))?"
    r"|idps|refugees|evacuees|homeless|(?:people|persons|civilians|residents|families)"
    r"\s+(?:displaced|uprooted|made\s+homeless|in\s+(?:evacuation|relief|displacement)\s+"
    r"(?:centres|centers|camps|shelters)))"
)

#: "remain in captivity", "That leaves 30 students in captivity" (not "12 pandas in
#: captivity": its group must be people, ``rules.cue_rows.HUMAN_ONLY``).
CAPTIVITY = (
    r"(?:(?:remain(?:s|ed|ing)?|(?:are|is|were|was)\s+still|still|being\s+held)\s+)?in"
    # "in the hands of (their) kidnappers" (general English of kidnap reports)
    r"\s+(?:captivity|the\s+hands\s+of\s+(?:their\s+|the\s+|his\s+|her\s+)?"
    r"(?:captors|kidnappers|abductors))"
)

#: The missing in plain words: "remain trapped", "went missing", "unaccounted for", "have not
#: been accounted for" (general English of disaster and conflict news).
MISSING_WORDS = (
    r"(?:went\s+|gone\s+)?missing|(?:un|not\s+been\s+)accounted\s+for|disappeared|trapped"
)

#: Disasters that leave people sleeping out, named anywhere before a night in tents: "The
#: flood swept the town. ... 4,000 people spent the night in tents" (not a fire, water or a
#: return, which other stories tell; ``rules.cue_context``).
GREAT_DISASTER = re.compile(
    r"\b(?:earthquakes?|quakes?|floods?|flooding|hurricanes?|typhoons?|cyclones?|tsunamis?"
    r"|landslides?|mudslides?|wildfires?|eruptions?|avalanches?|tornado(?:es)?|storms?)\b",
    re.IGNORECASE,
)
