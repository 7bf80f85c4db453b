"""Hospital care that tells of no harm: a precaution, tests, or an illness.

"Taken to hospital" is a wounded cue, but news also sends people to hospital unhurt: "as a
precaution", "for tests", "with food poisoning", or "and suffered no injuries". The words
here come from general knowledge of news English, not from any corpus. Two limits keep real
injuries counted:

* "as a precaution" belongs to the cue only when it follows the cue (or its object) within a
  few words of the same clause: no comma and no clause opener between them. In "two were taken
  to hospital with cuts, and a third was checked as a precaution" the precaution is the third
  person's, not theirs.
* "Symptoms", "breathing problems" and other complaints are an illness only when no incident
  (a leak, fire, smoke, gas, fumes, chemicals, carbon monoxide, a crash or an explosion) is named
  in the same sentence: after a chlorine leak they are injuries done by it.
"""

from __future__ import annotations

import re

from rules.admitted_at import care_place_named
from rules.care_rows import CARE_NEEDED, IN_A_CONDITION, TAKEN_TO_CARE
from rules.care_trips import no_care_trip
from rules.claims.patterns import WORD
from rules.lead_incidents import LEAD, LEAD_INCIDENT
from rules.nouns import is_human_plural, is_person_noun
from rules.outbreaks import outbreak_story
from rules.still_in_care import still_in_care

#: Clause openers that end the cue's own stretch before "as a precaution".
_OPENERS = r"and|but|or|while|whereas|after|before|when|where|who|which|as|then|so|because"

#: "As a precaution" right after the cue, or after at most six words of its object or manner
#: ("taken to hospital by ambulance as a precaution") with no comma or clause opener between.
_PRECAUTION = re.compile(
    rf"(?:\s+(?!(?:{_OPENERS})\b)[\w'-]+){{0,6}}?\s+as\s+a\s+precaution\b",
    re.IGNORECASE,
)

#: Care taken for tests or observation.
_TESTS = re.compile(
    r"\s+for\s+(?:routine\s+)?(?:tests|observation|evaluation|(?:a\s+)?check-?ups?|checks"
    r"|vaccinations?|screening|treatment\s+of\s+an?\s+illness"
    r"|(?:a\s+)?precautionary\s+\w+)\b",
    re.IGNORECASE,
)


_MODIFIERS = r"(?:(?:suspected|severe|mild|possible|an?|the)\s+)*"

#: Illnesses that are never an injury done by an incident.
_ILLNESS = re.compile(
    rf"\s+(?:with|for)\s+{_MODIFIERS}(?:food\s+poisoning|pneumonia|flu|influenza"
    r"|(?:an\s+)?illness|dehydration|an?\s+fever"
    r"|fever|an?\s+infection|infection|covid(?:-19)?|exhaustion|cancer|chemotherapy"
    # planned care: "airlifted to a specialist hospital for heart surgery"
    r"|(?:heart|elective|routine|planned|hip|knee|cosmetic)\s+surgery"
    r"|an?\s+(?:heart\s+|kidney\s+|liver\s+|lung\s+)?transplant)\b",
    re.IGNORECASE,
)

#: Complaints that are an illness alone but an injury when an incident caused them ("with chest
#: pains", "after complaining of chest pains", "a heart condition", "heatstroke" in a heatwave).
_COMPLAINT = re.compile(
    r"\s+(?:with|for|after\s+complaining\s+(?:of|about))\s+"
    rf"{_MODIFIERS}(?:symptoms|breathing\s+problems|breathing\s+difficulties"
    r"|chest\s+pains?|stomach\s+pains?|heart\s+(?:attack|condition|problems?)|a\s+stroke"
    # heat illness: a runner's alone, a heatwave's casualty (27th session)
    r"|heat\s+exhaustion|heatstroke|heat\s+stroke|heat-related\s+illness(?:es)?)\b",
    re.IGNORECASE,
)

