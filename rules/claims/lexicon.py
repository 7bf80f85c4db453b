"""Word tables of casualty claims: what binds a figure to a cue, what ends a group.

Origin: English grammar (auxiliaries, prepositions, relative pronouns, clause openers) and
general knowledge of how news states tolls. No word was added because one evaluation
document had it.
"""

from __future__ import annotations

import re

from rules.calendar import WEEKDAYS
from rules.categories import (
    Cue,
)
from rules.claims.patterns import SINGULAR, SINGULAR_ADJECTIVE, SINGULAR_OBJECT
from rules.claims.suffered import SINGULAR_SUFFERED

# Words allowed after the group, between a figure and a cue that follows it. "declared"
# (crime round 9): "was declared dead" is the British, Canadian and Australian police
# formula for the American "pronounced dead" (general knowledge of their news).
AUX = frozenset(
    """were was are is be been being have has had get got also reportedly allegedly all both
    later subsequently since now still so far confirmed feared believed thought presumed reported
    known said understood to remain remained remains left lay lie lying lies may might must
    apparently officially initially originally altogether either then already each just would
    could should can
    will shall listed as found who pronounced
    declared
    critically seriously severely gravely fatally slightly badly mortally lightly
    """.split()
)

PASSIVE_AUX = frozenset("were was are is be been being get got".split())

NEGATION = frozenset("not n't never".split())
#: A participle after a group's noun opens a reduced relative clause, no word of the group:
#: "11 people sheltering at a kiln", "two policemen guarding the gate" (not "offspring").
_ING_VERB = re.compile(r"[a-z]{3,}ing(?<!offspring)(?<!sibling)")
#: Counts of deaths: no group of the hurt, held or freed ("one death and four injuries").
DEATH_NOUNS = frozenset("death deaths fatality fatalities".split())

# Words that end a group: a clause or another phrase has begun.
GROUP_STOP = frozenset(
    """who whom whose which that when while after before as because since if than but said says
    say told added according where during until amid near at on in by from for with without
    into onto across through over under against following despite via per those ahead outside
    inside near behind beyond along toward towards amid upon here there around throughout
    within beside below above between""".split()
)  # "here", "there": adverbs of place ("40 dead here" counts no group; round 9); "around"
# and the like after a group are its place ("500 officers around the mosque"; 45th session)

# Words that end a group that follows its figure ("10 people suspected of ...").
GROUP_END = frozenset(
    """and or but suspected accused believed thought alleged allegedly including among mostly
    most many some all both each whom dead killed wounded injured missing yesterday today
    tonight overnight earlier later this last early late next tomorrow every annually
    yearly""".split()
    + list(WEEKDAYS)
    # "early", "late" (thirteenth session): the time after a group ("two of their children
    # early Thursday"); an adjective of people there is rare in news; so are "next" and
    # "tomorrow" (fourteenth session: "will deploy 5,000 troops next week"), and a rate's
    # "every", "annually" (fifteenth: "kill 1,000 people every year")
)

# Clause boundaries a group before its cue may not cross (prepositions may be crossed).
CLAUSE_STOP = frozenset(
    """when while after before because if than but said says say told added according where
    until though although whereas whether""".split()
)

MORE_THAN_VERBS = frozenset(
    "exceeded exceeds exceeding surpassed surpasses topped tops passed passes past".split()
)

RELATIVE = frozenset("who which that whom".split())

NOT_ONE = frozenset(
    """killed killing wounded wounding injured injuring dead died shot captured arrested
    missing hurt people""".split()
)

PLACES = frozenset(
    """hospital center centre clinic school college university church mosque temple station
    street avenue road lane drive boulevard park house home apartment apartments building
    county city town village department office hall club bar restaurant store mall market
    death injuries wounds custody""".split()
)

OTHERS = frozenset({"others", "other people", "other victims", "more", "other"})

MULTIPLE_COUNT = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}

KILLED_CUE = Cue("killed", "(multiple)", before=True)

SHOT_CUE = Cue("killed_or_wounded", "(multiple)", before=True)

FATAL_CUE = Cue("killed", "fatally", before=True)

LIVES_CUE = Cue("killed", "lives", before=True)

SURVIVED_CUE = Cue("wounded", "shot", before=True)

DIED_THERE_CUE = Cue("killed", "died", before=True)

# How far a figure and its cue may stand apart, in characters; also the group window.
WINDOW = 160

# Cue words that are also adjectives before their group: "30 dead civilians".
ADJECTIVE_CUES = frozenset({"dead", "wounded", "injured", "missing", "displaced"})

# Dropped from the start of a group ("41 of its soldiers"); "else" after "nobody" is no noun.
GROUP_LEADING = frozenset("of its their his her our the more further additional extra else".split())

