"""Cue words that are casualty words only in the news of harm: "shooting of", "trapped",
"deceased", "freed", "spent the night in tents".

Each of these is a cue in ``rules.categories`` because crime and disaster news use it of
people hurt, killed or missing, but everyday English uses it otherwise (review 7):

* "the shooting of two films", "the shooting of 12 models for the catalogue": filming and
  photography, not gunfire. The cue stands when its sentence names no film or photo work.
* "three people were trapped in a lift", "commuters were trapped in traffic": held up, not
  unaccounted for. The cue stands when it is "still/remain trapped" (people not yet reached)
  or its sentence names a disaster (rubble, a collapse, a mine, a flood, a fire, a quake...).
* "the late tackle injured Tomas Brel": a player's injury (``rules.sport_hurts``).
* "her husband and three sisters are deceased", "the estate of two deceased singers": the
  obituary's long dead, not a toll. The cue stands unless its sentence has obituary wording.
* "the court freed 12 protesters", "the club freed three players from their contracts": a
  release by law or contract, not captives rescued (review 9); so too "released two men
  without charge" (review 25), and "released from hospital", patients sent home (review 32).
* "refused to free 30 soldiers", "tried to free four miners": "free" after "to" is what was
  meant or tried, not done (review 25).
* "Forty scouts spent two nights in tents", "the crew of 90 slept in tents for most of the
  filming": campers or a crew on location, not the displaced, unless the sentence names a
  disaster or homes left (review 9, review52b), or the article a flood or a quake before it.
* "two players remain in captivity of their contracts": a figure of speech (review 9).
* "the killers of two title bids", "the killers of 300 small firms": an agent noun whose "of"
  names things, not people (review 20; ``rules.killers_of``).
* "lost two men to red cards", "lost 30 soldiers to desertion": a side's people gone some
  other way than death (review 22).
* "three firefighters were hit by debris but were not hurt": struck, unhurt (review 24).
* "the killing in memory of", "the massacre in Orsk of which": a killing noun's "in ..."
  that is no place, or its "of" that names no victim (session 16).
* "the police held 11 suspects": "held"/"holding" tells of captives only when captors
  (rebels, gunmen, kidnappers, pirates...) hold them.
* "ordered 200 aid workers to leave", "sent 300 troops home", "moved 40 soldiers out of the
  town": people sent away or withdrawn, not deployed (review 26).
* "finished in a dead heat", "a dead end": "dead" in an idiom (session 20).
* "and wound nine shoppers": a wounding only after a killing done ("managed to kill one
  guard and wound nine"), not after a threat ("vowed to kill and wound").

The words come from general knowledge of English news, not from any corpus.
"""

from __future__ import annotations

import re

from rules.absences import absent
from rules.bare_hits import people_shot
from rules.cue_fragments import GREAT_DISASTER
from rules.cue_rows import PLURAL_SUBJECT
from rules.cue_words import CueWord, cue_word
from rules.deployment_rows import not_deployed
from rules.killers_of import AGENTS, things_killed
from rules.left_places import FLED_FROM
from rules.lost_people import goods_lost, lost_otherwise
from rules.nouns import names_people
from rules.number_values import number_value
from rules.other_senses import hurt_by_a_thing, other_sense
from rules.placed_killings import no_place
from rules.recurrences import recurrence_told
from rules.scene_rows import (
    abduction_told,
    lost_to_a_lender,
)
from rules.sport_hurts import sport_hurt

#: After the cue "were struck by" (``cue_words``), what in the same clause says no one was
#: hurt: "but were not injured", "but escaped unhurt" (general English).
_UNHURT_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,6}?,?\s+but\s+(?:(?:was|were)\s+)?(?:not\s+(?:hurt|injured|harmed)"
    r"|unhurt|unharmed|uninjured|escaped\s+(?:injury|unhurt|unharmed|uninjured))\b",
    re.IGNORECASE,
)