#: Incidents that do harm by what they release or by force (general news vocabulary), and
#: violence ("with chest pains after the clash", "following the assault"; general English of
#: crime and unrest reports; not a heart, panic or asthma attack, which is the complaint).
#: Not one care came before: "moved before the storm", "ahead of the storm".
_INCIDENT = re.compile(
    r"(?<!before\sthe\s)(?<!ahead\sof\sthe\s)\b(?:leaks?|leaked|leaking|fires?|blaze|smoke|gas|fumes|chemicals?|chlorine|ammonia"
    r"|carbon\s+monoxide|toxic|crash(?:ed|es)?|collision|explosions?|exploded|blasts?|spill"
    r"|clash(?:es|ed)?|(?<!heart\s)(?<!panic\s)(?<!asthma\s)attack(?:s|ed)?|assault(?:s|ed)?"
    r"|shooting|stabbing|beating|riots?|brawl|scuffles?|melee|bombing|ambush(?:ed)?"
    # disasters and accidents (general news vocabulary): "needed hospital treatment after
    # the quake", "were receiving treatment after the stampede"
    r"|accidents?|collapsed?|(?:earth)?quakes?|floods?|flooding|storms?|cyclone|hurricane"
    r"|typhoon|tornado|landslides?|mudslides?|avalanche|stampede|crush|derail(?:ed|ment)"
    r"|poisoning|poisoned|contaminated|tainted|eruption|heatwave|heat\s+wave|shelling"
    r"|air\s*strikes?|capsized?|shipwreck|pile-?up|wreck)\b",
    re.IGNORECASE,
)

#: A specialty of a clinic or hospital named in the cue that treats no injury: "admitted to a
#: rehab clinic", "taken to a dental clinic", "a fertility clinic" (general English).
_SPECIALTIES = (
    r"(?:rehab|rehabilitation|addiction|detox|drug|alcohol|fertility|ivf|dental|veterinary"
    r"|vet|psychiatric|mental|maternity|abortion|methadone|cosmetic|weight-loss"
    r"|dialysis|cancer|oncology|neonatal|premature\s+baby)"
)
_SPECIALTY = re.compile(rf"\b{_SPECIALTIES}\b", re.IGNORECASE)
#: ... or after the place, within a few words: "admitted to a clinic in Orme for fertility care".
_FOR_SPECIALTY = re.compile(
    rf"(?:\s+(?!(?:and|but|after|when|with)\b)[\w'-]+){{0,3}}?\s+for\s+(?:an?\s+)?{_SPECIALTIES}\b",
    re.IGNORECASE,
)


def specialty_clinic(name: str) -> bool:
    """Whether the words ``name`` of a clinic or hospital tell a specialty that treats no
    injury: "the dental clinic", "a maternity hospital", "the town's cancer clinic"."""
    return _SPECIALTY.search(name) is not None


#: "Admitted to hospital staff that ...": a confession to people, not an admission.
_CONFIDED = re.compile(
    r"\s+(?:staff|officials|doctors|nurses|workers|bosses|managers|administrators|authorities)\b",
    re.IGNORECASE,
)

#: The same people found unhurt, in a verb coordinated with the cue's (no comma before "and",
#: at most one aside after it): "were taken to a clinic after their release and, doctors
#: said, suffered no injuries", "were flown to hospital but were found to be unhurt".
_UNHURT_AFTER = re.compile(
    r"[^.;:!?,]{0,80}?\b(?:and|but)(?:\s*,\s+[^.;:!?,]{1,60},)?\s+(?:"
    r"(?:were|was)\s+(?:found\s+to\s+be\s+|later\s+|otherwise\s+)?"
    r"(?:unhurt|uninjured|unharmed|not\s+(?:hurt|injured|wounded))"
    r"|(?:suffered|sustained|had|showed)\s+no\s+(?:\w+\s+)?(?:wounds?|injur(?:y|ies)))\b",
    re.IGNORECASE,
)

#: A hurt named in the sentence of a bare "receiving treatment" (general English).
_HARM = re.compile(
    r"\b(?:injur(?:y|ies|ed)|wound(?:s|ed)?|burns|hurt|fractures?|cuts|bruises|trauma"
    r"|victims|casualties|critical\s+condition)\b",
    re.IGNORECASE,
)

#: "treated as": how people are regarded ("as witnesses", "as a suspect"), not care.
_REGARDED = re.compile(r"\s+as\b", re.IGNORECASE)

