"""A cue word in another sense, read after it: "dead" in an idiom ("a dead heat", "dead
links", "a dead end"), an election's or a market's "casualties" (the seats and leaders a vote
cost a party, the firms a slump cost a market) in a sentence that tells no harm, a side
"badly beaten" or "trampled" in a contest ("in the final", "3-0", "at the polls"), a
"wounded pride", a side "eliminated" from a contest, players or tenants "ordered out", a
thing that "hurt" people's purses or chances ("The tariffs have hurt 4,000 farmers"). Care
that tells of no harm is ``rules.hospital_care``'s, read by ``rules.cue_scan``.

General English; read by ``rules.cue_context.out_of_place``.

>>> text = "The two horses finished in a dead heat."
>>> other_sense("dead", text, text.index("dead") + 4)
True
>>> text = "Two men were found dead in the car."
>>> other_sense("dead", text, text.index("dead") + 4)
False
>>> text = "Among the casualties were three council leaders who lost their seats."
>>> other_sense("casualties", text, text.index("casualties") + 10)
True
>>> text = "Two retailers were among the casualties of the slump."
>>> other_sense("casualties", text, text.index("casualties") + 10)
True
>>> text = "Poll-day violence left 12 casualties at two polling stations."
>>> other_sense("casualties", text, text.index("casualties") + 10)
False
>>> text = "Both favourites were badly beaten in the semi-finals."
>>> other_sense("badly beaten", text, text.index("beaten") + 6)
True
"""

from __future__ import annotations

import re

from rules.hyperbole import sentence_of
from rules.left_places import left_by_others, unsheltered
from rules.nouns import names_people
from rules.scene_rows import MOVED_VERBS

#: "dead" in an idiom of no one dead: "finished in a dead heat", "a dead end", "in the dead
#: of night", "a dead ringer", "dead links", "a dead battery" (general English).
_DEAD_IDIOM = re.compile(
    r"\s+(?:heat|heats|end|ends|ringer|weight|giveaway|centre|center|links?|batter(?:y|ies)"
    r"|of\s+(?:night|winter))\b",
    re.IGNORECASE,
)


