"""Casualty categories and the words that signal them, kept as data.

Each ``Cue`` says how a figure may bind to it:

* ``before`` — the figure comes first: "12 soldiers were killed", "40 dead", "300 casualties".
* ``after="object"`` — the cue is a verb and the figure its object: "killing 12 people".
* ``after="toll"`` — the cue is a count noun and the figure its value: "the death toll rose to 40",
  "casualties of about 300", "the dead included 12 children".
* ``transitive`` — a participle that is also an active past tense ("gunmen killed 3"), so a
  figure before it binds only in the passive ("3 were killed", "3 killed in the blast").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rules import cue_rows as rows
from rules import scene_rows as scene
from rules.care_rows import IN_CARE, IN_CONDITION
from rules.categories_es import SPANISH_ROWS
from rules.cue_fragments import (
    ARRESTED,
    BODY_FOUND,
    BROKEN_BONES,
    CARED_FOR_WOUNDS,
    CAUGHT_BY_POLICE,
    COUNTED_KILLINGS,
    DISPLACED_TOLL,
    ELIMINATED,
    FORCES_SEIZED,
    FORCES_SEIZED_BY,
    HURT_GRADES,
    KILLED_IN_A_MANNER,
    KILLING_ACT,
    KILLING_PLACE,
    KILLING_TIME,
    KOW_LEFT,
    KOW_RIGHT,
    LIMB_STRUCK,
    LOST,
    MINOR_HURTS,
    MISSING_WORDS,
    NEUTRALISED,
    NIGHTS_IN_HALLS,
    NON_LIFE_THREATENING,
    NUMBER_SHOT,
    POLICE_SEIZED_BY,
    STRUCK_BY_FRAGMENTS,
    WOUND_IN_A_LIMB,
)
from rules.deployment_rows import DEPLOYED
from rules.language import accent_tolerant
from rules.left_places import KEPT_FROM_HOME, LEFT_PLACES
from rules.saved_rows import AMONG_SURVIVORS, FREED, READ_BY_CB54, SAVED_ALIVE, SAVED_TO

After = Literal["object", "toll"] | None


@dataclass(frozen=True, slots=True)
class Cue:
    """One way of naming a casualty category."""

    category: str
    pattern: str
    before: bool
    after: After = None
    transitive: bool = False


def _cues(category: str, *rows: tuple[str, bool, After, bool]) -> tuple[Cue, ...]:
    return tuple(Cue(category, p, b, a, t) for p, b, a, t in rows)


#: "to death" alone only opens a sentence to CB102 ("a mob beat two men to death");
#: ``parse_sentence`` leaves it out of the cues: most "to death" is none ("sentenced to death")
#: and a rule reading the next cue as a fate ("three injured in the fight were") would take it.
BARE_TO_DEATH = Cue("killed", r"to\s+death", False)


#: Ordered: compound cues first, so "killed or wounded" is not read as "killed".
CUES: tuple[Cue, ...] = (
    *_cues(
        "killed_or_wounded",
        *scene.NUMBER_KILLED_AND_HURT,
        (rf"{KOW_LEFT}\s+(?:or|and|and/or)\s+{KOW_RIGHT}", True, "toll", False),
        (rf"{KOW_RIGHT}\s+(?:or|and)\s+(?:killed|dead)", True, "toll", False),
        (r"(?:killing|killing\s+or)\s+(?:and|or)\s+(?:wounding|injuring)", False, "object", False),
        # "the shooting of five people": the act named by its noun, fate untold, like "shot"
        (r"shootings?\s+of", False, "object", False),
        # "Girl, 6, shoots self in knee": binds nothing itself, so CB53 reads the sentence
        (r"shoots\s+(?:himself|herself|self)", False, None, False),
        (r"casualt(?:y|ies)(?:\s+(?:toll|figures?|count|numbers?))?", True, "toll", False),
        (NUMBER_SHOT, False, "toll", False),  # "the number of people shot across Orme"
        (r"(?:battlefield\s+|combat\s+|military\s+)?losses", True, "toll", False),
        # "Deputies found three people with gunshot wounds": people found with the wounds of a
        # shooting may be dead or alive, like "shot" (crime-report English); care given
        # nearer the figure ("taken to a hospital with gunshot wounds") still says wounded.
        (rows.WITH_GUNSHOT_WOUNDS, True, None, False),
    ),
    *_cues(
        "killed",
        (r"(?:death|fatality)\s+(?:toll|count)|toll|body\s+count", False, "toll", False),
        *rows.NUMBER_OF_DEAD,
        *rows.DEAD_BY_RELATIVE_OR_HEADLINE,
        (KILLED_IN_A_MANNER, True, "object", True),  # "were tortured to death", "shot dead"
        (r"killed|murdered|slain|massacred|executed|assassinated", True, "object", True),
        # "a mob beat two men to death": binds nothing itself, so CB102 reads the sentence;
        # no other rule sees it (``BARE_TO_DEATH``)
        (BARE_TO_DEATH.pattern, False, None, False),
        *rows.KILLING_VERBS,
        (NEUTRALISED, True, "object", True),
        (ELIMINATED, True, "object", True),
        # Base verbs only where the killing happened: "went on to kill 3", "managed to murder".
        (
            r"(?:managed\s+to|went\s+on\s+to|proceeded\s+to|so\s+far\s+as\s+to)\s+"
            r"(?:kill|murder|assassinate|massacre|execute|shoot\s+dead)",
            False,
            "object",
            False,
        ),
        (
            r"(?:murder[-/]suicides?|murders?|killings?|deaths|death|massacres?|assassinations?"
            r"|slayings?|executions?)"
            rf"(?:\s+{KILLING_TIME})?\s+of|lives\s+of",
            False,
            "object",
            False,
        ),
        (rf"{KILLING_ACT}\s+{KILLING_PLACE}\s+of", False, "object", False),
        *rows.KILLERS_OF,
        # "a body was found": binds nothing itself, so CB120 reads the sentence
        (BODY_FOUND, False, None, False),
        *scene.DEAD_ROWS,  # "one death" (CB125), "we buried 31 people" (CB140), "were buried"
        # "the body of a man", "the body of Ana Ruiz": one person dead, read by CB80 only (a
        # name or one person after it); "a body of water", "the governing body of" name none.
        (r"body\s+of", False, None, False),
        # "the fatal shooting of a 15-year-old", "in the fatal stabbing of two men": a fatal
        # act named by its noun kills its object (general English of crime reports).
        (r"(?:fatal|deadly)\s+(?:shootings?|stabbings?|beatings?)\s+of", False, "object", False),
        # "the bodies of 12 miners" and "28 bodies of peasants were found" both count.
        (r"(?:dead\s+)?bodies\s+of|remains\s+of", True, "object", False),
        *rows.REMAINS_OF_THOSE,
        *rows.KILLING_ACTS,
        (
            # "die": a headline's present ("Two passengers die in crash"; 48th session)
            r"lost\s+their\s+lives|have\s+died|had\s+died|died|dies|die|perished|drowned",
            True,
            None,
            False,
        ),
        # "A man later succumbed to his injuries", "two victims succumbed to their wounds":
        # the formula of a death after a wounding (general English news usage).
        (
            r"(?:succumbed|succumbs|succumbing)\s+to\s+(?:(?:his|her|their|the|its)\s+)?"
            r"(?:(?:gunshot|stab|multiple|severe|critical|serious|head)\s+)?(?:injuries|wounds)",
            True,
            None,
            False,
        ),
        (r"deaths|fatalities|dead\s+bodies|bodies", True, "toll", False),
        (COUNTED_KILLINGS, True, None, False),  # "suspect in 5 killings": one killed each
        # "a deceased woman": police reports' "dead"; "brought dead": dead on arrival (India)
        (r"dead|deceased|brought\s+(?:in\s+)?dead", True, "toll", False),
    ),
    *_cues(
        "wounded",
        *rows.WOUNDED_TOLL,
        # "were hit and injured by gunfire", "was struck and wounded" (crime-news English)
        (r"(?:shot|hit|struck)\s+and\s+(?:wounded|injured)", True, "object", True),
        (r"wounded|injured|hurt|maimed", True, "object", True),
        *rows.BADLY_BURNED,
        (
            r"(?:wounding|injuring|injury|injuries)\s+(?:of|to)|wounding|injuring|hurting|maiming"
            # A headline's present tense: "Boiler blast injures 7", "Gunfire wounds three", and
            # the second of two verbs, "Gunman kills 2, wounds 5" ("and wounds"): a comma or
            # "and" before "wounds" makes it a verb there (headline English; the noun follows
            # an adjective or a possessive: "his wounds", "gunshot wounds").
            r"|injures|(?:shooting|gunfire|gunman|attack|blast|explosion|crash|,|and)\s*wounds"
            # with a plural subject: "Rebels kill 12, wound 20", "Storms kill 3, injure 40"
            r"|(?:,|and)\s*(?:wound|injure)",
            False,
            "object",
            False,
        ),
        *IN_CARE,
        (
            r"(?:suffered|suffers|sustained|received|with|have|has|had)\s+"
            r"(?:(?:minor|serious|critical|severe|multiple|gunshot|head|burn|stab|"
            + HURT_GRADES
            + r"|non-fatal|nonfatal|bullet|shrapnel|knife|gunshots?|graze|superficial)\s+){0,2}"
            r"(?:injuries|wounds|(?-i:burns|BURNS))"  # burns: general English; not "Burns"
            r"|(?:suffered|suffers|sustained|received)\s+(?:minor\s+)?(?:cuts\s+and\s+)?"
            + MINOR_HURTS
            # "nine of its patients had broken ribs" (not "had lacerations" from a punch)
            + rf"|had\s+(?:{BROKEN_BONES}|fractures)",
            True,
            None,
            False,
        ),
        *rows.AND_WOUND,
        *scene.SURVIVED_HURT,
        (r"injury\s+(?:toll|count|tally)", False, "toll", False),  # "the injury toll rose to 40"
        (r"injuries", True, "toll", False),
        # Formulae of US local crime reports (general knowledge of that register): a bullet
        # that "grazed" someone wounded them ("a woman was grazed by a bullet", "a round
        # grazed two men"); "treated and released" is care given to the hurt.
        (r"grazed", True, "object", True),
        # One injury that is not called fatal: "a deputy suffered a minor injury", "she
        # sustained a head injury", "a hunter suffered an accidental gunshot wound", and a
        # headline's present tense, "Teen suffers gunshot wound" (general English; "a fatal
        # injury" is not read here).
        (
            r"(?:suffered|suffers|sustained|received)\s+(?:an?\s+)?(?:(?:minor|slight|superficial"
            r"|serious|severe|critical|accidental|" + NON_LIFE_THREATENING + r"|head|leg|arm|back"
            r"|neck|hand|eye)\s+)?"
            # and one wound of a weapon: "a clerk sustained a gunshot wound to the arm"
            r"(?:injury|(?:gunshot|bullet|stab|knife|graze)\s+wound)",
            True,
            None,
            False,
        ),
        # "A second victim was hit in the leg", "a woman was struck in the arm": a round in a
        # limb wounds (common anatomy; the key figures' principle, ``totals._LIVED``).
        (LIMB_STRUCK, True, None, False),
        (STRUCK_BY_FRAGMENTS, True, None, False),
        (r"treated\s+and\s+(?:released|discharged|sent\s+home)", True, None, False),
        (CARED_FOR_WOUNDS, True, None, False),  # "treated eleven students for stab wounds"
        # One wound that does not kill: a graze, or a gunshot wound to a limb (a wound to the
        # head or trunk may kill: common anatomy, the register of US police reports).
        (
            WOUND_IN_A_LIMB,
            True,
            None,
            False,
        ),
        *IN_CONDITION,
    ),
    *_cues(
        "missing",
        *rows.MISSING_TOLL,
        *rows.LAST_SEEN,
        # "remain trapped", "two hikers went missing", "have not been accounted for"
        (MISSING_WORDS, True, "toll", False),
        *scene.NOT_FOUND,  # "20 miners cut off underground", "the fate of 10 more" (CB127)
    ),
    *_cues(
        "captured",
        # "took 14 soldiers prisoner": the figure is inside; binds nothing itself (before and
        # after off) and lets rule CB13 read the sentence.
        (
            # "are holding 23 passengers hostage", "took up to 60 army conscripts prisoner"
            # (five words); past five words only a list of short items of up to three words and
            # a place ("took the mayor of San Lucas, his wife and three aides hostage"), so "held
            # the suspect for questioning, and 12 hostages were freed" stays two clauses (review 24)
            r"(?:took|taken|take|takes|taking|held|holding|hold|holds)\s+"
            r"(?:(?:[\w,-]+\s+){1,5}?|(?:[\w-]+\s+){0,2}[\w-]+(?:\s+of\s+(?:[\w-]+\s+){0,2}[\w-]+)?(?:\s*,\s*(?:[\w-]+\s+){0,2}[\w-]+(?:\s+of\s+(?:[\w-]+\s+){0,2}[\w-]+)?)*"
            r"(?:\s*,)?\s+and\s+(?:[\w-]+\s+){1,3})"
            r"(?:prisoners?|captives?"
            r"|hostages?)",
            False,
            None,
            False,
        ),
        (
            r"taken\s+(?:as\s+)?(?:prisoners?|captive)|prisoners\s+of\s+war|pows",
            True,
            "toll",
            False,
        ),
        (r"captured|surrendered", True, "object", True),
        (FORCES_SEIZED, False, "object", False),  # "troops seized 14 rebels"
        (FORCES_SEIZED_BY, True, None, False),  # "14 rebels were seized by troops"
        (r"capturing", False, "object", False),
    ),
    # before kidnapped "seized" and "held": "seized by police", "held in custody"
    *_cues("arrested", (POLICE_SEIZED_BY, True, None, False), *scene.IN_CUSTODY),
    *_cues(
        "kidnapped",
        (r"taken\s+hostage|held\s+hostage|hostages", True, "toll", False),
        *rows.IN_CAPTIVITY,
        (r"kidnapped|abducted", True, "object", True),
        (rows.CAPTIVES_SEIZED, True, "object", True),  # by captors only (``rules.cue_context``)
        (r"kidnapping|abducting", False, "object", False),
        # "the bandits took with them two surveyors": by captors only (rules.cue_context)
        (r"took\s+with\s+them", False, "object", False),
        *scene.CAPTIVES_INCLUDED,  # "those taken included eight road workers"
        *scene.CAPTIVES_TAKEN,  # "87 students were taken", where an abduction is told
        *rows.KIDNAPPERS_OF,
    ),
    # before "moved" of the troops below: "300 people were moved to an evacuation centre"
    *_cues("evacuated", *scene.MOVED_TO_SHELTER, *scene.MOVED_OUT),
    *_cues("deployed", *DEPLOYED),
    *_cues(
        "displaced",
        (DISPLACED_TOLL, False, "toll", False),
        (r"(?:internally\s+)?displaced|uprooted|relocated", True, "object", True),
        *rows.SHELTERED,
        *scene.LEFT_HOMES,
        *LEFT_PLACES,  # "120 families had left the village" (``rules.left_places``)
        *KEPT_FROM_HOME,  # "housing 240 people who cannot return to their homes"
        *scene.STAYING_AWAY,
        *scene.SHELTERS_HOUSING,
        (NIGHTS_IN_HALLS, True, None, False),
        *rows.WITHOUT_SHELTER,
        (r"displacing|relocation\s+of|displacement\s+of", False, "object", False),
        # "forcing 6,000 residents to flee": the figure is inside; binds nothing itself and
        # lets rule CB44 read the sentence.
        (r"to\s+(?:flee|leave\s+their\s+homes?|abandon\s+their\s+homes?)", False, None, False),
    ),
    *_cues(
        "evacuated",
        (r"evacuated", True, "object", True),
        *rows.EVACUATED_BY_OFFICIALS,
        (r"(?:to|had\s+to|forced\s+to)\s+evacuate", True, "object", False),
        (r"evacuating|evacuations?\s+of|evacuate", False, "object", False),
    ),
    *_cues(
        "rescued",
        (r"rescued|pulled\s+(?:alive\s+)?from\s+the\s+rubble", True, "object", True),
        *FREED,
        SAVED_ALIVE,  # "eleven miners were pulled alive from the shaft"
        (r"rescuing", False, "object", False),
        *AMONG_SURVIVORS,  # "Among the survivors were 11 children"
        (SAVED_TO, True, None, False),  # "plucked 250 villagers from rooftops"
        (rows.REACHED_SURFACE, True, None, False),  # "120 had reached the surface"
        *READ_BY_CB54,  # "crews dug out two more climbers alive"
    ),
    *_cues(
        "arrested",
        (ARRESTED, True, "object", True),
        (r"arresting|arrests|detaining", False, "object", False),
        (CAUGHT_BY_POLICE, False, "object", False),  # heads: ``rules.claims.groups.acceptable``
    ),
    # Last: "lost their lives" over "lost 200 men" (who died); "shot dead/and wounded" over "shot".
    Cue("killed", LOST, before=False, after="object"),
    # Counted by the word itself ("a double murder"); listed so that its sentence is read.
    Cue("killed", r"(?:double|triple|quadruple|quintuple)[\s-]+\w+", before=False),
    # Counted only after "claimed", "took" or "cost" ("took 12 lives"); listed to read the sentence.
    Cue("killed", r"lives", before=False),
    # A named person's killing: "Ana Ruiz's murder" (the name read by CB52). With "of" the
    # victims follow ("Sunday's killing of three herders"); a possessing person is the killer.
    Cue(
        "killed",
        r"(?:'s|')\s+(?:murders?|assassinations?|killings?|slayings?|deaths?)(?:\s+of)?",
        before=False,
        after="object",
    ),
    Cue("killed_or_wounded", r"shot|gunned", before=True, after="object", transitive=True),
    Cue("killed_or_wounded", r"stabbed", before=True, after="object", transitive=True),
    # "Three people were struck by gunfire", "struck twice by police gunfire": hit, dead or alive
    Cue("killed_or_wounded", scene.STRUCK_BY_GUNFIRE, before=True),
    # "six people had been hit.": the bare passive, only where a shooting is told
    *_cues("killed_or_wounded", *scene.BARE_HIT),
    # The round as the subject: "Gunfire struck three people", "a stray bullet hit a girl",
    # dead or alive, like "shot" (general crime-news English).
    Cue(
        "killed_or_wounded",
        r"(?:gunfire|gunshots?|bullets?|rounds|shots|pellets)\s+(?:struck|hit|striking|hitting)",
        before=False,
        after="object",
    ),
    # "Two girls were struck in the back", "a man was hit in the head": where a round struck
    # the head or trunk tells a shooting's casualty, dead or alive, like "shot" (general
    # crime-news English; common anatomy). A limb is a wound (rows of "wounded" above).
    Cue(
        "killed_or_wounded",
        r"(?:struck|hit)\s+(?:once\s+|twice\s+)?in\s+(?:the|his|her|their)\s+(?:(?:left|right"
        r"|upper|lower)\s+)?(?:back|chest|head|neck|face|stomach|abdomen|torso|side)",
        before=True,
    ),
    Cue("killed_or_wounded", r"shooting", before=False, after="object"),
)


#: The same categories in Spanish (rows in ``rules.categories_es``), read only in sentences
#: taken for Spanish (rules CB60-CB69); accents are optional in the text.
SPANISH_CUES: tuple[Cue, ...] = tuple(
    Cue(category, accent_tolerant(pattern), before, after)
    for category, pattern, before, after in SPANISH_ROWS
)
#: Every Spanish cue in one regex; ``lastgroup`` names the cue that matched (``cue_for``).
SPANISH_CUE_RE = re.compile(
    r"(?<![\w\ufffd])(?:"
    + "|".join(f"(?P<c{i}>{cue.pattern})" for i, cue in enumerate(SPANISH_CUES))
    + r")(?![\w\ufffd])",
    re.IGNORECASE,
)

#: Every category a claim may have, in the order of ``CUES``: the one list of them.
CATEGORIES: tuple[str, ...] = tuple(dict.fromkeys(cue.category for cue in CUES))

#: Categories of harm to people, the ones an unspecified plural or a list of names can have.
CASUALTY_CATEGORIES = frozenset({"killed", "wounded", "killed_or_wounded"})


#: Cues whose figure must count people by a personnel noun ("lost 200 men", "sent 30 tanks").
PEOPLE_ONLY = frozenset({LOST, "deployed"})
