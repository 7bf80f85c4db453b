"""CB122: the hurt a hospital received, told as its intake ("the hospital received 27 patients")."""

from __future__ import annotations

import bisect
import re

import re2

from rules.categories import Cue
from rules.claims.kinds import ExtraRule
from rules.claims.parts import Binding, CueHit, SentenceParse
from rules.cue_fragments import SCENE_CARERS
from rules.hospital_care import incident_near, not_hurt, specialty_clinic, sport_near
from rules.nouns import OBJECT_NOUNS, is_human_plural
from rules.numbers import ASCII_SPACE, ascii_lacks, count_at
from rules.text import Sentence

#: A hospital's intake: the verb of receiving, then the figure, then the received named as
#: the hurt ("patients", "casualties", "victims", "injured"); or, with a hospital as the
#: verb's subject, the figure alone or with "people" ("the Royal Infirmary treated six").
#: General English of per-hospital figures in accident and disaster reports.
_INTAKE_VERB = (
    r"(?:received|admitted|took\s+in|(?:is|was|are|were)\s+(?:still\s+|now\s+)?treating|treated)"
)
_HURT_NOUN = (
    r"(?:(?:injured|wounded|gunshot|trauma|burns?|stab|heatstroke|heat-stroke)\s+)?"
    r"(?:patients|casualties|victims|injured|wounded)"
)
#: The kinds of wound a count is treated for, alone or two joined: "for gunshot and machete
#: wounds" (general English of clash and attack reports).
_KINDS = r"(?:gunshot|stab|knife|machete|bullet|shrapnel|burn|arrow)"
#: People received "with" a hurt or a complaint (``hospital_care`` settles the complaint):
#: "admitted 312 people with heatstroke", 'treated "more than 40 people, most of them with
#: burns"' (a qualified figure, a quote mark before it).
_WITH_HURT = (
    # ", most of them with burns": the hurt told of the most of them
    r"(?=(?:\s*,\s*(?:most|many|all|some|several)\s+of\s+them)?\s+(?:with|for)\s+(?:(?:minor|serious"
    r"|severe|critical|multiple|suspected|mild|life-threatening)\s+)*(?:injuries|wounds"
    rf"|burns|{_KINDS}(?:\s+(?:and|or)\s+{_KINDS})?\s+wounds?|fractures|broken\s+(?:bones|limbs)"
    r"|smoke"
    r"\s+inhalation|hypothermia|frostbite|heatstroke|heat\s+stroke|heat\s+exhaustion"
    r"|heat-related\s+illness(?:es)?|breathing\s+difficulties|chest\s+pains)\b)"
)
_PEOPLE = r"(?:people|residents|men|women|children|others)"
#: A load held now or then: "held", "was holding", "now holds" (a bare "holds" or "can hold"
#: is as often a capacity); "had", a place of care's load on a day, only where the story tells
#: an incident or an outbreak (``intake_sentences``: "The clinics had 140 patients on Tuesday").
_HELD = r"(?:held|had|(?:is|was|are|were)\s+(?:still\s+|now\s+)?holding|(?:now|still)\s+holds)"
#: A part of people told before ("treating 21 of the rescued for hypothermia").
_OF_THE = r"of\s+the\s+(?:rescued|injured|wounded|evacuated|[a-z][\w-]*(?<!s)s)"
_HOSPITAL = (
    r"(?:hospital|hospitals|infirmary|clinic|medical\s+(?:center|centre)|(?<!war\s)memorial"
    r"|health\s+(?:center|centre))"
)
#: ``[^\s,.;]+`` of ``INTAKE`` for RE2 over ASCII text (Python's ``\s`` there, as
#: ``rules.numbers.ASCII_SPACE``).
_RUN = r"[^\t-\r\x1c-\x1f ,.;]+"
#: ``_HOSPITAL`` without its look-behind: "war memorial" too.
_ANY_HOSPITAL = _HOSPITAL.replace(r"(?<!war\s)", "")
#: Where the hospitals are and a perfect's auxiliary, between them and their verb: "Hospitals
#: across the valley had taken in 40 people" (45th session).
#: Who runs them may stand there too: "Three field clinics run by the aid group Lifeline".
_WHERE = (
    r"(?:\s+(?:in|at|across|around)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?"
    r"(?:\s+(?:run|operated|set\s+up)\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+)?"
    r"(?:\s+(?:had|have|has))?"
)
#: The places of care whose load ``_HELD`` tells: a hospital, also in the plural ("field
#: clinics", "treatment centres"), a ward or a unit.
_LOADED = (
    rf"(?:{_HOSPITAL}|clinics|infirmaries|(?:medical|health|treatment)\s+cent(?:er|re)s"
    r"|treatment\s+cent(?:er|re)|wards?|units?)"
)
#: A figure's first word: a number with thousands commas ("2,140"), or a word.
_FIRST = r"(?:\d{1,3}(?:,\d{3})+|[^\s,.;]+)"
_FIRST_RUN = _FIRST.replace(r"[^\s,.;]+", _RUN)
INTAKE = re.compile(
    rf"\b(?P<verb>{_INTAKE_VERB})\s+(?P<n>{_FIRST}(?:\s+{_FIRST}){{0,2}}?)\s+(?P<noun>{_HURT_NOUN})\b"
    rf"|\b{_HOSPITAL}{_WHERE}\s+(?:(?:says|said)\s+it\s+)?(?P<verb2>{_INTAKE_VERB}|took)\s+(?P<n2>{_FIRST})(?!,\d)"
    # "received 2,300 people over the week, the ministry said": a time before the clause ends
    r"(?:\s+(?P<noun2>people))?(?:\s+(?:over|during|overnight|on|by|since)\b[^,.;]{0,30})?"
    r"(?=\s*(?:[,.;]|and\b|while\b|$))"
    rf"|\b{SCENE_CARERS}\s+(?:had\s+|have\s+|has\s+)?(?P<verb3>treated|attended\s+to)\s+"
    r"(?P<n3>[^\s,.;]+)\s+(?P<noun3>(?!of\b)[a-z][\w-]*)\b"
    rf"|\b(?P<verb4>{_INTAKE_VERB})\s+[\"\u201c]?(?P<n4>{_FIRST}(?:\s+{_FIRST}){{0,2}}?)\s+"
    rf"(?P<noun4>{_PEOPLE}|[a-z][\w-]*(?<!s)s|{_OF_THE}){_WITH_HURT}"
    # "surgeons operated on 11 people": those operated on are patients, no hurt told needed
    rf"|\b(?P<verb5>operated\s+on)\s+(?P<n5>{_FIRST}(?:\s+{_FIRST}){{0,2}}?)\s+"
    rf"(?P<noun5>{_PEOPLE}|{_OF_THE}|[a-z][\w-]*(?<!s)s)\b"
    # "the ward held 58 dengue patients", "the clinic was holding 23 patients": a place of
    # care's load as it stands (not "can hold 60 patients", a capacity; review51a)
    # ("had received six patients" is the first form's: a participle after "had")
    rf"|\b{_LOADED}{_WHERE}\s+(?P<verb6>{_HELD})(?!\s+(?:[a-z]+ed|taken|been|seen)\b)\s+"
    rf"(?P<n6>{_FIRST}(?:\s+{_FIRST}){{0,2}}?)\s+(?:[a-z-]+\s+)?(?P<noun6>{_HURT_NOUN})\b"
    r"(?!\s+(?:hostage|captive|prisoner)s?\b)",  # "held 12 patients hostage": captives
    re.IGNORECASE,
)
#: ``INTAKE`` for RE2 over an ASCII document, its look-arounds left out: every match of
#: ``INTAKE`` holds one, so a document without one skips the scan (one linear pass instead of
#: Python trying the three forms at every position; most news names a hospital and a verb).
_INTAKE_ASCII = re2.compile(
    (
        "(?i)"
        + (
            rf"\b{_INTAKE_VERB}\s+{_FIRST_RUN}(?:\s+{_FIRST_RUN}){{0,2}}\s+{_HURT_NOUN}\b"
            rf"|\b{_ANY_HOSPITAL}{_WHERE}\s+(?:(?:says|said)\s+it\s+)?"
            rf"(?:{_INTAKE_VERB}|took)\s+{_FIRST_RUN}"
            rf"|\b{SCENE_CARERS}\s+(?:had\s+|have\s+|has\s+)?(?:treated|attended\s+to)\s+{_RUN}\s+"
            r"[a-z][\w-]*\b"
            rf"|\b{_INTAKE_VERB}\s+\S+(?:\s+{_FIRST_RUN}){{0,2}}\s+[a-z][\w-]*(?:\s*,\s*\w+\s+of\s+them)?"
            r"\s+(?:with|for)\b"
            rf"|\boperated\s+on\s+{_FIRST_RUN}"
            rf"|\b{_LOADED.replace(_HOSPITAL, _ANY_HOSPITAL)}{_WHERE}\s+{_HELD}\s+{_FIRST_RUN}"
        ).replace(r"\s", ASCII_SPACE)
    ).encode("ascii")
)
#: A rate after the intake: a hospital's routine load ("treated 30 patients a day", "300
#: patients every week", "each day since the quake"), not the hurt of one event ("a day
#: after the crash" dates it; only "a" dates, "every day after the quake" is still a rate).
_RATE = re.compile(
    r"\s+(?:a\s+(?:day|night|week|month|year)\b(?!\s+(?:after|later|earlier|ago|since|on)\b)"
    r"|(?:per|every|each)\s+(?:day|night|week|month|year)\b|daily\b|weekly\b|monthly\b"
    # "treated 300 patients last month", "during the tournament": a load over a period
    r"|(?:last|this)\s+(?:month|year)\b|during\s+the\s+(?:season|tournament|year|month)\b"
    # "treated 30 players for injuries over the season": a team's load (36th session)
    r"|(?:for|with)\s+[^,;.]{0,40}?\b(?:over|during|in)\s+the\s+(?:season|year|campaign)\b)",
    re.IGNORECASE,
)
#: A year or years of statistics in the intake's clause: "admitted 12,400 patients in 2024",
#: "with heatstroke between 2015 and 2020" (thirty-fifth session).
_YEARS = re.compile(
    r"[^,;.]{0,40}?\b(?:in|between|since|during)\s+(?:19|20)\d\d\b"
    r"|[^,;.]{0,40}?\bover\s+the\s+(?:past|last)\s+\w+\s+years\b",
    re.IGNORECASE,
)
#: A carer's tally over a working life anywhere in the sentence: "has operated on 4,000
#: patients in her career", "In a 30-year career, he treated 9,000 patients".
_CAREER = re.compile(r"\b(?:career|lifetime)\b", re.IGNORECASE)
_INTAKE_CUE = Cue("wounded", "(intake)", before=False, after="object")
#: The verb, figure and noun groups of ``INTAKE``'s four forms.
_GROUPS = (
    ("verb", "n", "noun"),
    ("verb2", "n2", "noun2"),
    ("verb3", "n3", "noun3"),
    ("verb4", "n4", "noun4"),
    ("verb5", "n5", "noun5"),
    ("verb6", "n6", "noun6"),
)