#: "die" in an idiom of no one dead: "die-hard", "die down", "die out", "die off", "die of
#: boredom" (general English).
_DIE_IDIOM = re.compile(
    r"-|\s+(?:hard|down|out|off|away|laughing|of\s+(?:boredom|embarrassment|laughter|shame))\b",
    re.IGNORECASE,
)
#: A modal or "to" before "die": a death feared or foretold, not told ("could die", "are
#: expected to die").
_WILL = re.compile(
    r"\b(?:could|may|might|will|would|can|cannot|shall|must|to|\w+'ll)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
#: Words of a vote's result, and words of harm (general English of election and crime news).
_ELECTION = re.compile(
    r"\b(?:elections?|electoral|votes?|voters|ballots?|polls?|seats?|constituenc(?:y|ies)"
    r"|(?:second|third|fourth|fifth)\s+place|re-?elect(?:ed|ion)|ousted|majority)\b",
    re.IGNORECASE,
)
#: ... and of a market's or a cabinet's ("among the casualties of the slump", "of the reshuffle":
#: firms and ministers a downturn or a shake-up cost; general English of business news).
_MARKET = re.compile(
    r"\b(?:downturn|slump|recession|credit\s+crunch|price\s+war|reshuffle|takeover|merger"
    r"|restructuring|shake-?up|austerity|spending\s+cuts|job\s+cuts|bankrupt\w*|insolven\w*)\b",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"\b(?:killed|dead|died|deaths?|wounded|injur(?:ed|ies)|hurt|shot|stabbed|attacks?|violence"
    r"|clash(?:es)?|bomb\w*|hospitals?|gunmen|police|blasts?|explosions?|riots?|rioting|unrest"
    r"|fighting|gunfire|shooting|fires?|crash(?:es)?|collapse|floods?|quake|earthquake|storms?"
    r"|stampede|ambulances?|wounds?)\b",
    re.IGNORECASE,
)


#: What after "badly beaten" tells a defeat, not a beating: a score, a margin, a contest or
#: the polls ("beaten 4-1", "by 30 points", "in the by-election", "at home"; general English
#: of sport and election news). "Beaten after the match", "in the race riots" stay beatings.
_DEFEAT = re.compile(
    r"\s+(?:\d+\s*[-\u2013]\s*\d+\b|by\s+[\w,.-]+\s+(?:goals?|points?|votes?|runs?|wickets?"
    r"|seconds?|lengths?|strokes?|shots?|frames?|sets?|games?)\b|in\s+(?:the|this|last|their"
    r"|its|his|her|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:finals?|semi-?finals?|semis|quarter-?finals?"
    r"|match|game|derby|race|elections?|by-elections?|vote|polls?|primar(?:y|ies)|ballot"
    r"|contest|round|tournament|championship|league|cup|tie|play-?offs?|leadership)"
    # the contest ends its phrase: not "in the race riots", "in the election violence"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|at|in|by|against|of|to|and|but|after|when|as|last)\b)"
    r"|at\s+(?:home|the\s+polls|the\s+ballot\s+box)|on\s+(?:penalties|points|aggregate)"
    r"|into\s+(?:second|third|fourth|last)\s+place)",
    re.IGNORECASE,
)


#: After "were never found", "have not been found": a verdict or a finding, not people
#: missing ("were never found guilty", "have not been found liable", "found to have"), or
#: people found dead or alive, whose fate another cue tells (general English of court and
#: search reports).
_FOUND_AS = re.compile(
    r"\s+(?:not\s+)?(?:guilty|liable|responsible|innocent|in\s+contempt|to\b|dead|alive)",
    re.IGNORECASE,
)


#: The dead of a play, a film or a novel: "eight bodies litter the stage by the final
#: curtain", "the dead pile up in the third act" (general English of arts reviews) ...
_FICTION = re.compile(
    r"\b(?:(?:on\s+)?the\s+stage|onstage|curtain|the\s+play|this\s+production|the\s+production"
    r"|the\s+script|the\s+plot|the\s+novel|the\s+episode|the\s+finale|the\s+audience"
    r"|revenge\s+drama|whodunn?it)\b",
    re.IGNORECASE,
)
#: ... unless the sentence tells of real harm: a gunman "on stage", a collapse at a theatre.
_REAL_HARM = re.compile(
    r"\b(?:police|hospitals?|gunm[ae]n|shooting|shot|attack\w*|blasts?|explosions?|fires?|crash"
    r"|collapsed?|ambulances?|injur\w*|wound\w*|victims|rescuers?|rescue|officials|divers"
    r"|recovered|found|pulled|morgue|coroner|mortuary)\b",
    re.IGNORECASE,
)


def _in_fiction(text: str, end: int, word: str) -> bool:
    sentence = sentence_of(text, end - len(word), end)
    return _FICTION.search(sentence) is not None and _REAL_HARM.search(sentence) is None


#: A hurt to no body: "the wounded pride of colleagues", "hurt feelings", "an injured
#: reputation" (general English figures of speech).
_ABSTRACT_HURT = re.compile(
    r"\s+(?:pride|egos?|feelings|dignity|reputations?|morale|credibility|vanity|honou?r"
    r"|confidence|relations|brand)\b",
    re.IGNORECASE,
)


#: "shot down" in a sentence of things that fly ("Nine drones were launched and six were shot
#: down"): aircraft and missiles brought down, no people shot (general English).
_DOWN = re.compile(r"\s+down\b", re.IGNORECASE)
_AIRBORNE = re.compile(
    r"\b(?:drones?|rockets?|missiles?|aircraft|(?:war)?planes?|jets?|helicopters?|UAVs?"
    r"|balloons?|gliders?|projectiles?|air\s+defen[cs]es?)\b",
    re.IGNORECASE,
)


#: A contest "eliminated" its sides from, in a sentence of no armed force: "were eliminated
#: from playoff contention", "in the first round", "after a 27-20 loss", "from the cabinet in
#: the reshuffle" (general English of sport and politics; review47a) ...
_CONTEST = re.compile(
    r"\b(?:from\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w'-]+\s+){0,2}?(?:cup|race"
    r"|tournament|competition|contention|running|play-?offs?|squad|team|list|ballot|shortlist"
    r"|cabinet|contest|show|league|championship|draw)|(?:first|second|third|opening|final"
    r"|qualifying|group|knockout)\s+(?:round|stage)|(?:semi|quarter)-?finals?|finals?|play-?offs?"
    r"|tournament|championship|cup|series|match|ballot|primary|leadership|reshuffle|qualifiers?"
    r"|heats?|bouts?|\d+\s*[-\u2013]\s*\d+)\b",
    re.IGNORECASE,
)
#: ... where an army's or a police force's "eliminated" tells of armed enemies killed.
_ARMED = re.compile(
    r"\b(?:army|troops|soldiers|police|military|security\s+forces|operations?|raids?|assault"
    r"|gunfights?|gun\s+battles?|clash(?:es)?|ambush|air\s?strikes?|offensive|killed|shot)\b",
    re.IGNORECASE,
)


#: "were ordered out" (``cue_rows.EVACUATION_ORDERS``) in a sentence of a game, a court or a
#: chamber: players sent off, tenants evicted, no one evacuated ("Two players were ordered out
#: by the referee", "ordered out of the flats by a court"; general English of sport and court
#: news; review47a).
_ORDERED_OUT = re.compile(r"\bordered\s+out\b")
_SENT_FROM_A_ROOM = re.compile(
    r"\b(?:referees?|umpires?|players?|match|game|pitch|training|red\s+cards?|sent\s+off"
    r"|judges?|court(?:room)?|magistrates?|chamber|speaker|hearing|classroom|teachers?)\b",
    re.IGNORECASE,
)


#: People moved out of their blocks for works, by a landlord or a council: "Landlords moved 40
#: families from the flats to renovate them", "out of the estate to rebuild it" (rehoused, not
#: evacuated; general English of housing news; review47a). The cue ``scene_rows.MOVED_OUT``.
_BLOCKS_AT_END = re.compile(
    r"\s(?:flats|towers?|estates?|blocks|apartments|buildings|homes|houses)$"
)
_WORKS = re.compile(
    r"\b(?:landlords?|housing\s+(?:association|authority|trust)|to\s+(?:renovate|rebuild"
    r"|refurbish|redevelop|demolish|moderni[sz]e)|for\s+(?:the\s+)?(?:renovation|refurbishment"
    r"|redevelopment|regeneration|demolition|rebuilding))\b",
    re.IGNORECASE,
)


#: A scene one was at when the incident began: there by chance, not sent ("Two police officers
#: were at the scene when the gunman opened fire"; "45 firefighters were at the scene" by
#: dawn were sent; general English of crime reports, review50a).
_PRESENT_WHEN = re.compile(r"\s+(?:already\s+)?when\b", re.IGNORECASE)


def other_sense(word: str, text: str, end: int) -> bool:
    """Whether the cue ``word`` (lower case) that ends at ``end`` is used in another sense."""
    # "moved 40 families from the flats to renovate them"
    if word.startswith(MOVED_VERBS) and _BLOCKS_AT_END.search(word):
        return _WORKS.search(sentence_of(text, end - len(word), end)) is not None
    if "ordered" in word and _ORDERED_OUT.search(word):  # "players were ordered out by the referee"
        return _SENT_FROM_A_ROOM.search(sentence_of(text, end - len(word), end)) is not None
    if word.endswith("eliminated"):  # "The Raiders were eliminated from playoff contention"
        sentence = sentence_of(text, end - len(word), end)
        return _CONTEST.search(sentence) is not None and _ARMED.search(sentence) is None
    if left_by_others(word, text, end) or unsheltered(word, text, end):
        return True  # "60 staff had left the town", "students who cannot go home" for a break
    if word.endswith(" the scene"):  # "Two officers were at the scene when the gunman fired"
        return _PRESENT_WHEN.match(text, end) is not None
    if word in ("wounded", "injured", "hurt", "bruised"):
        return _ABSTRACT_HURT.match(text, end) is not None  # "the wounded pride of colleagues"
    if word in ("bodies", "corpses"):
        return _in_fiction(text, end, word)  # "eight bodies litter the stage"
    if word.endswith(" found"):
        return _FOUND_AS.match(text, end) is not None
    if word == "dead":
        return _DEAD_IDIOM.match(text, end) is not None
    if word == "die":  # "12 die-hard fans", "the winds die down", "hundreds could die"
        if _DIE_IDIOM.match(text, end) is not None or _WILL.search(text, 0, end - 3):
            return True
        # a headline's present ("Two passengers die in crash"); in copy, a habit ("many
        # people die before they reach a clinic")
        stop = text.find("\n", end)
        line = text[end:] if stop < 0 else text[end:stop]
        return any(mark in line for mark in ".!?")
    if word.endswith(" beaten") or word == "trampled":
        return _DEFEAT.match(text, end) is not None  # "badly beaten in the final"
    if word == "shot" and _DOWN.match(text, end) is not None:
        # drones downed, not "Two protesters were shot down as a helicopter circled"
        before = text[max(0, end - 44) : end - 4].split()
        people = any(names_people(w.strip(".,;:'\"").lower()) for w in before[-4:])
        return not people and _AIRBORNE.search(sentence_of(text, end - 4, end)) is not None
    if word != "casualties":
        return False
    sentence = sentence_of(text, end - len(word), end)
    if _ELECTION.search(sentence) is None and _MARKET.search(sentence) is None:
        return False
    return _HARM.search(sentence) is None


#: A subject that hurts people's purses or chances, not their bodies, right before an active
#: "hurt" ("Rising prices hurt millions of families", "the scandal has hurt two candidates"):
#: general English of business and political news.
_HURT_BY_A_THING = re.compile(
    r"\b(?:prices|tariffs|sanctions|inflation|downturn|recession|slump|crisis|scandal|ruling"
    r"|decision|polic(?:y|ies)|cuts|taxes|rates|shortages?|ban|lockdowns?|closures?|reforms?"
    r"|costs|competition|delays?|drought|boycotts?|measures|rules|laws?|row|affair|controversy"
    r"|revelations|allegations|defeat|losses|debts?|uncertainty|slowdown|layoffs)"
    r"\s+(?:(?:has|have|had|will|would|could|may|might|already|also|\w+ly)\s+){0,2}$",
    re.IGNORECASE,
)


def hurt_by_a_thing(text: str, start: int) -> bool:
    """Is the active "hurt" at ``start`` done by a thing to people's purses or chances ("The
    tariffs have hurt 4,000 farmers"), not to their bodies?"""
    return _HURT_BY_A_THING.search(text, max(0, start - 60), start) is not None