# Verbs of setting a figure ("put the toll at", "estimated the number of dead at"): general
# English of official tolls, read by ``groups`` and ``set_tolls``.
SET_VERBS = r"put|puts|putting|placed|places|placing|estimated|estimates"
#: Verbs of a rival disputing a figure given before ("but doctors disputed it, putting it at
#: 75"): general English of rival tolls, read by ``toll_set_as_it`` and ``rules.speech.at08``.
DISPUTING = frozenset("disputed disputes disputing contested rejected challenged".split())

# Lower-case words that date a count, not its people, dropped too: "11 fresh deaths", "three
# new cases" ("New Yorkers" keeps its capital). Origin: general English of toll updates.
RECENT_LEADING = frozenset(("new", "fresh"))
# Words that are no group when alone: "new" (as above), or the cause or kind of the deaths
# counted ("17 heat deaths", "1,400 excess deaths", "nine road deaths"). Origin: general
# English of tolls and public-health counts. ("them" stays a binding's group, which rules read
# ("caught nine of them"); the claim leaves it out, and ``crosswire.divergence.load`` keys the
# part "40 of them" apart by its words.)
NO_GROUP_ALONE = RECENT_LEADING | frozenset(
    """heat heat-related excess road traffic drug overdose gun firearm flood storm weather
    workplace""".split()
)
# Words a group cannot end in: a cut "of" phrase, a bare relative's subject ("the 30 they took").
GROUP_DANGLING = frozenset({"of", "the", "a", "an", "they", "he", "she", "we", "it", "you"})

# After a transitive participle, these show it was passive ("3 killed in the blast").
PASSIVE_NEXT = frozenset(
    """in on at by during after when while and or near since as overnight yesterday today tonight
    last this earlier following including amid across inside outside within throughout before
    from over under among with without between around close into outside there here so
    was were is are has have had
    remain remains remained include includes included
    """.split()
) | frozenset(
    # A time after the participle, as news writes it without "on" ("Four people shot Friday
    # remain in hospital", "two men killed early Sunday"): general English of dated reports.
    (*WEEKDAYS, "early", "late")
)

TOLL_WORDS = frozenset(
    """has had have now officially further was is were are stood stands standing rose risen rising
    climbed climbing jumped increased reached reaching hit topped passed exceeded surpassed grew
    put at to of numbered number numbering totalled totaled total totalling totaling estimated
    included include includes including been be put placed given reported confirmed more than
    then by as already still currently mounted mounting soared swelled roughly exceeding stand
    remain remains remained exceeds down up upward upwards downward downwards since
    fell fallen falling dropped dropping decreased declined lowered revised corrected reduced
    rises climbs jumps reaches hits tops passes grows soars swells mounts falls drops nears
    raised upgraded past
    again overnight sharply later
    probably possibly perhaps
    """.split()  # the last rows: the present tense of headlines ("Death toll rises to 33"),
    # a toll "raised to 23" by officials (round 7), and the adverbs of an update ("the toll
    # rose overnight from 19 to 26", "the toll later rose to 30", "raised the death toll
    # again, to 97": 26th session); its day after the verb is ``toll_aside``'s; a hedge's
    # adverb before the value, "the real number of deaths was probably well above 60" (not
    # "likely", whose "likely to rise to" is a forecast)
)

TOLL_PREPOSITIONS = frozenset(
    # "by": the cause or the date of a toll ("the number of people displaced by the fighting
    # has risen to", "the toll by Sunday stood at"; round 9, general English of tolls; "for":
    # the span a toll covers, "put the toll for the two days at nine", 25th session; "when":
    # the event, "the number of people killed when the bus plunged off the bridge rose to")
    "from in of after since among at on following during across over by for when".split()
)

TOLL_VERBS = frozenset(
    """has had have was is were are stood stands rose risen climbed jumped increased reached hit
    topped passed exceeded surpassed grew numbered totalled totaled mounted soared swelled now
    included put stand remain remains remained fell fallen dropped decreased declined lowered
    revised corrected reduced down
    rises climbs jumps reaches hits tops passes grows soars swells mounts falls drops nears
    raised upgraded
    """.split()  # the last rows: as in ``TOLL_WORDS``
)

OBJECT_GAP_WORDS = frozenset(
    "also reportedly allegedly another a further an additional all the his her its their other"
    " remaining only just my our your".split()
)  # "only", "just" (thirteenth session): "had lost only one comrade", "killed just two";
# "my", "our" (47th session): a witness's own, "they killed my two brothers"

# Unspecified plurals ("the villagers were killed", "killing soldiers and policemen").

PLURAL_DETERMINERS = frozenset(
    "the their his her its our these those other fellow innocent unarmed".split()
)

MODALS = frozenset("would will may might must shall could should to".split())

PLURAL_PAST = frozenset({"were", "have", "had"})