#: Film and photo work: what "the shooting of" is in arts and business news.
#: ("scene", "studio", "director" and "photos" are left out: crime news uses them too).
_FILMING = re.compile(
    r"\b(?:films?|movies?|episodes?|documentar(?:y|ies)|sitcoms?|music\s+videos?"
    r"|commercials?|photographers?|photo\s*shoots?|fashion|catalogues?|catalogs?"
    r"|film\s+crews?|screenplays?|actors?|actress(?:es)?)\b",
    re.IGNORECASE,
)

#: What keeps "trapped" people unaccounted for: still not reached ("remain trapped",
#: "were still trapped", "feared trapped", "believed trapped") ...
_NOT_REACHED = re.compile(
    r"\b(?:still|remain|remains|remained|remaining|feared|believed|thought|presumed)"
    r"(?:\s+to\s+be)?(?:\s+still)?\s+$",
    re.IGNORECASE,
)
#: ... or a disaster in the sentence: a collapse, a mine, water, fire, a quake, a wreck.
_DISASTER = re.compile(
    r"\b(?:rubble|debris|ruins|wreckage|collaps(?:e|ed|es|ing)|cave-?in|mines?|miners?|pits?"
    r"|shafts?|tunnels?|caves?|flood(?:s|ed|ing|waters?)?|waters?|rooftops?|mud"
    # "for fear of further slides" (not "trapped on the slide at the park")
    r"|(?:land|mud|rock)\s?slides?|(?:further|more|new)\s+slides|avalanches?|snow|quakes?"
    r"|earthquakes?|tremors?|aftershocks?|fires?|blazes?"
    r"|flames|burning|smoke|explosions?|blasts?|storms?|hurricanes?|typhoons?|cyclones?"
    r"|tornado(?:es)?|tsunamis?|capsized|sank|sunk|sinking|hull|wrecked|derailed"
    # "the river burst its banks" (a budget's bursting is a figure of speech)
    r"|(?:rivers?|lakes?|dams?|canals?|streams?)\s+(?:had\s+)?burst\s+(?:its|their)\s+banks)\b",
    re.IGNORECASE,
)

#: Words of a conflict or a disaster beside ``_DISASTER``'s that people flee
#: (``rules.left_places.FLED_FROM``).
_CONFLICT = re.compile(rf"\b(?:{FLED_FROM})\b", re.I)

#: Obituary wording: the dead of a life's story, not of an event.
_OBITUARY = re.compile(
    r"\b(?:survived\s+by|predeceased|preceded\s+in\s+death|estate|obituar(?:y|ies)"
    r"|in\s+lieu\s+of\s+flowers|late\s+(?:husband|wife|father|mother)|memory\s+of)\b",
    re.IGNORECASE,
)
#: Kin said to be deceased: "her husband and three sisters are deceased", a fact of the past.
_KIN_ARE = re.compile(
    r"\b(?:husband|wife|spouse|parents|father|mother|brothers?|sisters?|siblings|sons?"
    r"|daughters?|grandparents|children)\s+(?:are|is|were|was)\s+(?:both\s+|all\s+|also\s+)?$",
    re.IGNORECASE,
)

#: A release by law or by contract: "the court freed 12 protesters", "freed on bail", "the
#: club freed three players from their contracts", "released two men held for questioning"
#: (not captives set free) ...
_BY_LAW = re.compile(
    r"\b(?:courts?|judges?|magistrates?|jury|bail|parole|charges?|sentences?|contracts?"
    r"|custody|jail|prison|detained|arrested|questioning|club)\b",
    re.IGNORECASE,
)
#: ... unless the sentence is about captives: "freed the hostages held in a prison farm".
_CAPTIVES = re.compile(r"\b(?:hostages?|captives?|kidnapp\w*|abduct\w*|captivity)\b", re.IGNORECASE)
#: "free" after "to" is an infinitive, what one tried, refused or meant to do (general English
#: grammar).
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
#: "were released from hospital": patients sent home, even in a story of captives ("two of
#: the freed hostages were released from hospital on Tuesday"; general English of care).
_FROM_CARE = re.compile(r"\s+from\s+(?:(?:the|a)\s+)?(?:hospital|intensive\s+care)\b", re.I)
#: Nights in tents, cars or the open air: the displaced after a disaster, or campers.
_OPEN_AIR = re.compile(r"tents|cars|outdoors|open")
#: Homes left or lost, or the people who live somewhere, which make a night outdoors
#: displacement ("2,000 residents spent a third night in the open").
_HOMES = re.compile(
    r"\b(?:homes?|houses?|evacuat\w*|return|residents|villagers|families|survivors|evacuees"
    r"|households|homeless)\b",
    re.IGNORECASE,
)