class HospitalIntake(ExtraRule):
    """CB122 · A hospital's intake is a wounded count: "the Royal Infirmary received 14
    patients", "the clinic admitted nine victims", "St Mark's Hospital treated six". Only
    the hurt named as such ("patients", "victims") or a hospital as the subject: "the
    school received 400 pupils" is no one hurt.
    """

    code = "CB122"
    words = (
        *("received", "admitted", "took", "treating", "treated", "attended to", "operated on"),
        *("held", "holding", "holds", "had"),
    )
    examples = (
        (
            "The Royal Infirmary received 14 patients, of whom three are critical.",
            {"category": "wounded", "min": 14, "group": "patients"},
        ),
        ("The field clinic admitted nine victims overnight.", {"min": 9}),
        (
            "Orme General said it had admitted 40 people with heatstroke in the heatwave.",
            {"category": "wounded", "min": 40, "group": "people"},
        ),
        ("The hospital had received six gunshot patients.", {"min": 6}),
        (
            "Mercy General Hospital treated six, a spokeswoman said.",
            {"category": "wounded", "min": 6, "figure_text": "six"},
        ),
        ("Surgeons operated on 11 people after the blast.", {"min": 11, "group": "people"}),
        ("The burns ward was holding 23 patients.", {"min": 23, "group": "patients"}),
        (
            "After the bus crash, the field clinics run by Lifeline had 31 patients.",
            {"min": 31, "group": "patients"},
        ),
    )
    counter_examples = (
        "The school received 400 pupils from the flooded district.",
        "The charity received 300 applications for the grants.",
        "The hospital treated patients for free during the strike.",
        "Before the war, the clinic treated 30 patients a day.",
        "The district hospital admitted 40 patients with influenza.",
        "The dental clinic treated 40 patients.",
        "The war memorial received 3,000 people.",
        "The clinic treated 40 people with chest pains last winter.",
        "The shelter received 40 people with nowhere else to go.",
        "Dr Ana Vela has operated on 4,000 patients in her career.",
        "Visiting surgeons operated on 40 children with cleft palates this week.",
        "The new wing can hold 60 patients.",
        "The ward held 58 beds.",
        "After the bus crash, the clinic had 20 beds.",
        "The hospital had 300 patients before the strike began.",
    )

    def find(self, sent: SentenceParse, found: list[Binding]) -> list[Binding]:
        taken = {b.figure.start for b in found}
        bindings = []
        for match in INTAKE.finditer(sent.text):
            verb, number, noun = next(g for g in _GROUPS if match[g[0]])
            figure = next((f for f in sent.stated if f.start == match.start(number)), None)
            if _OF.match(match[noun] or ""):
                figure = count_at(sent.text, match.start(number), match.end(number))
            if (
                figure is None
                or figure.start in taken
                or not (figure.figure.max or figure.figure.min)
            ):
                continue
            named = _OF_THE_WORDS.sub("", match[noun]) if match[noun] else None
            if noun in ("noun3", "noun4", "noun5") and not _people(str(named).lower()):
                continue  # "rescuers treated 12 dogs": people only
            if figure.end < match.end(number):
                continue  # "received 12 more patients": the rule reads the figure alone
            if _YEARS.match(sent.text, match.end()) or _CAREER.search(sent.text):
                continue  # "admitted 12,400 patients in 2024": a year's load, no event
            if noun == "noun5" and not (
                _OF.match(match[noun]) or incident_near(sent.text, match.start(), match.end())
            ):
                continue  # "operated on 40 children with cleft palates": no incident told
            if _RATE.match(sent.text, match.end()) or not_hurt(
                sent.text, match.start(verb), match.end()
            ):
                continue  # "treated 30 patients a day", "admitted 40 patients with influenza"
            received = (match[noun] or "patients").lower()
            if received.startswith("heat") and sport_near(sent.text, match.start(), match.end()):
                continue  # "the stadium clinic treated 30 heatstroke patients": sport's
            before = sent.text[max(0, match.start(verb) - 40) : match.start(verb)]
            if received in ("patients", "people") and specialty_clinic(before):
                continue  # "the dental clinic treated 40 patients" (not "received 30 wounded")
            cue = CueHit(match.start(verb), match.end(verb), _INTAKE_CUE)
            bindings.append(Binding(figure, cue, named, 0))
            bindings.extend(_gapped(sent, match.end(), cue, named, taken))
        return bindings