#: Care that names no harm: "were receiving treatment", "needed medical attention".
_CARE_SOUGHT = re.compile(
    r"(?:treatment|attention|(?<!intensive\s)care|being\s+treated|surgery"
    r"|(?:been|were|was)\s+treated\s+(?:since|so\s+far|overnight))$",
    re.IGNORECASE,
)

#: How far either side of the cue the sentence is searched for an incident.
_REACH = 200


def _sentence(text: str, start: int, end: int) -> str:
    """The stretch of ``text`` around ``start:end`` up to the sentence ends (at most ``_REACH``)."""
    left = text[max(0, start - _REACH) : start]
    right = text[end : end + _REACH]
    cut = max(left.rfind(mark) for mark in ".!?;")
    stop = min((i for i in (right.find(mark) for mark in ".!?;") if i >= 0), default=len(right))
    return left[cut + 1 :] + " " + right[:stop]


def incident_near(text: str, start: int, end: int) -> bool:
    """Does the sentence of the cue at ``start:end`` name an incident, or, failing that, the
    opening of ``text`` (a story's headline and lead name its incident once: "only 18 people
    had needed hospital treatment" three paragraphs below "An ammonia leak ...", or an
    outbreak, ``rules.outbreaks``)?"""
    return (
        _INCIDENT.search(_sentence(text, start, end)) is not None
        or LEAD_INCIDENT.search(text, 0, min(start, LEAD)) is not None
        or outbreak_story(text, start)
    )


#: Medical staff right before "in (the) hospital", "in the burns unit": where they work, not a
#: state of the hurt ("four nurses in the hospital had quit"; general English).
_STAFF_BEFORE = re.compile(
    r"\b(?:nurses|doctors|surgeons|physicians|medics|paramedics|midwives|consultants|staff)\s+$",
    re.IGNORECASE,
)


def not_hurt(text: str, start: int, end: int) -> bool:
    """Whether the hospital cue at ``text[start:end]`` is care that tells of no harm.

    >>> not_hurt("Four were taken to hospital as a precaution.", 10, 27)
    True
    >>> not_hurt("Four were taken to hospital with burns, and one as a precaution.", 10, 27)
    False
    >>> not_hurt("Two were admitted to a rehab clinic.", 9, 35)
    True
    >>> not_hurt("Two are receiving treatment for cancer.", 8, 27)
    True
    >>> not_hurt("Four nurses in the hospital had quit.", 12, 27)
    True
    """
    if _PRECAUTION.match(text, end) or _TESTS.match(text, end) or _ILLNESS.match(text, end):
        return True
    if text[start : start + 3].lower() == "in " and _STAFF_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return True  # "four nurses in the hospital had quit": where they work
    if text[max(0, end - 7) : end].lower() == "treated" and _REGARDED.match(text, end):
        return True  # "two men were being treated as witnesses": regarded, not cared for
    if no_care_trip(text, start, end):
        return True  # "rushed to hospital to give birth", "Detectives went ... to interview"
    if _UNHURT_AFTER.match(text, end):
        return True  # "were taken to a clinic and suffered no injuries"
    if _CARE_SOUGHT.search(text, start, end):
        # "were receiving treatment": care after harm only where the sentence names an
        # incident or a hurt ("for burns"), not "for cancer", not "every year"
        return not (incident_near(text, start, end) or _HARM.search(_sentence(text, start, end)))
    cue = text[start:end]
    if (
        _SPECIALTY.search(cue)
        or _FOR_SPECIALTY.match(text, end)
        or (cue[:8].lower() == "admitted" and _CONFIDED.match(text, end))
    ):
        return True
    complaint = _COMPLAINT.match(text, end)
    if complaint is not None:
        if _HEAT.search(complaint[0]) and not sport_near(text, start, end):
            return False  # "hospitals admitted 2,140 people with heatstroke": a heat wave's
        return not incident_near(text, start, end)
    return False


#: Heat illness among the complaints: a heat wave's casualties unless sport is the cause.
_HEAT = re.compile(r"\bheat", re.IGNORECASE)
#: Sport, where heat illness is a player's, a runner's or a fan's (general English of sport).
_SPORT = re.compile(
    r"\b(?:marathon|race(?!-)|races|fun\s+run|runners?|athletes?|players?|match|game|tournament"
    r"|cyclists?|triathlon|stadium|cricket|football|rugby|golf|tennis|fans|spectators)\b",
    re.IGNORECASE,
)