#: Where the sentence around a cue ends: ". ", "? ", "! ", or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s|\n")


#: A killing done, told with a base verb: "managed to kill", "went on to shoot".
_KILLING_DONE = re.compile(
    r"\b(?:managed|went\s+on|proceeded)\s+to\s+(?:kill|murder|shoot)\b", re.IGNORECASE
)


#: A headline's present-tense killing before "and wounds": "Gunman kills two and wounds five"
#: ("cuts and wounds" is the noun; general English of crime headlines).
_KILLS_NOW = re.compile(r"\b(?:kills|slays|murders|shoots|stabs)\b", re.IGNORECASE)
#: The same with a plural subject before "and wound": "Tornadoes kill 5 and injure 12" (the
#: subject as in ``cue_rows.HEADLINE_KILL``; "vowed to kill and wound" stays an intent).
_KILL_NOW_PLURAL = re.compile(
    rf"\b{PLURAL_SUBJECT}\s+kill\s+[^\s,;]+(?:\s+[^\s,;]+){{0,3}}\s*$", re.IGNORECASE
)


#: Sent away rather than sent in, right after the object of a verb of sending: "ordered 200 aid
#: workers to leave the province", "sent 300 troops home", "moved 40 soldiers out of the town",
#: "ordered 1,000 reservists to stand down" (general English of conflict and disaster news;
#: "ordered 1,500 troops to the border" and "sent 40 medics to the town" stay deployments).
_SENT_AWAY = re.compile(
    r"\s+(?:(?!(?:to|into|the|a)\s)[\w',-]+\s+){0,4}?"
    r"(?:to\s+(?:leave|withdraw|pull\s+(?:out|back)|quit|retreat|stand\s+down|go\s+home|return\s+(?:home|to\s+(?:their\s+)?(?:barracks|bases?)))"
    r"|out\s+of|home\b|back\s+(?:home|to\s+(?:their\s+)?(?:barracks|bases?)))"
    # "two deputies were sent to hospital": taken there hurt, not deployed
    r"|\s+to\s+(?:the\s+|a\s+)?(?:hospitals?|clinics?)\b"
    # "flew 12 doctors to a conference in Vienna", "for the annual medical checks" (review47a)
    r"|\s+(?:[\w',-]+\s+){1,3}?(?:doctors|nurses|surgeons)\s+(?:[\w',-]+\s+){0,3}?(?:to|for)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:conference|congress|convention|seminar|workshop|symposium|check-?ups?"
    r"|checks|medicals)\b",
    re.IGNORECASE,
)
#: The verbs of sending that ``_SENT_AWAY`` reads (``rules.deployment_rows``).
_SENDING = frozenset("ordered moved rushed airlifted sent dispatched flew flown".split())