_OF = re.compile(r"^of\s+", re.IGNORECASE)
#: "of the migrants" names the migrants; "of the rescued" keeps "the" (no noun of its own).
_OF_THE_WORDS = re.compile(r"^of\s+(?:the\s+(?=\S+s\b))?", re.IGNORECASE)


def _people(noun: str) -> bool:
    """A plural of people after carers' "treated": "festival-goers", "runners", "children";
    not "calls" or "dogs"."""
    noun = noun.split()[-1]  # "the rescued", "the survivors": told before
    if noun in ("rescued", "injured", "wounded", "evacuated"):
        return True
    return noun not in OBJECT_NOUNS and (is_human_plural(noun) or noun.endswith(("ers", "goers")))


#: The next hospital of a list that shares the verb: ", the City Hospital eight", "and
#: Orme Infirmary, Kessel, five" (per-hospital figures of accident and disaster reports).
_NEXT_HOSPITAL = re.compile(
    rf"\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|\s+while\s+)(?:the\s+)?"
    rf"(?:[A-Z][\w'’.-]*\s+){{0,4}}?{_HOSPITAL}(?:\s*,\s*[A-Z][\w'-]*\s*,)?\s+(?=\S)",
    re.IGNORECASE,
)


def _gapped(
    sent: SentenceParse, at: int, cue: CueHit, group: str | None, taken: set[int]
) -> list[Binding]:
    """The figures of the hospitals listed after an intake with its verb left out:
    "received 12 patients, the City Hospital eight and the Central Clinic five"."""
    found = []
    for _ in range(6):
        step = _NEXT_HOSPITAL.match(sent.text, at)
        if step is None:
            break
        figure = next((f for f in sent.stated if f.start == step.end()), None)
        if figure is None or figure.start in taken or not (figure.figure.max or figure.figure.min):
            break
        found.append(Binding(figure, cue, group, figure.start - cue.end))
        at = figure.end
    return found