def sport_near(text: str, start: int, end: int) -> bool:
    """Is sport told within the sentence around ``text[start:end]``: heat illness at a
    match or a race, not a heat wave's hurt?"""
    return bool(_SPORT.search(_sentence(text, start, end)) or _SPORT.search(text, start, end))


#: An illness named in the sentence of care that names no place ("300 covid patients are on
#: ventilators", "remain on oxygen after the flu outbreak"; general English of health news).
_ILLNESS_NAMED = re.compile(
    r"\b(?:covid(?:-19)?|coronavirus|virus|flu|influenza|pneumonia|outbreak|pandemic|measles"
    r"|cholera|sepsis|bronchiolitis|asthma|(?:respiratory|chest)\s+infections?)\b",
    re.IGNORECASE,
)


#: Patients right before breathing support: "the 14 patients on life support", "patients
#: remain on oxygen": a hospital's sick, unless the sentence names an incident or a hurt.
_PATIENTS_BEFORE = re.compile(
    r"\bpatients\s+(?:(?:are|were|remain|remained|still|now|being)\s+){0,2}$", re.IGNORECASE
)


#: Care cues that name no place of care, which ``rules.cue_scan`` reads with
#: ``unplaced_care_not_hurt`` (its other gate looks for "hospital", "clinic" and the like):
#: care at the scene, breathing support, the wards of ``rules.care_rows`` ("taken to the
#: emergency room", "admitted to the intensive care unit") and care sought with no place
#: ("sought medical care").
UNPLACED_CARE = re.compile(
    r"treated\s+(?:at\s+the\s+scene|on\s+site)$|on\s+(?:oxygen|a\s+ventilator|ventilators?"
    rf"|life\s+support)|{TAKEN_TO_CARE}\s+(?:to|in)\s.*\b(?:units?|wards?|rooms?)$"
    # "sought medical care": held to a named harm like "needed medical attention"
    rf"|{CARE_NEEDED}\s+(?:medical|emergency)\s+care$"
    # "needed surgery": after harm only where an incident or a hurt is told (``not_hurt``)
    r"|(?:needed|needing|required|requiring|sought|seeking|underwent|undergoing|undergone)"
    r"\s+(?:emergency\s+|urgent\s+)?surgery$"
    r"|(?:is|are|was|were|remained|remain)\s+(?:still\s+)?in\s+surgery$"
)


def unplaced_care_not_hurt(text: str, start: int, end: int) -> bool:
    """Whether care that names no place of care ("treated at the scene", "on ventilators") tells
    of no harm: a reading of ``not_hurt`` after it ("for heat exhaustion", "as a precaution"),
    or, where its sentence names no incident, an illness named there or patients right before
    breathing support with no hurt named ("the 14 patients on life support were moved").

    >>> unplaced_care_not_hurt("Covid: 30 patients are on ventilators.", 24, 38)
    True
    >>> unplaced_care_not_hurt("Two are on ventilators after the fire.", 8, 22)
    False
    """
    if not_hurt(text, start, end):
        return True
    around = _sentence(text, start, end)
    if _INCIDENT.search(around) is not None:
        return False
    if text[start : start + 3].lower() == "on " and _PATIENTS_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return _HARM.search(around) is None  # "14 patients on life support were moved"
    return _ILLNESS_NAMED.search(around) is not None and not outbreak_story(text, start)