#: Those who hold captives: "the rebels are still holding 17 passengers" (general English of
#: kidnapping and hijacking news; police, courts and armies "hold" detainees instead, and the
#: nearer holder is the subject: "after the rebels gave up, police held 40 suspects").
_CAPTORS = re.compile(
    r"\b(?:rebels?|guerrillas?|gunmen|kidnappers?|captors?|abductors?|hijackers?|militants?"
    r"|insurgents?|pirates?|bandits?|separatists?|jihadists?|hostage-takers?|gangs?)\b",
    re.IGNORECASE,
)
#: Captors of a prison riot, who "seize" guards (a jail "holds" inmates, so not for "held"):
#: "inmates seized six guards" (general English of prison riots; twenty-eighth session).
_RIOT_CAPTORS = re.compile(r"\b(?:rioters?|inmates?|prisoners?|convicts?|mutineers?)\b", re.I)
#: The agent of a passive "seized" who is a captor: "were seized by gunmen on the road".
_BY_CAPTORS = re.compile(
    r"\s+by\s+(?:(?:armed|masked|unidentified|unknown)\s+(?:men|assailants|attackers)\b"
    rf"|(?:(?:armed|masked|suspected|the)\s+)?{_CAPTORS.pattern})",
    re.IGNORECASE,
)
#: A clause on people counted before it: "the 22 people (whom) they had seized", "who had been
#: seized"; not a bare "who seized", whose subject is the captor ("gunmen who seized 30 men").
_CLAUSE_ON_A_COUNT = re.compile(
    r"\b(?:(?:it|they|he|she|we|whom)\s+(?:had\s+|have\s+|has\s+)?(?:been\s+)?"
    r"|(?:who|that)\s+(?:had\s+|have\s+|has\s+)?been\s+)$",
    re.I,
)
#: Those who hold detainees; nearer the verb than a captor, they are its subject.
_HOLDERS_BY_LAW = re.compile(
    r"\b(?:police|policemen|officers|detectives|authorities|prosecutors|troops|soldiers|army"
    r"|military)\b",
    re.IGNORECASE,
)


def _counted(text: str, at: int) -> bool:
    """Is the noun at ``at`` the object of a verb, counted ("seized 18 insurgents", "killed
    three armed rebels"), not a subject ("three gunmen are holding")?"""
    words = text[:at].split()[-3:]
    return any(
        number_value(word) is not None and words[k - 1].lower().endswith(("ed", "ing"))
        for k, word in enumerate(words)
        if k > 0
    )


#: People taken by force: "released nine of the 22 people it had seized".
_SEIZED = re.compile(r"\b(?:seiz|snatch|grabb)\w*", re.IGNORECASE)
#: Cue words read in their sentence ("took with them" and "seized" by captors only).
_READ_IN_CONTEXT = (
    *("shooting", "trapped", "deceased", "freed", "spen", "and", "held", "hold", "seiz", "snatch"),
    *("took with", "slept", "sleeping"),
)
#: The nights out that ``_OPEN_AIR`` reads: "spent two nights in tents", "slept in the open".
_NIGHTS_OUT = ("spen", "slept", "sleeping")


#: A passive right before the cue ("nine rebels were seized"), and what ends a clause before it.
#: What opens the clause of a passive's subject: a break, or a verb of saying before it
#: ("police said nine aid workers were seized").
_SUBJECT_OPENS = re.compile(
    r"[,;:]|\b(?:and|after|when|as|while|before|said|says|say|reported|told|that)\b", re.I
)
#: A passive's agent after "seized": "were seized by the army"; or a fit, no captor: "were
#: seized with cramps", "seized up" at a clause's end (general English; not "seized up north",
#: "up the road", a place).
_BY_AGENT = re.compile(
    r"\s+(?:by|up(?=\s*(?:[,.;:!?]|and\b|$))|with\s+(?:sudden\s+)?(?:panic|fear|terror|cramps?|an?\s+fit|fits|convulsions"
    r"|pain|grief|remorse|doubts?|anxiety))\b",
    re.IGNORECASE,
)
#: Those whom a force seizes by law, not captors: the accused and the outlawed (general
#: English of crime reports).
_HELD = re.compile(
    r"\b(?:suspects?|criminals?|traffickers?|smugglers?|thieves|robbers?|deserters?|fugitives?"
    r"|terrorists?|drugs?|weapons?|arms)\b",
    re.IGNORECASE,
)
_PASSIVE_END = re.compile(r"\b(?:was|were|been|being|are|is)\s+(?:\w+ly\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|after|when|as|while|before)\b", re.I)