_HINTS = HospitalIntake.words
#: The words one of which ``INTAKE`` needs besides its verb: a hurt noun, a hospital or carers.
_NOUN_HINTS = (
    *("patients", "casualties", "victims", "injured", "wounded"),
    *("hospital", "infirmary", "clinic", "medical", "memorial", "health"),
    *("medics", "ambulance", "responders", "rescuers"),
    *("people", "residents", "men", "women", "children", "others"),
    # the hurt after "with" or "for" ("treated 130 pilgrims for heat exhaustion")
    *("injuries", "wounds", "burns", "inhalation", "heat", "hypothermia", "frostbite"),
    *("fractures", "broken", "breathing", "chest pains"),
)


def intake_sentences(sentences: list[Sentence], text: str) -> set[int]:
    """Indexes of the sentences that tell a hospital's intake, which need no casualty cue of
    their own ("The Royal Infirmary received 14 patients."): the engine reads them too.
    ``text`` is the document the sentences split."""
    found: set[int] = set()
    low = text.lower()  # upper-case wire copy: "ST MARK'S HOSPITAL RECEIVED 14 PATIENTS"
    if not any(word in low for word in _HINTS) or not any(word in low for word in _NOUN_HINTS):
        return found  # plain substring tests first: most documents have no verb and noun
    if ascii_lacks(_INTAKE_ASCII, text):
        return found
    starts = [sentence.start for sentence in sentences]
    for match in INTAKE.finditer(text):
        noun = match["noun4"] or match["noun5"]
        if noun and not _people(noun.lower()):
            continue  # "received 300 applications for burns research": no one hurt
        if (match["verb6"] or "").lower() == "had" and not incident_near(
            text, match.start(), match.end()
        ):
            continue  # "The hospital had 300 patients" with no incident told: its routine
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0:
            found.add(index)
    return found