#: A condition right after "admitted": "two were admitted in serious condition" are hurt (as
#: the care rows read "listed in critical condition").
_IN_CONDITION_AFTER = re.compile(rf"\s+{IN_A_CONDITION}\b", re.IGNORECASE)
#: The hurt named right before a bare "admitted": "41 patients were admitted overnight",
#: "the injured had been admitted by noon" (a confession or a school's intake names others).
ADMITTED_HURT = ("patients", "casualties", "victims", "injured", "wounded", "survivors", "rescued")
_ADMITTED_HURT = re.compile(
    rf"\b(?:{'|'.join(ADMITTED_HURT)})\s+"
    r"(?:(?:were|was|had|have|has|been|being|later|also|all|then|since|currently|still"
    r"|now)\s+){0,3}$",
    re.IGNORECASE,
)
#: What after "admitted" makes it a confession or another intake: "admitted that", "admitted
#: they were afraid", "admitted the charge", "admitted to lying" or "to a shelter" (a place of
#: care is the hospital row's, which is read first; general English).
_ADMITTED_OBJECT = re.compile(
    r"\s+(?:that|it|they|he|she|we|i|having|being|feeling|the|an?|his|her|their|guilt|to|into)\b",
    re.IGNORECASE,
)


def bare_admission_not_hurt(text: str, start: int, end: int) -> bool:
    """Whether a bare "admitted" at ``start:end`` tells of no harm: no hurt named right before
    it, a confession or another intake after it, an illness (``not_hurt``), or no incident
    in its sentence or the story's opening and no harm in its sentence.

    >>> bare_admission_not_hurt("A quake hit. 41 patients were admitted overnight.", 30, 38)
    False
    >>> bare_admission_not_hurt("Two students were admitted to the university.", 18, 26)
    True
    """
    if _IN_CONDITION_AFTER.match(text, end):
        return not_hurt(text, start, end)  # "admitted in serious condition", as "listed in"
    still = still_in_care(text, start)  # "three remain admitted"
    hurt = _ADMITTED_HURT.search(text, max(0, start - 60), start)
    if not (still or hurt or care_place_named(_sentence(text, start, end))):
        return True  # not "At the district hospital, 12 people had been admitted"
    if _ADMITTED_OBJECT.match(text, end) or not_hurt(text, start, end):
        return True
    told = text[max(0, start - 300) : end] if still else _sentence(text, start, end)
    return not (incident_near(text, start, end) or _HARM.search(told))


#: The ratings shared by hospitals and inspectors ("in fair condition" is a patient's state
#: and a bridge's grade): a patient's only where a harm, an incident, care or its people are
#: told nearby (general English of US local news and of inspection reports).
RATED_CONDITION = re.compile(r"\b(?:fair|guarded)\s+condition", re.IGNORECASE)
_PATIENT_TOLD = re.compile(
    r"\b(?:hospitali[sz]ed|hospitals?|patients?|victims?|shot|shooting|stabb\w*|wound\w*"
    r"|injur\w*|hurt|crash\w*|ambulances?|treated|surgery)\b",
    re.IGNORECASE,
)
#: How far before the rating a patient may be told (the sentence or two before).
_RATED_REACH = 400


def rated_not_hurt(text: str, start: int, end: int) -> bool:
    """Whether a "fair condition" at ``start:end`` rates things, not patients: people named
    before it in its sentence are patients ("Two hikers were in fair condition after a
    fall"); a whole of things they are part of is not ("Of the county's 300 bridges, 120
    are"); a bare count is a patient only where harm, care or patients are told just before
    it or in the rest of its sentence.

    >>> text = "Of the county's 300 bridges, 120 are in fair condition."
    >>> rated_not_hurt(text, text.index("in fair"), len(text) - 1)
    True
    >>> text = "Two women were shot; both were listed in fair condition."
    >>> rated_not_hurt(text, text.index("in fair"), len(text) - 1)
    False
    """
    sentence = _sentence(text, start, end)
    words = [w.lower() for w in WORD.findall(sentence)]
    if any(is_human_plural(w) or is_person_noun(w) for w in words):
        return False
    whole = _WHOLE_OF.search(sentence)
    if whole is not None and not is_human_plural(whole["whole"].lower()):
        return True
    before = text[max(0, start - _RATED_REACH) : start]
    return _PATIENT_TOLD.search(before + " " + sentence) is None


#: The whole a count is part of: "Of the county's 300 bridges", "of its 40 homes".
_WHOLE_OF = re.compile(
    r"\bof\s+(?:the|its|their|[a-z]+['\u2019]s)\s+(?:[a-z]+['\u2019]s\s+)?(?:[\d,]+\s+)?"
    r"(?:[a-z-]+\s+)?(?P<whole>[a-z]+s)\b",
    re.IGNORECASE,
)