def _seized_by_captors(head: str, tail: str) -> bool:
    """Were the people before or after "seized" taken by captors, the way "held" reads them?"""
    if _CLAUSE_ON_A_COUNT.search(head):
        return False  # "freed nine of the 22 people it had seized": CB98 reads the whole
    if _BY_CAPTORS.match(tail):
        return True  # "nine aid workers were seized by gunmen"
    found = [*_CAPTORS.finditer(head), *_RIOT_CAPTORS.finditer(head)]
    captors = sorted(m.end() for m in found if not _counted(head, m.start()))
    if not captors:
        return _taken_by_no_one_named(head, tail)
    if _HOLDERS_BY_LAW.search(head, captors[-1]):
        return False  # "police seized 3 suspects"
    # "nine rebels were seized by the army": a captor noun in the passive's subject was taken;
    # "gunmen stopped the bus and 7 engineers were seized" keeps its captors
    return not _PASSIVE_END.search(head) or bool(_CLAUSE_BREAK.search(head, captors[-1]))


def _taken_by_no_one_named(head: str, tail: str) -> bool:
    """ "nine aid workers were seized on Monday": a passive with no agent, whose subject is
    people no force holds by law; not "nine rebels were seized" (captured), "suspects" (held)
    or "two soldiers" (taken in combat), and not "police seized 3 suspects" (no passive)."""
    if not _PASSIVE_END.search(head) or _BY_AGENT.match(tail):
        return False
    subject = _SUBJECT_OPENS.split(head)[-1]
    if _CAPTORS.search(subject) or _HOLDERS_BY_LAW.search(subject) or _HELD.search(subject):
        return False
    return _names_people(subject)  # not "some of the documents have been seized"


def _names_people(words: str) -> bool:
    """Does one of ``words`` name people ("workers", "a nurse")?"""
    found = (w.strip(".,;:'\"()").lower() for w in words.split())
    return any(names_people(w) for w in found)