NOT_CLAIMED = frozenset("if unless whether lest no any none few not never".split())

NP_SKIP = frozenset({"and", "or"})

PLURAL_WINDOW = 90

NOT_DONE = frozenset(
    """to not never would could continue continued keep kept stop stopped start started avoid
    prevent preventing begin began planned plans threatened""".split()
)

PARTS = frozenset("one none any each neither either few some many most all both".split())

SUBJECT_WORDS = frozenset(
    """he she they it who which that had have has reportedly allegedly also then later
    army forces police militia group gang regime troops""".split()
)

DAY_WORDS = frozenset((*WEEKDAYS, "today", "yesterday"))


# Each singular pattern with the words (lower case) without which it cannot match.
SINGULAR_PATTERNS = (
    (SINGULAR, ("was", "has", "had", "is", "died", "dies", "remain")),
    (SINGULAR_SUFFERED, ("suffered", "sustained")),
    (
        SINGULAR_OBJECT,
        (
            *("kill", "murder", "sho", "wound", "injur", "stab", "kidnap", "abduct"),
            *("captur", "arrest", "rescu", "gunned", "behead", "lynch", "strangl", "hanged"),
        ),
    ),
    (SINGULAR_ADJECTIVE, ("dead", "injur", "wound", "hurt", "kill", "missing")),
)

MULTIPLE_WORDS = ("double", "triple", "uple")

SUICIDE_WORDS = ("self", "own", " him", " her", " HIM", " HER")

VAGUE_WORDS = frozenset("many much few".split())

# Units that count formations, not people: "two companies of soldiers", "3 busloads of".
FORMATIONS = frozenset(
    """companies company battalions battalion brigades brigade regiments regiment divisions
    division platoons platoon squads squad units unit teams team groups group busloads
    truckloads convoys columns""".split()
)

# Who opened fire, in crime news: general US police and court reporting vocabulary. A death
# among them counts in the toll like any other ("the gunman was killed by officers").
PERPETRATOR_NOUNS = (
    "gunman gunmen shooter suspect attacker assailant killer robber intruder burglar carjacker"
    " perpetrator".split()
)


def is_perpetrator(word: str) -> bool:
    """Is ``word`` a perpetrator noun, singular or plural ("gunmen", "suspects")?"""
    low = word.lower()
    return (
        low.removesuffix("s") in PERPETRATOR_NOUNS or low.replace("men", "man") in PERPETRATOR_NOUNS
    )


#: Words before a perpetrator noun that say what he was wanted for or who he is: "the robbery
#: suspect", "an escaped murder suspect", "the teenage gunman". From general knowledge of US
#: crime reporting: the crimes police name suspects by, and the usual descriptions.
_PERPETRATOR_MODIFIER_WORDS = (
    "murder homicide robbery burglary carjacking kidnapping shooting stabbing rape assault"
    " theft escaped wanted fleeing accused suspected alleged lone armed masked teen teenage"
    " juvenile male female second third other"
).split()
PERPETRATOR_MODIFIERS = tuple(
    sorted(
        [*_PERPETRATOR_MODIFIER_WORDS, "home invasion", "bank robbery", "armed robbery"],
        key=len,
        reverse=True,
    )
)


def is_ing_participle(word: str) -> bool:
    """Whether ``word`` is a lower-case "-ing" participle ("sheltering"; not "offspring")."""
    return _ING_VERB.fullmatch(word) is not None


def ends_group(word: str, after: list[str]) -> bool:
    """Whether ``word`` after a group's first word ends the group: a word of ``GROUP_END``,
    or a lower-case participle that opens a reduced relative clause, with a preposition,
    a determiner or nothing after it ("people sheltering at", "teens attending a party"; not
    "the attacking guerrillas", a participle before its noun), or a past participle before
    its agent ("soldiers backed by tanks")."""
    if word.lower() in GROUP_END:
        return True
    if word.islower() and word.endswith("ed") and after[:1] == ["by"]:
        return True  # "200 soldiers backed by tanks": a participle and its agent
    if not is_ing_participle(word):
        return False  # also a capitalised or all-capitals word: a name ("Spring", "SHINING")
    return not after or after[0].lower() in _CLAUSE_NEXT


#: What may follow the participle of a reduced relative clause (prepositions, determiners,
#: possessives, "there").
_CLAUSE_NEXT = frozenset(
    """at in on near within from with to into by for outside inside along across around
    the a an his her their its my our your this that these those there here""".split()
)

# Households: counted for displacement ("1,200 families fled"), never as people harmed.
HOUSEHOLDS = frozenset({"families", "households"})
# Homes evacuated stand for their households: "the evacuation of 80 homes" (fires, floods).
EVACUATED_DWELLINGS = frozenset({"homes", "houses", "residences", "apartments"})