def out_of_place(text: str, start: int, end: int) -> bool:
    """True when the cue word ``text[start:end]`` is not a casualty word in its sentence."""
    word = text[start:end].lower()
    tests = cue_word(word)
    if _other_reading(word, tests, text, start, end) or not_deployed(word, text, start, end):
        return True  # "a dead heat", "volunteers who dug ... have since", "surrounded him"
    if word.endswith(" seized"):  # "troops seized 14 rebels", not "seized one 60 mm mortar"
        return not _names_people(" ".join(re.split(r"[.;:]", text[end : end + 60])[0].split()[:4]))
    if word.startswith(AGENTS) and word.endswith(" of"):  # not "assassinated"
        return things_killed(text[end : end + 80])
    if word in ("lost", "losing") or (word == "losses" and goods_lost(text, start)):
        # "lost two men to red cards": gone, not dead; "crop losses at 2.1 billion": goods
        return word == "losses" or lost_otherwise(word, text, end)
    if word.removesuffix(" in") in _SENDING:  # "ordered 200 aid workers to leave": sent away
        return _SENT_AWAY.match(text, end, min(len(text), end + 90)) is not None
    if word.endswith("missing") and absent(text, end):
        return True  # "four regulars missing through suspension", "missing from the list"
    if word == "hurt" and hurt_by_a_thing(text, start):
        return True  # "The tariffs have hurt 4,000 farmers": a loss, not a wound
    if sport_hurt(text, start, end):
        return True  # "the late tackle injured ...": a player's injury (``rules.sport_hurts``)
    if tests.struck_by:  # "were hit by debris but were not hurt"
        return _UNHURT_AFTER.match(text, end, min(len(text), end + 120)) is not None
    if word.endswith("captivity"):  # "remain in captivity of their contracts": a figure of speech
        return re.match(r"\s+of\b", text[end : end + 4]) is not None
    if word == "free" and _TO_BEFORE.search(text, max(0, start - 4), start):
        return True  # "refused to free 30 soldiers", "tried to free": an aim, not a deed
    let_go = word.startswith("freed") or tests.released
    building = tests.building
    if not (let_go or building or word.startswith(_READ_IN_CONTEXT)):
        return False
    head, tail = _sentence_around(text, start, end)
    if building:  # "120 teachers were moved to schools under the reform": no evacuation
        around = head + " " + tail
        return not (_DISASTER.search(around) or _HOMES.search(around))
    if word in ("seized", "snatched"):
        return not _seized_by_captors(head, tail)
    if word in ("held", "holding") or word.startswith("took with"):  # "police held 11 suspects"
        # a counted object is the held or the captured, not a holder: "soldiers seized
        # 18 insurgents and still hold seven others"
        captors = [m.end() for m in _CAPTORS.finditer(head) if not _counted(head, m.start())]
        return not captors or _HOLDERS_BY_LAW.search(head, captors[-1]) is not None
    if word.startswith("and"):  # "and wound nine shoppers": only after a killing that was done
        done = _KILLS_NOW if word.endswith("wounds") else _KILLING_DONE
        return done.search(head) is None and _KILL_NOW_PLURAL.search(head) is None
    if let_go:  # "freed 12 prisoners on bail", "released two men without charge"
        if _FROM_CARE.match(text, end):
            return True
        around = head + " " + tail
        if _CAPTIVES.search(around) or _CAPTORS.search(around) or _SEIZED.search(around):
            return False
        # "released"/"frees" free captives only: "The company released 300 workers"
        return _BY_LAW.search(around) is not None or not word.startswith("freed")
    if word.startswith(_NIGHTS_OUT):  # "spent two nights in tents": campers, unless a disaster
        return _OPEN_AIR.search(word) is not None and not _disaster_told(text, start, head, tail)
    if word.startswith("shooting"):
        return _FILMING.search(head + " " + tail) is not None
    if word == "trapped":
        return not (_NOT_REACHED.search(head) or _DISASTER.search(head + " " + tail))
    return _OBITUARY.search(head + " " + tail) is not None or _KIN_ARE.search(head) is not None


def _other_reading(word: str, tests: CueWord, text: str, start: int, end: int) -> bool:
    """A cue word read otherwise: another sense ("finished in a dead heat", an election's
    "casualties"), no place ("the massacre in Orsk of which"), or a bare "were taken" where no
    abduction is told ("87 students were taken" is one only in abduction copy), a bare "were
    hit" of things or outside shooting copy, and "had left their homes" outside a disaster."""
    if word.startswith("among") and text[end : end + 1] in ("'", "\u2019"):
        return True  # "among the shooting victims' relatives": the relatives
    if other_sense(word, text, end) or no_place(word, text, end) or recurrence_told(text, start):
        return True  # "the second time this year that a child had been shot": a count of events
    if tests.bare_hit:  # "six people were struck." only of people in shooting copy
        return not people_shot(text, start, end)
    if tests.left_homes:  # "had left their homes": fled only in a disaster or a conflict
        around = text[max(0, start - 3000) : end + 200]
        told = _DISASTER.search(around) or _CONFLICT.search(around)
        return lost_to_a_lender(text, end) or not told
    return tests.taken and not abduction_told(text, start, end)


def _disaster_told(text: str, start: int, head: str, tail: str) -> bool:
    """A disaster in the cue's sentence, homes lost just before it, or a great one earlier?"""
    around = head + " " + tail
    if _DISASTER.search(around) or _HOMES.search(text, max(0, start - len(head) - 300), start):
        return True
    return _HOMES.search(tail) is not None or GREAT_DISASTER.search(text, 0, start) is not None


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The cue's sentence before and after the cue, at most 300 characters each way."""
    low = max(0, start - 300)
    ends = [found.end() for found in _SENTENCE_END.finditer(text, low, start)]
    head = text[ends[-1] if ends else low : start]
    after = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    tail = text[end : after.start() if after else min(len(text), end + 300)]
    return head, tail
